// Highlights (outputs.md §1): each anchored, non-waived finding colours its cell, in the colour of
// its most severe finding; one conditional-format rule per sheet and severity over the union of
// the cells, split only where a host's limit on a rule's address requires it.

import { a1 } from '../a1';
import type { Finding, Severity } from '../types';
import { MAX_RANGE_AREAS, MAX_RANGE_CHARS, SEVERITY_COLOURS, type Highlight } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The highlight rules of a report, sheets in the order they first appear among the findings. */
export function buildHighlights(findings: readonly Finding[], maxChars = MAX_RANGE_CHARS): Highlight[] {
  // sheet → "row,col" → the most severe severity seen.
  const bySheet = new Map<string, Map<string, { row: number; col: number; severity: Severity }>>();
  for (const f of findings) {
    if (f.waived || f.sheet === null || f.row === null || f.col === null) continue;
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    const key = `${f.row},${f.col}`;
    const prev = cells.get(key);
    if (!prev) cells.set(key, { row: f.row, col: f.col, severity: f.severity });
    else if (RANK[f.severity] < RANK[prev.severity]) prev.severity = f.severity;
  }
  const out: Highlight[] = [];
  for (const [sheet, cells] of bySheet) {
    for (const severity of SEVERITIES) {
      const picked: { row: number; col: number }[] = [];
      for (const c of cells.values()) if (c.severity === severity) picked.push(c);
      if (picked.length === 0) continue;
      for (const ranges of chunk(rectangles(picked), maxChars)) {
        out.push({ sheet, severity, colour: SEVERITY_COLOURS[severity], ranges });
      }
    }
  }
  return out;
}

/**
 * Covers the cells with few A1 ranges: runs of consecutive rows per column, then neighbouring
 * columns with the same run merged into rectangles. Sorted by top row, then left column.
 */
export function rectangles(cells: readonly { row: number; col: number }[]): string[] {
  const rowsByCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = rowsByCol.get(col);
    if (list) list.push(row);
    else rowsByCol.set(col, [row]);
  }
  // "top:bottom" → the columns having exactly that run.
  const colsByRun = new Map<string, { top: number; bottom: number; cols: number[] }>();
  const columns = [...rowsByCol.keys()].sort((a, b) => a - b);
  for (const col of columns) {
    const rows = rowsByCol.get(col)!.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    const flush = () => {
      const key = `${start}:${prev}`;
      const run = colsByRun.get(key);
      if (run) run.cols.push(col);
      else colsByRun.set(key, { top: start, bottom: prev, cols: [col] });
    };
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      if (r === prev) continue;
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      flush();
      start = prev = r;
    }
    flush();
  }
  const rects: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const { top, bottom, cols } of colsByRun.values()) {
    let left = cols[0];
    let right = cols[0];
    for (let i = 1; i < cols.length; i++) {
      if (cols[i] === right + 1) {
        right = cols[i];
        continue;
      }
      rects.push({ top, bottom, left, right });
      left = right = cols[i];
    }
    rects.push({ top, bottom, left, right });
  }
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  return rects.map((r) => {
    const tl = a1(r.top, r.left);
    return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
  });
}

/**
 * Splits ranges into groups whose comma-joined text stays under `maxChars` characters and which
 * hold fewer than `maxAreas` ranges.
 */
export function chunk(ranges: readonly string[], maxChars: number, maxAreas = MAX_RANGE_AREAS): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const r of ranges) {
    const added = current.length === 0 ? r.length : r.length + 1;
    if (current.length > 0 && (length + added >= maxChars || current.length + 1 >= maxAreas)) {
      out.push(current);
      current = [];
      length = 0;
    }
    length += current.length === 0 ? r.length : r.length + 1;
    current.push(r);
  }
  if (current.length > 0) out.push(current);
  return out;
}
