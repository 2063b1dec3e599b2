// A fake of the part of SpreadsheetApp, HtmlService, the Ui, Session and LockService that the
// Apps Script project uses, over an in-memory model of a spreadsheet. It records every call
// ("Sheet.getRange"), so tests count the round trips, and behaves like Sheets where the adapter
// could go wrong:
//
// - `setValues` reads strings as typing does: `'x` is the text x, `=…` (and `+…`, `-…`, `@…`
//   that are not numbers) become formulas, numeric text becomes a number;
// - `setConditionalFormatRules` replaces all the rules of a sheet;
// - `insertSheet` refuses a name in use and activates the new sheet; the last sheet cannot be
//   deleted; a range outside the grid throws;
// - the document lock is one per spreadsheet: `tryLock` fails while another execution holds it
//   (`model.lock.elsewhere`, which a test sets), without waiting (the timeout asked is recorded);
//   `waitLock` then throws Sheets' "Lock timeout";
// - `getRangeList([])` is refused (Sheets wants at least one range);
// - `getSheetValues` with -1 rows or columns reaches the last row or column with content, like
//   `getDataRange`, and refuses a sheet without any (a block of no rows: the reference is silent);
// - a new sheet has 1000 rows and 26 columns (`newSheetRows` makes it otherwise), and rows out of
//   bounds are refused (`insertRowsAfter`, `deleteRows`);
// - a protected sheet the user may not edit (`SheetModel.protection`, `Protection.canEdit`)
//   refuses writes: its conditional formats, values, deletion (H4);
// - developer metadata may sit on the spreadsheet itself (`Spreadsheet.addDeveloperMetadata`): the
//   finder finds it, and its location has no sheet;
// - `addDeveloperMetadata(key, value)` is visible to the whole document; only the three-argument
//   form with `DeveloperMetadataVisibility.PROJECT` keeps it to this script (H7);
// - HtmlService serves a page without its <meta> tags but viewport (H3);
// - under the authorisation mode of a trigger (`model.authMode`, set by the runtime from the
//   event), `NONE` gives no access to the spreadsheet (an add-on's onOpen before its first use).
//
// Every fake class is checked against @types/google-apps-script (see `Conforms` at the end): a
// public member Sheets does not have, or a call with parameters Sheets would refuse, does not
// compile. The model is reached through `modelOf`, outside those classes.

/// <reference types="google-apps-script" />

import * as fs from 'fs';
import * as path from 'path';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type Integer = number;

// ---------------------------------------------------------------------------------------------
// The model.
// ---------------------------------------------------------------------------------------------

export type Value = string | number | boolean | Date;

export interface CellModel {
  /** '' when blank. */
  value: Value | '';
  /** The formula when the cell holds one ('' otherwise). */
  formula: string;
  numberFormat: string;
  background: string | null;
  fontWeight: string;
  fontSize: number;
  fontColor: string | null;
  note: string;
  /** Written as rich text (`setRichTextValues`). */
  rich: boolean;
  /** A rich-text link on the whole cell. */
  link: string | null;
  validation: DataValidationModel | null;
  wrap: boolean;
}

export interface DataValidationModel {
  kind: 'list' | 'range';
  list?: string[];
  range?: string;
  showDropdown: boolean;
  allowInvalid: boolean;
}

export interface RuleModel {
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  /** A1 ranges on the rule's sheet. */
  ranges: string[];
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  /** `DOCUMENT` (any script or add-on sees it) or `PROJECT` (this script only). */
  visibility: string;
}

export interface ChartModel {
  type: string;
  ranges: string[];
  /** `setHiddenDimensionStrategy`: Sheets' default, `IGNORE_BOTH`, leaves hidden rows and columns out. */
  hiddenDimensionStrategy: string;
  /** `setNumHeaders`, null when not set (Sheets then guesses). */
  numHeaders: number | null;
  /** `setTransposeRowsAndColumns` (rows as series), when called. */
  transpose?: boolean;
  position: [number, number, number, number];
  options: Record<string, unknown>;
}

export interface SheetModel {
  name: string;
  id: number;
  maxRows: number;
  maxColumns: number;
  /** cells[r][c], 0-based; missing entries are default cells. */
  cells: CellModel[][];
  frozenRows: number;
  rules: RuleModel[];
  metadata: MetadataModel[];
  charts: ChartModel[];
  filter: string | null;
  columnWidths: Record<number, number>;
  /** Hidden columns, 1-based. */
  hiddenColumns: number[];
  merges: string[];
  /** Data › Protect sheets: `canEdit` false when the user is not among its editors (writes refused). */
  protection?: { canEdit: boolean };
  /** `autoResizeRows` calls: [first row, count]. */
  resizedRows: [number, number][];
}

export interface SpreadsheetModel {
  name: string;
  timeZone: string;
  /** File › Settings › Locale (`Spreadsheet.getSpreadsheetLocale`), like `fr_FR`. */
  locale: string;
  /** The user's language setting (`Session.getActiveUserLocale`), like `fr` or `en`; '' unknown. */
  userLocale: string;
  /** The document lock (`LockService.getDocumentLock`). */
  lock: LockModel;
  sheets: SheetModel[];
  /** Developer metadata on the spreadsheet itself (not on a sheet). */
  metadata: MetadataModel[];
  activeSheetId: number;
  activeRange: string | null;
  nextSheetId: number;
  nextMetadataId: number;
  toasts: string[];
  sidebars: string[];
  /** The title of each sidebar shown (`HtmlOutput.setTitle`), in the same order. */
  sidebarTitles: string[];
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  /** Every call, in order: `Class.method`. */
  calls: string[];
  /** The authorisation mode of the running trigger (`e.authMode`); FULL when absent. */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** A host refusal: the message a call (`Class.method`) throws with, or null to let it run. */
  refuse?: (call: string) => string | null;
  /**
   * The rows of a sheet `insertSheet` adds: 1000, as Sheets makes a new sheet (1000 × 26), unless a
   * test makes it otherwise (the reference does not give the size, so the adapter must cope).
   */
  newSheetRows?: number;
}

export interface LockModel {
  /** Held by another execution (another user's run): `tryLock` fails. */
  elsewhere: boolean;
  /** Held by this execution. */
  held: boolean;
  /** The timeouts `tryLock` and `waitLock` were given, in order. */
  waits: number[];
}

export function blankCell(): CellModel {
  return {
    value: '',
    formula: '',
    numberFormat: '',
    background: null,
    fontWeight: 'normal',
    fontSize: 10,
    fontColor: null,
    note: '',
    rich: false,
    link: null,
    validation: null,
    wrap: false,
  };
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export function newSheetModel(name: string, id: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SheetModel {
  return {
    name,
    id,
    maxRows: rows,
    maxColumns: columns,
    cells: [],
    frozenRows: 0,
    rules: [],
    metadata: [],
    charts: [],
    filter: null,
    columnWidths: {},
    hiddenColumns: [],
    merges: [],
    resizedRows: [],
  };
}

export function newSpreadsheetModel(name: string, timeZone = 'Africa/Bamako'): SpreadsheetModel {
  return {
    name,
    timeZone,
    locale: 'fr_FR',
    userLocale: 'fr',
    lock: { elsewhere: false, held: false, waits: [] },
    sheets: [],
    metadata: [],
    activeSheetId: -1,
    activeRange: null,
    nextSheetId: 1000,
    nextMetadataId: 1,
    toasts: [],
    sidebars: [],
    sidebarTitles: [],
    menus: [],
    calls: [],
  };
}

/** Adds a sheet of raw values (as a user typed them) to the model, growing the grid to fit. */
export function addSheet(model: SpreadsheetModel, name: string, rows: Value[][] | (Value | null | undefined)[][]): SheetModel {
  const sheet = newSheetModel(name, model.nextSheetId++);
  sheet.maxRows = Math.max(DEFAULT_ROWS, rows.length);
  sheet.maxColumns = Math.max(DEFAULT_COLUMNS, ...rows.map((r) => r.length));
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      cellAt(sheet, r, c).value = v;
    }),
  );
  model.sheets.push(sheet);
  if (model.activeSheetId < 0) model.activeSheetId = sheet.id;
  return sheet;
}

export function cellAt(sheet: SheetModel, r: number, c: number): CellModel {
  const row = sheet.cells[r] ?? (sheet.cells[r] = []);
  return row[c] ?? (row[c] = blankCell());
}

function peek(sheet: SheetModel, r: number, c: number): CellModel | undefined {
  return sheet.cells[r]?.[c];
}

/** The last row and column (1-based) holding a value or a formula; 0 and 0 on an empty sheet. */
function contentExtent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.cells.forEach((row, r) =>
    row?.forEach((c, ci) => {
      if (c && (c.value !== '' || c.formula !== '')) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, ci + 1);
      }
    }),
  );
  return { rows, cols };
}

// ---------------------------------------------------------------------------------------------
// A1 helpers.
// ---------------------------------------------------------------------------------------------

function colName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** `F12`, `B3:D9`, `C2:C` (to the last row), `'Feuille'!A1` (sheet part ignored), 0-based box. */
function parseRange(a1: string, sheet: SheetModel): Box {
  const bare = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)?(?::\$?([A-Z]{1,3})\$?(\d+)?)?$/i.exec(bare.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const c1 = colIndex(m[1]);
  const r1 = m[2] ? Number(m[2]) - 1 : 0;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  const r2 = m[3] ? (m[4] ? Number(m[4]) - 1 : sheet.maxRows - 1) : m[2] ? r1 : sheet.maxRows - 1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function a1Of(box: Box): string {
  const tl = `${colName(box.col)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return tl;
  return `${tl}:${colName(box.col + box.cols - 1)}${box.row + box.rows}`;
}

// ---------------------------------------------------------------------------------------------
// What Sheets does with a typed string.
// ---------------------------------------------------------------------------------------------

function typed(cell: CellModel, v: unknown): void {
  cell.formula = '';
  cell.rich = false;
  cell.link = null;
  if (v === null || v === undefined || v === '') {
    cell.value = '';
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (Object.prototype.toString.call(v) === '[object Date]') {
    cell.value = new Date((v as Date).getTime());
    return;
  }
  if (typeof v !== 'string') throw new Error(`setValues: unsupported value ${String(v)}`);
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  const trimmed = v.trim();
  if (trimmed !== '' && /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(trimmed)) {
    cell.value = Number(trimmed.replace(',', '.'));
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    // A formula: the fake does not compute it.
    cell.formula = v.startsWith('=') ? v : '=' + v;
    cell.value = '#FORMULA';
    return;
  }
  if (/^(TRUE|FALSE|VRAI|FAUX)$/i.test(trimmed)) {
    cell.value = /^(TRUE|VRAI)$/i.test(trimmed);
    return;
  }
  if (/^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(trimmed)) {
    // A date in the sheet's locale: the fake only records that the text was lost.
    cell.value = 0;
    cell.formula = '';
    cell.numberFormat = 'dd/mm/yyyy';
    return;
  }
  cell.value = v;
}

// ---------------------------------------------------------------------------------------------
// The fakes. `Recorder` is the only thing they share: the model and the call log.
// ---------------------------------------------------------------------------------------------

export interface Runtime {
  model: SpreadsheetModel;
  /** Makes a Date of the script's realm (the bundle runs in its own `vm` context). */
  date: (ms: number) => Date;
  /** The folder HtmlService reads files from (dist/apps-script). */
  htmlDir: string;
}

const models = new WeakMap<object, unknown>();

/** The model behind a fake sheet or spreadsheet. */
export function modelOf(fake: FakeSheet): SheetModel;
export function modelOf(fake: FakeSpreadsheet): SpreadsheetModel;
export function modelOf(fake: object): unknown {
  return models.get(fake);
}

function record(rt: Runtime, what: string): void {
  rt.model.calls.push(what);
  const refused = rt.model.refuse?.(what) ?? null;
  if (refused !== null) throw new Error(refused);
}

/** The values of a block of cells: '' for blanks, dates of the script's realm. */
function boxValues(rt: Runtime, sheet: SheetModel, box: Box): Value[][] {
  const out: Value[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row: Value[] = [];
    for (let c = 0; c < box.cols; c++) {
      const cell = peek(sheet, box.row + r, box.col + c);
      const v = cell ? cell.value : '';
      row.push(v instanceof Date ? rt.date(v.getTime()) : v);
    }
    out.push(row);
  }
  return out;
}

/** Sheets' refusal of an edit to a protected sheet the user may not edit. */
function guardEdit(m: SheetModel): void {
  if (m.protection && !m.protection.canEdit) {
    throw new Error('Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
  }
}

/** Under AuthMode.NONE a script may not open the spreadsheet. */
function guardAccess(rt: Runtime, what: string): void {
  if (rt.model.authMode === 'NONE') {
    throw new Error(`Exception: You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
  }
}

function sheetById(rt: Runtime, id: number): SheetModel {
  const s = rt.model.sheets.find((x) => x.id === id);
  if (!s) throw new Error('Exception: This sheet has been deleted.');
  return s;
}

// Enumerations: Apps Script's are objects that print as their name. The fake hands out a new
// object on every call, so a script comparing them by identity fails here as it could there.
function enumValue(name: string): GoogleAppsScript.Spreadsheet.BooleanCriteria {
  return { name, toString: () => name } as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
}

const METADATA_VISIBILITY = Object.freeze({ DOCUMENT: enumValue('DOCUMENT'), PROJECT: enumValue('PROJECT') }) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
const PROTECTION_TYPE = Object.freeze({ RANGE: enumValue('RANGE'), SHEET: enumValue('SHEET') }) as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

const WRAP_STRATEGY = Object.freeze({ WRAP: enumValue('WRAP'), OVERFLOW: enumValue('OVERFLOW'), CLIP: enumValue('CLIP') }) as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;

const BOOLEAN_CRITERIA = Object.freeze(
  Object.fromEntries(['CELL_EMPTY', 'CELL_NOT_EMPTY', 'NUMBER_GREATER_THAN', 'NUMBER_LESS_THAN', 'TEXT_CONTAINS', 'CUSTOM_FORMULA'].map((n) => [n, enumValue(n)])),
) as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;

export class FakeSpreadsheetApp {
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DeveloperMetadataVisibility = METADATA_VISIBILITY;
  readonly ProtectionType = PROTECTION_TYPE;
  readonly WrapStrategy = WRAP_STRATEGY;
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  getActive(): FakeSpreadsheet {
    record(this.rt, 'SpreadsheetApp.getActive');
    guardAccess(this.rt, 'SpreadsheetApp.getActive');
    return new FakeSpreadsheet(this.rt);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    record(this.rt, 'SpreadsheetApp.getActiveSpreadsheet');
    guardAccess(this.rt, 'SpreadsheetApp.getActiveSpreadsheet');
    return new FakeSpreadsheet(this.rt);
  }

  getUi(): FakeUi {
    record(this.rt, 'SpreadsheetApp.getUi');
    return new FakeUi(this.rt);
  }

  flush(): void {
    record(this.rt, 'SpreadsheetApp.flush');
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'SpreadsheetApp.newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.rt);
  }

  newRichTextValue(): FakeRichTextValueBuilder {
    record(this.rt, 'SpreadsheetApp.newRichTextValue');
    return new FakeRichTextValueBuilder(this.rt);
  }

  newDataValidation(): FakeDataValidationBuilder {
    record(this.rt, 'SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.rt);
  }
}

export class FakeSpreadsheet {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
    models.set(this, rt.model);
  }

  private sheet(model: SheetModel): FakeSheet {
    return new FakeSheet(this.rt, model.id);
  }

  getName(): string {
    record(this.rt, 'Spreadsheet.getName');
    return this.rt.model.name;
  }

  getSpreadsheetTimeZone(): string {
    record(this.rt, 'Spreadsheet.getSpreadsheetTimeZone');
    return this.rt.model.timeZone;
  }

  getSpreadsheetLocale(): string {
    record(this.rt, 'Spreadsheet.getSpreadsheetLocale');
    return this.rt.model.locale;
  }

  getSheets(): FakeSheet[] {
    record(this.rt, 'Spreadsheet.getSheets');
    return this.rt.model.sheets.map((s) => this.sheet(s));
  }

  getNumSheets(): Integer {
    record(this.rt, 'Spreadsheet.getNumSheets');
    return this.rt.model.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    record(this.rt, 'Spreadsheet.getSheetByName');
    const s = this.rt.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return s ? this.sheet(s) : null;
  }

  getActiveSheet(): FakeSheet {
    record(this.rt, 'Spreadsheet.getActiveSheet');
    return this.sheet(sheetById(this.rt, this.rt.model.activeSheetId));
  }

  setActiveSheet(sheet: GSheet | FakeSheet): FakeSheet {
    record(this.rt, 'Spreadsheet.setActiveSheet');
    const m = modelOf(sheet as FakeSheet);
    if (!m) throw new Error('setActiveSheet: not a sheet of this spreadsheet');
    sheetById(this.rt, m.id);
    this.rt.model.activeSheetId = m.id;
    return this.sheet(m);
  }

  insertSheet(): FakeSheet;
  insertSheet(sheetName: string, sheetIndex?: Integer): FakeSheet;
  insertSheet(sheetName: string, options: { template?: GSheet }): FakeSheet;
  insertSheet(sheetName?: string, second?: Integer | { template?: GSheet }): FakeSheet {
    record(this.rt, 'Spreadsheet.insertSheet');
    if (typeof second === 'object') throw new Error('insertSheet with a template: not in the fake');
    const sheetIndex = second;
    const model = this.rt.model;
    let name = sheetName;
    if (name === undefined) {
      let n = model.sheets.length + 1;
      while (model.sheets.some((s) => s.name === `Feuille ${n}`)) n++;
      name = `Feuille ${n}`;
    }
    if (name.length === 0 || name.length > 100) throw new Error(`Invalid sheet name: ${name}`);
    if (model.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = newSheetModel(name, model.nextSheetId++, model.newSheetRows ?? DEFAULT_ROWS);
    const index = sheetIndex === undefined ? model.sheets.length : sheetIndex;
    if (index < 0 || index > model.sheets.length) throw new Error(`insertSheet: index ${index} out of range`);
    model.sheets.splice(index, 0, sheet);
    model.activeSheetId = sheet.id;
    return this.sheet(sheet);
  }

  deleteSheet(sheet: GSheet | FakeSheet): void {
    record(this.rt, 'Spreadsheet.deleteSheet');
    const m = modelOf(sheet as FakeSheet);
    const model = this.rt.model;
    const i = model.sheets.findIndex((s) => s.id === m?.id);
    if (i < 0) throw new Error('Exception: This sheet has been deleted.');
    guardEdit(model.sheets[i]);
    if (model.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    model.sheets.splice(i, 1);
    if (model.activeSheetId === m.id) model.activeSheetId = model.sheets[Math.max(0, i - 1)].id;
  }

  addDeveloperMetadata(key: string, value: string, visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): FakeSpreadsheet {
    record(this.rt, 'Spreadsheet.addDeveloperMetadata');
    this.rt.model.metadata.push({ id: this.rt.model.nextMetadataId++, key, value, visibility: String(visibility) });
    return this;
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    record(this.rt, 'Spreadsheet.createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.rt);
  }

  toast(msg: string, title?: string): void {
    record(this.rt, 'Spreadsheet.toast');
    this.rt.model.toasts.push(title ? `${title}: ${msg}` : msg);
  }
}

export class FakeSheet {
  private readonly rt: Runtime;
  private readonly id: number;

  constructor(rt: Runtime, id: number) {
    this.rt = rt;
    this.id = id;
    models.set(this, sheetById(rt, id));
  }

  private get m(): SheetModel {
    return sheetById(this.rt, this.id);
  }

  getName(): string {
    record(this.rt, 'Sheet.getName');
    return this.m.name;
  }

  getSheetId(): Integer {
    record(this.rt, 'Sheet.getSheetId');
    return this.m.id;
  }

  getMaxRows(): Integer {
    record(this.rt, 'Sheet.getMaxRows');
    return this.m.maxRows;
  }

  getMaxColumns(): Integer {
    record(this.rt, 'Sheet.getMaxColumns');
    return this.m.maxColumns;
  }

  getFrozenRows(): Integer {
    record(this.rt, 'Sheet.getFrozenRows');
    return this.m.frozenRows;
  }

  activate(): FakeSheet {
    record(this.rt, 'Sheet.activate');
    this.rt.model.activeSheetId = this.id;
    return this;
  }

  /** A1 to the last row and column with content (a value or a formula), A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    record(this.rt, 'Sheet.getDataRange');
    const { rows, cols } = contentExtent(this.m);
    return new FakeRange(this.rt, this.id, { row: 0, col: 0, rows: Math.max(rows, 1), cols: Math.max(cols, 1) });
  }

  /**
   * The values of a block, as `getRange(…).getValues()` gives them; -1 rows or columns reach the
   * last row or column with content (the reference's words). On a sheet without content that is
   * an empty block, which the reference does not describe: refused here, like a range of 0 rows.
   */
  getSheetValues(startRow: Integer, startColumn: Integer, numRows: Integer, numColumns: Integer): Value[][] {
    record(this.rt, 'Sheet.getSheetValues');
    const extent = contentExtent(this.m);
    const rows = numRows === -1 ? extent.rows - startRow + 1 : numRows;
    const cols = numColumns === -1 ? extent.cols - startColumn + 1 : numColumns;
    if (rows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    const box = { row: startRow - 1, col: startColumn - 1, rows, cols };
    new FakeRange(this.rt, this.id, box); // the same bounds as a range
    return boxValues(this.rt, this.m, box);
  }

  getRange(a1Notation: string): FakeRange;
  getRange(row: Integer, column: Integer, numRows?: Integer, numColumns?: Integer): FakeRange;
  getRange(a: string | Integer, column?: Integer, numRows = 1, numColumns = 1): FakeRange {
    record(this.rt, 'Sheet.getRange');
    const box = typeof a === 'string' ? parseRange(a, this.m) : { row: a - 1, col: column! - 1, rows: numRows, cols: numColumns };
    return new FakeRange(this.rt, this.id, box);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    record(this.rt, 'Sheet.getRangeList');
    if (a1Notations.length === 0) throw new Error('Exception: The parameters (number[]) don\'t match the method signature');
    return new FakeRangeList(this.rt, a1Notations.map((a) => new FakeRange(this.rt, this.id, parseRange(a, this.m))));
  }

  insertRowsAfter(afterPosition: Integer, howMany: Integer): FakeSheet {
    record(this.rt, 'Sheet.insertRowsAfter');
    const m = this.m;
    if (afterPosition < 1 || afterPosition > m.maxRows || howMany < 1) throw new Error('insertRowsAfter: bad position');
    m.cells.splice(afterPosition, 0, ...new Array(howMany).fill(undefined));
    m.maxRows += howMany;
    return this;
  }

  deleteRows(rowPosition: Integer, howMany: Integer): void {
    record(this.rt, 'Sheet.deleteRows');
    const m = this.m;
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > m.maxRows) throw new Error('deleteRows: out of bounds');
    if (howMany >= m.maxRows - m.frozenRows) throw new Error("Exception: You can't delete all the rows on the sheet.");
    m.cells.splice(rowPosition - 1, howMany);
    m.maxRows -= howMany;
  }

  setFrozenRows(rows: Integer): void {
    record(this.rt, 'Sheet.setFrozenRows');
    if (rows >= this.m.maxRows) throw new Error("Exception: You can't freeze all visible rows on the sheet.");
    this.m.frozenRows = rows;
  }

  autoResizeRows(startRow: Integer, numRows: Integer): FakeSheet {
    record(this.rt, 'Sheet.autoResizeRows');
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.m.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    this.m.resizedRows.push([startRow, numRows]);
    return this;
  }

  setColumnWidth(columnPosition: Integer, width: Integer): FakeSheet {
    record(this.rt, 'Sheet.setColumnWidth');
    this.m.columnWidths[columnPosition] = width;
    return this;
  }

  setColumnWidths(startColumn: Integer, numColumns: Integer, width: Integer): FakeSheet {
    record(this.rt, 'Sheet.setColumnWidths');
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.m.maxColumns) throw new Error('Exception: Those columns are out of bounds.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.m.columnWidths[c] = width;
    return this;
  }

  hideColumns(columnIndex: Integer, numColumns = 1): void {
    record(this.rt, 'Sheet.hideColumns');
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > this.m.maxColumns) throw new Error('Exception: Those columns are out of bounds.');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) if (!this.m.hiddenColumns.includes(c)) this.m.hiddenColumns.push(c);
    this.m.hiddenColumns.sort((a, b) => a - b);
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    record(this.rt, 'Sheet.getConditionalFormatRules');
    return this.m.rules.map((r) => new FakeConditionalFormatRule(this.rt, this.id, r));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    record(this.rt, 'Sheet.setConditionalFormatRules');
    guardEdit(this.m);
    this.m.rules = rules.map((r) => {
      const model = ruleModels.get(r as unknown as FakeConditionalFormatRule);
      if (!model) throw new Error('setConditionalFormatRules: not a rule');
      return { ...model, values: model.values.slice(), ranges: model.ranges.slice() };
    });
  }

  addDeveloperMetadata(key: string, value: string, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): FakeSheet {
    record(this.rt, 'Sheet.addDeveloperMetadata');
    guardEdit(this.m);
    // Without a visibility, Sheets makes it DOCUMENT: every script and add-on can read it.
    this.m.metadata.push({ id: this.rt.model.nextMetadataId++, key, value, visibility: visibility === undefined ? 'DOCUMENT' : String(visibility) });
    return this;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    record(this.rt, 'Sheet.getProtections');
    if (String(type) !== 'SHEET' || !this.m.protection) return [];
    return [new FakeProtection(this.rt, this.m.protection.canEdit)];
  }

  newChart(): FakeEmbeddedChartBuilder {
    record(this.rt, 'Sheet.newChart');
    return new FakeEmbeddedChartBuilder(this.rt, this.id);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    record(this.rt, 'Sheet.insertChart');
    const model = chartModels.get(chart as unknown as object);
    if (!model) throw new Error('insertChart: not a chart');
    this.m.charts.push(model);
  }
}

export class FakeRange {
  private readonly rt: Runtime;
  private readonly sheetId: number;
  private readonly box: Box;

  constructor(rt: Runtime, sheetId: number, box: Box) {
    this.rt = rt;
    this.sheetId = sheetId;
    this.box = box;
    const m = sheetById(rt, sheetId);
    if (box.row < 0 || box.col < 0 || box.rows < 1 || box.cols < 1 || box.row + box.rows > m.maxRows || box.col + box.cols > m.maxColumns) {
      throw new Error(`Exception: The coordinates of the range are outside the dimensions of the sheet (${a1Of(box)} on ${m.name}).`);
    }
  }

  private get m(): SheetModel {
    return sheetById(this.rt, this.sheetId);
  }

  /** The 0-based box, for the fake's own use. */
  private forEach(fn: (cell: CellModel, r: number, c: number) => void): void {
    for (let r = 0; r < this.box.rows; r++) for (let c = 0; c < this.box.cols; c++) fn(cellAt(this.m, this.box.row + r, this.box.col + c), r, c);
  }

  getA1Notation(): string {
    record(this.rt, 'Range.getA1Notation');
    return a1Of(this.box);
  }

  getSheet(): FakeSheet {
    record(this.rt, 'Range.getSheet');
    return new FakeSheet(this.rt, this.sheetId);
  }

  getValues(): Value[][] {
    record(this.rt, 'Range.getValues');
    return boxValues(this.rt, this.m, this.box);
  }

  setValues(values: unknown[][]): FakeRange {
    record(this.rt, 'Range.setValues');
    guardEdit(this.m);
    if (values.length !== this.box.rows || values.some((r) => r.length !== this.box.cols)) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.box.rows}.`,
      );
    }
    this.forEach((cell, r, c) => typed(cell, values[r][c]));
    return this;
  }

  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): FakeRange {
    record(this.rt, 'Range.setRichTextValues');
    if (values.length !== this.box.rows || values.some((r) => r.length !== this.box.cols)) throw new Error('setRichTextValues: size mismatch');
    this.forEach((cell, r, c) => {
      const rich = richModels.get(values[r][c] as unknown as object);
      if (!rich) throw new Error('setRichTextValues: not a rich text value');
      cell.value = rich.text;
      cell.formula = '';
      cell.rich = true;
      cell.link = rich.link;
    });
    return this;
  }

  setNumberFormat(numberFormat: string): FakeRange {
    record(this.rt, 'Range.setNumberFormat');
    this.forEach((cell) => (cell.numberFormat = numberFormat));
    return this;
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): FakeRange {
    record(this.rt, 'Range.setFontWeight');
    this.forEach((cell) => (cell.fontWeight = fontWeight ?? 'normal'));
    return this;
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    record(this.rt, 'Range.setWrap');
    this.forEach((cell) => (cell.wrap = isWrapEnabled));
    return this;
  }

  setFontSize(size: Integer): FakeRange {
    record(this.rt, 'Range.setFontSize');
    this.forEach((cell) => (cell.fontSize = size));
    return this;
  }

  setBackground(color: string | null): FakeRange {
    record(this.rt, 'Range.setBackground');
    this.forEach((cell) => (cell.background = color));
    return this;
  }

  /** Sheets refuses a grid whose size is not the range's. */
  private grid<T>(method: string, grid: T[][], set: (cell: CellModel, v: T) => void): FakeRange {
    record(this.rt, `Range.${method}`);
    guardEdit(this.m);
    if (grid.length !== this.box.rows || grid.some((r) => r.length !== this.box.cols)) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.box.rows}.`);
    }
    this.forEach((cell, r, c) => set(cell, grid[r][c]));
    return this;
  }

  setFontWeights(fontWeights: Array<Array<'bold' | 'normal' | null>>): FakeRange {
    return this.grid('setFontWeights', fontWeights, (cell, v) => {
      if (v !== null && v !== 'bold' && v !== 'normal') throw new Error(`Exception: Invalid font weight ${String(v)}`);
      cell.fontWeight = v ?? 'normal';
    });
  }

  setFontSizes(sizes: Integer[][]): FakeRange {
    return this.grid('setFontSizes', sizes, (cell, v) => {
      if (typeof v !== 'number' || !(v > 0)) throw new Error(`Exception: Invalid font size ${String(v)}`);
      cell.fontSize = v;
    });
  }

  setBackgrounds(color: Array<Array<string | null>>): FakeRange {
    // null resets the fill.
    return this.grid('setBackgrounds', color, (cell, v) => (cell.background = v));
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): FakeRange {
    return this.grid('setWrapStrategies', strategies, (cell, v) => {
      const name = String(v);
      if (!['WRAP', 'OVERFLOW', 'CLIP'].includes(name)) throw new Error(`Exception: Invalid wrap strategy ${name}`);
      // The model knows wrapped or not; overflow is a new cell's default.
      cell.wrap = name === 'WRAP';
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): FakeRange {
    record(this.rt, 'Range.setDataValidation');
    const model = rule ? validationModels.get(rule as unknown as object) ?? null : null;
    if (rule && !model) throw new Error('setDataValidation: not a rule');
    this.forEach((cell) => (cell.validation = model));
    return this;
  }

  createFilter(): FakeFilter {
    record(this.rt, 'Range.createFilter');
    if (this.m.filter) throw new Error('Exception: You can\'t create a filter in a sheet that already has a filter.');
    this.m.filter = a1Of(this.box);
    return new FakeFilter();
  }

  activate(): FakeRange {
    record(this.rt, 'Range.activate');
    this.rt.model.activeSheetId = this.sheetId;
    this.rt.model.activeRange = a1Of(this.box);
    return this;
  }
}

export class FakeFilter {}

export class FakeRangeList {
  private readonly rt: Runtime;
  private readonly ranges: FakeRange[];

  constructor(rt: Runtime, ranges: FakeRange[]) {
    this.rt = rt;
    this.ranges = ranges;
  }

  getRanges(): FakeRange[] {
    record(this.rt, 'RangeList.getRanges');
    return this.ranges.slice();
  }

  private each(method: string, fn: (r: FakeRange) => void): FakeRangeList {
    record(this.rt, `RangeList.${method}`);
    const calls = this.rt.model.calls.length;
    this.ranges.forEach(fn);
    // The per-range calls are the fake's own work, not the script's.
    this.rt.model.calls.length = calls;
    return this;
  }

  setNumberFormat(numberFormat: string): FakeRangeList {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(numberFormat));
  }

  setFontWeight(fontWeight: 'bold' | 'normal' | null): FakeRangeList {
    return this.each('setFontWeight', (r) => r.setFontWeight(fontWeight));
  }

  setFontSize(size: Integer): FakeRangeList {
    return this.each('setFontSize', (r) => r.setFontSize(size));
  }

  setBackground(color: string | null): FakeRangeList {
    return this.each('setBackground', (r) => r.setBackground(color));
  }

  setWrap(isWrapEnabled: boolean): FakeRangeList {
    return this.each('setWrap', (r) => r.setWrap(isWrapEnabled));
  }
}

// ---- Conditional formats --------------------------------------------------------------------

const ruleModels = new WeakMap<object, RuleModel>();

function rangeA1(range: GoogleAppsScript.Spreadsheet.Range | FakeRange): string {
  const box = (range as unknown as { box: Box }).box;
  return a1Of(box);
}

export class FakeConditionalFormatRuleBuilder {
  private readonly rt: Runtime;
  private readonly rule: RuleModel = { criteria: '', values: [], background: null, fontColor: null, bold: null, ranges: [] };

  constructor(rt: Runtime, from?: RuleModel) {
    this.rt = rt;
    if (from) Object.assign(this.rule, { ...from, values: from.values.slice(), ranges: from.ranges.slice() });
  }

  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.whenFormulaSatisfied');
    this.rule.criteria = 'CUSTOM_FORMULA';
    this.rule.values = [formula];
    return this;
  }

  whenNumberGreaterThan(number: number): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.whenNumberGreaterThan');
    this.rule.criteria = 'NUMBER_GREATER_THAN';
    this.rule.values = [number];
    return this;
  }

  whenTextContains(text: string): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.whenTextContains');
    this.rule.criteria = 'TEXT_CONTAINS';
    this.rule.values = [text];
    return this;
  }

  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.setBackground');
    this.rule.background = color;
    return this;
  }

  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.setFontColor');
    this.rule.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.setBold');
    this.rule.bold = bold;
    return this;
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRuleBuilder.setRanges');
    this.rule.ranges = ranges.map(rangeA1);
    return this;
  }

  build(): FakeConditionalFormatRule {
    record(this.rt, 'ConditionalFormatRuleBuilder.build');
    if (!this.rule.criteria) throw new Error('build: a rule needs a condition');
    if (this.rule.ranges.length === 0) throw new Error('build: a rule needs ranges');
    return new FakeConditionalFormatRule(this.rt, null, { ...this.rule, values: this.rule.values.slice(), ranges: this.rule.ranges.slice() });
  }
}

export class FakeConditionalFormatRule {
  private readonly rt: Runtime;
  private readonly sheetId: number | null;

  constructor(rt: Runtime, sheetId: number | null, model: RuleModel) {
    this.rt = rt;
    this.sheetId = sheetId;
    ruleModels.set(this, model);
  }

  private get rule(): RuleModel {
    return ruleModels.get(this)!;
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    record(this.rt, 'ConditionalFormatRule.getBooleanCondition');
    return new FakeBooleanCondition(this.rt, this.rule);
  }

  getRanges(): FakeRange[] {
    record(this.rt, 'ConditionalFormatRule.getRanges');
    if (this.sheetId === null) throw new Error('getRanges: rule not on a sheet');
    const m = sheetById(this.rt, this.sheetId);
    return this.rule.ranges.map((a) => new FakeRange(this.rt, this.sheetId!, parseRange(a, m)));
  }

  copy(): FakeConditionalFormatRuleBuilder {
    record(this.rt, 'ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.rt, this.rule);
  }
}

export class FakeBooleanCondition {
  private readonly rt: Runtime;
  private readonly rule: RuleModel;

  constructor(rt: Runtime, rule: RuleModel) {
    this.rt = rt;
    this.rule = rule;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    record(this.rt, 'BooleanCondition.getCriteriaType');
    return enumValue(this.rule.criteria);
  }

  getCriteriaValues(): unknown[] {
    record(this.rt, 'BooleanCondition.getCriteriaValues');
    return this.rule.values.slice();
  }

  getBackground(): string | null {
    record(this.rt, 'BooleanCondition.getBackground');
    return this.rule.background;
  }
}

// ---- Rich text ------------------------------------------------------------------------------

const richModels = new WeakMap<object, { text: string; link: string | null }>();

export class FakeRichTextValueBuilder {
  private readonly rt: Runtime;
  private text = '';
  private link: string | null = null;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  setText(text: string): FakeRichTextValueBuilder {
    record(this.rt, 'RichTextValueBuilder.setText');
    this.text = text;
    return this;
  }

  setLinkUrl(linkUrl: string | null): FakeRichTextValueBuilder {
    record(this.rt, 'RichTextValueBuilder.setLinkUrl');
    this.link = linkUrl;
    return this;
  }

  build(): FakeRichTextValue {
    record(this.rt, 'RichTextValueBuilder.build');
    return new FakeRichTextValue(this.rt, this.text, this.link);
  }
}

export class FakeRichTextValue {
  private readonly rt: Runtime;

  constructor(rt: Runtime, text: string, link: string | null) {
    this.rt = rt;
    richModels.set(this, { text, link });
  }

  getText(): string {
    record(this.rt, 'RichTextValue.getText');
    return richModels.get(this)!.text;
  }

  getLinkUrl(): string | null {
    record(this.rt, 'RichTextValue.getLinkUrl');
    return richModels.get(this)!.link;
  }
}

// ---- Charts ---------------------------------------------------------------------------------

const chartModels = new WeakMap<object, ChartModel>();

export class FakeEmbeddedChartBuilder {
  private readonly rt: Runtime;
  private readonly sheetId: number;
  private readonly chart: ChartModel = { type: 'NONE', ranges: [], hiddenDimensionStrategy: 'IGNORE_BOTH', numHeaders: null, position: [1, 1, 0, 0], options: {} };

  constructor(rt: Runtime, sheetId: number) {
    this.rt = rt;
    this.sheetId = sheetId;
  }

  asColumnChart(): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.asColumnChart');
    this.chart.type = 'COLUMN';
    return this;
  }

  asBarChart(): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.asBarChart');
    this.chart.type = 'BAR';
    return this;
  }

  asLineChart(): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.asLineChart');
    this.chart.type = 'LINE';
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.setTransposeRowsAndColumns');
    this.chart.transpose = transpose;
    return this;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.addRange');
    this.chart.ranges.push(rangeA1(range));
    return this;
  }

  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.setHiddenDimensionStrategy');
    const name = String(strategy);
    if (!['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'].includes(name)) throw new Error(`Exception: Invalid argument: strategy ${name}`);
    this.chart.hiddenDimensionStrategy = name;
    return this;
  }

  setNumHeaders(headers: Integer): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.setNumHeaders');
    if (!Number.isInteger(headers) || headers < -1) throw new Error(`Exception: Invalid argument: headers ${headers}`);
    this.chart.numHeaders = headers;
    return this;
  }

  setPosition(anchorRowPos: Integer, anchorColPos: Integer, offsetX: Integer, offsetY: Integer): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.setPosition');
    this.chart.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    record(this.rt, 'EmbeddedChartBuilder.setOption');
    this.chart.options[option] = JSON.parse(JSON.stringify(value));
    return this;
  }

  build(): FakeEmbeddedChart {
    record(this.rt, 'EmbeddedChartBuilder.build');
    if (this.chart.ranges.length === 0) throw new Error('build: a chart needs ranges');
    return new FakeEmbeddedChart(this.rt, { ...this.chart, ranges: this.chart.ranges.slice() });
  }
}

export class FakeEmbeddedChart {
  private readonly rt: Runtime;

  constructor(rt: Runtime, model: ChartModel) {
    this.rt = rt;
    chartModels.set(this, model);
  }

  getOptions(): never {
    record(this.rt, 'EmbeddedChart.getOptions');
    throw new Error('not implemented in the fake');
  }
}

/** The Charts service, as far as the script uses it: its enumerations (they need no authorisation). */
export class FakeCharts {
  readonly ChartHiddenDimensionStrategy = Object.freeze({
    IGNORE_BOTH: enumValue('IGNORE_BOTH'),
    IGNORE_ROWS: enumValue('IGNORE_ROWS'),
    IGNORE_COLUMNS: enumValue('IGNORE_COLUMNS'),
    SHOW_BOTH: enumValue('SHOW_BOTH'),
  }) as unknown as typeof GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
}

// ---- Developer metadata ---------------------------------------------------------------------

export class FakeDeveloperMetadataFinder {
  private readonly rt: Runtime;
  private key: string | null = null;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  withKey(key: string): FakeDeveloperMetadataFinder {
    record(this.rt, 'DeveloperMetadataFinder.withKey');
    this.key = key;
    return this;
  }

  find(): FakeDeveloperMetadata[] {
    record(this.rt, 'DeveloperMetadataFinder.find');
    const out: FakeDeveloperMetadata[] = [];
    for (const md of this.rt.model.metadata) if (this.key === null || md.key === this.key) out.push(new FakeDeveloperMetadata(this.rt, null, md));
    for (const s of this.rt.model.sheets) {
      for (const md of s.metadata) if (this.key === null || md.key === this.key) out.push(new FakeDeveloperMetadata(this.rt, s.id, md));
    }
    return out;
  }
}

export class FakeDeveloperMetadata {
  private readonly rt: Runtime;
  /** null: on the spreadsheet. */
  private readonly sheetId: number | null;
  private readonly md: MetadataModel;

  constructor(rt: Runtime, sheetId: number | null, md: MetadataModel) {
    this.rt = rt;
    this.sheetId = sheetId;
    this.md = md;
  }

  getKey(): string {
    record(this.rt, 'DeveloperMetadata.getKey');
    return this.md.key;
  }

  getValue(): string | null {
    record(this.rt, 'DeveloperMetadata.getValue');
    return this.md.value;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    record(this.rt, 'DeveloperMetadata.getLocation');
    return new FakeDeveloperMetadataLocation(this.rt, this.sheetId);
  }

  setValue(value: string): FakeDeveloperMetadata {
    record(this.rt, 'DeveloperMetadata.setValue');
    this.md.value = value;
    return this;
  }

  remove(): void {
    record(this.rt, 'DeveloperMetadata.remove');
    const list = this.sheetId === null ? this.rt.model.metadata : sheetById(this.rt, this.sheetId).metadata;
    const at = list.indexOf(this.md);
    if (at < 0) throw new Error('Exception: The developer metadata has been removed.');
    list.splice(at, 1);
  }
}

export class FakeDeveloperMetadataLocation {
  private readonly rt: Runtime;
  private readonly sheetId: number | null;

  constructor(rt: Runtime, sheetId: number | null) {
    this.rt = rt;
    this.sheetId = sheetId;
  }

  getSheet(): FakeSheet | null {
    record(this.rt, 'DeveloperMetadataLocation.getSheet');
    // Sheets gives null for metadata that is not on a sheet (on the spreadsheet, a row, a column).
    return this.sheetId === null ? null : new FakeSheet(this.rt, this.sheetId);
  }
}

// ---- Data validation ------------------------------------------------------------------------

const validationModels = new WeakMap<object, DataValidationModel>();

export class FakeDataValidationBuilder {
  private readonly rt: Runtime;
  private readonly v: DataValidationModel = { kind: 'list', showDropdown: true, allowInvalid: true };

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  requireValueInList(values: string[], showDropdown?: boolean): FakeDataValidationBuilder {
    record(this.rt, 'DataValidationBuilder.requireValueInList');
    Object.assign(this.v, { kind: 'list', list: values.slice(), showDropdown: showDropdown !== false });
    return this;
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): FakeDataValidationBuilder {
    record(this.rt, 'DataValidationBuilder.requireValueInRange');
    const fake = range as unknown as { sheetId: number; box: Box };
    const sheet = sheetById(this.rt, fake.sheetId);
    Object.assign(this.v, { kind: 'range', range: `'${sheet.name}'!${a1Of(fake.box)}`, showDropdown: showDropdown !== false });
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    record(this.rt, 'DataValidationBuilder.setAllowInvalid');
    this.v.allowInvalid = allowInvalidData;
    return this;
  }

  build(): FakeDataValidation {
    record(this.rt, 'DataValidationBuilder.build');
    return new FakeDataValidation(this.rt, { ...this.v });
  }
}

export class FakeDataValidation {
  private readonly rt: Runtime;

  constructor(rt: Runtime, model: DataValidationModel) {
    this.rt = rt;
    validationModels.set(this, model);
  }

  getAllowInvalid(): boolean {
    record(this.rt, 'DataValidation.getAllowInvalid');
    return validationModels.get(this)!.allowInvalid;
  }
}

// ---- Session and LockService ----------------------------------------------------------------

export class FakeSession {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  getActiveUserLocale(): string {
    record(this.rt, 'Session.getActiveUserLocale');
    return this.rt.model.userLocale;
  }
}

export class FakeLockService {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  /** The spreadsheet's one lock (null only outside a document, never in a bound script's run). */
  getDocumentLock(): FakeLock | null {
    record(this.rt, 'LockService.getDocumentLock');
    return new FakeLock(this.rt);
  }
}

export class FakeLock {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  private get m(): LockModel {
    return this.rt.model.lock;
  }

  hasLock(): boolean {
    record(this.rt, 'Lock.hasLock');
    return this.m.held;
  }

  tryLock(timeoutInMillis: Integer): boolean {
    record(this.rt, 'Lock.tryLock');
    this.m.waits.push(timeoutInMillis);
    if (this.m.elsewhere) return false;
    this.m.held = true;
    return true;
  }

  waitLock(timeoutInMillis: Integer): void {
    record(this.rt, 'Lock.waitLock');
    this.m.waits.push(timeoutInMillis);
    if (this.m.elsewhere) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    this.m.held = true;
  }

  releaseLock(): void {
    record(this.rt, 'Lock.releaseLock');
    this.m.held = false;
  }
}

export class FakeProtection {
  constructor(
    private readonly rt: Runtime,
    private readonly editable: boolean,
  ) {}

  canEdit(): boolean {
    record(this.rt, 'Protection.canEdit');
    return this.editable;
  }
}

// ---- Ui and HtmlService ---------------------------------------------------------------------

export class FakeUi {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  createMenu(caption: string): FakeMenu {
    record(this.rt, 'Ui.createMenu');
    return new FakeMenu(this.rt, caption);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    record(this.rt, 'Ui.showSidebar');
    const page = htmlModels.get(userInterface as unknown as object);
    if (!page) throw new Error('showSidebar: not an HtmlOutput');
    // HtmlService ignores <meta> tags written in the page, all but viewport (HtmlOutput.addMetaTag).
    this.rt.model.sidebars.push(servedHtml(page.content));
    this.rt.model.sidebarTitles.push(page.title);
  }
}

export class FakeMenu {
  private readonly rt: Runtime;
  private readonly menu: SpreadsheetModel['menus'][number];

  constructor(rt: Runtime, title: string) {
    this.rt = rt;
    this.menu = { title, items: [] };
  }

  addItem(caption: string, functionName: string): FakeMenu {
    record(this.rt, 'Menu.addItem');
    this.menu.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    record(this.rt, 'Menu.addSeparator');
    return this;
  }

  addToUi(): void {
    record(this.rt, 'Menu.addToUi');
    this.rt.model.menus.push(this.menu);
  }
}

const htmlModels = new WeakMap<object, { content: string; title: string }>();

/** The page as HtmlService serves it: every <meta> but viewport removed. */
export function servedHtml(content: string): string {
  return content.replace(/<meta\b[^>]*>/gi, (tag) => (/\bname\s*=\s*["']?viewport\b/i.test(tag) ? tag : ''));
}

export class FakeHtmlService {
  private readonly rt: Runtime;

  constructor(rt: Runtime) {
    this.rt = rt;
  }

  createHtmlOutput(html?: string): FakeHtmlOutput {
    record(this.rt, 'HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.rt, html ?? '');
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    record(this.rt, 'HtmlService.createHtmlOutputFromFile');
    const file = path.join(this.rt.htmlDir, `${filename}.html`);
    if (!fs.existsSync(file)) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.rt, fs.readFileSync(file, 'utf8'));
  }
}

export class FakeHtmlOutput {
  private readonly rt: Runtime;

  constructor(rt: Runtime, content: string) {
    this.rt = rt;
    htmlModels.set(this, { content, title: '' });
  }

  getContent(): string {
    record(this.rt, 'HtmlOutput.getContent');
    return htmlModels.get(this)!.content;
  }

  setContent(content: string): FakeHtmlOutput {
    record(this.rt, 'HtmlOutput.setContent');
    htmlModels.get(this)!.content = content;
    return this;
  }

  setTitle(title: string): FakeHtmlOutput {
    record(this.rt, 'HtmlOutput.setTitle');
    htmlModels.get(this)!.title = title;
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Type checks against @types/google-apps-script. Each fake's public members must exist on the real
// interface, with parameters the real method accepts (for overloaded methods, the last overload).
// ---------------------------------------------------------------------------------------------

type Conforms<Fake, Real> = {
  [P in keyof Fake]: P extends keyof Real ? (Real[P] extends (...a: infer A) => unknown ? (...a: A) => unknown : Real[P]) : never;
};

function conforms<Fake, Real>(_check: (fake: Fake) => Conforms<Fake, Real>): void {}

conforms<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>((f) => f);
conforms<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>((f) => f);
conforms<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>((f) => f);
conforms<FakeRange, GoogleAppsScript.Spreadsheet.Range>((f) => f);
conforms<FakeRangeList, GoogleAppsScript.Spreadsheet.RangeList>((f) => f);
conforms<FakeFilter, GoogleAppsScript.Spreadsheet.Filter>((f) => f);
conforms<FakeConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>((f) => f);
conforms<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>((f) => f);
conforms<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>((f) => f);
conforms<FakeRichTextValueBuilder, GoogleAppsScript.Spreadsheet.RichTextValueBuilder>((f) => f);
conforms<FakeRichTextValue, GoogleAppsScript.Spreadsheet.RichTextValue>((f) => f);
conforms<FakeEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>((f) => f);
conforms<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>((f) => f);
conforms<FakeCharts, GoogleAppsScript.Charts.Charts>((f) => f);
conforms<FakeDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>((f) => f);
conforms<FakeDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>((f) => f);
conforms<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>((f) => f);
conforms<FakeDeveloperMetadataLocation, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>((f) => f);
conforms<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>((f) => f);
conforms<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>((f) => f);
conforms<FakeSession, GoogleAppsScript.Base.Session>((f) => f);
conforms<FakeLockService, GoogleAppsScript.Lock.LockService>((f) => f);
conforms<FakeLock, GoogleAppsScript.Lock.Lock>((f) => f);
conforms<FakeUi, GoogleAppsScript.Base.Ui>((f) => f);
conforms<FakeMenu, GoogleAppsScript.Base.Menu>((f) => f);
conforms<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>((f) => f);
conforms<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>((f) => f);
