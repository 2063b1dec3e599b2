// Applying the core's plan to the workbook: the highlight rules on the input sheets and the output
// sheets. Two `context.sync` on ordinary workbooks (P4: at most 3), more only when a request would
// pass Excel on the web's 5 MB (see batch.ts). The tool never writes an input sheet's cells or
// their own formats: highlights are conditional formats carrying the marker formula.
//
// First request:
//   1. the tool's previous highlight rules are deleted (found by `readWorkbook`);
//   2. the tool's previous output sheets that the plan replaces are renamed out of the way (so the
//      new sheets may take their names and the workbook never runs out of visible sheets);
//   3. one conditional format per highlight (a union of ranges, `=ISTEXT("tdr-check")`, a fill);
//   4. the new output sheets are added, and their ids loaded: the mark names the sheet's id (H1).
// Second request:
//   5. each output sheet: marked, values and date formats in blocks of rows, column widths, title
//      and header styles, links, frozen rows, the filter, the chart;
//   6. the renamed old sheets are deleted.
//
// What Excel would refuse is not asked (quality.md H4): a protected sheet keeps its highlights as
// they were, a workbook whose structure is protected gets no output sheet; each is reported as
// skipped. When Excel refuses a write all the same, what the attempt changed is undone (the new
// sheets deleted, the old ones given their names back: no `~tdr-check old N` is left behind), and
// the writes are made again one sheet at a time, so the other sheets are still done and the one
// refused is reported with Excel's reason.

import type { OutputSheet, Plan, PlanCell, PlanLink } from '../../../core/plan/types';
import type { SkippedSheet } from '../../../ui/host';
import { Batch, weigh } from './batch';
import { charactersToPoints, documentReference, excelValue, rectangle } from './cells';
import type { XlContext, XlWorksheet } from './excel-api';
import { readWorkbook, SHEET_MARK_NAME, sheetMarkFormula, type SheetState, type WorkbookRead } from './read';

export interface ApplyOptions {
  /** Activate an output sheet once written (the ribbon's Synthèse GEC shows the summary). */
  show?: 'findings' | 'summary';
  /** Request budget in bytes (tests lower it). */
  requestBudget?: number;
}

export interface ApplyResult {
  /** Sheets Excel would not let the tool write; everything else was written. */
  skipped: SkippedSheet[];
}

/** Fill of table header rows. */
export const HEADER_FILL = '#DDEBF7';
export const TITLE_SIZE = 14;
/** A block of rows written by one call stays under this many bytes (and half a request). */
const BLOCK_BYTES = 1_000_000;

/** The skipped entry for an Office.js error: AccessDenied is a protection, anything else a refusal. */
export function refusal(sheet: string, e: unknown): SkippedSheet {
  const code = e && typeof e === 'object' ? String((e as { code?: unknown }).code ?? '') : '';
  const message = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  const denied = code === 'AccessDenied' || /^AccessDenied\b/.test(message);
  return { sheet, reason: denied ? 'protected' : 'refused', detail: message };
}

/** What a write attempt changed, for undoing it after a refusal. */
interface Attempt {
  /** Old output sheets renamed out of the way: temporary name → their own name. */
  renamed: Map<string, string>;
  /** The names of the output sheets added. */
  added: Set<string>;
}

/** A new output sheet added in the first request, to be written in the second. */
interface Started {
  out: OutputSheet;
  ws: XlWorksheet;
}

export async function applyPlan(ctx: XlContext, plan: Plan, read: WorkbookRead, options: ApplyOptions = {}): Promise<ApplyResult> {
  const skipped: SkippedSheet[] = [];
  for (const s of read.sheets) {
    const touched = s.toolRules.length > 0 || plan.highlights.some((h) => h.sheet === s.name);
    if (s.protected && touched) skipped.push({ sheet: s.name, reason: 'protected', detail: '' });
  }
  const outputs = read.structureProtected ? [] : plan.sheets;
  if (read.structureProtected) for (const out of plan.sheets) skipped.push({ sheet: out.name, reason: 'protected', detail: '' });

  const attempt: Attempt = { renamed: new Map(), added: new Set() };
  try {
    const batch = new Batch(ctx, options.requestBudget);
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    for (const s of read.sheets) if (!s.protected) await queueHighlights(batch, s, plan);
    const old: XlWorksheet[] = [];
    const taken = new Set(read.sheets.map((s) => s.name.toLowerCase()));
    if (!read.structureProtected) {
      for (const name of plan.sheetsToDelete) {
        const s = read.sheets.find((x) => x.name === name);
        if (s && s.ownedByTool) old.push(await renameAway(batch, s, taken, attempt)); // R5: only the tool's own sheets.
      }
    }
    const started: Started[] = [];
    for (const out of outputs) started.push(await addOutputSheet(ctx, batch, out, attempt));
    await batch.flush();

    let shown: XlWorksheet | null = null;
    for (const st of started) {
      await writeOutputSheet(batch, st, read.date1904);
      if (options.show === st.out.kind) shown = st.ws;
    }
    for (const ws of old) {
      await batch.reserve();
      ws.delete();
    }
    if (shown) shown.activate();
    await batch.flush();
    return { skipped };
  } catch (e) {
    await undo(ctx, read, attempt, e);
    return { skipped: skipped.concat(await oneByOne(ctx, plan, outputs, options)) };
  }
}

/** The tool's old rules of a sheet out, its new highlights in (not on a protected sheet). */
async function queueHighlights(batch: Batch, s: SheetState, plan: Plan): Promise<void> {
  for (const rule of s.toolRules) {
    await batch.reserve();
    rule.delete();
  }
  const formula = `=${plan.markerFormula}`;
  for (const h of plan.highlights) {
    if (h.sheet !== s.name) continue;
    const address = h.ranges.join(',');
    await batch.reserve(address);
    const rule = s.sheet.getRanges(address).conditionalFormats.add('Custom');
    rule.custom.rule.formula = formula;
    rule.custom.format.fill.color = h.colour;
  }
}

/** Renames one of the tool's sheets that the plan replaces to a free temporary name. */
async function renameAway(batch: Batch, s: SheetState, taken: Set<string>, attempt: Attempt): Promise<XlWorksheet> {
  if (!s.ownedByTool) throw new Error(`tdr-check: ${s.name} is not the tool's`); // R5: never a user's sheet.
  let n = 1;
  while (taken.has(`~tdr-check old ${n}`)) n++;
  const temp = `~tdr-check old ${n}`;
  taken.add(temp);
  await batch.reserve(temp);
  s.sheet.name = temp;
  attempt.renamed.set(temp, s.name);
  return s.sheet;
}

/** Adds an output sheet and loads its id (the mark needs it). */
async function addOutputSheet(ctx: XlContext, batch: Batch, out: OutputSheet, attempt: Attempt): Promise<Started> {
  await batch.reserve(out.name);
  const ws = ctx.workbook.worksheets.add(out.name);
  ws.load('id');
  attempt.added.add(out.name);
  return { out, ws };
}

/**
 * After a refusal: deletes the output sheets the attempt added (those that are not a sheet the
 * read saw) and gives the renamed old sheets their names back. Two syncs. When even that is
 * refused, the first error stands.
 */
async function undo(ctx: XlContext, read: WorkbookRead, attempt: Attempt, cause: unknown): Promise<void> {
  if (attempt.added.size === 0 && attempt.renamed.size === 0) return;
  try {
    const now = ctx.workbook.worksheets.load('items/name,items/id');
    await ctx.sync();
    const before = new Set(read.sheets.map((s) => s.id));
    for (const ws of now.items) {
      if (!before.has(ws.id) && attempt.added.has(ws.name)) ws.delete();
    }
    for (const ws of now.items) {
      const original = attempt.renamed.get(ws.name);
      if (original !== undefined) ws.name = original;
    }
    await ctx.sync();
  } catch {
    throw cause;
  }
}

/**
 * The slow path after a refusal: the workbook read again, then each sheet written on its own
 * (its highlights; each output sheet with the old one it replaces), so that one refusal costs
 * only that sheet. A refused output sheet is undone like a whole attempt.
 */
async function oneByOne(ctx: XlContext, plan: Plan, outputs: readonly OutputSheet[], options: ApplyOptions): Promise<SkippedSheet[]> {
  const skipped: SkippedSheet[] = [];
  const read = await readWorkbook(ctx, { values: false });
  for (const s of read.sheets) {
    if (s.protected || (s.toolRules.length === 0 && !plan.highlights.some((h) => h.sheet === s.name))) continue;
    try {
      const batch = new Batch(ctx, options.requestBudget);
      await queueHighlights(batch, s, plan);
      await batch.flush();
    } catch (e) {
      skipped.push(refusal(s.name, e));
    }
  }
  const taken = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  let shown: XlWorksheet | null = null;
  for (const out of outputs) {
    const attempt: Attempt = { renamed: new Map(), added: new Set() };
    try {
      const batch = new Batch(ctx, options.requestBudget);
      const previous = read.sheets.find((x) => x.name === out.name && x.ownedByTool && plan.sheetsToDelete.includes(x.name));
      const old = previous ? await renameAway(batch, previous, taken, attempt) : null;
      const st = await addOutputSheet(ctx, batch, out, attempt);
      await batch.flush();
      await writeOutputSheet(batch, st, read.date1904);
      if (old) old.delete();
      await batch.flush();
      if (options.show === out.kind) shown = st.ws;
    } catch (e) {
      skipped.push(refusal(out.name, e));
      await undo(ctx, read, attempt, e).catch(() => undefined);
    }
  }
  if (shown) {
    shown.activate();
    await ctx.sync();
  }
  return skipped;
}

function isDate(c: PlanCell | undefined): boolean {
  return c !== null && typeof c === 'object';
}

/** Marks and writes an output sheet added by the previous request. */
async function writeOutputSheet(batch: Batch, started: Started, date1904: boolean): Promise<XlWorksheet> {
  const { out, ws } = started;
  await batch.reserve(out.name);
  ws.names.add(SHEET_MARK_NAME, sheetMarkFormula(ws.id), 'tdr-check').visible = false;

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
    format.wrapText = true;
  }
  // Long texts wrap: one call per column, whatever the number of rows (P4).
  for (const c of out.wrapColumns) {
    await batch.reserve();
    ws.getRangeByIndexes(0, c, Math.max(1, out.rows.length), 1).format.wrapText = true;
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
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(ws.getRange(spec.categoriesRange));
    chart.title.text = spec.title;
    chart.legend.visible = false;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    // Each bar in its GT's worst-finding colour (one call per GT, five), the score above it.
    spec.colours.forEach((colour, i) => series.points.getItemAt(i).format.fill.setSolidColor(colour));
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.numberFormat = '0.0';
    chart.setPosition(spec.anchor, spec.end);
  }
  if (out.trendChart) {
    // The 12-month lines beside the bars: one series per GT row of the trend table, given by rows
    // explicitly (Excel guesses otherwise, office-js#1830), named and coloured one by one (five
    // calls each, whatever the data), the months as categories. Not `series.add`, whose later
    // series Excel draws wrong (office-js#2927).
    const spec = out.trendChart;
    await batch.reserve(spec);
    const first = spec.series[0].range.split(':')[0];
    const last = spec.series[spec.series.length - 1].range.split(':')[1];
    const chart = ws.charts.add('Line', ws.getRange(`${first}:${last}`), 'Rows');
    chart.title.text = spec.title;
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 100;
    const months = ws.getRange(spec.monthsRange);
    spec.series.forEach((line, i) => {
      const series = chart.series.getItemAt(i);
      series.name = line.name;
      series.setXAxisValues(months);
      series.format.line.color = line.colour;
    });
    chart.setPosition(spec.anchor, spec.end);
  }
  // Rows grow to their wrapped texts, then the page setup: A4 landscape, one page wide.
  await batch.reserve();
  ws.getRangeByIndexes(0, 0, Math.max(1, out.rows.length), width).format.autofitRows();
  await batch.reserve();
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.centerHorizontally = true;
  if (out.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  const titles = out.print.titleRows;
  if (titles) layout.setPrintTitleRows(`$${titles[0] + 1}:$${titles[1] + 1}`);
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
      // A consolidated output links into the source file (scope.md): an address, not a reference.
      cells[l.row - top] = l.file
        ? [{ hyperlink: { address: `${l.file}#${documentReference(l.sheet, l.cell)}`, screenTip: `${l.file} › ${l.sheet}!${l.cell}` } }]
        : [{ hyperlink: { documentReference: documentReference(l.sheet, l.cell), screenTip: `${l.sheet}!${l.cell}` } }];
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
