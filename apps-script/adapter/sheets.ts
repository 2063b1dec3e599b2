// The spreadsheet's sheets as the adapter needs them: name, id, and whether the tool made them.
//
// The tool marks each sheet it creates with developer metadata (key `tdr-check`, visible to this
// script project only) whose value records the kind of output and the sheet's id. A sheet counts
// as the tool's only while the mark names its own id: a copy the user makes of `Constats` carries
// the metadata along, but under another id, so it stays the user's and is never deleted (R5).

import type { OutputKind } from '../../core/plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
 * Every sheet in workbook order. Calls: one for the list, two per sheet, and four per tool mark
 * (the tool's own sheets), whatever the number of rows.
 */
export function listSheets(ss: Spreadsheet): SheetEntry[] {
  const entries = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), id: sheet.getSheetId(), tool: null as OutputKind | null }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const md of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const mark = parseMark(md.getValue());
    if (!mark) continue;
    const at = md.getLocation().getSheet();
    if (!at) continue;
    const entry = byId.get(at.getSheetId());
    if (entry && entry.id === mark.sheetId) entry.tool = mark.kind;
  }
  return entries;
}
