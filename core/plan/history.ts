// The month-by-month history of the compliance (presentation.md §1): a tool-owned sheet
// `Historique` (`Compliance history`), one row per month and GT. Each run replaces the rows of
// its month and keeps every other row exactly as the sheet holds it (a user's edit included), so
// re-running in the same month adds nothing (R2). The summary's 12-month table, line chart and
// change since the previous month, and the HTML trend, are read from the merged rows.

import type { Cell, Lang } from '../types';
import { DEFAULT_READ_OPTIONS, dayToIso, INVALID, readDate, type ReadOptions } from '../values';
import { formatNumber, outputMessages } from './messages';
import type { GecSummary, PlanCell, Trend } from './types';

/** The summary shows at most this many months. */
export const TREND_MONTHS = 12;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** One row of the history sheet. `cells` is the row as it is written (and was read). */
export interface HistoryRow {
  month: string | null;
  gt: string;
  score: number | null;
  cells: PlanCell[];
}

/** A cell as the history sheet gives it back, as a plan cell (a date stays a date). */
function planCell(v: Cell): PlanCell {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) };
  return v;
}

/** The column of the reference date in a history row (the last of `currentRows`). */
const DATE_COLUMN = 8;

/**
 * The reference date as a host gives it back (a serial in Excel and .xlsx, a Date in the
 * spreadsheet's zone in Sheets) becomes a day again, so an earlier month's date is written as a
 * date, not as a number. Text stays as it is.
 */
function dateCell(v: Cell, dates: ReadOptions): PlanCell {
  if (typeof v !== 'number' && !(v instanceof Date)) return planCell(v);
  const day = readDate(v, dates);
  return day === INVALID ? planCell(v) : { date: dayToIso(day) };
}

function text(v: Cell): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/**
 * The rows of the tool's history sheet as it is now (header first), or [] when there is none.
 * Blank rows are dropped; any other row is kept as it is, even one the tool cannot read.
 */
export function readHistory(rows: readonly Cell[][] | null | undefined, dates: ReadOptions = DEFAULT_READ_OPTIONS): HistoryRow[] {
  if (!rows || rows.length === 0) return [];
  const out: HistoryRow[] = [];
  rows.slice(1).forEach((row) => {
    const cells = (row ?? []).map((v, c) => (c === DATE_COLUMN ? dateCell(v, dates) : planCell(v)));
    while (cells.length && (cells[cells.length - 1] === null || cells[cells.length - 1] === '')) cells.pop();
    if (cells.length === 0) return;
    const month = text(row[0]);
    const score = typeof row[2] === 'number' && Number.isFinite(row[2]) ? row[2] : null;
    out.push({ month: MONTH.test(month) ? month : null, gt: text(row[1]), score, cells });
  });
  return out;
}

/** This run's rows: one per GT of the summary. */
export function currentRows(summary: GecSummary, scope: string): HistoryRow[] {
  return summary.gts.map((g) => ({
    month: summary.month,
    gt: g.gt,
    score: g.score,
    cells: [summary.month, g.gt, g.score, g.errors, g.warnings, g.evaluated, g.failed, scope, summary.referenceDate],
  }));
}

/** Earlier rows kept as they are, this month's rows replaced by this run's, ordered by month. */
export function mergeHistory(previous: readonly HistoryRow[], current: readonly HistoryRow[], month: string): HistoryRow[] {
  const kept = previous.filter((r) => r.month !== month);
  const before = kept.filter((r) => r.month === null || r.month < month);
  const after = kept.filter((r) => r.month !== null && r.month > month);
  return [...before, ...current, ...after];
}

/** The history sheet's rows: header, then every row. */
export function historyRows(rows: readonly HistoryRow[], lang: Lang): PlanCell[][] {
  return [outputMessages(lang).historyHeader.slice(), ...rows.map((r) => r.cells)];
}

/**
 * The trend up to `month`: the months of the last 12 (calendar) that have rows, each GT's score
 * per month, and the change since the latest earlier month (in points).
 */
export function buildTrend(rows: readonly HistoryRow[], month: string, gts: readonly string[]): Trend {
  const [y, m] = month.split('-').map(Number);
  const back = y * 12 + (m - 1) - (TREND_MONTHS - 1);
  const first = `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`;
  const months = [...new Set(rows.map((r) => r.month).filter((x): x is string => x !== null && x >= first && x <= month))].sort();
  const score = new Map<string, number | null>();
  for (const r of rows) if (r.month !== null) score.set(`${r.month} ${r.gt}`, r.score);
  const previousMonth = months.filter((m) => m < month).pop() ?? null;
  return {
    months,
    previousMonth,
    gts: gts.map((gt) => {
      const scores = months.map((m) => score.get(`${m} ${gt}`) ?? null);
      const now = score.get(`${month} ${gt}`) ?? null;
      const before = previousMonth === null ? null : score.get(`${previousMonth} ${gt}`) ?? null;
      const change = now === null || before === null ? null : Math.round((now - before) * 10) / 10;
      return { gt, scores, change };
    }),
  };
}

/** `+2,5 pts`, `−1 pt`, `0 pt` (fr); `+2.5 pts` (en); the "not applicable" word when null. */
export function formatChange(change: number | null, lang: Lang): string {
  const t = outputMessages(lang);
  if (change === null) return t.noChange;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const n = Math.abs(change);
  return `${sign}${formatNumber(n, lang)} ${n >= 2 || (lang === 'en' && n !== 1) ? 'pts' : 'pt'}`;
}
