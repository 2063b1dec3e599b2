// Reading the workbook: every sheet's used range as raw values (the snapshot the core validates),
// which sheets are the tool's, and which conditional formats are the tool's highlights.
//
// Two `context.sync` whatever the size of the workbook (P4):
//   1. the sheet list, the workbook's name and its date system;
//   2. for every sheet at once: the used range's values and position, its names (the tool's mark)
//      and its conditional formats with their formulas.
// When Excel on the web refuses the second response as too large (5 MB), the values are read
// again in blocks of rows, one more sync per block.
//
// Excel gives dates as serial numbers and errors as their text (`#N/A`); the core reads both by
// the column's kind. What tells a serial's day is the workbook's date system: DATE(1904;1;1) is
// serial 0 in the 1904 system and 1462 in the 1900 one, asked through `workbook.functions` (no
// API exposes the setting itself).

import { MARKER_FORMULA, TOOL_MARKER } from '../../../core/plan/types';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../../core/types';
import type { XlConditionalFormat, XlContext, XlRange, XlWorksheet } from './excel-api';

/** A hidden name scoped to a sheet marks the sheets the tool made (outputs.md §2). */
export const SHEET_MARK_NAME = 'TDRCHECK_OUTPUT';
export const SHEET_MARK_FORMULA = `="${TOOL_MARKER}"`;

/** Cells per block when a sheet must be read in parts. */
export const CHUNK_CELLS = 100_000;

export interface SheetState {
  sheet: XlWorksheet;
  name: string;
  visible: boolean;
  ownedByTool: boolean;
  /** The tool's highlight rules on this sheet (loaded proxies, ready to delete). */
  toolRules: XlConditionalFormat[];
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  sheets: SheetState[];
  date1904: boolean;
  workbookName: string;
}

export interface ReadOptions {
  /** Read the cells (false for clearing, which needs only the marks). */
  values?: boolean;
}

/** Whether a conditional-format formula is the tool's marker (`=ISTEXT("tdr-check")`). */
export function isToolFormula(formula: string | null | undefined): boolean {
  if (typeof formula !== 'string') return false;
  return formula.replace(/\s+/g, '').replace(/^=/, '').toUpperCase() === MARKER_FORMULA.toUpperCase();
}

function isMarkName(name: string): boolean {
  // Office may report a sheet-scoped name with its sheet (`Constats!TDRCHECK_OUTPUT`).
  const bare = name.slice(name.lastIndexOf('!') + 1);
  return bare.toUpperCase() === SHEET_MARK_NAME;
}

/** Office.js error codes of a request or response over Excel on the web's payload limit. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = e && typeof e === 'object' ? String((e as { code?: unknown }).code ?? '') : '';
  const message = e && typeof e === 'object' ? String((e as { message?: unknown }).message ?? '') : '';
  return /PayloadSizeLimitExceeded/i.test(code) || /PayloadSizeLimitExceeded/i.test(message);
}

export async function readWorkbook(ctx: XlContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const withValues = options.values !== false;
  const wb = ctx.workbook;
  const worksheets = wb.worksheets.load('items/name,items/visibility,items/position');
  wb.load('name');
  const dateProbe = wb.functions.date(1904, 1, 1).load('value');
  await ctx.sync();

  const sheets = [...worksheets.items].sort((a, b) => a.position - b.position);
  const date1904 = dateProbe.value === 0;
  const workbookName = wb.name;

  // The marks and rules are queued with the values; a refused sync delivers none of them, so the
  // slow path queues them again.
  const queueMarks = () =>
    sheets.map((sheet) => ({
      names: sheet.names.load('items/name'),
      rules: sheet.getRange().conditionalFormats.load({
        id: true,
        type: true,
        customOrNullObject: { rule: { formula: true } },
      }),
    }));
  let marks = queueMarks();
  const used = withValues ? sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex')) : [];

  let rows: Cell[][][];
  try {
    await ctx.sync();
    rows = sheets.map((_, i) => (withValues ? toRows(used[i]) : []));
  } catch (e) {
    if (!withValues || !isPayloadTooLarge(e)) throw e;
    marks = queueMarks();
    rows = await readInBlocks(ctx, sheets);
  }

  const states: SheetState[] = sheets.map((sheet, i) => ({
    sheet,
    name: sheet.name,
    visible: sheet.visibility === 'Visible',
    ownedByTool: marks[i].names.items.some((n) => isMarkName(n.name)),
    toolRules: marks[i].rules.items.filter(
      (cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isToolFormula(cf.customOrNullObject.rule.formula),
    ),
  }));
  const snapshotSheets: SheetSnapshot[] = states.map((s, i) => ({ name: s.name, rows: rows[i] ?? [] }));
  return {
    snapshot: { name: workbookName, sheets: snapshotSheets, date1904 },
    sheets: states,
    date1904,
    workbookName,
  };
}

/** The used range as sheet rows from row 1 and column A (the snapshot's shape). */
function toRows(used: XlRange): Cell[][] {
  if (used.isNullObject) return [];
  return place(used.values as Cell[][], used.rowIndex, used.columnIndex);
}

function place(values: Cell[][], rowIndex: number, columnIndex: number, into: Cell[][] = []): Cell[][] {
  for (let r = into.length; r < rowIndex; r++) into.push([]);
  const lead: Cell[] = columnIndex > 0 ? new Array<Cell>(columnIndex).fill(null) : [];
  for (let r = 0; r < values.length; r++) into[rowIndex + r] = columnIndex > 0 ? lead.concat(values[r]) : values[r];
  return into;
}

/**
 * The slow path for sheets too large for one response: the used ranges' extent first (with the
 * marks, queued again by the caller), then blocks of whole rows, as many per sync as fit in a
 * budget of cells (CHUNK_CELLS). When a sync is still refused, the budget is halved and the blocks
 * split to fit it, down to one row.
 */
async function readInBlocks(ctx: XlContext, sheets: XlWorksheet[]): Promise<Cell[][][]> {
  const extents = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await ctx.sync();

  interface Block {
    sheet: number;
    row: number;
    rows: number;
  }
  const width = (b: Block) => Math.max(1, extents[b.sheet].columnCount);
  /** Cuts a block into blocks of at most `budget` cells (at least one row each). */
  const cut = (b: Block, budget: number): Block[] => {
    const per = Math.max(1, Math.floor(budget / width(b)));
    const parts: Block[] = [];
    for (let r = 0; r < b.rows; r += per) parts.push({ sheet: b.sheet, row: b.row + r, rows: Math.min(per, b.rows - r) });
    return parts;
  };

  let budget = CHUNK_CELLS;
  const queue: Block[] = [];
  extents.forEach((e, i) => {
    if (!e.isNullObject) queue.push(...cut({ sheet: i, row: 0, rows: e.rowCount }, budget));
  });
  const out: Cell[][][] = sheets.map(() => []);

  while (queue.length > 0) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const size = queue[0].rows * width(queue[0]);
      if (batch.length > 0 && cells + size > budget) break;
      batch.push(queue.shift()!);
      cells += size;
    }
    const ranges = batch.map((b) => {
      const e = extents[b.sheet];
      return sheets[b.sheet].getRangeByIndexes(e.rowIndex + b.row, e.columnIndex, b.rows, e.columnCount).load('values');
    });
    try {
      await ctx.sync();
    } catch (err) {
      if (!isPayloadTooLarge(err) || (batch.length === 1 && batch[0].rows === 1)) throw err;
      budget = Math.max(1, Math.floor(budget / 2));
      queue.unshift(...batch.flatMap((b) => cut(b, budget)));
      continue;
    }
    batch.forEach((b, k) => {
      const e = extents[b.sheet];
      place(ranges[k].values as Cell[][], e.rowIndex + b.row, e.columnIndex, out[b.sheet]);
    });
  }
  return out;
}
