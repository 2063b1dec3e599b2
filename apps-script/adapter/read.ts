// Host → snapshot: one `getValues` per input sheet, raw values as Apps Script gives them (dates
// as `Date` objects in the spreadsheet's time zone, blanks as ''), and that time zone alongside so
// the core reads each Date as the day the user typed.

import type { ExistingSheet } from '../../core/plan';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../core/types';
import { locateSheets } from '../../core/workbook/sheet-reader';
import { SHEETS } from '../../core/workbook/schema';
import { listSheets, type SheetEntry } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WorkbookState {
  snapshot: WorkbookSnapshot;
  sheets: SheetEntry[];
}

/**
 * Reads the sheets the core knows (`Groupes`, `Membres`…); the others (the user's own sheets, the
 * tool's outputs) keep their place in the snapshot, without their cells, so findings sort alike.
 */
export function readWorkbook(ss: Spreadsheet): WorkbookState {
  const sheets = listSheets(ss);
  const stubs = new Map<SheetEntry, SheetSnapshot>();
  for (const e of sheets) if (e.tool === null) stubs.set(e, { name: e.name, rows: [] });
  const inputs = new Set(locateSheets([...stubs.values()], SHEETS).values());
  const snapshotSheets: SheetSnapshot[] = sheets.map((e) => {
    const stub = stubs.get(e);
    if (!stub || !inputs.has(stub)) return { name: e.name, rows: [] };
    return { name: e.name, rows: e.sheet.getDataRange().getValues() as Cell[][] };
  });
  return {
    snapshot: { name: ss.getName(), sheets: snapshotSheets, timeZone: ss.getSpreadsheetTimeZone() },
    sheets,
  };
}

export function existingSheets(sheets: readonly SheetEntry[]): ExistingSheet[] {
  return sheets.map((e) => ({ name: e.name, ownedByTool: e.tool !== null }));
}
