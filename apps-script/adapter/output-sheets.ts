// Output sheets (outputs.md §2): each plan sheet becomes a new sheet at the end of the workbook,
// marked as the tool's, written with a fixed number of calls whatever its length: one
// `setValues` for all the cells, one `setRichTextValues` per column of links, one range list per
// style, the chart.
//
// Links are rich text (`#gid=<sheet id>&range=F12`), so the cell keeps plain text and nothing
// from the workbook becomes a formula. Their values are made with `SpreadsheetApp` value builders,
// which build objects in the script and do not touch the spreadsheet.

import { a1, columnName, parseA1 } from '../../core/a1';
import { rectangles, type OutputSheet, type PlanCell, type PlanLink } from '../../core/plan';
import { cellText, isDateCell, sheetValues } from './cells';
import { MARK_KEY, markValue } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

/** A column width in the plan is in characters; Sheets wants pixels. */
const PIXELS_PER_CHARACTER = 7;
const HEADER_BACKGROUND = '#E8EAED';
const TITLE_FONT_SIZE = 14;
/** Sheets' default row height, to size the chart over the rows the plan leaves for it. */
const ROW_PIXELS = 21;
/**
 * SpreadsheetApp's chart builder has one colour per series, not per bar: the worst-finding colours
 * need the Advanced Sheets service (README). The bars take one neutral colour, labelled.
 */
const BAR_COLOUR = '#3C78D8';

/** Where a link may point: sheet name → sheet id. */
export type SheetIds = ReadonlyMap<string, number>;

export function linkUrl(sheetId: number, cell: string): string {
  return `#gid=${sheetId}&range=${cell}`;
}

/** Resizes a new sheet to exactly `rows` rows: the same three calls for 10 rows or 50,000. */
function fitRows(sheet: Sheet, rows: number): void {
  const initial = sheet.getMaxRows();
  sheet.insertRowsAfter(initial, rows);
  sheet.deleteRows(rows + 1, initial);
}

/** `A5:J5` for a row of `width` cells (0-based row). */
function rowRange(row: number, width: number): string {
  return `A${row + 1}:${columnName(Math.max(width, 1) - 1)}${row + 1}`;
}

/**
 * Runs of rows of one column to write as rich text: each covers link cells and the text or blank
 * cells between them; a number, a date or a boolean between two links ends a run (rich text would
 * turn it into text).
 */
export function linkRuns(rows: readonly (readonly PlanCell[])[], links: readonly PlanLink[]): { col: number; top: number; bottom: number }[] {
  const byCol = new Map<number, number[]>();
  for (const l of links) {
    const list = byCol.get(l.col);
    if (list) list.push(l.row);
    else byCol.set(l.col, [l.row]);
  }
  const runs: { col: number; top: number; bottom: number }[] = [];
  for (const [col, list] of [...byCol.entries()].sort(([a], [b]) => a - b)) {
    const sorted = [...new Set(list)].sort((a, b) => a - b);
    let top = sorted[0];
    let bottom = sorted[0];
    for (let i = 1; i < sorted.length; i++) {
      const next = sorted[i];
      let clear = true;
      for (let r = bottom + 1; r < next && clear; r++) {
        const c = rows[r]?.[col];
        clear = c === null || c === undefined || typeof c === 'string';
      }
      if (clear) {
        bottom = next;
        continue;
      }
      runs.push({ col, top, bottom });
      top = bottom = next;
    }
    runs.push({ col, top, bottom });
  }
  return runs;
}

function writeLinks(sheet: Sheet, plan: OutputSheet, ids: SheetIds): void {
  const target = new Map<string, string>();
  for (const l of plan.links) {
    // A consolidated output's link into a source file (scope.md) has no target in a spreadsheet:
    // its text names the file and the cell.
    const id = l.file ? undefined : ids.get(l.sheet);
    if (id !== undefined) target.set(`${l.row},${l.col}`, linkUrl(id, l.cell));
  }
  const links = plan.links.filter((l) => target.has(`${l.row},${l.col}`));
  for (const run of linkRuns(plan.rows, links)) {
    const values: RichTextValue[][] = [];
    for (let r = run.top; r <= run.bottom; r++) {
      const builder = SpreadsheetApp.newRichTextValue().setText(cellText(plan.rows[r]?.[run.col]));
      const url = target.get(`${r},${run.col}`);
      values.push([(url === undefined ? builder : builder.setLinkUrl(url)).build()]);
    }
    sheet.getRange(run.top + 1, run.col + 1, values.length, 1).setRichTextValues(values);
  }
}

function writeChart(sheet: Sheet, plan: OutputSheet): void {
  const chart = plan.chart;
  if (!chart) return;
  const at = parseA1(chart.anchor) ?? { row: 1, col: plan.columnWidths.length + 1 };
  const end = parseA1(chart.end) ?? { row: at.row + 18, col: at.col + 6 };
  let width = 0;
  for (let c = at.col; c < end.col; c++) width += (plan.columnWidths[c] ?? 10) * PIXELS_PER_CHARACTER;
  sheet.insertChart(
    sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(chart.categoriesRange))
      .addRange(sheet.getRange(chart.valuesRange))
      .setPosition(at.row, at.col + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend.position', 'none')
      .setOption('vAxis.viewWindow.min', 0)
      .setOption('vAxis.viewWindow.max', 100)
      .setOption('series', { 0: { color: BAR_COLOUR, dataLabel: 'value' } })
      .setOption('width', Math.round(width))
      .setOption('height', (end.row - at.row) * ROW_PIXELS)
      .build(),
  );
}

/**
 * Adds `plan` as a new sheet at `index` (0-based) and returns it. The sheet is marked first, so a
 * failure halfway leaves a sheet the next run or "Effacer" recognises and removes.
 */
export function writeOutputSheet(ss: Spreadsheet, plan: OutputSheet, index: number, ids: Map<string, number>): Sheet {
  const sheet = ss.insertSheet(plan.name, index);
  const id = sheet.getSheetId();
  // PROJECT: the mark is this script's only; other scripts and add-ons do not see it (H7).
  sheet.addDeveloperMetadata(MARK_KEY, markValue(plan.kind, id), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  ids.set(plan.name, id);

  const { values, width } = sheetValues(plan.rows);
  const height = Math.max(values.length, 1);
  if (values.length === 0) values.push(new Array(width).fill(''));
  fitRows(sheet, height);
  sheet.getRange(1, 1, height, width).setValues(values);

  const dates: { row: number; col: number }[] = [];
  plan.rows.forEach((r, row) =>
    r.forEach((c, col) => {
      if (isDateCell(c)) dates.push({ row: row + 1, col });
    }),
  );
  if (dates.length > 0) sheet.getRangeList(rectangles(dates)).setNumberFormat(plan.dateFormat);

  writeLinks(sheet, plan, ids);

  const rowWidth = (r: number) => plan.rows[r]?.length ?? 1;
  if (plan.titleRows.length > 0) {
    sheet.getRangeList(plan.titleRows.map((r) => a1(r + 1, 0))).setFontWeight('bold').setFontSize(TITLE_FONT_SIZE);
  }
  if (plan.headerRows.length > 0) {
    sheet.getRangeList(plan.headerRows.map((r) => rowRange(r, rowWidth(r)))).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  }
  if (plan.boldRows.length > 0) sheet.getRangeList(plan.boldRows.map((r) => rowRange(r, rowWidth(r)))).setFontWeight('bold');
  // Headers and long texts wrap (one call for all of them), rows then grow to fit (P4).
  const wrapped = [
    ...plan.headerRows.map((r) => rowRange(r, rowWidth(r))),
    ...plan.wrapColumns.map((c) => `${columnName(c)}1:${columnName(c)}${height}`),
  ];
  if (wrapped.length > 0) sheet.getRangeList(wrapped).setWrap(true);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  plan.columnWidths.forEach((w, col) => {
    if (w > 0) sheet.setColumnWidth(col + 1, Math.round(w * PIXELS_PER_CHARACTER));
  });
  if (wrapped.length > 0) sheet.autoResizeRows(1, height);
  if (plan.autoFilter) sheet.getRange(plan.autoFilter).createFilter();
  writeChart(sheet, plan);
  return sheet;
}
