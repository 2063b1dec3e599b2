// Plan cells as Sheets values. `Range.setValues` reads a string the way Sheets reads typing: `=…`
// becomes a formula, `3/5` a date, `1,5` a number (in a French locale). Every string is therefore
// written with a leading apostrophe, which Sheets takes as "this is text" and does not keep in the
// value (S1: `=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(A1)` stay literal text).

import { isoToDay } from '../../core/values';
import type { PlanCell } from '../../core/plan';

/** Sheets' day 0 is 1899-12-30; core days count from 1970-01-01. */
const SERIAL_OF_1970 = 25569;

/** The value to give `setValues` for a plan cell. */
export function sheetValue(cell: PlanCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell === '' ? '' : "'" + cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  // A whole day as a serial number: the cell's date format shows it as a date, and no time zone
  // comes into play (a Date object would be read in the spreadsheet's zone).
  const day = isoToDay(cell.date);
  return day === null ? "'" + cell.date : day + SERIAL_OF_1970;
}

/** True for `{ date }` cells. */
export function isDateCell(cell: PlanCell | undefined): boolean {
  return cell !== null && typeof cell === 'object';
}

/** The text a cell shows, for rich-text runs (links). */
export function cellText(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell);
}

/** Rows padded to one width, as `setValues` wants a rectangle. */
export function sheetValues(rows: readonly (readonly PlanCell[])[]): { values: (string | number | boolean)[][]; width: number } {
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  const values = rows.map((r) => {
    const out: (string | number | boolean)[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = sheetValue(r[c]);
    return out;
  });
  return { values, width };
}
