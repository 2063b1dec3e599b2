// Cell values: what hosts hand over, read as the kinds of workbook.md ("Cell values").
// Hosts differ (Excel and .xlsx give date serials, Apps Script gives Date objects, error cells
// arrive as their text), so every reader accepts each form and returns the value or INVALID.
//
// Whole days are Day numbers (days since 1970-01-01) computed with integer civil-calendar
// arithmetic: nothing here depends on the machine's time zone (no local-time Date getters).

import type { Cell, Day } from './types';
import { normalise } from './text';

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface ReadOptions {
  /** Excel's 1904 date system (serial 0 = 1904-01-01). */
  date1904: boolean;
  /** IANA time zone in which Date values are read (workbook default: 'Africa/Bamako', UTC+0). */
  timeZone: string;
}

export const DEFAULT_TIME_ZONE = 'Africa/Bamako';
export const DEFAULT_READ_OPTIONS: ReadOptions = Object.freeze({ date1904: false, timeZone: DEFAULT_TIME_ZONE });

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Blank and error values.
// ---------------------------------------------------------------------------------------------

/** null, undefined, '' or a string of white space only. */
export function isBlank(c: Cell): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c !== 'string') return false;
  if (c.length === 0) return true;
  // Most text starts with a printable ASCII character: not blank, without trimming a copy.
  const c0 = c.charCodeAt(0);
  if (c0 > 32 && c0 < 127) return false;
  return c.trim().length === 0;
}

const ERROR_CODES = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#GETTING_DATA', '#SPILL!', '#CALC!',
]);

const LEADING_SPACE = /^\s/;

/** The spreadsheet error code (upper case) when `c` is the text of one (`#N/A`, `#ref!`), else null. */
export function errorValue(c: Cell): string | null {
  if (typeof c !== 'string') return null;
  // Cheap rejection: error texts start with '#' (after optional white space). A printable ASCII
  // first character other than '#' settles it without the regular expression (the common case).
  const c0 = c.charCodeAt(0);
  if (c0 !== 35 && ((c0 > 32 && c0 < 127) || !LEADING_SPACE.test(c))) return null;
  const u = c.trim().toUpperCase();
  return ERROR_CODES.has(u) ? u : null;
}

// ---------------------------------------------------------------------------------------------
// Day helpers (proleptic Gregorian calendar, integer arithmetic).
// ---------------------------------------------------------------------------------------------

/** Day number of a calendar date (days from civil, H. Hinnant). No validation: see isValidYmd. */
export function dayFromYmd(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const mp = m > 2 ? m - 3 : m + 9; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day number (civil from days). */
export function ymdOfDay(day: Day): { y: number; m: number; d: number } {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** A real calendar date with year 1..9999. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return n >= 1000 ? String(n) : String(n).padStart(4, '0');
}

/** `YYYY-MM-DD`. */
export function dayToIso(day: Day): string {
  const { y, m, d } = ymdOfDay(day);
  return pad4(y) + '-' + pad2(m) + '-' + pad2(d);
}

const STRICT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD` (a real date), else null. */
export function isoToDay(s: string): Day | null {
  const m = STRICT_ISO.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

/** Today's date in `timeZone` (default Africa/Bamako). */
export function todayDay(timeZone: string = DEFAULT_TIME_ZONE): Day {
  return instantParts(Date.now(), timeZone).day;
}

/** fr `15/03/2026`, en `2026-03-15`. */
export function formatDay(day: Day, lang: 'fr' | 'en'): string {
  if (lang === 'en') return dayToIso(day);
  const { y, m, d } = ymdOfDay(day);
  return pad2(d) + '/' + pad2(m) + '/' + pad4(y);
}

/** Minutes since midnight as `HH:MM` (540 → `09:00`). */
export function formatTime(minutes: number): string {
  const t = Math.round(minutes);
  return pad2(Math.floor(t / 60)) + ':' + pad2(t % 60);
}

// ---------------------------------------------------------------------------------------------
// Instants (JS Date) in a time zone.
// ---------------------------------------------------------------------------------------------

/** Zones that are UTC at every instant. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'GMT', 'Etc/GMT', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'GMT0', 'Etc/Greenwich', 'Greenwich']);
/**
 * Africa/Bamako (a link to Africa/Abidjan) is UTC+0 since 1912-01-01; before that it is local mean
 * time (-0:16:08). Apps Script hands over time-only cells as Dates on 1899-12-30 built with that
 * historical offset, so instants before the cut-off go through Intl (which applies it) and read
 * back the wall-clock time that was typed.
 */
const UTC_SINCE = new Map<string, number>([
  ['Africa/Bamako', Date.UTC(1912, 0, 2)],
  ['Africa/Abidjan', Date.UTC(1912, 0, 2)],
]);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone (see isValidTimeZone).
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (UTC_ZONES.has(timeZone) || UTC_SINCE.has(timeZone)) return true;
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface InstantParts {
  /** The calendar date in the zone. */
  day: Day;
  /** Milliseconds since local midnight in the zone. */
  msOfDay: number;
}

/** A small cache of zone look-ups by instant (sheets repeat the same dates). */
const partsCache = new Map<string, Map<number, InstantParts>>();
const PARTS_CACHE_LIMIT = 20_000;

/** Calendar date and time of day of an instant (ms since the epoch) in `timeZone`. */
function instantParts(ms: number, timeZone: string): InstantParts {
  const utcSince = UTC_SINCE.get(timeZone);
  if ((utcSince !== undefined && ms >= utcSince) || UTC_ZONES.has(timeZone)) {
    const day = Math.floor(ms / MS_PER_DAY);
    return { day, msOfDay: ms - day * MS_PER_DAY };
  }
  let cache = partsCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    partsCache.set(timeZone, cache);
  }
  const hit = cache.get(ms);
  if (hit) return hit;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  let bc = false;
  for (const p of formatterOf(timeZone).formatToParts(ms)) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value; break;
      case 'minute': mi = +p.value; break;
      case 'second': s = +p.value; break;
      case 'era': bc = p.value.toUpperCase().startsWith('B'); break;
      default: break;
    }
  }
  if (bc) y = 1 - y;
  const msInSecond = ((ms % 1000) + 1000) % 1000;
  const result: InstantParts = {
    day: dayFromYmd(y, mo, d),
    msOfDay: ((h * 60 + mi) * 60 + s) * 1000 + msInSecond,
  };
  if (cache.size >= PARTS_CACHE_LIMIT) cache.clear();
  cache.set(ms, result);
  return result;
}

const MIN_DAY = dayFromYmd(1, 1, 1);
const MAX_DAY = dayFromYmd(9999, 12, 31);

function dateParts(c: Date, timeZone: string): InstantParts | Invalid {
  const ms = c.getTime();
  if (!Number.isFinite(ms)) return INVALID;
  const parts = instantParts(ms, timeZone);
  return parts.day < MIN_DAY || parts.day > MAX_DAY ? INVALID : parts;
}

// ---------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------

/** Largest serial Excel accepts (9999-12-31 in the 1900 system). */
const MAX_SERIAL = 2958465;
/** 1900 system: serial 25569 = 1970-01-01 (from serial 61 on, after the phantom 1900-02-29). */
const EPOCH_1900 = 25569;
/** 1904 system: serial 0 = 1904-01-01 = day -24107. */
const EPOCH_1904 = -dayFromYmd(1904, 1, 1);

/** A date serial's day, or INVALID. The fraction (time of day) is dropped. */
export function serialToDay(serial: number, date1904: boolean): Day | Invalid {
  if (!Number.isFinite(serial) || serial < 0) return INVALID;
  const s = Math.floor(serial);
  if (date1904) {
    const day = s - EPOCH_1904;
    return day > MAX_DAY ? INVALID : day;
  }
  if (s > MAX_SERIAL) return INVALID;
  // Serial 0 is Excel's "1900-01-00" and 60 its phantom 1900-02-29: neither is a date.
  if (s === 0 || s === 60) return INVALID;
  return s < 60 ? s - EPOCH_1900 + 1 : s - EPOCH_1900;
}

// ISO date, optional time suffix (`T09:00`, ` 09:00:00Z`...) ignored.
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)\d.*)?$/;
// Day first: `15/03/2026`, `15-03-2026`, `15.03.2026`, `15/3/26`, same separator twice; an
// optional time after white space (`15/03/2026 09:00`) is ignored.
const DMY_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}[:hH].*)?$/;

/** Day of a date written as text, or INVALID. */
export function parseDateText(text: string): Day | Invalid {
  const t = text.trim();
  let y: number, m: number, d: number;
  let r = ISO_DATE.exec(t);
  if (r) {
    y = +r[1];
    m = +r[2];
    d = +r[3];
  } else if ((r = DMY_DATE.exec(t))) {
    d = +r[1];
    m = +r[3];
    y = r[4].length === 2 ? 2000 + +r[4] : +r[4];
  } else {
    return INVALID;
  }
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : INVALID;
}

/**
 * A date cell (not blank): a serial number (1900 or 1904 system), a Date (its calendar date in
 * `o.timeZone`), or text (`2026-03-15`, `2026-03-15T09:00`, `15/03/2026`, `15/03/26`,
 * `15-03-2026`, `15.03.2026`). Anything else, and impossible dates, give INVALID.
 */
export function readDate(c: Cell, o: ReadOptions): Day | Invalid {
  if (typeof c === 'number') return serialToDay(c, o.date1904);
  if (typeof c === 'string') return parseDateText(c);
  if (c instanceof Date) {
    const p = dateParts(c, o.timeZone);
    return p === INVALID ? INVALID : p.day;
  }
  return INVALID;
}

// ---------------------------------------------------------------------------------------------
// Times.
// ---------------------------------------------------------------------------------------------

const MINUTES_PER_DAY = 1440;

/** Minutes of a fraction of a day, rounded to the minute (never 24:00: 23:59:40 stays 23:59). */
function fractionToMinutes(f: number): number {
  return Math.min(MINUTES_PER_DAY - 1, Math.round(f * MINUTES_PER_DAY));
}

// `9:00`, `09h00`, `9h`, `9h30`, `14:05`, `9 h 30`, `09:00:00`.
const TIME_TEXT = /^(\d{1,2})\s*[:hH]\s*(?:(\d{2})(?:\s*:\s*(\d{2}))?)?$/;

/** Minutes since midnight of a time written as text, or INVALID. Seconds are ignored. */
export function parseTimeText(text: string): number | Invalid {
  const r = TIME_TEXT.exec(text.trim());
  if (!r) return INVALID;
  const h = +r[1];
  const mi = r[2] === undefined ? 0 : +r[2];
  const s = r[3] === undefined ? 0 : +r[3];
  if (h > 23 || mi > 59 || s > 59) return INVALID;
  return h * 60 + mi;
}

/**
 * A time cell, as minutes since midnight: a day fraction in [0, 1) (0.375 → 540), a date-time
 * serial (its fraction), text (`9:00`, `09h00`, `9h`, `9h30`, `14:05`, `9 h 30`), or a Date (its
 * time of day in `o.timeZone`; Apps Script gives times as Dates on 1899-12-30). Else INVALID.
 */
export function readTime(c: Cell, o: ReadOptions): number | Invalid {
  if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 0) return INVALID;
    if (c < 1) return fractionToMinutes(c);
    const f = c - Math.floor(c);
    // A whole number ≥ 1 is a date (or an hour written as a bare number): not a time.
    return f === 0 ? INVALID : fractionToMinutes(f);
  }
  if (typeof c === 'string') return parseTimeText(c);
  if (c instanceof Date) {
    const p = dateParts(c, o.timeZone);
    return p === INVALID ? INVALID : Math.min(MINUTES_PER_DAY - 1, Math.round(p.msOfDay / 60_000));
  }
  return INVALID;
}

// ---------------------------------------------------------------------------------------------
// Yes/no, numbers, rates, day-month.
// ---------------------------------------------------------------------------------------------

const YES = new Set(['oui', 'o', 'yes', 'y', 'x', 'vrai', 'true', '1']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

/** `Oui O Yes Y X Vrai True 1`, true, 1 → true; `Non N No Faux False 0`, false, 0 → false. */
export function readYesNo(c: Cell): boolean | Invalid {
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c === 1 ? true : c === 0 ? false : INVALID;
  if (typeof c === 'string') {
    const n = normalise(c);
    if (YES.has(n)) return true;
    if (NO.has(n)) return false;
  }
  return INVALID;
}

// `12`, `-3`, `12,5`, `12.5`, `,5`; `1 000`, `1 000 000,25` (groups of three after a space,
// including no-break spaces).
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const GROUP_SEPARATORS = /[ \u00a0\u202f]/g;

/** A number written as text, or INVALID. */
export function parseNumberText(text: string): number | Invalid {
  const t = text.trim();
  let s: string;
  if (PLAIN_NUMBER.test(t)) s = t;
  else if (GROUPED_NUMBER.test(t)) s = t.replace(GROUP_SEPARATORS, '');
  else return INVALID;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : INVALID;
}

/** A number, or text of one (`12`, `12,5`, ` 12.5 `, `1 000`). */
export function readNumber(c: Cell): number | Invalid {
  if (typeof c === 'number') return Number.isFinite(c) ? c : INVALID;
  if (typeof c === 'string') return parseNumberText(c);
  return INVALID;
}

/** readNumber, then a whole number. */
export function readWholeNumber(c: Cell): number | Invalid {
  const n = readNumber(c);
  return n !== INVALID && Number.isInteger(n) ? n : INVALID;
}

const PERCENT_SUFFIX = /^(.*?)\s*%$/;

/**
 * A rate, as a fraction: a value ≤ 1 is a fraction (0.5; 1 = 100 %), a value > 1 a percentage
 * (50 → 0.5); text `50 %`, `50%`, `0,5`; a `%` suffix always means a percentage (`1 %` = 0.01).
 * Negative → INVALID.
 */
export function readRate(c: Cell): number | Invalid {
  let n: number | Invalid;
  if (typeof c === 'string') {
    const r = PERCENT_SUFFIX.exec(c.trim());
    if (r) {
      n = parseNumberText(r[1]);
      return n === INVALID || n < 0 ? INVALID : n / 100;
    }
    n = parseNumberText(c);
  } else {
    n = readNumber(c);
  }
  if (n === INVALID || n < 0) return INVALID;
  return n <= 1 ? n : n / 100;
}

const DAY_MONTH = /^(\d{1,2})([/.-])(\d{1,2})$/;

/** A day and month (readDayMonth) in year y, as a day: 29/02 falls back to 28/02 in a common year. */
export function dayInYear(y: number, d: { day: number; month: number }): Day {
  return dayFromYmd(y, d.month, Math.min(d.day, daysInMonth(y, d.month)));
}

/**
 * A day and month: `31/03`, `31-03`, `31.03` (29/02 accepted), or any date readDate accepts
 * (its day and month).
 */
export function readDayMonth(c: Cell, o: ReadOptions): { day: number; month: number } | Invalid {
  if (typeof c === 'string') {
    const r = DAY_MONTH.exec(c.trim());
    if (r) {
      const day = +r[1], month = +r[3];
      // A leap year, so that 29/02 is accepted.
      return isValidYmd(2000, month, day) ? { day, month } : INVALID;
    }
  }
  const d = readDate(c, o);
  if (d === INVALID) return INVALID;
  const { m, d: dd } = ymdOfDay(d);
  return { day: dd, month: m };
}

// ---------------------------------------------------------------------------------------------
// Text, lists, enumerations.
// ---------------------------------------------------------------------------------------------

/**
 * A cell as text, trimmed: numbers as JS prints them (12, 12.5), booleans `true`/`false`, Dates as
 * `YYYY-MM-DD` (their date in `o.timeZone`, default Africa/Bamako; an invalid Date gives ''),
 * blank ''.
 */
export function readText(c: Cell, o: ReadOptions = DEFAULT_READ_OPTIONS): string {
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return Object.is(c, -0) ? '0' : String(c);
  if (typeof c === 'boolean') return c ? 'true' : 'false';
  if (c instanceof Date) {
    const p = dateParts(c, o.timeZone);
    return p === INVALID ? '' : dayToIso(p.day);
  }
  return '';
}

const LIST_ITEMS = /;|\r\n|\n|\r/;
const SUB_ITEMS = /[,/]/;

function pushTrimmed(out: string[], parts: string[]): void {
  for (const p of parts) {
    const t = p.trim();
    if (t.length > 0) out.push(t);
  }
}

/**
 * List items: separated by `;` or new lines, each trimmed, empties dropped. An item for which
 * `matchesWhole` is false (every item when it is omitted) is split further on `,` and `/`.
 */
export function splitList(text: string, matchesWhole?: (item: string) => boolean): string[] {
  const out: string[] = [];
  // Splitting on a plain ';' is much faster than on the regular expression; new lines are rare.
  const parts = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text.split(';') : text.split(LIST_ITEMS);
  for (const raw of parts) {
    const item = raw.trim();
    if (item.length === 0) continue;
    if (matchesWhole !== undefined && matchesWhole(item)) out.push(item);
    else if (!SUB_ITEMS.test(item)) out.push(item);
    else pushTrimmed(out, item.split(SUB_ITEMS));
  }
  return out;
}

/** How many distinct texts an enumeration reader remembers. */
const ENUM_CACHE_LIMIT = 1000;

/**
 * An enumeration reader: `normalise(text)` matched against the normalised names listed for each
 * value (the value keys themselves are not names). Throws at creation when one normalised name is
 * listed under two values (an ambiguous enumeration is a programming error).
 */
export function makeEnum<V extends string>(entries: Record<V, readonly string[]>): (text: string) => V | undefined {
  const map = new Map<string, V>();
  for (const value of Object.keys(entries) as V[]) {
    for (const name of entries[value]) {
      const key = normalise(name);
      const prev = map.get(key);
      if (prev !== undefined && prev !== value) {
        throw new Error(`makeEnum: "${name}" names both ${prev} and ${value}`);
      }
      map.set(key, value);
    }
  }
  // Cells repeat the same few texts (often the very same string, from an .xlsx shared-strings
  // table): remember the answer per text as written, up to a bound.
  const seen = new Map<string, V | undefined>();
  return (text: string) => {
    let v = seen.get(text);
    if (v !== undefined || seen.has(text)) return v;
    v = map.get(normalise(text));
    if (seen.size < ENUM_CACHE_LIMIT && text.length <= 200) seen.set(text, v);
    return v;
  };
}
