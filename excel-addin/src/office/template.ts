// "Create the template" (outputs.md §3): adds the input sheets that are missing, never touching
// the others. Two syncs: the sheet list (and the date system), then everything written at once.

import { columnName } from '../../../core/a1';
// From its own module, not core/plan's index: the template stays out of the pane's first script.
import { buildTemplatePlan } from '../../../core/plan/template';
import type { TemplateSheet } from '../../../core/plan/types';
import type { Lang } from '../../../core/types';
import { charactersToPoints, columnRange, excelValue, quoteSheet, rectangle } from './cells';
import type { XlContext, XlWorksheet } from './excel-api';
import { HEADER_FILL } from './apply';

/** Number format of the template's time columns. */
export const TIME_FORMAT = 'hh:mm';

export async function applyTemplate(ctx: XlContext, lang: Lang): Promise<string[]> {
  const wb = ctx.workbook;
  const worksheets = wb.worksheets.load('items/name');
  const dateProbe = wb.functions.date(1904, 1, 1).load('value');
  await ctx.sync();
  const date1904 = dateProbe.value === 0;
  const plan = buildTemplatePlan(
    lang,
    worksheets.items.map((s) => ({ name: s.name, ownedByTool: false })),
  );
  const added = plan.sheets.map((sheet) => writeTemplateSheet(ctx, sheet, date1904));
  // Drop-downs last: a list may come from a sheet added after its own (Membres › PTF).
  plan.sheets.forEach((sheet, i) => addValidations(added[i], sheet));
  if (plan.sheets.length > 0) await ctx.sync();
  return plan.sheets.map((s) => s.name);
}

function writeTemplateSheet(ctx: XlContext, sheet: TemplateSheet, date1904: boolean): XlWorksheet {
  const ws = ctx.workbook.worksheets.add(sheet.name);
  let width = 1;
  for (const row of sheet.rows) width = Math.max(width, row.length);
  if (sheet.rows.length > 0) {
    ws.getRangeByIndexes(0, 0, sheet.rows.length, width).values = rectangle(sheet.rows, width, (c) => excelValue(c, date1904));
    const header = ws.getRangeByIndexes(0, 0, 1, Math.max(1, sheet.rows[0].length)).format;
    header.font.bold = true;
    header.fill.color = HEADER_FILL;
  }
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  sheet.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charactersToPoints(w);
  });
  const body = (col: number) => ws.getRange(columnRange(col, 2, sheet.lastRow));
  const column = (col: number, format: string) => {
    const rows = sheet.lastRow - 1;
    body(col).numberFormat = Array.from({ length: rows }, () => [format]);
  };
  for (const c of sheet.dateColumns) column(c, sheet.dateFormat);
  for (const c of sheet.timeColumns) column(c, TIME_FORMAT);
  if (sheet.print) {
    // Lisez-moi: one A4 page (presentation.md §6), queued with the rest of the sheet.
    const layout = ws.pageLayout;
    layout.orientation = 'Portrait';
    layout.paperSize = 'A4';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  }
  return ws;
}

function addValidations(ws: XlWorksheet, sheet: TemplateSheet): void {
  const body = (col: number) => ws.getRange(columnRange(col, 2, sheet.lastRow));
  for (const v of sheet.validations) {
    let source: string;
    if ('list' in v) source = v.list.join(',');
    else if (v.source.col >= 0) {
      const c = columnName(v.source.col);
      source = `=${quoteSheet(v.source.sheet)}!$${c}$${v.source.firstRow ?? 2}:$${c}$${v.source.lastRow ?? sheet.lastRow}`;
    } else continue;
    const range = body(v.col);
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    // A list from another sheet only warns: a partner may be typed before it is added to PTF.
    if (!('list' in v)) {
      range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: '', message: '' };
    }
  }
}
