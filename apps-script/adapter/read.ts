// Host → snapshot: one bulk read per input sheet, raw values as Apps Script gives them (dates
// as `Date` objects in the spreadsheet's time zone, blanks as ''), and that time zone alongside so
// the core reads each Date as the day the user typed.

import { historySheetName, type ExistingSheet } from '../../core/plan';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../core/types';
import { IssueLog } from '../../core/workbook/sheet-reader';
import { findMappingSheet, readMapping } from '../../core/workbook/mapping';
import type { KnownRules } from './highlights';
import { surveySheets, toolRulesMayExist, type SheetEntry } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every value of a sheet, from A1 to its last row and column with content, in one call:
 * `getSheetValues` with -1 rows and columns ("the very last row or column that has data", the
 * reference says) gives what `getDataRange().getValues()` gives (a range "bounded by A1 and
 * (getLastColumn(), getLastRow())") with one call instead of two. What it does on a sheet with no
 * content at all the reference does not say (a block of no rows); should it refuse, the two calls
 * give the single blank cell they always gave.
 */
export function readValues(sheet: Sheet): Cell[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
  } catch {
    return sheet.getDataRange().getValues() as Cell[][];
  }
}

export interface WorkbookState {
  snapshot: WorkbookSnapshot;
  sheets: SheetEntry[];
  /** The input sheets: the user's sheets the core reads (`Groupes`, `Membres`…), found by name. */
  inputs: ReadonlySet<SheetEntry>;
  /** What the tool knows of the rules already on the sheets (sheets.ts, `RuleCount`). */
  knownRules: KnownRules;
  /** The spreadsheet's mark that the tool writes rules here, or null. */
  rulesMark: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
  /** The rows of the tool's history sheet (one bulk read), [] when there is none. */
  history: Cell[][];
}

/**
 * The input sheets among `sheets`, as the core finds them: by name, the first of each kind, never
 * a sheet of the tool; through the Correspondances sheet (its values read, one call) when there is
 * one, which is then an input sheet too.
 */
export function inputSheets(sheets: readonly SheetEntry[], valuesRead?: Map<SheetEntry, Cell[][]>): Set<SheetEntry> {
  const stubs = new Map<SheetSnapshot, SheetEntry>();
  for (const e of sheets) if (e.tool === null) stubs.set({ name: e.name, rows: [] }, e);
  const mapping = findMappingSheet([...stubs.keys()]);
  if (mapping) {
    mapping.rows = readValues(stubs.get(mapping)!.sheet);
    valuesRead?.set(stubs.get(mapping)!, mapping.rows);
  }
  const found = new Set<SheetEntry>();
  if (mapping) found.add(stubs.get(mapping)!);
  const located = readMapping([...stubs.keys()], new IssueLog(), { date1904: false, timeZone: 'Africa/Bamako' }).located;
  for (const stub of located.values()) found.add(stubs.get(stub)!);
  return found;
}

/**
 * Reads the sheets the core knows (`Groupes`, `Membres`…); the others (the user's own sheets, the
 * tool's outputs) keep their place in the snapshot, without their cells, so findings sort alike.
 */
export function readWorkbook(ss: Spreadsheet): WorkbookState {
  const survey = surveySheets(ss);
  const sheets = survey.sheets;
  const read = new Map<SheetEntry, Cell[][]>();
  const inputs = inputSheets(sheets, read);
  const snapshotSheets: SheetSnapshot[] = sheets.map((e) =>
    inputs.has(e) ? { name: e.name, rows: read.get(e) ?? readValues(e.sheet) } : { name: e.name, rows: [] },
  );
  // The month-by-month history (presentation.md §1): the tool's own sheet, found by its mark.
  const historyName = historySheetName(existingSheets(sheets));
  const historySheet = sheets.find((e) => e.name === historyName);
  return {
    snapshot: { name: ss.getName(), sheets: snapshotSheets, timeZone: ss.getSpreadsheetTimeZone() },
    sheets,
    inputs,
    knownRules: { mayExist: toolRulesMayExist(survey), counts: survey.ruleCounts },
    rulesMark: survey.rulesMarks[0] ?? null,
    history: historySheet ? readValues(historySheet.sheet) : [],
  };
}

export function existingSheets(sheets: readonly SheetEntry[]): ExistingSheet[] {
  return sheets.map((e) => ({ name: e.name, ownedByTool: e.tool !== null }));
}
