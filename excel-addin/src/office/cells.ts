// How plan values become Excel values, and Excel addresses. Pure functions, no Office call.

import { columnName } from '../../../core/a1';
import type { PlanCell } from '../../../core/plan/types';
import { isoToDay } from '../../../core/values';

/** 1900 system: serial 25569 = 1970-01-01 (day 0 of the core). */
const EPOCH_1900 = 25569;
/** 1904 system: serial 0 = 1904-01-01 = day -24107. */
const EPOCH_1904 = 24107;

/** The serial of an ISO day in the workbook's date system, or null (bad date, before 1900-03-01). */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const day = isoToDay(iso);
  if (day === null) return null;
  const serial = day + (date1904 ? EPOCH_1904 : EPOCH_1900);
  return serial < (date1904 ? 0 : 61) ? null : serial;
}

/**
 * The value to write for a plan cell. A string is always written as text: Excel reads what an
 * add-in writes as if it were typed (`=…`, `+…`, `-2+3`, `@SUM(A1)` become formulas, `3/5` a
 * date), and a leading apostrophe is how a typed value is kept as text (the apostrophe is not
 * part of the value). Every non-empty string gets one, so nothing from the workbook is ever
 * parsed (S1).
 */
export function excelValue(cell: PlanCell | undefined, date1904: boolean): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  const serial = isoToSerial(cell.date, date1904);
  return serial === null ? `'${cell.date}` : serial;
}

/** `Membres` → `'Membres'`, `L'équipe` → `'L''équipe'`: a sheet name as a formula or link writes it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The link target of a cell of another sheet: `'Membres'!F12`. */
export function documentReference(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/** `A2:A1000` style range of one column from a 0-based column and 1-based rows. */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  const c = columnName(col);
  return `${c}${firstRow}:${c}${lastRow}`;
}

/**
 * Excel's column width is in points; the plan gives characters of the default font (Calibri 11:
 * 7 pixels a character plus 5 of padding, 0.75 point a pixel).
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A rectangular 2D array of `width` columns from ragged rows. */
export function rectangle<T, U>(rows: readonly (readonly T[])[], width: number, map: (cell: T | undefined) => U): U[][] {
  return rows.map((row) => {
    const out = new Array<U>(width);
    for (let c = 0; c < width; c++) out[c] = map(row[c]);
    return out;
  });
}
