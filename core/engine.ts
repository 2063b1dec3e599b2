// The engine: runs the rules on a parsed workbook, applies severities and waivers, counts items,
// scores each GT and sorts the findings (rules.md, "Counting, scores, severities, order").

import type { Rule, RuleContext, RuleReport, SettingName, WaiverItem } from './rules/rule';
import { defaultSettings, type Settings } from './settings';
import type { Day, Finding, GtSummary, Lang, MessageData, RuleSummary, Severity, SeverityOrOff } from './types';
import { gtCodeOf, type GroupRow, type SheetKey, type Workbook } from './workbook/model';
import { sheetSpec } from './workbook/schema';
import { columnName } from './a1';
import { formatMessage } from './messages';
import { ymdOfDay } from './values';
import { groupInScope, gtInScope, scopeOf, type Scope } from './scope';
import { keepShape } from './keep-shape';

export interface EngineResult {
  findings: Finding[];
  rules: RuleSummary[];
  gts: GtSummary[];
  total: GtSummary;
}

interface RawFinding extends RuleReport {
  rule: Rule;
  severity: Severity;
  order: number;
  waived: boolean;
  waiver: string | null;
}

/**
 * Item keys met by any rule, each numbered once. The calendar rules evaluate the same hundred
 * thousand meetings: one look-up here per call, then each rule keeps numbers, instead of every
 * rule growing its own hash table of a hundred thousand strings.
 *
 * Row keys (`Sheet!row`, the row a positive whole number written plainly) are numbered per sheet
 * in an array by row, and their text is made only when asked for (keyOf): rules that walk a whole
 * sheet call evaluateRow, which then costs an array read instead of making, hashing and storing a
 * string per row (a hash table of that size also costs a cache miss or two per look-up). Every
 * other key is numbered by its text.
 */
class KeyTable {
  private readonly ids = new Map<string, number>();
  /**
   * Row keys' numbers by sheet, then by row (1 + the number; 0: none yet), in typed arrays: a
   * rule whose first row is far down the sheet made a plain array sparse (a hash table).
   */
  private readonly rowIds = new Map<string, Int32Array>();
  /** By number: the key's text (made on demand for a row key), and a row key's sheet and row. */
  private readonly keys: (string | undefined)[] = [];
  private readonly sheets: (string | undefined)[] = [];
  private readonly rows: number[] = [];

  idOf(key: string): number {
    const bang = key.lastIndexOf('!');
    if (bang >= 0) {
      const digits = key.slice(bang + 1);
      const row = Number(digits);
      if (Number.isInteger(row) && row > 0 && String(row) === digits) return this.rowId(key.slice(0, bang), row, key);
    }
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.push(key, undefined, 0);
      this.ids.set(key, id);
    }
    return id;
  }

  /** The number of the row key `${sheet}!${row}` (`key`: its text when the caller has it). */
  rowId(sheet: string, row: number, key?: string): number {
    let ids = this.rowIds.get(sheet);
    if (ids === undefined || row >= ids.length) {
      const grown = new Int32Array(Math.max(1024, row + 1, ids ? ids.length * 2 : 0));
      if (ids) grown.set(ids);
      this.rowIds.set(sheet, (ids = grown));
    }
    const id = ids[row];
    if (id !== 0) return id - 1;
    const made = this.push(key, sheet, row);
    ids[row] = made + 1;
    return made;
  }

  keyOf(id: number): string {
    return (this.keys[id] ??= `${this.sheets[id]}!${this.rows[id]}`);
  }

  private push(key: string | undefined, sheet: string | undefined, row: number): number {
    this.keys.push(key);
    this.sheets.push(sheet);
    this.rows.push(row);
    return this.keys.length - 1;
  }
}

/**
 * The items one rule evaluated, in the order first met, each with its group (the first one given
 * wins); `rows`: every data row of the input sheets too (evaluateRows), held once in the shared
 * row set; `failed`: the items with a finding that is not waived.
 */
class ItemSet {
  rows = false;
  readonly failed = new Set<number>();
  /**
   * Item numbers (KeyTable) in the order met, and their groups' numbers (GroupTable), in typed
   * arrays: a calendar rule meets a hundred thousand items, and arrays of numbers outside the
   * garbage-collected heap cost no collector time (arrays of references did, for every rule).
   */
  private ids = new Int32Array(256);
  private groupRefs = new Int32Array(256);
  private count = 0;
  private seen = new Uint8Array(0);

  constructor(
    readonly table: KeyTable,
    private readonly groupTable: GroupTable,
  ) {}

  has(id: number): boolean {
    return id < this.seen.length && this.seen[id] === 1;
  }

  /** Adds an item not met before (the caller checked `has`). */
  add(id: number, group: GroupRow | null): void {
    if (id >= this.seen.length) {
      const grown = new Uint8Array(Math.max(1024, id + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    this.seen[id] = 1;
    if (this.count === this.ids.length) {
      const ids = new Int32Array(this.count * 2);
      ids.set(this.ids);
      this.ids = ids;
      const refs = new Int32Array(this.count * 2);
      refs.set(this.groupRefs);
      this.groupRefs = refs;
    }
    this.ids[this.count] = id;
    this.groupRefs[this.count] = this.groupTable.ref(group);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  forEach(fn: (group: GroupRow | null, id: number) => void): void {
    for (let i = 0; i < this.count; i++) fn(this.groupTable.group(this.groupRefs[i]), this.ids[i]);
  }

  hasKey(key: string): boolean {
    return this.has(this.table.idOf(key));
  }
}

/** Groups numbered once per run (0: no group), so that item sets hold numbers. */
class GroupTable {
  private readonly refs = new Map<GroupRow, number>();
  private readonly groups: (GroupRow | null)[] = [null];
  private last: GroupRow | null = null;
  private lastRef = 0;

  ref(group: GroupRow | null): number {
    if (group === null || group === undefined) return 0;
    // Rules meet a group's rows one after another: the last answer is often the next one.
    if (group === this.last) return this.lastRef;
    let ref = this.refs.get(group);
    if (ref === undefined) {
      ref = this.groups.length;
      this.groups.push(group);
      this.refs.set(group, ref);
    }
    this.last = group;
    this.lastRef = ref;
    return ref;
  }

  group(ref: number): GroupRow | null {
    return this.groups[ref];
  }
}

/**
 * Every data row of the input sheets as an item (`Sheet!row` → the Groupes row itself, or the
 * row's resolved group), held as one array per sheet: no key strings are made for the rows, a
 * key is parsed only when a rule that evaluated the rows meets it again.
 */
class RowItems {
  private readonly bySheet = new Map<string, (GroupRow | null | undefined)[]>();
  readonly size: number;

  constructor(workbook: Workbook) {
    let size = 0;
    const { groups, members, calendar, decisions, documents, partners, settings } = workbook;
    const add = (sheet: string, rows: { row: number }[]) => {
      let list = this.bySheet.get(sheet);
      if (!list) this.bySheet.set(sheet, (list = []));
      for (const r of rows) {
        if (list[r.row] === undefined) size++;
        list[r.row] = workbook.index.groupOfRow(sheet, r.row);
      }
    };
    for (const t of [groups, members, calendar, decisions, documents, partners, settings]) {
      if (t) add(t.sheet, t.rows);
    }
    this.size = size;
  }

  /** has(`${sheet}!${row}`) for a sheet row (a positive whole number). */
  hasRow(sheet: string, row: number): boolean {
    const list = this.bySheet.get(sheet);
    return list !== undefined && list[row] !== undefined;
  }

  has(key: string): boolean {
    const bang = key.lastIndexOf('!');
    if (bang < 0) return false;
    const list = this.bySheet.get(key.slice(0, bang));
    if (!list) return false;
    const digits = key.slice(bang + 1);
    const row = Number(digits);
    return Number.isInteger(row) && row > 0 && String(row) === digits && list[row] !== undefined;
  }

  forEach(fn: (group: GroupRow | null, key: string) => void): void {
    this.bySheet.forEach((list, sheet) => {
      for (let row = 0; row < list.length; row++) {
        const g = list[row];
        if (g !== undefined) fn(g, `${sheet}!${row}`);
      }
    });
  }
}

/** Calls fn on each item of a set once: its own keys, then the shared rows it does not hold. */
function eachItem(
  own: ItemSet,
  rowItems: RowItems | null,
  fn: (group: GroupRow | null, failed: boolean) => void,
): void {
  own.forEach((group, id) => fn(group, own.failed.has(id)));
  if (own.rows && rowItems) {
    rowItems.forEach((group, key) => {
      if (!own.hasKey(key)) fn(group, own.failed.has(own.table.idOf(key)));
    });
  }
}

function itemCount(own: ItemSet, rowItems: RowItems | null): number {
  if (!own.rows || !rowItems) return own.size;
  let n = rowItems.size;
  own.forEach((_, id) => {
    if (!rowItems.has(own.table.keyOf(id))) n++;
  });
  return n;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const WAIVER_RULES = new Set(['data/unknown-waiver', 'data/waiver-without-reason', 'data/unused-waiver']);

export function effectiveSeverity(rule: Rule, settings: Settings): SeverityOrOff {
  return settings.severities.get(rule.id) ?? rule.defaultSeverity;
}

/** What every rule's context of one run shares. */
interface Run {
  readonly workbook: Workbook;
  readonly settings: Settings;
  readonly today: Day;
  readonly year: number;
  readonly scope: Scope;
  readonly raw: RawFinding[];
  readonly items: Map<Rule, ItemSet>;
  readonly requested: Set<string>;
  readonly keyTable: KeyTable;
  readonly groupTable: GroupTable;
  rowItems: RowItems | null;
  order: number;
}

/**
 * A rule's context: a class rather than an object of closures, so that the rules' calls to it go
 * to the same functions on every run (optimized code that calls a closure of one run is thrown
 * away with it).
 */
class Context implements RuleContext {
  readonly workbook: Workbook;
  readonly today: Day;
  readonly year: number;
  readonly scope: Scope;
  private readonly own: ItemSet;
  private readonly declared: Set<string>;
  /** scope.md: group rules evaluate only groups in scope (nothing to test without a scope). */
  private readonly filtered: boolean;

  constructor(
    private readonly run: Run,
    private readonly rule: Rule,
    private readonly severity: Severity,
    readonly waivers: WaiverItem[] | undefined,
  ) {
    this.workbook = run.workbook;
    this.today = run.today;
    this.year = run.year;
    this.scope = run.scope;
    this.own = new ItemSet(run.keyTable, run.groupTable);
    run.items.set(rule, this.own);
    this.declared = new Set<string>(rule.settings ?? []);
    this.filtered = run.scope !== null && !rule.handlesScope && rule.area !== 'data';
  }

  inScope(group: GroupRow | null): boolean {
    return groupInScope(this.scope, group);
  }

  setting<K extends SettingName>(name: K): Settings[K] {
    if (!this.declared.has(name)) throw new Error(`${this.rule.id} reads the undeclared setting ${name}`);
    return this.run.settings[name];
  }

  evaluate(key: string, group: GroupRow | null): void {
    if (this.filtered && !this.inScope(group)) return;
    const id = this.run.keyTable.idOf(key);
    const own = this.own;
    if (own.has(id) || (own.rows && this.run.rowItems!.has(key))) return;
    own.add(id, group);
  }

  evaluateRow(sheet: string, row: number, group: GroupRow | null): void {
    if (this.filtered && !this.inScope(group)) return;
    const id = this.run.keyTable.rowId(sheet, row);
    const own = this.own;
    if (own.has(id) || (own.rows && this.run.rowItems!.hasRow(sheet, row))) return;
    own.add(id, group);
  }

  evaluateRows(): void {
    this.run.rowItems ??= new RowItems(this.workbook);
    this.own.rows = true;
  }

  report(f: RuleReport): void {
    if (this.filtered && !this.inScope(f.group)) return;
    this.evaluate(f.item, f.group);
    // One shape for every rule's findings (a spread made one per rule's report literal).
    this.run.raw.push({
      item: f.item,
      messageId: f.messageId,
      data: f.data,
      sheet: f.sheet,
      row: f.row,
      col: f.col,
      group: f.group,
      rule: this.rule,
      severity: this.severity,
      order: this.run.order++,
      waived: false,
      waiver: null,
    });
  }

  hasColumn(sheet: SheetKey, field: string): boolean {
    const table = this.workbook[sheet];
    if (!table) return false;
    if ((table.columns as Record<string, number | undefined>)[field] !== undefined) return true;
    const key = `${sheet}\u0000${field}`;
    if (!this.run.requested.has(key)) {
      this.run.requested.add(key);
      requestColumn(this.workbook, sheet, field);
    }
    return false;
  }
}

function newRun(workbook: Workbook, settings: Settings): Run {
  const today = settings.referenceDate;
  return {
    workbook,
    settings,
    today,
    year: ymdOfDay(today).y,
    scope: scopeOf(settings.scope),
    raw: [],
    items: new Map<Rule, ItemSet>(),
    requested: new Set<string>(),
    keyTable: new KeyTable(),
    groupTable: new GroupTable(),
    rowItems: null,
    order: 0,
  };
}

export function runRules(workbook: Workbook, settings: Settings, rules: readonly Rule[]): EngineResult {
  const run = newRun(workbook, settings);
  const scope = run.scope;
  const { raw, items, keyTable } = run;
  const contextFor = (rule: Rule, severity: Severity, waivers?: WaiverItem[]): RuleContext =>
    new Context(run, rule, severity, waivers);

  const active = rules
    .map((rule) => ({ rule, severity: effectiveSeverity(rule, settings) }))
    .filter((r): r is { rule: Rule; severity: Severity } => r.severity !== 'off' && canRun(r.rule, workbook));
  for (const phase of ['main', 'post'] as const) {
    for (const { rule, severity } of active) {
      if ((rule.phase ?? 'main') === phase) rule.check(contextFor(rule, severity));
    }
  }

  const waiverItems = applyWaivers(workbook, raw, rules, settings);
  for (const { rule, severity } of active) {
    if (rule.phase === 'waivers') rule.check(contextFor(rule, severity, waiverItems));
  }

  for (const f of raw) {
    if (!f.waived) items.get(f.rule)!.failed.add(keyTable.idOf(f.item));
  }

  const summaries: RuleSummary[] = rules.map((rule) => {
    const severity = effectiveSeverity(rule, settings);
    const own = items.get(rule);
    const evaluated = own ? itemCount(own, run.rowItems) : 0;
    const failed = own?.failed.size ?? 0;
    const status = severity === 'off' ? 'off' : evaluated === 0 ? 'skipped' : failed > 0 ? 'failed' : 'passed';
    return { ruleId: rule.id, tdr: rule.tdr, severity, status, evaluated, failed };
  });

  const findings = sortFindings(workbook, raw).map((f) => toFinding(f, settings.language));
  const { gts, total } = scores(rules, settings, items, run.rowItems, findings);
  // The per-GT table shows only the GT in scope (their items and findings were the only ones kept).
  if (scope !== null) return { findings, rules: summaries, gts: gts.filter((g) => gtInScope(scope, g.gt)), total };
  return { findings, rules: summaries, gts, total };
}

/** The sheets whose emptiness data/empty-sheet reports in place of the rules that read them. */
export const EMPTY_SHEET_KEYS: readonly SheetKey[] = ['members', 'calendar', 'documents'];

/**
 * Whether the sheets and required columns a rule declares are there. A rule that cannot run is
 * not run (status `skipped`): data/missing-sheet or data/missing-column already says why.
 */
function canRun(rule: Rule, workbook: Workbook): boolean {
  if (!rule.requires) return true;
  for (const [sheet, fields] of Object.entries(rule.requires) as [SheetKey, readonly string[]][]) {
    const table = workbook[sheet];
    if (!table) return false;
    // presentation.md §6: a sheet with no rows yet (a fresh template) is one data/empty-sheet
    // info, not a finding per group from every rule that reads it.
    if (EMPTY_SHEET_KEYS.includes(sheet) && table.rows.length === 0) return false;
    const columns = table.columns as Record<string, number | undefined>;
    if (fields.some((f) => columns[f] === undefined)) return false;
  }
  return true;
}

/** A column a rule needed and did not find: recorded for data/missing-column. */
function requestColumn(workbook: Workbook, sheet: SheetKey, field: string): void {
  const table = workbook[sheet]!;
  const spec = sheetSpec(sheet).columns.find((c) => c.field === field);
  const column = spec?.fr ?? field;
  const already = workbook.issues.some(
    (i) => i.kind === 'missing-column' && i.sheet === table.sheet && i.data.column === column,
  );
  if (already) return;
  workbook.issues.push({
    kind: 'missing-column',
    sheet: table.sheet,
    row: table.headerRow ?? 1,
    col: 0,
    group: null,
    messageId: 'missingColumn',
    data: { column, columnEn: spec?.en ?? field, sheet: table.sheet },
  });
}

/**
 * Waivers (workbook.md, Dérogations): a finding anchored on a row whose Dérogations lists its
 * rule is waived; a waiver on a Groupes row also covers that rule's findings whose group is the
 * row. The three waiver rules cannot be waived.
 */
function applyWaivers(workbook: Workbook, raw: RawFinding[], rules: readonly Rule[], settings: Settings): WaiverItem[] {
  const known = new Map(rules.map((r) => [r.id, r]));
  const items: WaiverItem[] = [];
  const byRow = new Map<string, WaiverItem[]>();
  const byGroup = new Map<GroupRow, WaiverItem[]>();
  const tables = [workbook.groups, workbook.members, workbook.calendar, workbook.decisions, workbook.documents];
  for (const table of tables) {
    if (!table) continue;
    const col = (table.columns as Record<string, number | undefined>).waivers;
    if (col === undefined) continue;
    for (const row of table.rows as { row: number; waivers: { ruleId: string; reason: string | null }[] }[]) {
      if (row.waivers.length === 0) continue;
      const group = workbook.index.groupOfRow(table.sheet, row.row);
      for (const w of row.waivers) {
        // Rule ids are matched without regard to case (`Calendar/Agenda` names calendar/agenda).
        const rule = known.get(w.ruleId.toLowerCase());
        const item: WaiverItem = {
          sheet: table.sheet,
          row: row.row,
          col,
          group,
          ruleId: w.ruleId,
          reason: w.reason,
          known: rule !== undefined,
          off: rule !== undefined && effectiveSeverity(rule, settings) === 'off',
          used: false,
        };
        items.push(item);
        const k = `${table.sheet}\u0000${row.row}`;
        (byRow.get(k) ?? byRow.set(k, []).get(k)!).push(item);
        if (table.key === 'groups') (byGroup.get(group!) ?? byGroup.set(group!, []).get(group!)!).push(item);
      }
    }
  }
  if (items.length === 0) return items;
  for (const f of raw) {
    if (WAIVER_RULES.has(f.rule.id)) continue;
    const id = f.rule.id;
    const names = (w: WaiverItem) => w.ruleId.toLowerCase() === id;
    let matches: WaiverItem[] = [];
    if (f.sheet !== null && f.row !== null) matches = byRow.get(`${f.sheet}\u0000${f.row}`)?.filter(names) ?? [];
    if (matches.length === 0 && f.group) matches = byGroup.get(f.group)?.filter(names) ?? [];
    if (matches.length) {
      // A rule listed twice on one row: both items are used; the first justification given wins.
      for (const m of matches) m.used = true;
      f.waived = true;
      f.waiver = matches.find((m) => m.reason !== null)?.reason ?? '';
    }
  }
  return items;
}

function sortFindings(workbook: Workbook, raw: RawFinding[]): RawFinding[] {
  const sheetRank = new Map(workbook.sheetOrder.map((s, i) => [s, i]));
  return [...raw].sort((a, b) => {
    if (a.waived !== b.waived) return a.waived ? 1 : -1;
    const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    if (s) return s;
    if ((a.sheet === null) !== (b.sheet === null)) return a.sheet === null ? -1 : 1;
    if (a.sheet !== null && b.sheet !== null && a.sheet !== b.sheet) {
      return (sheetRank.get(a.sheet) ?? 1e9) - (sheetRank.get(b.sheet) ?? 1e9);
    }
    if ((a.row === null) !== (b.row === null)) return a.row === null ? -1 : 1;
    if (a.row !== b.row) return (a.row ?? 0) - (b.row ?? 0);
    if (a.col !== b.col) return (a.col ?? -1) - (b.col ?? -1);
    if (a.rule.id !== b.rule.id) return a.rule.id < b.rule.id ? -1 : 1;
    return a.order - b.order;
  });
}

/**
 * A finding's message and suggestion in `lang`, made from its rule's templates and its data. The
 * report makes them in the output language; the pane makes them again in the user's display
 * language (presentation.md §4) from the finding's rule, message id and data.
 */
export function findingText(rule: Rule, messageId: string, data: MessageData, lang: Lang): { message: string; suggestion: string } {
  const template = rule.messages[messageId];
  const suggestion = rule.suggestions[messageId] ?? rule.suggestions.default;
  return {
    message: template ? formatMessage(template[lang], data, lang) : messageId,
    suggestion: suggestion ? formatMessage(suggestion[lang], data, lang) : '',
  };
}

function toFinding(f: RawFinding, lang: Lang): Finding {
  const data: MessageData = f.data ?? {};
  const text = findingText(f.rule, f.messageId, data, lang);
  const group = f.group;
  return {
    ruleId: f.rule.id,
    severity: f.severity,
    tdr: f.rule.tdr,
    sheet: f.sheet,
    cell: f.row !== null && f.col !== null ? `${columnName(f.col)}${f.row}` : null,
    row: f.row,
    col: f.col,
    group: group ? group.code ?? null : null,
    gt: gtCodeOf(group),
    messageId: f.messageId,
    data,
    message: text.message,
    suggestion: text.suggestion,
    waived: f.waived,
    waiver: f.waived ? f.waiver : null,
  };
}

/**
 * Compliance per GT: 100 × (1 − Σfailed / Σevaluated) over the non-data rules graded error or
 * warning, counting the items whose GT is that GT; null-GT items count in the total only.
 */
function scores(
  rules: readonly Rule[],
  settings: Settings,
  items: Map<Rule, ItemSet>,
  rowItems: RowItems | null,
  findings: Finding[],
): { gts: GtSummary[]; total: GtSummary } {
  const per = new Map<string, GtSummary>();
  const entry = (gt: string) => {
    let e = per.get(gt);
    if (!e) per.set(gt, (e = { gt, score: null, errors: 0, warnings: 0, evaluated: 0, failed: 0 }));
    return e;
  };
  for (const gt of ['GT1', 'GT2', 'GT3', 'GT4', 'GT5']) entry(gt);
  const total: GtSummary = { gt: 'total', score: null, errors: 0, warnings: 0, evaluated: 0, failed: 0 };
  for (const rule of rules) {
    if (rule.area === 'data') continue;
    const sev = effectiveSeverity(rule, settings);
    if (sev !== 'error' && sev !== 'warning') continue;
    const own = items.get(rule);
    if (!own) continue;
    eachItem(own, rowItems, (group, failed) => {
      const gt = gtCodeOf(group);
      total.evaluated++;
      if (failed) total.failed++;
      if (gt === null) return;
      const e = entry(gt);
      e.evaluated++;
      if (failed) e.failed++;
    });
  }
  for (const f of findings) {
    if (f.waived) continue;
    const targets = f.gt !== null ? [entry(f.gt), total] : [total];
    for (const t of targets) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
    }
  }
  const score = (s: GtSummary) => {
    s.score = s.evaluated === 0 ? null : roundHalfUp(100 * (1 - s.failed / s.evaluated), 1);
  };
  per.forEach(score);
  score(total);
  const gts = [...per.values()].sort((a, b) => (a.gt < b.gt ? -1 : a.gt > b.gt ? 1 : 0));
  return { gts, total };
}

export function roundHalfUp(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon absorbs binary noise (93.75 stored as 93.7499999…).
  return Math.floor(x * f + 0.5 + 1e-9) / f;
}

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new Context(newRun({} as Workbook, defaultSettings(0)), { id: '', area: 'data' } as Rule, 'info', undefined));
keepShape(new RowItems({} as Workbook));
