// Reading the workbook: the input sheets' used ranges as raw values (the snapshot the core
// validates), which sheets are the tool's, and which conditional formats are the tool's highlights.
//
// Two `context.sync` whatever the size of the workbook (P4):
//   1. the sheet list (names, ids, protection), the workbook's name, its date system and whether
//      its structure is protected;
//   2. for every sheet at once: its names (the tool's mark) and its conditional formats with their
//      formulas; for the input sheets only (`Groupes`, `Membres`…, found by name as the core finds
//      them), the used range's values and position (quality.md H5: a user's other sheets, however
//      large, are never read). The tool's history sheet (`Historique`) is read in the same request:
//      its mark arrives with that very request, so the sheets that have its name are read, and
//      only the one carrying the mark is kept (presentation.md §1; no third sync).
// When Excel refuses the second request for its size (the 5 MB payload limit of Excel on the
// web, or the 5,000,000-cell limit of one read), the values are read again in blocks of rows, one
// more sync per block.
//
// A sheet is the tool's only when its mark, a hidden sheet-scoped name, names that very sheet's
// id (H1): Excel copies sheet-scoped names with the sheet, so a user's copy of `Constats` carries
// the mark too, but with the id of the sheet it was copied from, and stays the user's.
//
// Excel gives dates as serial numbers and errors as their text (`#N/A`); the core reads both by
// the column's kind. What tells a serial's day is the workbook's date system: DATE(1904;1;1) is
// serial 0 in the 1904 system and 1462 in the 1900 one, asked through `workbook.functions` (no
// API exposes the setting itself).

import { historySheetName, isHistoryName } from '../../../core/plan/sheet-names';
import { MARKER_FORMULA, TOOL_MARKER } from '../../../core/plan/types';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../../core/types';
import { IssueLog } from '../../../core/workbook/sheet-reader';
import { findMappingSheet, readMapping } from '../../../core/workbook/mapping';
import type { XlConditionalFormat, XlContext, XlRange, XlWorksheet } from './excel-api';

/** A hidden name scoped to a sheet marks the sheets the tool made (outputs.md §2). */
export const SHEET_MARK_NAME = 'TDRCHECK_OUTPUT';

/** The mark's formula: a text naming the sheet's own id (`="tdr-check {…id…}"`). */
export function sheetMarkFormula(sheetId: string): string {
  return `="${TOOL_MARKER} ${sheetId.replace(/"/g, '""')}"`;
}

/** Cells per block when a sheet must be read in parts. */
export const CHUNK_CELLS = 100_000;

export interface SheetState {
  sheet: XlWorksheet;
  name: string;
  /** `Worksheet.id`: stable across renames, new for a copy. */
  id: string;
  visible: boolean;
  /** The sheet is protected: Excel refuses every write to it (H4). */
  protected: boolean;
  /** One of the sheets the core reads (its values were read). */
  input: boolean;
  ownedByTool: boolean;
  /** The tool's highlight rules on this sheet (loaded proxies, ready to delete). */
  toolRules: XlConditionalFormat[];
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  sheets: SheetState[];
  date1904: boolean;
  workbookName: string;
  /** The workbook's structure is protected: no sheet can be added, renamed or deleted (H4). */
  structureProtected: boolean;
  /** The rows of the tool's history sheet ([] when it has none); null when cells were not read. */
  history: Cell[][] | null;
}

export interface ReadOptions {
  /** Read the cells (false for clearing, which needs only the marks). */
  values?: boolean;
  /** Read every sheet's cells, not only the input sheets (the Correspondances suggestions). */
  allSheets?: boolean;
}

/** Whether a conditional-format formula is the tool's marker (`=ISTEXT("tdr-check")`). */
export function isToolFormula(formula: string | null | undefined): boolean {
  if (typeof formula !== 'string') return false;
  return formula.replace(/\s+/g, '').replace(/^=/, '').toUpperCase() === MARKER_FORMULA.toUpperCase();
}

/** Whether a name is the tool's mark naming the sheet `sheetId`. */
export function isMarkOf(name: { name: string; formula: unknown }, sheetId: string): boolean {
  // Office may report a sheet-scoped name with its sheet (`Constats!TDRCHECK_OUTPUT`).
  const bare = name.name.slice(name.name.lastIndexOf('!') + 1);
  if (bare.toUpperCase() !== SHEET_MARK_NAME) return false;
  return typeof name.formula === 'string' && name.formula.replace(/\s+/g, ' ').trim() === sheetMarkFormula(sheetId);
}

/**
 * Office.js errors that say a request was too large to run at once: the payload limits of Excel
 * on the web (request or response over 5 MB) and the cells one read may return (5,000,000).
 */
export function isSizeError(e: unknown): boolean {
  const code = e && typeof e === 'object' ? String((e as { code?: unknown }).code ?? '') : '';
  const message = e && typeof e === 'object' ? String((e as { message?: unknown }).message ?? '') : '';
  const size = /PayloadSizeLimitExceeded|RangeExceedsLimit/i;
  return size.test(code) || size.test(message);
}

/** The Correspondances sheet among `names` (workbook.md), or -1. */
export function mappingSheetIndex(names: readonly string[]): number {
  const stubs = names.map((name) => ({ name, rows: [] as Cell[][] }));
  const found = findMappingSheet(stubs);
  return found ? stubs.indexOf(found) : -1;
}

/**
 * The input sheets among `names`, as the core finds them: by name, the first of each kind; through
 * the Correspondances sheet when its rows are given (it is then an input sheet too).
 */
export function inputSheetIndexes(names: readonly string[], mappingRows: Cell[][] | null = null): Set<number> {
  const stubs = names.map((name) => ({ name, rows: [] as Cell[][] }));
  const found = new Set<number>();
  const m = mappingSheetIndex(names);
  if (m >= 0 && mappingRows) {
    stubs[m].rows = mappingRows;
    found.add(m);
  }
  const located = readMapping(stubs, new IssueLog(), { date1904: false, timeZone: 'Africa/Bamako' }).located;
  for (const stub of located.values()) found.add(stubs.indexOf(stub));
  return found;
}

export async function readWorkbook(ctx: XlContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const withValues = options.values !== false;
  const wb = ctx.workbook;
  const worksheets = wb.worksheets.load('items/name,items/visibility,items/position,items/id,items/protection/protected');
  wb.load('name');
  const protection = wb.protection.load('protected');
  const dateProbe = wb.functions.date(1904, 1, 1).load('value');
  await ctx.sync();

  const sheets = [...worksheets.items].sort((a, b) => a.position - b.position);
  const date1904 = dateProbe.value === 0;
  const workbookName = wb.name;
  const names = sheets.map((s) => s.name);
  let inputs = inputSheetIndexes(names);
  // A Correspondances sheet names input sheets too: its cells first (one more sync, only then).
  const mapping = withValues && !options.allSheets ? mappingSheetIndex(names) : -1;
  if (mapping >= 0) {
    const used = sheets[mapping].getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    await ctx.sync();
    inputs = inputSheetIndexes(names, toRows(used));
  }
  // The history sheet's candidates by name: which one is the tool's is known once marks are in.
  const historyCandidate = names.map((n) => withValues && !options.allSheets && isHistoryName(n));
  const read = sheets.map((_, i) => withValues && (options.allSheets === true || inputs.has(i) || historyCandidate[i]));

  // The marks and rules are queued with the values; a refused sync delivers none of them, so the
  // slow path queues them again.
  const queueMarks = () =>
    sheets.map((sheet) => ({
      names: sheet.names.load('items/name,items/formula'),
      rules: sheet.getRange().conditionalFormats.load({
        id: true,
        type: true,
        customOrNullObject: { rule: { formula: true } },
      }),
    }));
  let marks = queueMarks();
  const used = sheets.map((sheet, i) => (read[i] ? sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') : null));

  let rows: Cell[][][];
  try {
    await ctx.sync();
    rows = used.map((u) => (u ? toRows(u) : []));
  } catch (e) {
    if (!withValues || !isSizeError(e)) throw e;
    marks = queueMarks();
    rows = await readInBlocks(ctx, sheets, read);
  }

  const states: SheetState[] = sheets.map((sheet, i) => ({
    sheet,
    name: sheet.name,
    id: sheet.id,
    visible: sheet.visibility === 'Visible',
    protected: sheet.protection.protected,
    input: inputs.has(i),
    ownedByTool: marks[i].names.items.some((n) => isMarkOf(n, sheet.id)),
    toolRules: marks[i].rules.items.filter(
      (cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isToolFormula(cf.customOrNullObject.rule.formula),
    ),
  }));
  // The core reads the input sheets; the history goes to the plan, and a user's sheet that only
  // has its name is dropped unread by anyone.
  const snapshotSheets: SheetSnapshot[] = states.map((s, i) => ({ name: s.name, rows: (historyCandidate[i] && !inputs.has(i) ? null : rows[i]) ?? [] }));
  const historyName = historySheetName(states);
  const historyIndex = states.findIndex((s) => s.name === historyName);
  return {
    snapshot: { name: workbookName, sheets: snapshotSheets, date1904 },
    sheets: states,
    date1904,
    workbookName,
    structureProtected: protection.protected,
    history: withValues && !options.allSheets ? (historyIndex >= 0 ? rows[historyIndex] ?? [] : []) : null,
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
async function readInBlocks(ctx: XlContext, sheets: XlWorksheet[], read: readonly boolean[]): Promise<Cell[][][]> {
  const extents = sheets.map((sheet, i) => (read[i] ? sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') : null));
  await ctx.sync();

  interface Block {
    sheet: number;
    row: number;
    rows: number;
  }
  const width = (b: Block) => Math.max(1, extents[b.sheet]!.columnCount);
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
    if (e && !e.isNullObject) queue.push(...cut({ sheet: i, row: 0, rows: e.rowCount }, budget));
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
      const e = extents[b.sheet]!;
      return sheets[b.sheet].getRangeByIndexes(e.rowIndex + b.row, e.columnIndex, b.rows, e.columnCount).load('values');
    });
    try {
      await ctx.sync();
    } catch (err) {
      if (!isSizeError(err) || (batch.length === 1 && batch[0].rows === 1)) throw err;
      budget = Math.max(1, Math.floor(budget / 2));
      queue.unshift(...batch.flatMap((b) => cut(b, budget)));
      continue;
    }
    batch.forEach((b, k) => {
      const e = extents[b.sheet]!;
      place(ranges[k].values as Cell[][], e.rowIndex + b.row, e.columnIndex, out[b.sheet]);
    });
  }
  return out;
}
