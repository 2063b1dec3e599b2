// What the pane writes when the user confirms correspondences (workbook.md, "Correspondances"):
// a new `Correspondances` sheet, or new rows at the end of the existing one, under its own
// columns. Only rows the sheet does not hold yet; nothing else of the workbook is touched. Pure:
// each host turns the plan into one write of one block of cells.

import { normalise } from '../text';
import type { Lang, SheetSnapshot } from '../types';
import { DEFAULT_READ_OPTIONS, isBlank, readText } from '../values';
import { findMappingSheet, MAPPING_SPEC } from './mapping';
import { IssueLog, SheetReader } from './sheet-reader';

/** One correspondence as the pane confirms it, in the sheet's words (`Colonne`, `Membres › Rôle`). */
export interface MappingRowInput {
  item: string;
  tool: string;
  user: string;
}

export interface MappingWritePlan {
  /** The sheet to write: the existing one, or the new one to add. */
  sheet: string;
  create: boolean;
  /** 0-based position of the block's top-left cell. */
  row: number;
  col: number;
  /** The block, rectangular; empty when every row is already there. */
  values: string[][];
  /** How many correspondences the block adds. */
  added: number;
}

const key = (r: MappingRowInput) => [r.item, r.tool, r.user].map((x) => normalise(x)).join('\u0000');

export function planMappingWrite(sheets: readonly SheetSnapshot[], input: readonly MappingRowInput[], lang: Lang): MappingWritePlan {
  const existing = findMappingSheet(sheets);
  const header = MAPPING_SPEC.columns.map((c) => (lang === 'fr' ? c.fr : c.en));
  // The same row twice in the request is written once.
  const seen = new Set<string>();
  const rows = input.filter((r) => {
    const k = key(r);
    if (seen.has(k) || r.user.trim() === '' || r.tool.trim() === '') return false;
    seen.add(k);
    return true;
  });
  if (!existing) {
    const name = lang === 'fr' ? MAPPING_SPEC.fr : MAPPING_SPEC.en;
    const values = rows.length ? [header, ...rows.map((r) => [r.item, r.tool, r.user])] : [];
    return { sheet: name, create: true, row: 0, col: 0, values, added: rows.length };
  }

  const reader = new SheetReader<'item' | 'tool' | 'user'>(existing, MAPPING_SPEC, new IssueLog(), DEFAULT_READ_OPTIONS);
  let last = -1;
  existing.rows.forEach((r, i) => {
    if (r && r.some((c) => c !== false && !isBlank(c))) last = i;
  });
  if (reader.headerRow === null) {
    // No header (an empty sheet, or one the user typed anything in): header and rows below.
    const values = rows.length ? [header, ...rows.map((r) => [r.item, r.tool, r.user])] : [];
    return { sheet: existing.name, create: false, row: last + 1, col: 0, values, added: rows.length };
  }
  // Under the sheet's own columns, skipping the rows it already holds.
  const cols = { item: reader.columns.item ?? -1, tool: reader.columns.tool ?? -1, user: reader.columns.user ?? -1 };
  const have = new Set<string>();
  for (const r of reader.dataRows) {
    const text = (c: number) => (c < 0 ? '' : readText(existing.rows[r - 1]?.[c] ?? null));
    have.add(key({ item: text(cols.item), tool: text(cols.tool), user: text(cols.user) }));
  }
  const fresh = rows.filter((r) => !have.has(key(r)));
  // Columns the header lacks go to the right of it.
  let next = Math.max(...Object.values(cols), (existing.rows[reader.headerRow - 1] ?? []).length - 1) + 1;
  for (const f of ['item', 'tool', 'user'] as const) if (cols[f] < 0) cols[f] = next++;
  const left = Math.min(cols.item, cols.tool, cols.user);
  const width = Math.max(cols.item, cols.tool, cols.user) - left + 1;
  const values = fresh.map((r) => {
    const out = Array.from({ length: width }, () => '');
    out[cols.item - left] = r.item;
    out[cols.tool - left] = r.tool;
    out[cols.user - left] = r.user;
    return out;
  });
  return { sheet: existing.name, create: false, row: Math.max(last + 1, reader.headerRow), col: left, values, added: fresh.length };
}
