/// <reference types="office-js" />
// A fake Excel object model for the add-in's tests: a workbook in memory behind proxies that
// behave like Office.js ones. Every class implements the adapter's interfaces (excel-api.ts),
// which are themselves checked against @types/office-js, so the adapter cannot call anything
// Excel does not have.
//
// Like Office.js:
// - calls are queued and run in order at `context.sync()`; a loaded property can be read only
//   after the sync that loaded it (else PropertyNotLoaded);
// - a failing call fails the sync; the calls before it stay applied;
// - a request or a response over the payload limit (5 MB, as in Excel on the web) is refused with
//   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, the request unapplied;
// - a string written to a cell is read as if typed: `=…`, `+…`, `-…`, `@…` become formulas,
//   numbers and dates are parsed, a leading apostrophe keeps the rest as text;
// - a conditional format's address must stay under 8,192 characters;
// - Excel keeps at least one visible sheet, sheet names are unique (ignoring case), ≤ 31
//   characters, without : \ / ? * [ ].
//
// And what the hosts refuse or do behind the add-in's back (quality.md "Hosts"):
// - a user's copy of a sheet (`copySheet`) carries the sheet's own names, the tool's mark included,
//   under a new sheet id (H1);
// - a protected sheet refuses every write to it (conditional formats, values, formats, names)
//   with AccessDenied; a workbook whose structure is protected refuses adding, renaming and
//   deleting sheets (H4); `refuse` makes any one call fail, as a host refusal would;
// - reading the values of more than 5,000,000 cells at once fails with RangeExceedsLimit, and a
//   conditional format over 500 areas or more fails, as on Excel on the web (H5).
//
// The fake counts syncs and measures each request and response, and `state()` gives the whole
// workbook as plain data to compare before and after.

import type {
  XlAutoFilter,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatLoad,
  XlContext,
  XlCustomConditionalFormat,
  XlFunctionResult,
  XlFunctions,
  XlNamedItem,
  XlNamedItemCollection,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../../excel-addin/src/office/excel-api';

// ---------------------------------------------------------------------------------------------
// State.
// ---------------------------------------------------------------------------------------------

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value?: FakeValue;
  /** The cell holds an error value (`#N/A`): `value` is its text. */
  error?: boolean;
  formula?: string;
  /** Written with a leading apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeRule {
  id: string;
  type: 'Custom' | 'DataBar' | 'CellValue' | 'ColorScale';
  address: string;
  formula: string | null;
  fill: string | null;
}

export interface FakeName {
  name: string;
  reference: string;
  comment: string;
  visible: boolean;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  xValues: string | null;
  title: string;
  legend: boolean;
  min: number | null;
  max: number | null;
  position: string | null;
  width: number;
  height: number;
  /** Fill of each point set through `points.getItemAt(i).format.fill.setSolidColor`. */
  pointColours: (string | null)[];
  dataLabels: { show: boolean; showValue: boolean; numberFormat: string | null };
  /**
   * Every series as Excel makes them from the source: one per row (`seriesBy` Rows) or per column.
   * The first series' x values and point colours are also `xValues` and `pointColours` above.
   */
  series?: FakeSeries[];
}

export interface FakeSeries {
  /** The source cells of its values. */
  values: string;
  name: string | null;
  xValues: string | null;
  lineColour: string | null;
}

/** What `worksheet.pageLayout` was given. */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  zoom: Excel.PageLayoutZoomOptions | null;
  printTitleRows: string | null;
}

export interface FakeSheet {
  uid: number;
  name: string;
  /** Protected (Review › Protect Sheet): every write to it is refused. */
  protected: boolean;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  rules: FakeRule[];
  names: FakeName[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  charts: FakeChart[];
  pageLayout: FakePageLayout;
  /** Ranges whose rows were autofitted. */
  autofitRows: string[];
  autoFilter: string | null;
  validations: { address: string; rule: Excel.DataValidationRule; errorAlert?: Excel.DataValidationErrorAlert }[];
  selection: string | null;
}

export interface SyncRecord {
  calls: string[];
  requestBytes: number;
  responseBytes: number;
  error: string | null;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Cells one read may return (Excel's range limit). */
export const MAX_READ_CELLS = 5_000_000;
/** Areas of a conditional format's range that Excel on the web refuses (the add-in stays under). */
export const MAX_RULE_AREAS = 500;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const key = (r: number, c: number) => `${r},${c}`;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `F12`, `B3:D9`, `C:C`, `2:4` of one sheet (no sheet name) as a rectangle. */
export function parseAddress(address: string): Rect {
  const a = address.trim().replace(/\$/g, '');
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(a);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = colIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? colIndex(m[3]) : left;
    if (top < 0 || bottom < top || right < left || bottom >= MAX_ROWS || right >= MAX_COLS) {
      throw new FakeOfficeError('InvalidArgument', `bad range ${address}`);
    }
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (m) return { top: 0, left: colIndex(m[1]), rows: MAX_ROWS, cols: colIndex(m[2]) - colIndex(m[1]) + 1 };
  throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
}

function rectAddress(r: Rect): string {
  const tl = `${colName(r.left)}${r.top + 1}`;
  return r.rows === 1 && r.cols === 1 ? tl : `${tl}:${colName(r.left + r.cols - 1)}${r.top + r.rows}`;
}

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']);

/** What Excel stores when a string is written to a cell, as if typed. */
export function typeIn(s: string): FakeCell {
  if (s === '') return {};
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?%?$/i.test(s)) return { value: Number(s.replace(',', '.').replace('%', '')) };
  if (/^(=|\+|-|@)./.test(s)) return { formula: s.startsWith('=') ? s : `=${s.replace(/^@/, '')}`, value: 0 };
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(s)) return { value: 45000, numberFormat: 'm/d/yyyy' };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  if (ERROR_VALUES.has(s)) return { value: s, error: true };
  return { value: s };
}

function weigh(data: unknown): number {
  return data === undefined ? 0 : JSON.stringify(data)?.length ?? 0;
}

/** A sheet name Excel accepts. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The workbook.
// ---------------------------------------------------------------------------------------------

export interface FakeWorkbookOptions {
  name?: string;
  date1904?: boolean;
}

export class FakeWorkbook {
  name: string;
  date1904: boolean;
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  /** Excel on the web's limits; tests lower them. */
  limits = { request: 5 * 1024 * 1024, response: 5 * 1024 * 1024, cells: MAX_READ_CELLS };
  /** Review › Protect Workbook (structure): sheets cannot be added, renamed or deleted. */
  structureProtected = false;
  /** A host refusal: the error code a queued call fails with (`call` as SyncRecord.calls names it), or null. */
  refuse: ((call: string) => string | null) | null = null;
  readonly log: SyncRecord[] = [];
  private nextUid = 1;
  private nextRuleId = 1;

  constructor(options: FakeWorkbookOptions = {}) {
    this.name = options.name ?? 'Classeur.xlsx';
    this.date1904 = options.date1904 ?? false;
  }

  get syncs(): number {
    return this.log.length;
  }

  /** Syncs since the given count, for one operation. */
  syncsSince(mark: number): SyncRecord[] {
    return this.log.slice(mark);
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name}`);
    const sheet: FakeSheet = {
      uid: this.nextUid++,
      name,
      protected: false,
      visibility: 'Visible',
      cells: new Map(),
      rules: [],
      names: [],
      frozenRows: 0,
      columnWidths: new Map(),
      charts: [],
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', centerHorizontally: false, zoom: null, printTitleRows: null },
      autofitRows: [],
      autoFilter: null,
      validations: [],
      selection: null,
    };
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /** The sheet's id as Office.js gives it (`Worksheet.id`): stable across renames, new for a copy. */
  sheetId(sheet: FakeSheet): string {
    return `{00000000-0001-0000-${String(sheet.uid).padStart(4, '0')}-000000000000}`;
  }

  /**
   * The user copies a sheet (right-click › Move or Copy › Create a copy): a new sheet after it,
   * named `<name> (2)`, with its cells, formats, conditional formats and its sheet-scoped names,
   * which keep their formulas (H1: the tool's mark comes along).
   */
  copySheet(source: FakeSheet): FakeSheet {
    let n = 2;
    while (this.findSheet(`${source.name} (${n})`)) n++;
    const copy = this.addSheet(`${source.name} (${n})`);
    this.sheets.splice(this.sheets.indexOf(copy), 1);
    this.sheets.splice(this.sheets.indexOf(source) + 1, 0, copy);
    for (const [k, c] of source.cells) copy.cells.set(k, { ...c });
    copy.rules = source.rules.map((r) => ({ ...r, id: `{cf-${this.nextRuleId++}}` }));
    copy.names = source.names.map((nm) => ({ ...nm }));
    copy.frozenRows = source.frozenRows;
    copy.columnWidths = new Map(source.columnWidths);
    copy.charts = source.charts.map((c) => ({ ...c }));
    copy.autoFilter = source.autoFilter;
    return copy;
  }

  /** Marks a sheet as the add-in does: a hidden sheet-scoped name naming the sheet's own id. */
  markAsTool(sheet: FakeSheet): FakeSheet {
    sheet.names.push({ name: 'TDRCHECK_OUTPUT', reference: `="tdr-check ${this.sheetId(sheet)}"`, comment: 'tdr-check', visible: false });
    return sheet;
  }

  /** @internal A write to a protected sheet is refused. */
  guard(sheet: FakeSheet): void {
    if (sheet.protected) throw new FakeOfficeError('AccessDenied', `the sheet ${sheet.name} is protected`);
  }

  /** @internal Adding, renaming or deleting a sheet of a workbook whose structure is protected is refused. */
  guardStructure(): void {
    if (this.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
  }

  findSheet(name: string): FakeSheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `sheet ${name}`);
    return s;
  }

  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new FakeOfficeError('ItemNotFound', `sheet ${sheet.name}`);
    if (!this.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
      throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
    }
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, i - 1)];
  }

  addRule(sheet: FakeSheet, type: FakeRule['type'], address: string): FakeRule {
    this.guard(sheet);
    if (address.length >= 8192) throw new FakeOfficeError('InvalidArgument', 'conditional format address over 8,192 characters');
    if (address.split(',').length >= MAX_RULE_AREAS) throw new FakeOfficeError('InvalidArgument', `conditional format over ${MAX_RULE_AREAS} areas`);
    for (const part of address.split(',')) parseAddress(part);
    const rule: FakeRule = { id: `{cf-${this.nextRuleId++}}`, type, address, formula: null, fill: null };
    sheet.rules.unshift(rule); // a new rule takes the top priority
    return rule;
  }

  /** Writes raw values as Excel holds them (the snapshot of a workbook opened in Excel). */
  setValues(sheet: FakeSheet, rows: readonly (readonly unknown[])[]): void {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = sheet.cells.get(key(r, c)) ?? {};
        if (typeof v === 'string' && ERROR_VALUES.has(v)) Object.assign(cell, { value: v, error: true });
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cell.value = v;
        else throw new Error(`not an Excel value: ${String(v)}`);
        sheet.cells.set(key(r, c), cell);
      }),
    );
  }

  cell(sheet: FakeSheet, r: number, c: number): FakeCell {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = {}));
    return cell;
  }

  /** The used range of values (`valuesOnly`), or null when the sheet holds none. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      const has = cell.value !== undefined || cell.formula !== undefined;
      if (valuesOnly && !has) continue;
      if (!has && Object.keys(cell).length === 0) continue;
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Excel's `values` of a rectangle: '' for empty cells, error text for errors. */
  valuesOf(sheet: FakeSheet, rect: Rect): FakeValue[][] {
    const out: FakeValue[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(sheet.cells.get(key(rect.top + r, rect.left + c))?.value ?? '');
      out.push(row);
    }
    return out;
  }

  /** DATE(y, m, d) in this workbook's date system. */
  dateSerial(y: number, m: number, d: number): number {
    const days = Date.UTC(y, m - 1, d) / 86_400_000;
    return this.date1904 ? days - Date.UTC(1904, 0, 1) / 86_400_000 : days + 25569;
  }

  /** The whole workbook as plain, comparable data (rule ids and sheet uids left out). */
  state(): unknown {
    return {
      name: this.name,
      date1904: this.date1904,
      active: this.active?.name ?? null,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells.entries()]
          .filter(([, c]) => Object.keys(c).length > 0)
          .sort(([a], [b]) => {
            const [ar, ac] = a.split(',').map(Number);
            const [br, bc] = b.split(',').map(Number);
            return ar - br || ac - bc;
          })
          .map(([k, c]) => [k, { ...c }]),
        rules: s.rules.map(({ id: _id, ...rest }) => rest),
        // A name naming its own sheet's id (the tool's mark) compares alike on a new sheet.
        names: s.names.map((n) => ({ ...n, reference: n.reference.split(this.sheetId(s)).join('{own id}') })),
        frozenRows: s.frozenRows,
        columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        charts: s.charts.map((c) => ({ ...c })),
        pageLayout: { ...s.pageLayout },
        autofitRows: [...s.autofitRows],
        autoFilter: s.autoFilter,
        validations: s.validations.map((v) => JSON.parse(JSON.stringify(v))),
        selection: s.selection,
      })),
    };
  }

  /** An `Excel.run` over this workbook. Calls left unsynced at the end are an error. */
  async run<T>(batch: (ctx: XlContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`${ctx.pending} call(s) queued after the last sync`);
    return result;
  }

  /** @internal */
  record(entry: SyncRecord): void {
    this.log.push(entry);
  }
}

// ---------------------------------------------------------------------------------------------
// The request context: a queue of calls run at sync.
// ---------------------------------------------------------------------------------------------

interface Queued {
  name: string;
  bytes: number;
  run: () => void;
  /** Loads say what they bring back and deliver it only when the whole sync succeeds. */
  response?: () => number;
  deliver?: () => void;
}

export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Queued[] = [];

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** @internal */
  enqueue(name: string, data: unknown, run: () => void): void {
    this.queue.push({ name, bytes: 100 + weigh(data), run });
  }

  /** @internal A load: `read` runs in order with the other calls; its result is seen after the sync. */
  enqueueLoad<T>(name: string, read: () => T, deliver: (value: T) => void): void {
    let value: T;
    this.queue.push({
      name,
      bytes: 100,
      run: () => {
        value = read();
      },
      response: () => weigh(value),
      deliver: () => deliver(value),
    });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const entry: SyncRecord = { calls: queue.map((q) => q.name), requestBytes: 0, responseBytes: 0, error: null };
    for (const q of queue) entry.requestBytes += q.bytes;
    this.wb.record(entry);
    await Promise.resolve();
    if (entry.requestBytes > this.wb.limits.request) {
      entry.error = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError(entry.error, `request of ${entry.requestBytes} bytes`);
    }
    for (const q of queue) {
      try {
        const refused = this.wb.refuse?.(q.name) ?? null;
        if (refused) throw new FakeOfficeError(refused, `${q.name} refused`);
        q.run();
      } catch (e) {
        entry.error = e instanceof FakeOfficeError ? e.code : String(e);
        throw e;
      }
    }
    for (const q of queue) if (q.response) entry.responseBytes += q.response();
    if (entry.responseBytes > this.wb.limits.response) {
      entry.error = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError(entry.error, `response of ${entry.responseBytes} bytes`);
    }
    for (const q of queue) q.deliver?.();
  }
}

/** A property that can be read only once a sync has loaded it. */
class Loaded<T> {
  private has = false;
  private value: T | undefined;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.has = true;
    this.value = v;
  }
  get(): T {
    if (!this.has) throw new FakeOfficeError('PropertyNotLoaded', `${this.what} was not loaded (or not synced)`);
    return this.value as T;
  }
}

function props(list: string): string[] {
  return list.split(',').map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Proxies.
// ---------------------------------------------------------------------------------------------

class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: XlFunctions;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.ctx.enqueue('application.suspendApiCalculationUntilNextSync', null, () => undefined),
  };
  readonly protection: { readonly protected: boolean; load(propertyNames: string): FakeWorkbookProxy['protection'] };
  private readonly loadedName = new Loaded<string>('workbook.name');

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    const loadedProtection = new Loaded<boolean>('workbook.protection.protected');
    this.protection = {
      get protected(): boolean {
        return loadedProtection.get();
      },
      load(propertyNames: string) {
        if (props(propertyNames).join() !== 'protected') throw new Error(`fake: protection.load(${propertyNames}) not modelled`);
        ctx.enqueueLoad('workbook.protection.load(protected)', () => ctx.wb.structureProtected, (v) => loadedProtection.set(v));
        return this;
      },
    };
    this.functions = {
      date: (y: number, m: number, d: number): XlFunctionResult => new FakeFunctionResult(ctx, () => ctx.wb.dateSerial(y, m, d)),
    };
  }

  get name(): string {
    return this.loadedName.get();
  }

  load(propertyNames: string): this {
    for (const p of props(propertyNames)) {
      if (p !== 'name') throw new Error(`fake: workbook.load(${p}) not modelled`);
      this.ctx.enqueueLoad('workbook.load(name)', () => this.ctx.wb.name, (v) => this.loadedName.set(v));
    }
    return this;
  }
}

class FakeFunctionResult implements XlFunctionResult {
  private readonly loaded = new Loaded<number>('functionResult.value');
  constructor(
    private readonly ctx: FakeContext,
    private readonly compute: () => number,
  ) {}
  get value(): number {
    return this.loaded.get();
  }
  get error(): string {
    return '';
  }
  load(propertyNames: string): this {
    if (props(propertyNames).includes('value')) this.ctx.enqueueLoad('functions.date.load(value)', this.compute, (v) => this.loaded.set(v));
    return this;
  }
}

class FakeWorksheetCollection implements XlWorksheetCollection {
  private readonly loadedItems = new Loaded<FakeWorksheet[]>('worksheets.items');
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems.get();
  }

  load(propertyNames: string): this {
    const wanted = props(propertyNames).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueueLoad(
      `worksheets.load(${propertyNames})`,
      () => this.ctx.wb.sheets.map((s, i) => ({ sheet: s, name: s.name, visibility: s.visibility, position: i, id: this.ctx.wb.sheetId(s), protected: s.protected })),
      (rows) =>
        this.loadedItems.set(
          rows.map((r) => {
            const ws = new FakeWorksheet(this.ctx, () => r.sheet);
            ws.deliver(wanted, r);
            return ws;
          }),
        ),
    );
    return this;
  }

  getItem(name: string): FakeWorksheet {
    let target: FakeSheet | null = null;
    this.ctx.enqueue(`worksheets.getItem(${name})`, name, () => {
      target = this.ctx.wb.sheet(name);
    });
    return new FakeWorksheet(this.ctx, () => target ?? this.ctx.wb.sheet(name));
  }

  add(name?: string): FakeWorksheet {
    let target: FakeSheet | null = null;
    this.ctx.enqueue(`worksheets.add(${name})`, name, () => {
      this.ctx.wb.guardStructure();
      target = this.ctx.wb.addSheet(name ?? `Sheet${this.ctx.wb.sheets.length + 1}`);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!target) throw new FakeOfficeError('InvalidOperation', 'sheet used before its add ran');
      return target;
    });
  }
}

class FakeWorksheet implements XlWorksheet {
  readonly names: FakeNamedItemCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly autoFilter: XlAutoFilter;
  readonly pageLayout: XlPageLayout;
  private readonly loadedName = new Loaded<string>('worksheet.name');
  private readonly loadedVisibility = new Loaded<FakeSheet['visibility']>('worksheet.visibility');
  private readonly loadedPosition = new Loaded<number>('worksheet.position');
  private readonly loadedId = new Loaded<string>('worksheet.id');
  private readonly loadedProtected = new Loaded<boolean>('worksheet.protection.protected');
  readonly protection: { readonly protected: boolean };

  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    this.names = new FakeNamedItemCollection(ctx, resolve);
    const loadedProtected = this.loadedProtected;
    this.protection = {
      get protected(): boolean {
        return loadedProtected.get();
      },
    };
    this.charts = {
      add: (type: 'ColumnClustered' | 'Line', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart => {
        const source = asFakeRange(sourceData);
        const chart = new FakeChartProxy(ctx);
        ctx.enqueue(`charts.add(${type})`, [type, seriesBy], () => {
          const rect = source.rect();
          // One series per row or per column of the source (Auto: by columns, as for our shapes).
          const byRows = seriesBy === 'Rows';
          const series: FakeSeries[] = Array.from({ length: byRows ? rect.rows : rect.cols }, (_, i) => ({
            values: rectAddress(byRows ? { ...rect, top: rect.top + i, rows: 1 } : { ...rect, left: rect.left + i, cols: 1 }),
            name: null,
            xValues: null,
            lineColour: null,
          }));
          const c: FakeChart = {
            series,
            type,
            source: rectAddress(source.rect()),
            seriesBy: seriesBy ?? 'Auto',
            xValues: null,
            title: '',
            legend: true,
            min: null,
            max: null,
            position: null,
            width: 360,
            height: 216,
            pointColours: [],
            dataLabels: { show: false, showValue: false, numberFormat: null },
          };
          resolve().charts.push(c);
          chart.target = c;
        });
        return chart;
      },
    };
    this.freezePanes = {
      freezeRows: (count = 1) =>
        ctx.enqueue(`freezePanes.freezeRows(${count})`, count, () => {
          resolve().frozenRows = count;
        }),
    };
    this.pageLayout = new FakePageLayoutProxy(ctx, () => resolve().pageLayout);
    this.autoFilter = {
      apply: (range: string) =>
        ctx.enqueue(`autoFilter.apply(${range})`, range, () => {
          parseAddress(range);
          resolve().autoFilter = range;
        }),
    };
  }

  /** @internal */
  deliver(wanted: string[], row: { name: string; visibility: FakeSheet['visibility']; position: number; id: string; protected: boolean }): void {
    const known = ['name', 'visibility', 'position', 'id', 'protection/protected'];
    for (const w of wanted) if (!known.includes(w)) throw new Error(`fake: worksheet.load(${w}) not modelled`);
    if (wanted.includes('id')) this.loadedId.set(row.id);
    if (wanted.includes('protection/protected')) this.loadedProtected.set(row.protected);
    if (wanted.includes('name')) this.loadedName.set(row.name);
    if (wanted.includes('visibility')) this.loadedVisibility.set(row.visibility);
    if (wanted.includes('position')) this.loadedPosition.set(row.position);
  }

  get id(): string {
    return this.loadedId.get();
  }
  get name(): string {
    return this.loadedName.get();
  }
  set name(value: string) {
    this.ctx.enqueue(`worksheet.name=${value}`, value, () => {
      this.ctx.wb.guardStructure();
      checkSheetName(value);
      const sheet = this.resolve();
      const other = this.ctx.wb.findSheet(value);
      if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${value}`);
      sheet.name = value;
    });
  }
  get visibility(): FakeSheet['visibility'] {
    return this.loadedVisibility.get();
  }
  set visibility(value: FakeSheet['visibility']) {
    this.ctx.enqueue(`worksheet.visibility=${value}`, value, () => {
      this.resolve().visibility = value;
    });
  }
  get position(): number {
    return this.loadedPosition.get();
  }
  set position(_value: number) {
    throw new Error('fake: moving sheets is not modelled');
  }

  load(propertyNames: string): this {
    const wanted = props(propertyNames);
    this.ctx.enqueueLoad(
      `worksheet.load(${propertyNames})`,
      () => {
        const s = this.resolve();
        return { name: s.name, visibility: s.visibility, position: this.ctx.wb.sheets.indexOf(s), id: this.ctx.wb.sheetId(s), protected: s.protected };
      },
      (row) => this.deliver(wanted, row),
    );
    return this;
  }

  delete(): void {
    this.ctx.enqueue('worksheet.delete()', null, () => {
      this.ctx.wb.guardStructure();
      this.ctx.wb.deleteSheet(this.resolve());
    });
  }

  activate(): void {
    this.ctx.enqueue('worksheet.activate()', null, () => {
      this.ctx.wb.active = this.resolve();
    });
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address);
    return new FakeRange(this.ctx, this.resolve, () => rect, `getRange(${address ?? ''})`);
  }

  getRanges(address: string): XlRangeAreas {
    const resolve = this.resolve;
    const ctx = this.ctx;
    return {
      conditionalFormats: new FakeConditionalFormatCollection(ctx, resolve, () => address),
    };
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { top: startRow, left: startColumn, rows: rowCount, cols: columnCount };
    return new FakeRange(this.ctx, this.resolve, () => rect, `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.ctx.wb.usedRect(this.resolve(), valuesOnly === true), 'getUsedRangeOrNullObject');
  }
}

function asFakeRange(r: XlRange): FakeRange {
  if (!(r instanceof FakeRange)) throw new Error('fake: not a range of this fake');
  return r;
}

interface RangeLoad {
  values?: FakeValue[][];
  numberFormat?: string[][];
  rowIndex?: number;
  columnIndex?: number;
  rowCount?: number;
  columnCount?: number;
  isNullObject: boolean;
}

class FakeRange implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly dataValidation: { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert };
  private loaded: Loaded<RangeLoad>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly area: () => Rect | null,
    private readonly label: string,
  ) {
    this.loaded = new Loaded<RangeLoad>(`range ${label}`);
    this.format = new FakeRangeFormat(
      (name, data, apply) => ctx.enqueue(`${label}.format.${name}`, data, () => this.eachCell(apply)),
      (points) =>
        ctx.enqueue(`${label}.format.columnWidth`, points, () => {
          const rect = this.rect();
          for (let c = rect.left; c < rect.left + rect.cols; c++) this.sheet().columnWidths.set(c, points);
        }),
      () =>
        ctx.enqueue(`${label}.format.autofitRows`, null, () => {
          this.sheet().autofitRows.push(rectAddress(this.rect()));
        }),
    );
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, sheet, () => rectAddress(this.rect()));
    const record = (rule: Excel.DataValidationRule) =>
      ctx.enqueue(`${label}.dataValidation.rule`, rule, () => {
        // Excel refuses a list whose source names a sheet the workbook does not have (yet).
        const source = rule.list?.source;
        const ref = typeof source === 'string' ? /^=(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(source) : null;
        if (ref) {
          const name = (ref[1] ?? ref[2]).replace(/''/g, "'");
          if (!ctx.wb.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
            throw new FakeOfficeError('InvalidArgument', `${label}: list source ${source} names no sheet`);
          }
        }
        this.sheet().validations.push({ address: rectAddress(this.rect()), rule });
      });
    const alert = (errorAlert: Excel.DataValidationErrorAlert) =>
      ctx.enqueue(`${label}.dataValidation.errorAlert`, errorAlert, () => {
        const address = rectAddress(this.rect());
        const v = [...this.sheet().validations].reverse().find((x) => x.address === address);
        // Excel: an alert style is set on a range that has a rule (the template sets the rule first).
        if (!v) throw new FakeOfficeError('InvalidOperation', `${label}: errorAlert without a validation rule`);
        if (!['Stop', 'Warning', 'Information'].includes(String(errorAlert.style))) throw new FakeOfficeError('InvalidArgument', `${label}: alert style ${errorAlert.style}`);
        v.errorAlert = errorAlert;
      });
    this.dataValidation = {
      get rule(): Excel.DataValidationRule {
        throw new Error('fake: reading a validation rule is not modelled');
      },
      set rule(rule: Excel.DataValidationRule) {
        record(rule);
      },
      get errorAlert(): Excel.DataValidationErrorAlert {
        throw new Error('fake: reading an error alert is not modelled');
      },
      set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
        alert(errorAlert);
      },
    };
  }

  /** @internal The rectangle, resolved when the call runs. */
  rect(): Rect {
    const r = this.area();
    if (!r) throw new FakeOfficeError('ItemNotFound', `${this.label} is a null object`);
    return r;
  }

  private eachCell(apply: (cell: FakeCell) => void): void {
    const rect = this.rect();
    const sheet = this.sheet();
    this.ctx.wb.guard(sheet);
    if (rect.rows * rect.cols > 1_000_000) throw new Error(`fake: ${this.label} formats too many cells`);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) apply(this.ctx.wb.cell(sheet, rect.top + r, rect.left + c));
    }
  }

  private write(what: string, data: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.ctx.enqueue(`${this.label}.${what}`, data, () => {
      const rect = this.rect();
      if (data.length !== rect.rows || data.some((row) => row.length !== rect.cols)) {
        throw new FakeOfficeError('InvalidArgument', `${what} is ${data.length}x${data[0]?.length} for ${rectAddress(rect)}`);
      }
      const sheet = this.sheet();
      this.ctx.wb.guard(sheet);
      data.forEach((row, r) => row.forEach((v, c) => apply(this.ctx.wb.cell(sheet, rect.top + r, rect.left + c), v)));
    });
  }

  get values(): FakeValue[][] {
    const v = this.loaded.get().values;
    if (v === undefined) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.values`);
    return v;
  }
  set values(data: unknown[][]) {
    this.write('values', data, (cell, v) => {
      if (v === null || v === undefined) return; // null leaves the cell as it is
      delete cell.value;
      delete cell.formula;
      delete cell.quotePrefix;
      delete cell.error;
      if (typeof v === 'string') Object.assign(cell, typeIn(v));
      else if (typeof v === 'number' || typeof v === 'boolean') cell.value = v;
      else throw new FakeOfficeError('InvalidArgument', `cannot write ${String(v)}`);
    });
  }

  get numberFormat(): string[][] {
    const v = this.loaded.get().numberFormat;
    if (v === undefined) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.numberFormat`);
    return v;
  }
  set numberFormat(data: unknown[][]) {
    this.write('numberFormat', data, (cell, v) => {
      if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', 'number format');
      if (v === 'General') delete cell.numberFormat;
      else cell.numberFormat = v;
    });
  }

  get rowIndex(): number {
    return this.field('rowIndex');
  }
  get columnIndex(): number {
    return this.field('columnIndex');
  }
  get rowCount(): number {
    return this.field('rowCount');
  }
  get columnCount(): number {
    return this.field('columnCount');
  }
  get isNullObject(): boolean {
    return this.loaded.get().isNullObject;
  }

  private field(name: 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'): number {
    const l = this.loaded.get();
    if (l.isNullObject) throw new FakeOfficeError('InvalidObjectPath', `${this.label} is a null object`);
    const v = l[name];
    if (v === undefined) throw new FakeOfficeError('PropertyNotLoaded', `${this.label}.${name}`);
    return v;
  }

  /** Only `hyperlink` is modelled; a cell given `{}` stays as it is. */
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.write('setCellProperties', data, (cell, v) => {
      const props = v as Excel.SettableCellProperties;
      if (Object.keys(props).some((k) => k !== 'hyperlink')) throw new Error('fake: only hyperlink cell properties are modelled');
      const link = props.hyperlink;
      if (!link) return;
      if (link.documentReference) {
        const m = /^'((?:[^']|'')+)'!([A-Z]{1,3}\d+)$/.exec(link.documentReference);
        if (!m) throw new FakeOfficeError('InvalidArgument', `link ${link.documentReference}`);
        this.ctx.wb.sheet(m[1].replace(/''/g, "'"));
      }
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) Object.assign(cell, { value: link.textToDisplay });
    });
  }

  select(): void {
    this.ctx.enqueue(`${this.label}.select()`, null, () => {
      const sheet = this.sheet();
      if (this.ctx.wb.active !== sheet) throw new FakeOfficeError('InvalidOperation', 'select on an inactive sheet');
      sheet.selection = rectAddress(this.rect());
    });
  }

  load(propertyNames: string): this {
    const wanted = props(propertyNames);
    this.ctx.enqueueLoad(
      `${this.label}.load(${propertyNames})`,
      (): RangeLoad => {
        const rect = this.area();
        if (!rect) return { isNullObject: true };
        const sheet = this.sheet();
        const out: RangeLoad = { isNullObject: false };
        if ((wanted.includes('values') || wanted.includes('numberFormat')) && rect.rows * rect.cols > this.ctx.wb.limits.cells) {
          throw new FakeOfficeError('RangeExceedsLimit', `${this.label}: ${rect.rows * rect.cols} cells`);
        }
        for (const p of wanted) {
          if (p === 'values') out.values = this.ctx.wb.valuesOf(sheet, rect);
          else if (p === 'numberFormat') {
            out.numberFormat = this.ctx.wb
              .valuesOf(sheet, rect)
              .map((row, r) => row.map((_, c) => sheet.cells.get(key(rect.top + r, rect.left + c))?.numberFormat ?? 'General'));
          } else if (p === 'rowIndex') out.rowIndex = rect.top;
          else if (p === 'columnIndex') out.columnIndex = rect.left;
          else if (p === 'rowCount') out.rowCount = rect.rows;
          else if (p === 'columnCount') out.columnCount = rect.cols;
          else throw new Error(`fake: range.load(${p}) not modelled`);
        }
        return out;
      },
      (v) => this.loaded.set(v),
    );
    return this;
  }
}

class FakeRangeFormat implements XlRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; size: number };

  constructor(
    private readonly cells: (name: string, data: unknown, apply: (cell: FakeCell) => void) => void,
    private readonly columns: (points: number) => void,
    private readonly autofit: () => void,
  ) {
    const unreadable = (what: string): never => {
      throw new Error(`fake: reading ${what} is not modelled`);
    };
    this.fill = {
      get color(): string {
        return unreadable('fill.color');
      },
      set color(color: string) {
        cells('fill.color', color, (cell) => {
          cell.fill = color;
        });
      },
    };
    this.font = {
      get bold(): boolean {
        return unreadable('font.bold');
      },
      set bold(bold: boolean) {
        cells('font.bold', bold, (cell) => {
          cell.bold = bold;
        });
      },
      get size(): number {
        return unreadable('font.size');
      },
      set size(size: number) {
        cells('font.size', size, (cell) => {
          cell.fontSize = size;
        });
      },
    };
  }

  get columnWidth(): number {
    throw new Error('fake: reading columnWidth is not modelled');
  }
  set columnWidth(points: number) {
    this.columns(points);
  }
  get wrapText(): boolean {
    throw new Error('fake: reading wrapText is not modelled');
  }
  set wrapText(wrap: boolean) {
    this.cells('wrapText', wrap, (cell) => {
      cell.wrap = wrap;
    });
  }
  autofitRows(): void {
    this.autofit();
  }
}

/** worksheet.pageLayout: refuses what Excel refuses (a zoom mixing a scale and a fit; a scale
 * outside 10–400; print titles that are not whole rows). */
class FakePageLayoutProxy implements XlPageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly layout: () => FakePageLayout,
  ) {}

  private set<K extends keyof FakePageLayout>(field: K, value: FakePageLayout[K], check: () => void = () => {}): void {
    this.ctx.enqueue(`pageLayout.${field}`, value, () => {
      check();
      this.layout()[field] = value;
    });
  }

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    throw new Error('fake: reading pageLayout is not modelled');
  }
  set orientation(v: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.set('orientation', v, () => {
      if (v !== 'Portrait' && v !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `orientation ${v}`);
    });
  }
  get paperSize(): XlPageLayout['paperSize'] {
    throw new Error('fake: reading pageLayout is not modelled');
  }
  set paperSize(v: XlPageLayout['paperSize']) {
    this.set('paperSize', v, () => {
      if (!['A4', 'Letter', 'A3', 'Legal'].includes(v)) throw new FakeOfficeError('InvalidArgument', `paperSize ${v}`);
    });
  }
  get centerHorizontally(): boolean {
    throw new Error('fake: reading pageLayout is not modelled');
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new Error('fake: reading pageLayout is not modelled');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', { ...v }, () => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && v.scale !== undefined) throw new FakeOfficeError('InvalidArgument', 'zoom: a scale and a fit at once');
      if (v.scale !== undefined && !(v.scale >= 10 && v.scale <= 400)) throw new FakeOfficeError('InvalidArgument', `zoom.scale ${v.scale}`);
      for (const n of [v.horizontalFitToPages, v.verticalFitToPages]) {
        if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new FakeOfficeError('InvalidArgument', `zoom fit ${n}`);
      }
    });
  }
  setPrintTitleRows(rows: Excel.Range | string): void {
    const address = typeof rows === 'string' ? rows : '(range)';
    this.ctx.enqueue('pageLayout.setPrintTitleRows', address, () => {
      if (!/^\$?\d+:\$?\d+$/.test(address)) throw new FakeOfficeError('InvalidArgument', `print title rows ${address}`);
      this.layout().printTitleRows = address;
    });
  }
}

class FakeConditionalFormatCollection implements XlConditionalFormatCollection {
  private readonly loadedItems = new Loaded<FakeConditionalFormat[]>('conditionalFormats.items');

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly address: () => string,
  ) {}

  get items(): FakeConditionalFormat[] {
    return this.loadedItems.get();
  }

  add(type: 'Custom'): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.ctx);
    const address = this.address();
    this.ctx.enqueue(`conditionalFormats.add(${type})`, address, () => {
      cf.target = this.ctx.wb.addRule(this.sheet(), type, address);
    });
    return cf;
  }

  load(options: XlConditionalFormatLoad): this {
    this.ctx.enqueueLoad(
      'conditionalFormats.load',
      () => this.sheet().rules.map((rule) => ({ rule, id: rule.id, type: rule.type, formula: rule.type === 'Custom' ? rule.formula : null })),
      (rows) =>
        this.loadedItems.set(
          rows.map((row) => {
            const cf = new FakeConditionalFormat(this.ctx);
            cf.target = row.rule;
            cf.deliver(options, row);
            return cf;
          }),
        ),
    );
    return this;
  }
}

class FakeConditionalFormat implements XlConditionalFormat {
  target: FakeRule | null = null;
  readonly custom: XlCustomConditionalFormat;
  private loaded: { id?: string; type?: FakeRule['type']; custom?: XlCustomConditionalFormat } = {};

  constructor(private readonly ctx: FakeContext) {
    const rule = () => {
      if (!this.target) throw new FakeOfficeError('InvalidOperation', 'conditional format used before its add ran');
      return this.target;
    };
    this.custom = {
      isNullObject: false,
      rule: {
        get formula(): string {
          throw new Error('fake: read the formula through customOrNullObject loaded');
        },
        set formula(formula: string) {
          ctx.enqueue('custom.rule.formula', formula, () => {
            const r = rule();
            if (r.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'not a custom format');
            r.formula = formula;
          });
        },
      },
      format: {
        fill: {
          get color(): string {
            throw new Error('fake: reading a fill is not modelled');
          },
          set color(color: string) {
            ctx.enqueue('custom.format.fill.color', color, () => {
              rule().fill = color;
            });
          },
        },
      },
    };
  }

  /** @internal */
  deliver(options: XlConditionalFormatLoad, row: { id: string; type: FakeRule['type']; formula: string | null }): void {
    if (options.id) this.loaded.id = row.id;
    if (options.type) this.loaded.type = row.type;
    const wantsFormula = typeof options.customOrNullObject === 'object' && options.customOrNullObject.rule?.formula === true;
    if (wantsFormula) {
      const formula = row.formula;
      this.loaded.custom =
        row.type === 'Custom'
          ? { isNullObject: false, rule: { formula: formula ?? '' }, format: { fill: { color: '' } } }
          : {
              isNullObject: true,
              get rule(): { formula: string } {
                throw new FakeOfficeError('InvalidObjectPath', 'null object');
              },
              format: { fill: { color: '' } },
            };
    }
  }

  get id(): string {
    if (this.loaded.id === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'conditionalFormat.id');
    return this.loaded.id;
  }
  get type(): FakeRule['type'] {
    if (this.loaded.type === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'conditionalFormat.type');
    return this.loaded.type;
  }
  get customOrNullObject(): XlCustomConditionalFormat {
    if (!this.loaded.custom) throw new FakeOfficeError('PropertyNotLoaded', 'conditionalFormat.customOrNullObject');
    return this.loaded.custom;
  }

  delete(): void {
    this.ctx.enqueue('conditionalFormat.delete()', null, () => {
      const t = this.target;
      const sheet = t && this.ctx.wb.sheets.find((s) => s.rules.includes(t));
      if (!t || !sheet) throw new FakeOfficeError('ItemNotFound', 'conditional format');
      this.ctx.wb.guard(sheet);
      sheet.rules.splice(sheet.rules.indexOf(t), 1);
    });
  }
}

class FakeNamedItemCollection implements XlNamedItemCollection {
  private readonly loadedItems = new Loaded<XlNamedItem[]>('names.items');

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  get items(): XlNamedItem[] {
    return this.loadedItems.get();
  }

  add(name: string, reference: string, comment?: string): XlNamedItem {
    let target: FakeName | null = null;
    const ctx = this.ctx;
    ctx.enqueue(`names.add(${name})`, [name, reference, comment], () => {
      const sheet = this.sheet();
      this.ctx.wb.guard(sheet);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', `name ${name}`);
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      target = { name, reference, comment: comment ?? '', visible: true };
      sheet.names.push(target);
    });
    return {
      name,
      get formula(): string {
        throw new Error('fake: reading a new name\'s formula is not modelled');
      },
      get visible(): boolean {
        throw new Error('fake: reading visible is not modelled');
      },
      set visible(visible: boolean) {
        ctx.enqueue(`names.${name}.visible`, visible, () => {
          if (!target) throw new FakeOfficeError('InvalidOperation', 'name used before its add ran');
          target.visible = visible;
        });
      },
    };
  }

  load(propertyNames: string): this {
    const wanted = props(propertyNames).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueueLoad(
      `names.load(${propertyNames})`,
      () => this.sheet().names.map((n) => ({ name: n.name, visible: n.visible, formula: n.reference })),
      (rows) =>
        this.loadedItems.set(
          rows.map((r) => ({
            get name(): string {
              if (!wanted.includes('name')) throw new FakeOfficeError('PropertyNotLoaded', 'name');
              return r.name;
            },
            get visible(): boolean {
              if (!wanted.includes('visible')) throw new FakeOfficeError('PropertyNotLoaded', 'visible');
              return r.visible;
            },
            get formula(): string {
              if (!wanted.includes('formula')) throw new FakeOfficeError('PropertyNotLoaded', 'formula');
              return r.formula;
            },
          })),
        ),
    );
    return this;
  }
}

class FakeChartProxy implements XlChart {
  target: FakeChart | null = null;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): XlChartSeries };
  readonly axes: { readonly valueAxis: { minimum: number; maximum: number } };

  constructor(private readonly ctx: FakeContext) {
    const chart = () => {
      if (!this.target) throw new FakeOfficeError('InvalidOperation', 'chart used before its add ran');
      return this.target;
    };
    const setter = <K extends keyof FakeChart>(field: K) => (value: FakeChart[K]) =>
      ctx.enqueue(`chart.${field}`, value, () => {
        chart()[field] = value;
      });
    const unreadable = (): never => {
      throw new Error('fake: reading a chart is not modelled');
    };
    const setTitle = setter('title');
    const setLegend = setter('legend');
    const setMin = setter('min');
    const setMax = setter('max');
    this.title = {
      get text(): string {
        return unreadable();
      },
      set text(v: string) {
        setTitle(v);
      },
    };
    this.legend = {
      get visible(): boolean {
        return unreadable();
      },
      set visible(v: boolean) {
        setLegend(v);
      },
    };
    this.axes = {
      valueAxis: {
        get minimum(): number {
          return unreadable();
        },
        set minimum(v: number) {
          setMin(v);
        },
        get maximum(): number {
          return unreadable();
        },
        set maximum(v: number) {
          setMax(v);
        },
      },
    };
    /** The chart, when it has a series `index` (Excel refuses one past its series). */
    const seriesChart = (index: number) => {
      const c = chart();
      if (index < 0 || index >= (c.series?.length ?? 1)) throw new FakeOfficeError('ItemNotFound', `series ${index}`);
      return c;
    };
    const series0 = (index: number) => {
      if (index !== 0) throw new FakeOfficeError('ItemNotFound', `series ${index}`);
      return chart();
    };
    this.series = {
      getItemAt: (index: number): XlChartSeries => ({
        setXAxisValues: (sourceData: XlRange) => {
          const source = asFakeRange(sourceData);
          ctx.enqueue(`chart.series(${index}).setXAxisValues`, null, () => {
            const c = seriesChart(index);
            const address = rectAddress(source.rect());
            if (index === 0) c.xValues = address;
            if (c.series) c.series[index].xValues = address;
          });
        },
        get name(): string {
          return unreadable();
        },
        set name(v: string) {
          ctx.enqueue(`chart.series(${index}).name`, v, () => {
            const c = seriesChart(index);
            if (c.series) c.series[index].name = v;
          });
        },
        format: {
          line: {
            get color(): string {
              return unreadable();
            },
            set color(v: string) {
              ctx.enqueue(`chart.series(${index}).format.line.color`, v, () => {
                const c = seriesChart(index);
                if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError('InvalidArgument', `colour ${v}`);
                if (c.series) c.series[index].lineColour = v;
              });
            },
          },
        },
        get hasDataLabels(): boolean {
          return unreadable();
        },
        set hasDataLabels(v: boolean) {
          ctx.enqueue(`chart.series(${index}).hasDataLabels`, v, () => {
            series0(index).dataLabels.show = v;
          });
        },
        dataLabels: {
          get showValue(): boolean {
            return unreadable();
          },
          set showValue(v: boolean) {
            ctx.enqueue(`chart.series(${index}).dataLabels.showValue`, v, () => {
              series0(index).dataLabels.showValue = v;
            });
          },
          get numberFormat(): string {
            return unreadable();
          },
          set numberFormat(v: string) {
            ctx.enqueue(`chart.series(${index}).dataLabels.numberFormat`, v, () => {
              series0(index).dataLabels.numberFormat = v;
            });
          },
        },
        points: {
          getItemAt: (point: number) => ({
            format: {
              fill: {
                setSolidColor: (colour: string) =>
                  ctx.enqueue(`chart.series(${index}).points(${point}).fill`, colour, () => {
                    const c = series0(index);
                    // Excel refuses a point past the series' values.
                    const [, a, b] = /(\d+):[A-Z]+(\d+)$/.exec(c.source) ?? [];
                    const count = a && b ? Number(b) - Number(a) + 1 : 1;
                    if (point < 0 || point >= count) throw new FakeOfficeError('ItemNotFound', `point ${point}`);
                    if (!/^#[0-9A-Fa-f]{6}$/.test(colour)) throw new FakeOfficeError('InvalidArgument', `colour ${colour}`);
                    c.pointColours[point] = colour;
                  }),
              },
            },
          }),
        },
      }),
    };
  }

  get width(): number {
    throw new Error('fake: reading a chart is not modelled');
  }
  set width(v: number) {
    this.ctx.enqueue('chart.width', v, () => {
      if (this.target) this.target.width = v;
    });
  }
  get height(): number {
    throw new Error('fake: reading a chart is not modelled');
  }
  set height(v: number) {
    this.ctx.enqueue('chart.height', v, () => {
      if (this.target) this.target.height = v;
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue('chart.setPosition', [startCell, endCell], () => {
      parseAddress(startCell);
      if (!this.target) throw new FakeOfficeError('InvalidOperation', 'chart used before its add ran');
      this.target.position = endCell ? `${startCell}:${endCell}` : startCell;
    });
  }
}
