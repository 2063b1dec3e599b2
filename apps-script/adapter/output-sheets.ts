// Output sheets (outputs.md §2): each plan sheet becomes a new sheet at the end of the workbook,
// marked as the tool's, written with a fixed number of calls whatever its length: one call to fit
// its rows; one block (`getRange`) for all the cells, given its values and then one grid per kind
// of style (weights, sizes, fills, wraps) that says more than Sheets' defaults; the dates' format
// through one range list; one `setRichTextValues` per run of links in a column; one
// `setColumnWidths` per run of equal widths; the chart.
//
// Links are rich text (`#gid=<sheet id>&range=F12`), so the cell keeps plain text and nothing
// from the workbook becomes a formula. Their values are made with `SpreadsheetApp` value builders,
// which build objects in the script and do not touch the spreadsheet.

import { columnName, parseA1 } from '../../core/a1';
import { CHART_COLOURS, rectangles, type OutputSheet, type PlanCell, type PlanLink, type Worst } from '../../core/plan';
import { cellText, isDateCell, sheetValues } from './cells';
import { MARK_KEY, markValue } from './sheets';
import { writeTrendChart } from './trend-chart';

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
 * SpreadsheetApp's chart builder colours a series, not a bar: the bar chart has one series per
 * worst finding, in this order, each GT's score in its class's series only, stacked so that each
 * GT keeps one bar in its colour (presentation.md §1).
 */
const WORST_ORDER: readonly Worst[] = ['error', 'warning', 'none'];

/** Where a link may point: sheet name → sheet id. */
export type SheetIds = ReadonlyMap<string, number>;

export function linkUrl(sheetId: number, cell: string): string {
  return `#gid=${sheetId}&range=${cell}`;
}

/**
 * The rows of a sheet `insertSheet` adds. Sheets makes a new sheet 1000 rows by 26 columns; the
 * reference does not say so (the adapter already counts on the 26 columns: it never adds any).
 */
export const NEW_SHEET_ROWS = 1000;

/**
 * Resizes a new sheet to exactly `rows` rows, in one call, for 10 rows or 50,000: the rows beyond
 * are deleted, or the missing ones added (none when it is just right). A new sheet smaller than
 * NEW_SHEET_ROWS makes that call refuse (rows out of bounds); its size is then asked, and it is
 * fitted from there. (One larger would keep blank rows under the block: nothing is lost.)
 */
function fitRows(sheet: Sheet, rows: number): void {
  const fit = (initial: number) => {
    if (rows < initial) sheet.deleteRows(rows + 1, initial - rows);
    else if (rows > initial) sheet.insertRowsAfter(initial, rows - initial);
  };
  try {
    fit(NEW_SHEET_ROWS);
  } catch {
    fit(sheet.getMaxRows());
  }
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

/**
 * The bar chart's data, in hidden columns of the summary right of everything the plan writes: one
 * column per worst finding (WORST_ORDER), on the rows of the GT table, holding the GT's score in
 * its class's column and nothing in the others (nothing at all for a GT with nothing evaluated).
 */
export interface ChartColumns {
  /** 0-based first column. */
  col: number;
  /** 0-based first row (the first GT's). */
  row: number;
  /** One row per GT, one cell per class. */
  cells: (number | '')[][];
}

export function chartColumns(plan: OutputSheet, firstFreeColumn: number): ChartColumns | null {
  const chart = plan.chart;
  const top = chart && parseA1(chart.valuesRange.split(':')[0]);
  if (!chart || !top) return null;
  const cells = chart.categories.map((_, i) => {
    const worst = WORST_ORDER.find((w) => CHART_COLOURS[w] === chart.colours[i]);
    const score = chart.values[i];
    return WORST_ORDER.map((w) => (w === worst && typeof score === 'number' ? score : ''));
  });
  return { col: firstFreeColumn, row: top.row - 1, cells };
}

function writeChart(sheet: Sheet, plan: OutputSheet, data: ChartColumns | null): void {
  const chart = plan.chart;
  if (!chart || !data) return;
  const at = parseA1(chart.anchor) ?? { row: 1, col: plan.columnWidths.length + 1 };
  const end = parseA1(chart.end) ?? { row: at.row + 18, col: at.col + 6 };
  let width = 0;
  for (let c = at.col; c < end.col; c++) width += (plan.columnWidths[c] ?? 10) * PIXELS_PER_CHARACTER;
  const series: Record<number, { color: string; dataLabel: string }> = {};
  WORST_ORDER.forEach((w, i) => (series[i] = { color: CHART_COLOURS[w], dataLabel: 'value' }));
  sheet.insertChart(
    sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(chart.categoriesRange))
      .addRange(sheet.getRange(data.row + 1, data.col + 1, Math.max(data.cells.length, 1), WORST_ORDER.length))
      // The series sit in hidden columns, which a chart leaves out unless told; no header row.
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setNumHeaders(0)
      .setPosition(at.row, at.col + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend.position', 'none')
      .setOption('vAxis.viewWindow.min', 0)
      .setOption('vAxis.viewWindow.max', 100)
      .setOption('isStacked', true)
      .setOption('series', series)
      .setOption('width', Math.round(width))
      .setOption('height', (end.row - at.row) * ROW_PIXELS)
      .build(),
  );
}

/** Sheets' default font size, which every cell but the titles keeps. */
const DEFAULT_FONT_SIZE = 10;

interface CellStyles {
  /** Columns the grids cover (the widest row, or a wrapped column beyond it). */
  width: number;
  weights: ('bold' | null)[][];
  sizes: number[][];
  backgrounds: (string | null)[][];
  wraps: GoogleAppsScript.Spreadsheet.WrapStrategy[][];
  /** Some cell wraps: rows are then resized to fit. */
  wrapped: boolean;
}

/**
 * The style of every cell of the block, as grids: titles bold and larger (their first cell),
 * header rows bold on grey, bold rows, headers and long-text columns wrapped. A cell the plan
 * leaves plain gets Sheets' defaults (`null` resets weight and fill, overflow is the default wrap),
 * so the sheet reads as when each style was set on its own ranges.
 */
export function cellStyles(plan: OutputSheet, height: number, minWidth = 1): CellStyles {
  const rowWidth = (r: number) => Math.max(plan.rows[r]?.length ?? 1, 1);
  let width = minWidth;
  for (const r of plan.rows) width = Math.max(width, r.length);
  for (const c of plan.wrapColumns) width = Math.max(width, c + 1);
  const grid = <T>(v: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(v));
  const weights = grid<'bold' | null>(null);
  const sizes = grid(DEFAULT_FONT_SIZE);
  const backgrounds = grid<string | null>(null);
  const wrap = grid(false);
  const inside = (r: number) => r >= 0 && r < height;
  for (const r of plan.titleRows) {
    if (!inside(r)) continue;
    weights[r][0] = 'bold';
    sizes[r][0] = TITLE_FONT_SIZE;
  }
  for (const r of plan.headerRows) {
    if (!inside(r)) continue;
    for (let c = 0; c < rowWidth(r); c++) {
      weights[r][c] = 'bold';
      backgrounds[r][c] = HEADER_BACKGROUND;
      wrap[r][c] = true;
    }
  }
  for (const r of plan.boldRows) if (inside(r)) for (let c = 0; c < rowWidth(r); c++) weights[r][c] = 'bold';
  for (const c of plan.wrapColumns) for (let r = 0; r < height; r++) wrap[r][c] = true;
  const { WRAP, OVERFLOW } = SpreadsheetApp.WrapStrategy;
  return {
    width,
    weights,
    sizes,
    backgrounds,
    wraps: wrap.map((row) => row.map((w) => (w ? WRAP : OVERFLOW))),
    wrapped: plan.headerRows.length > 0 || plan.wrapColumns.length > 0,
  };
}

/** Runs of consecutive columns of one width (0-based start), for `setColumnWidths`; 0 is left as is. */
export function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((w, col) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    const px = Math.round(w * PIXELS_PER_CHARACTER);
    if (last && last.start + last.count === col && Math.round(last.width * PIXELS_PER_CHARACTER) === px) last.count++;
    else runs.push({ start: col, count: 1, width: w });
  });
  return runs;
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
  // The bar chart's series go right of the plan's cells, in the same block (hidden afterwards).
  const planWidth = Math.max(width, ...plan.wrapColumns.map((c) => c + 1));
  const chartData = chartColumns(plan, planWidth);
  const blockWidth = planWidth + (chartData ? WORST_ORDER.length : 0);
  const styles = cellStyles(plan, height, blockWidth);
  const blockValues = values.map((r) => (blockWidth > width ? r.concat(new Array(blockWidth - width).fill('')) : r));
  chartData?.cells.forEach((cells, i) => cells.forEach((v, k) => (blockValues[chartData.row + i][chartData.col + k] = v)));
  // One block for the values and every cell style: a grid per kind of style, whatever the rows.
  const block = sheet.getRange(1, 1, height, blockWidth);
  block.setValues(blockValues);

  const dates: { row: number; col: number }[] = [];
  plan.rows.forEach((r, row) =>
    r.forEach((c, col) => {
      if (isDateCell(c)) dates.push({ row: row + 1, col });
    }),
  );
  // Dates only: the other cells keep Sheets' automatic format, which no grid value stands for.
  if (dates.length > 0) sheet.getRangeList(rectangles(dates)).setNumberFormat(plan.dateFormat);

  writeLinks(sheet, plan, ids);

  // A grid that only says "Sheets' default" (a plain sheet, the history) is what a new sheet
  // already holds: not sent.
  if (styles.weights.some((r) => r.some((w) => w !== null))) block.setFontWeights(styles.weights);
  if (styles.sizes.some((r) => r.some((z) => z !== DEFAULT_FONT_SIZE))) block.setFontSizes(styles.sizes);
  if (styles.backgrounds.some((r) => r.some((b) => b !== null))) block.setBackgrounds(styles.backgrounds);
  if (styles.wrapped) block.setWrapStrategies(styles.wraps);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, Math.round(run.width * PIXELS_PER_CHARACTER));
  if (styles.wrapped) sheet.autoResizeRows(1, height);
  // The filter over the whole block (the history's) is set on the block's range, not asked again.
  if (plan.autoFilter) (plan.autoFilter === `A1:${columnName(blockWidth - 1)}${height}` ? block : sheet.getRange(plan.autoFilter)).createFilter();
  if (chartData) sheet.hideColumns(chartData.col + 1, WORST_ORDER.length);
  writeChart(sheet, plan, chartData);
  writeTrendChart(sheet, plan, { character: PIXELS_PER_CHARACTER, row: ROW_PIXELS });
  return sheet;
}
