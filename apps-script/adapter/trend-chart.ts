// The 12-month line chart of the GEC summary (presentation.md §1), beside the bar chart: one line
// per GT over the months of the trend table the plan wrote under the GT table. A fixed number of
// calls whatever the data (one chart, one range).
//
// The table is given whole (header row, GT column, scores) with its rows as the series
// (`setTransposeRowsAndColumns`): the months along the axis, one line per GT. The header count is
// set explicitly: Sheets guesses it from the cells' types, and a table whose header and labels are
// all text (`2026-10`, `GT1`) may be guessed wrong.

import { columnName, parseA1 } from '../../core/a1';
import type { OutputSheet } from '../../core/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels of one character of column width and of one row, as the output sheet is sized. */
export interface ChartPixels {
  character: number;
  row: number;
}

/** The trend table's range: its header row (months) down to its last GT row, from column A. */
export function trendTableRange(plan: OutputSheet): string | null {
  const spec = plan.trendChart;
  if (!spec || spec.series.length === 0) return null;
  const header = parseA1(spec.monthsRange.split(':')[0]);
  const last = parseA1(spec.series[spec.series.length - 1].range.split(':')[1]);
  if (!header || !last) return null;
  return `A${header.row}:${columnName(last.col)}${last.row}`;
}

export function writeTrendChart(sheet: Sheet, plan: OutputSheet, pixels: ChartPixels): void {
  const spec = plan.trendChart;
  const range = trendTableRange(plan);
  if (!spec || !range) return;
  const at = parseA1(spec.anchor);
  const end = parseA1(spec.end);
  if (!at || !end) return;
  let width = 0;
  for (let c = at.col; c < end.col; c++) width += (plan.columnWidths[c] ?? 10) * pixels.character;
  const series: Record<number, { color: string }> = {};
  spec.series.forEach((s, i) => (series[i] = { color: s.colour }));
  sheet.insertChart(
    sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange(range))
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setPosition(at.row, at.col + 1, 0, 0)
      .setOption('title', spec.title)
      .setOption('legend.position', 'right')
      .setOption('vAxis.viewWindow.min', 0)
      .setOption('vAxis.viewWindow.max', 100)
      .setOption('series', series)
      .setOption('width', Math.round(width))
      .setOption('height', (end.row - at.row) * pixels.row)
      .build(),
  );
}
