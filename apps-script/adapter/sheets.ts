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
    if ((m.kind === 'findings' || m.kind === 'summary') && typeof m.sheetId === 'number') return { kind: m.kind, sheetId: m.sheetId };
  } catch {
    // Not ours after all.
  }
  return null;
}

/**
 * The spreadsheet's own mark (same key, on the spreadsheet rather than a sheet): the tool has
 * written conditional-format rules in this spreadsheet. Added by the first validation, removed by
 * a clear that removed every rule of the tool. While there is neither this mark nor a sheet of the
 * tool, no sheet holds a rule of the tool, and the rules need not be told apart (highlights.ts).
 */
export const RULES_MARK = JSON.stringify({ kind: 'rules' });

export interface SheetSurvey {
  sheets: SheetEntry[];
  /** The spreadsheet's mark that the tool has written rules here (none, or one). */
  rulesMarks: DeveloperMetadata[];
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
  for (const md of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const value = md.getValue();
    if (value === RULES_MARK) {
      rulesMarks.push(md);
      continue;
    }
    const mark = parseMark(value);
    if (!mark) continue;
    const at = md.getLocation().getSheet();
    if (!at) continue;
    const entry = byId.get(at.getSheetId());
    if (entry && entry.id === mark.sheetId) entry.tool = mark.kind;
  }
  return { sheets: entries, rulesMarks };
}

/** Every sheet in workbook order (see `surveySheets`). */
export function listSheets(ss: Spreadsheet): SheetEntry[] {
  return surveySheets(ss).sheets;
}

/** True when a sheet may hold a rule of the tool: the tool has written rules or sheets here. */
export function toolRulesMayExist(survey: SheetSurvey): boolean {
  return survey.rulesMarks.length > 0 || survey.sheets.some((e) => e.tool !== null);
}
