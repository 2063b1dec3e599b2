// Workbooks for the Apps Script tests, with values as Apps Script's `getValues` gives them: a date
// cell is a `Date` at midnight of that day in the spreadsheet's time zone, a time-only cell a
// `Date` on 1899-12-30 at that wall-clock time in the zone (with the zone's offset of the time,
// Bamako's local mean time included), numbers, text and booleans as they are, blanks as ''.

import { buildSample, SAMPLE_FILE } from '../../examples/make-sample';
import type { NewSheet } from '../../cli/xlsx/write';
import type { Cell } from '../../core/types';
import { addSheet, cellAt, newSpreadsheetModel, type SheetModel, type SpreadsheetModel, type Value } from './fake-sheets';

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (to the second, as Intl reports it). */
function offsetAt(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock of `timeZone` shows the given date and time. */
export function zonedInstant(y: number, m: number, d: number, h: number, min: number, s: number, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d, h, min, s);
  let t = wall;
  for (let i = 0; i < 4; i++) {
    const next = wall - offsetAt(t, timeZone);
    if (next === t) break;
    t = next;
  }
  return t;
}

/** A day as Apps Script gives a date cell. `utcMidnight` is how the sample writes days. */
export function appsScriptDate(utcMidnight: Date, timeZone: string): Date {
  return new Date(zonedInstant(utcMidnight.getUTCFullYear(), utcMidnight.getUTCMonth() + 1, utcMidnight.getUTCDate(), 0, 0, 0, timeZone));
}

/** A day fraction (a time-only cell) as Apps Script gives it. */
export function appsScriptTime(fraction: number, timeZone: string): Date {
  const seconds = Math.round(fraction * 86400);
  return new Date(zonedInstant(1899, 12, 30, Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60, timeZone));
}

/** A serial date number (1900 system) as Apps Script gives it. */
export function appsScriptSerial(serial: number, timeZone: string): Date {
  return appsScriptDate(new Date(Math.round((serial - 25569) * MS_PER_DAY)), timeZone);
}

/** One sheet of the sample as Apps Script values. */
export function appsScriptRows(sheet: NewSheet, timeZone: string): Value[][] {
  const dates = new Set(sheet.dateColumns ?? []);
  const times = new Set(sheet.timeColumns ?? []);
  return sheet.rows.map((row, r) =>
    row.map((c: Cell, col): Value => {
      if (c === null || c === undefined) return '';
      if (c instanceof Date) return appsScriptDate(c, timeZone);
      if (typeof c === 'number' && r > 0 && times.has(col)) return appsScriptTime(c, timeZone);
      if (typeof c === 'number' && r > 0 && dates.has(col)) return appsScriptSerial(c, timeZone);
      return c;
    }),
  );
}

/** The sheets that grow with the secretariat's work, and how their rows are copied. */
const GROWING: Record<string, (row: Cell[], copy: number) => Cell[]> = {
  // Meeting and decision ids stay unique; a decision points at its copy of the meeting.
  Calendrier: (row, k) => [`${row[0]}-${k}`, ...row.slice(1)],
  Décisions: (row, k) => [`${row[0]}-${k}`, `${row[1]}-${k}`, ...row.slice(2)],
  Documents: (row) => row.slice(),
};

/**
 * The sample, or a larger one: the meetings, decisions and documents repeated `copies` times (17
 * copies make ten times the sample's rows). The sheets and severities with findings stay the same,
 * only their number grows.
 */
export function sampleSheets(copies = 1): NewSheet[] {
  return buildSample().sheets.map((sheet) => {
    const grow = GROWING[sheet.name];
    if (!grow || copies === 1) return sheet;
    const [header, ...data] = sheet.rows;
    const rows = [header, ...data];
    for (let k = 1; k < copies; k++) for (const row of data) rows.push(grow(row, k));
    return { ...sheet, rows };
  });
}

export const LARGE_COPIES = 17;

export function rowCount(sheets: readonly NewSheet[]): number {
  return sheets.reduce((n, s) => n + s.rows.length, 0);
}

export interface UserFormats {
  /** Sheet name → the user's conditional-format rules added. */
  rules: number;
}

/**
 * A spreadsheet model holding the workbook, plus what a user's real sheet carries and the tool must
 * leave alone: bold headers, fills, number formats on the date columns, a note, a merge, a data
 * validation and the user's own conditional-format rules.
 */
export function spreadsheetOf(sheets: readonly NewSheet[], timeZone = 'Africa/Bamako', name = SAMPLE_FILE): SpreadsheetModel {
  const model = newSpreadsheetModel(name, timeZone);
  for (const s of sheets) {
    const sheet = addSheet(model, s.name, appsScriptRows(s, timeZone));
    decorate(sheet, s);
  }
  return model;
}

function decorate(sheet: SheetModel, source: NewSheet): void {
  const width = source.rows[0]?.length ?? 1;
  for (let c = 0; c < width; c++) {
    const cell = cellAt(sheet, 0, c);
    cell.fontWeight = 'bold';
    cell.background = '#D9EAD3';
  }
  for (const c of source.dateColumns ?? []) for (let r = 1; r < source.rows.length; r++) cellAt(sheet, r, c).numberFormat = 'dd/mm/yyyy';
  for (const c of source.timeColumns ?? []) for (let r = 1; r < source.rows.length; r++) cellAt(sheet, r, c).numberFormat = 'hh:mm';
  sheet.frozenRows = 1;
  sheet.columnWidths = { 1: 120, 2: 90 };
  cellAt(sheet, 0, 0).note = 'Tenu par le SEG-PTF';
  sheet.merges = [`A${source.rows.length + 3}:C${source.rows.length + 3}`];
  cellAt(sheet, 1, 1).validation = { kind: 'list', list: ['a', 'b'], showDropdown: true, allowInvalid: true };
  // The user's own rules: one on the whole sheet, one on a column.
  sheet.rules.push(
    { criteria: 'TEXT_CONTAINS', values: ['urgent'], background: '#FF0000', fontColor: null, bold: null, ranges: [`A1:${String.fromCharCode(64 + Math.min(width, 26))}${source.rows.length}`] },
    { criteria: 'CUSTOM_FORMULA', values: ['=ISBLANK($A2)'], background: null, fontColor: '#999999', bold: true, ranges: ['B2:B'] },
  );
}
