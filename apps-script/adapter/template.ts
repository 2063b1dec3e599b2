// The template (outputs.md §3): the input sheets that are missing, added at the end with their
// headers, frozen header row, date and time formats and drop-down lists. Existing sheets are not
// touched. The new sheets are the user's from then on: they carry no mark of the tool, so
// "Effacer" never removes them.

import { columnName } from '../../core/a1';
import type { TemplatePlan, TemplateSheet } from '../../core/plan';
import { sheetValues } from './cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PIXELS_PER_CHARACTER = 7;
const TIME_FORMAT = 'hh:mm';

/** `C2:C1000`: a column below the header row. */
function columnBody(col: number, lastRow: number): string {
  const c = columnName(col);
  return `${c}2:${c}${lastRow}`;
}

function writeTemplateSheet(ss: Spreadsheet, plan: TemplateSheet, index: number): Sheet {
  const sheet = ss.insertSheet(plan.name, index);
  const lastRow = Math.max(plan.lastRow, plan.rows.length, 2);
  const rows = sheet.getMaxRows();
  if (rows < lastRow) sheet.insertRowsAfter(rows, lastRow - rows);
  const { values, width } = sheetValues(plan.rows);
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  plan.columnWidths.forEach((w, col) => {
    if (w > 0) sheet.setColumnWidth(col + 1, Math.round(w * PIXELS_PER_CHARACTER));
  });
  if (plan.dateColumns.length > 0) {
    sheet.getRangeList(plan.dateColumns.map((c) => columnBody(c, lastRow))).setNumberFormat(plan.dateFormat);
  }
  if (plan.timeColumns.length > 0) {
    sheet.getRangeList(plan.timeColumns.map((c) => columnBody(c, lastRow))).setNumberFormat(TIME_FORMAT);
  }
  return sheet;
}

/** The drop-downs, once every sheet of the plan exists (a list may come from a later sheet: PTF). */
function addValidations(ss: Spreadsheet, sheet: Sheet, plan: TemplateSheet, created: ReadonlyMap<string, Sheet>): void {
  const lastRow = Math.max(plan.lastRow, plan.rows.length, 2);
  for (const v of plan.validations) {
    let rule: GoogleAppsScript.Spreadsheet.DataValidation;
    if ('list' in v) {
      rule = SpreadsheetApp.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(true).build();
    } else {
      const source = v.source.sheet === plan.name ? sheet : created.get(v.source.sheet) ?? ss.getSheetByName(v.source.sheet);
      if (!source) continue;
      const c = columnName(v.source.col);
      const range = `${c}${v.source.firstRow ?? 2}:${c}${v.source.lastRow ?? lastRow}`;
      rule = SpreadsheetApp.newDataValidation()
        .requireValueInRange(source.getRange(range), true)
        .setAllowInvalid(true)
        .build();
    }
    sheet.getRange(columnBody(v.col, lastRow)).setDataValidation(rule);
  }
}

/** Adds the template's sheets after the existing ones; returns their names. */
export function applyTemplate(ss: Spreadsheet, plan: TemplatePlan, existingCount: number): Sheet[] {
  const created = new Map<string, Sheet>();
  const sheets: Sheet[] = [];
  plan.sheets.forEach((s, i) => {
    const sheet = writeTemplateSheet(ss, s, existingCount + i);
    created.set(s.name, sheet);
    sheets.push(sheet);
  });
  plan.sheets.forEach((s, i) => addValidations(ss, sheets[i], s, created));
  return sheets;
}
