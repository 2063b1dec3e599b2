// The Correspondances assistant in Google Sheets: the suggestions (every user sheet read, one
// bulk read each, read.ts), and the write of the confirmed rows: the Correspondances sheet read (if any),
// then one block set as plain text (a new sheet when there is none). No other sheet is touched.

import type { Lang, SheetSnapshot } from '../../core/types';
import { findMappingSheet } from '../../core/workbook/mapping';
import type { PaneMappingSuggestions, WriteMappingResult } from '../../ui/host';
import { mappingWritePlan, paneMappingSuggestions } from '../../ui/host-side/mapping';
import { readValues } from './read';
import { listSheets } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function suggestInSpreadsheet(ss: Spreadsheet): PaneMappingSuggestions {
  const sheets: SheetSnapshot[] = listSheets(ss)
    .filter((e) => e.tool === null)
    .map((e) => ({ name: e.name, rows: readValues(e.sheet) }));
  return paneMappingSuggestions({ name: ss.getName(), sheets, timeZone: ss.getSpreadsheetTimeZone() });
}

export function writeMappingInSpreadsheet(ss: Spreadsheet, rows: unknown, language: Lang): WriteMappingResult {
  const entries = listSheets(ss).filter((e) => e.tool === null);
  const stubs: SheetSnapshot[] = entries.map((e) => ({ name: e.name, rows: [] }));
  const found = findMappingSheet(stubs);
  if (found) found.rows = readValues(entries[stubs.indexOf(found)].sheet);
  const plan = mappingWritePlan(stubs, rows, language);
  if (plan.values.length === 0) return { sheet: plan.sheet, added: 0 };
  const sheet = plan.create ? ss.insertSheet(plan.sheet, ss.getNumSheets()) : entries[stubs.indexOf(found!)].sheet;
  // Plain text first, so a name like `2026` or `=x` stays what the user wrote.
  const range = sheet.getRange(plan.row + 1, plan.col + 1, plan.values.length, plan.values[0].length);
  range.setNumberFormat('@');
  range.setValues(plan.values);
  if (plan.create) sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
  return { sheet: plan.sheet, added: plan.added };
}
