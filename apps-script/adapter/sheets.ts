// The spreadsheet's sheets as the adapter needs them: name, id, and whether the tool made them.
//
// The tool marks each sheet it creates with developer metadata (key `tdr-check`, visible to this
// script project only) whose value records the kind of output and the sheet's id. A sheet counts
// as the tool's only while the mark names its own id: a copy the user makes of `Constats` carries
// the metadata along, but under another id, so it stays the user's and is never deleted (R5).

import type { OutputKind } from '../../core/plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const MARK_KEY = 'tdr-check';

export interface SheetEntry {
  sheet: Sheet;
  name: string;
  id: number;
  /** The kind of output when the tool made this sheet, else null (a user's sheet). */
  tool: OutputKind | null;
}

interface Mark {
  kind: OutputKind;
  sheetId: number;
}

export function markValue(kind: OutputKind, sheetId: number): string {
  const mark: Mark = { kind, sheetId };
  return JSON.stringify(mark);
}

function parseMark(value: string | null): Mark | null {
  if (!value) return null;
  try {
    const m = JSON.parse(value) as Partial<Mark>;
    if ((m.kind === 'findings' || m.kind === 'summary' || m.kind === 'history') && typeof m.sheetId === 'number') return { kind: m.kind, sheetId: m.sheetId };
  } catch {
    // Not ours after all.
  }
  return null;
}

/**
 * The spreadsheet's own mark (same key, on the spreadsheet rather than a sheet): the tool has
 * written conditional-format rules in this spreadsheet, and, by sheet id, how many rules each
 * sheet it wrote was left with: the tool's own first, then the user's. Added by the first
 * validation, rewritten by each one, removed by a clear that removed every rule of the tool.
 * While there is neither this mark nor a sheet of the tool, no sheet holds a rule of the tool, and
 * the rules need not be told apart; where a sheet still has as many rules as the mark says and
 * its first ones are the tool's, the others are the user's (highlights.ts).
 */
export interface RuleCount {
  /** The tool's rules, first in the sheet's list. */
  tool: number;
  /** All the rules of the sheet. */
  total: number;
  /**
   * The others were looked into and are the user's. Not so after a first validation, which took
   * every rule there for the user's unseen: a rule of the tool that came with a sheet copied from
   * another spreadsheet is then found, and removed, by the next validation.
   */
  checked: boolean;
}
export type RuleCounts = Map<number, RuleCount>;

interface RulesMark {
  kind: 'rules';
  /** Sheet id → [the tool's rules, all the rules, 1 when checked else 0]. */
  sheets: Record<string, [number, number, number]>;
}

export function rulesMarkValue(counts: ReadonlyMap<number, RuleCount>): string {
  const mark: RulesMark = { kind: 'rules', sheets: {} };
  for (const [id, c] of counts) mark.sheets[String(id)] = [c.tool, c.total, c.checked ? 1 : 0];
  return JSON.stringify(mark);
}

/** The counts a rules mark holds, or null when the value is not a rules mark. */
export function parseRulesMark(value: string | null): RuleCounts | null {
  if (!value) return null;
  try {
    const m = JSON.parse(value) as Partial<RulesMark>;
    if (m.kind !== 'rules') return null;
    const counts: RuleCounts = new Map();
    for (const [id, c] of Object.entries(m.sheets ?? {})) {
      if (Array.isArray(c) && Number.isInteger(c[0]) && Number.isInteger(c[1]) && c[0] >= 0 && c[1] >= c[0]) counts.set(Number(id), { tool: c[0], total: c[1], checked: c[2] === 1 });
    }
    return counts;
  } catch {
    return null;
  }
}

export interface SheetSurvey {
  sheets: SheetEntry[];
  /** The spreadsheet's mark that the tool has written rules here (none, or one). */
  rulesMarks: DeveloperMetadata[];
  /** What the first of them says (empty without one). */
  ruleCounts: RuleCounts;
}

/**
 * Every sheet in workbook order, and the tool's marks. Calls: one for the list, two per sheet,
 * three for the marks, and four per mark of a sheet (the tool's own sheets) or one for the
 * spreadsheet's mark, whatever the number of rows.
 */
export function surveySheets(ss: Spreadsheet): SheetSurvey {
  const entries = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), id: sheet.getSheetId(), tool: null as OutputKind | null }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rulesMarks: DeveloperMetadata[] = [];
  let ruleCounts: RuleCounts | null = null;
  for (const md of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const value = md.getValue();
    const counts = parseRulesMark(value);
    if (counts) {
      rulesMarks.push(md);
      ruleCounts ??= counts;
      continue;
    }
    const mark = parseMark(value);
    if (!mark) continue;
    const at = md.getLocation().getSheet();
    if (!at) continue;
    const entry = byId.get(at.getSheetId());
    if (entry && entry.id === mark.sheetId) entry.tool = mark.kind;
  }
  return { sheets: entries, rulesMarks, ruleCounts: ruleCounts ?? new Map() };
}

/** Every sheet in workbook order (see `surveySheets`). */
export function listSheets(ss: Spreadsheet): SheetEntry[] {
  return surveySheets(ss).sheets;
}

/**
 * True when a sheet may hold a rule of the tool: the tool has written rules or sheets here. Its
 * history sheet does not count: Effacer keeps it while removing every rule, and it came after the
 * rules mark, so it says nothing of rules written before the mark.
 */
export function toolRulesMayExist(survey: SheetSurvey): boolean {
  return survey.rulesMarks.length > 0 || survey.sheets.some((e) => e.tool !== null && e.tool !== 'history');
}
