// Applying the core's plan to the workbook: the highlight rules on the input sheets and the output
// sheets. One `context.sync` on ordinary workbooks (P4: at most 3), more only when a request would
// pass Excel on the web's 5 MB (see batch.ts). The tool never writes an input sheet's cells or
// their own formats: highlights are conditional formats carrying the marker formula.
//
// Order inside the request:
//   1. the tool's previous highlight rules are deleted (found by `readWorkbook`);
//   2. the tool's previous output sheets that the plan replaces are renamed out of the way (so the
//      new sheets may take their names and the workbook never runs out of visible sheets);
//   3. one conditional format per highlight (a union of ranges, `=ISTEXT("tdr-check")`, a fill);
//   4. each output sheet: added, marked, values and date formats in blocks of rows, column widths,
//      title and header styles, links, frozen rows, the filter, the chart;
//   5. the renamed old sheets are deleted.

import type { OutputSheet, Plan, PlanCell, PlanLink } from '../../../core/plan/types';
import { Batch, weigh } from './batch';
import { charactersToPoints, documentReference, excelValue, rectangle } from './cells';
import type { XlContext, XlWorksheet } from './excel-api';
import { SHEET_MARK_FORMULA, SHEET_MARK_NAME, type WorkbookRead } from './read';

export interface ApplyOptions {
  /** Activate an output sheet once written (the ribbon's Synthèse GEC shows the summary). */
  show?: 'findings' | 'summary';
  /** Request budget in bytes (tests lower it). */
  requestBudget?: number;
}

/** Fill of table header rows. */
export const HEADER_FILL = '#DDEBF7';
export const TITLE_SIZE = 14;
/** A block of rows written by one call stays under this many bytes (and half a request). */
const BLOCK_BYTES = 1_000_000;

export async function applyPlan(ctx: XlContext, plan: Plan, read: WorkbookRead, options: ApplyOptions = {}): Promise<void> {
  const batch = new Batch(ctx, options.requestBudget);
  const wb = ctx.workbook;
  wb.application.suspendApiCalculationUntilNextSync();
  const byName = new Map(read.sheets.map((s) => [s.name, s]));

  for (const s of read.sheets) {
    for (const rule of s.toolRules) {
      await batch.reserve();
      rule.delete();
    }
  }

  const taken = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  const old: XlWorksheet[] = [];
  for (const name of plan.sheetsToDelete) {
    const s = byName.get(name);
    if (!s || !s.ownedByTool) continue; // R5: only the tool's own sheets are ever replaced.
    let n = old.length + 1;
    while (taken.has(`~tdr-check old ${n}`)) n++;
    const temp = `~tdr-check old ${n}`;
    taken.add(temp);
    await batch.reserve(temp);
    s.sheet.name = temp;
    old.push(s.sheet);
  }

  const formula = `=${plan.markerFormula}`;
  for (const h of plan.highlights) {
    const s = byName.get(h.sheet);
    if (!s) continue;
    const address = h.ranges.join(',');
    await batch.reserve(address);
    const rule = s.sheet.getRanges(address).conditionalFormats.add('Custom');
    rule.custom.rule.formula = formula;
    rule.custom.format.fill.color = h.colour;
  }

  let shown: XlWorksheet | null = null;
  for (const out of plan.sheets) {
    const ws = await writeOutputSheet(ctx, batch, out, read.date1904);
    if (options.show === out.kind) shown = ws;
  }

  for (const ws of old) {
    await batch.reserve();
    ws.delete();
  }
  if (shown) shown.activate();
  await batch.flush();
}

function isDate(c: PlanCell | undefined): boolean {
  return c !== null && typeof c === 'object';
}

async function writeOutputSheet(ctx: XlContext, batch: Batch, out: OutputSheet, date1904: boolean): Promise<XlWorksheet> {
  await batch.reserve(out.name);
  const ws = ctx.workbook.worksheets.add(out.name);
  ws.names.add(SHEET_MARK_NAME, SHEET_MARK_FORMULA, 'tdr-check').visible = false;

  let width = 1;
  for (const row of out.rows) width = Math.max(width, row.length);
  const values = rectangle(out.rows, width, (c) => excelValue(c, date1904));

  // Values in blocks of rows; dates get their number format, one call per run of dated rows.
  const blockBytes = Math.min(BLOCK_BYTES, batch.budget / 2);
  for (const { start, rows } of blocks(values, rowBytes, blockBytes)) {
    await batch.reserve(rows);
    ws.getRangeByIndexes(start, 0, rows.length, width).values = rows;
  }
  for (let r = 0; r < out.rows.length; ) {
    if (!out.rows[r].some(isDate)) {
      r++;
      continue;
    }
    let end = r;
    while (end < out.rows.length && out.rows[end].some(isDate)) end++;
    const formats = rectangle(out.rows.slice(r, end), width, (c) => (isDate(c) ? out.dateFormat : 'General'));
    await batch.reserve(formats);
    ws.getRangeByIndexes(r, 0, end - r, width).numberFormat = formats;
    r = end;
  }

  for (let c = 0; c < out.columnWidths.length; c++) {
    await batch.reserve();
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charactersToPoints(out.columnWidths[c]);
  }
  for (const r of out.titleRows) {
    await batch.reserve();
    const font = ws.getRangeByIndexes(r, 0, 1, 1).format.font;
    font.bold = true;
    font.size = TITLE_SIZE;
  }
  for (const r of out.headerRows) {
    await batch.reserve();
    const format = ws.getRangeByIndexes(r, 0, 1, Math.max(1, out.rows[r]?.length ?? 1)).format;
    format.font.bold = true;
    format.fill.color = HEADER_FILL;
  }
  for (const r of out.boldRows) {
    await batch.reserve();
    ws.getRangeByIndexes(r, 0, 1, Math.max(1, out.rows[r]?.length ?? 1)).format.font.bold = true;
  }
  // Links: one call per column of links (in blocks of rows), each cell's own target; the cells
  // between two links get no property and stay as they are.
  for (const { col, top, cells } of linkColumns(out)) {
    for (const { start, rows } of blocks(cells, weigh, blockBytes)) {
      await batch.reserve(rows);
      ws.getRangeByIndexes(top + start, col, rows.length, 1).setCellProperties(rows);
    }
  }
  if (out.frozenRows > 0) {
    await batch.reserve();
    ws.freezePanes.freezeRows(out.frozenRows);
  }
  if (out.autoFilter) {
    await batch.reserve();
    ws.autoFilter.apply(out.autoFilter);
  }
  if (out.chart) {
    const spec = out.chart;
    await batch.reserve(spec);
    const chart = ws.charts.add('ColumnClustered', ws.getRange(spec.valuesRange), 'Columns');
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(spec.categoriesRange));
    chart.title.text = spec.title;
    chart.legend.visible = false;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    chart.setPosition(spec.anchor);
    chart.width = 480;
    chart.height = 260;
  }
  return ws;
}

/** Each column holding links, from its first link to its last, one cell properties row per row. */
function linkColumns(out: OutputSheet): { col: number; top: number; cells: Excel.SettableCellProperties[][] }[] {
  const byCol = new Map<number, PlanLink[]>();
  for (const link of out.links) {
    const list = byCol.get(link.col);
    if (list) list.push(link);
    else byCol.set(link.col, [link]);
  }
  return [...byCol].map(([col, links]) => {
    let top = Infinity;
    let bottom = -Infinity;
    for (const l of links) {
      top = Math.min(top, l.row);
      bottom = Math.max(bottom, l.row);
    }
    const cells: Excel.SettableCellProperties[][] = Array.from({ length: bottom - top + 1 }, () => [{}]);
    for (const l of links) {
      cells[l.row - top] = [{ hyperlink: { documentReference: documentReference(l.sheet, l.cell), screenTip: `${l.sheet}!${l.cell}` } }];
    }
    return { col, top, cells };
  });
}

/** Consecutive slices of `items` of about `maxBytes` each (at least one item). */
function* blocks<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number): Generator<{ start: number; rows: T[] }> {
  let start = 0;
  while (start < items.length) {
    let end = start;
    let bytes = 0;
    while (end < items.length && (end === start || bytes < maxBytes)) bytes += bytesOf(items[end++]);
    yield { start, rows: items.slice(start, end) };
    start = end;
  }
}

function rowBytes(row: readonly (string | number | boolean)[]): number {
  let n = 2;
  for (const v of row) n += (typeof v === 'string' ? v.length * 1.1 + 2 : 8) + 1;
  return n;
}
