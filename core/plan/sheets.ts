// The two output sheets as rows of plain values (outputs.md §2): `Constats` (findings and the
// per-rule table) and `Synthèse GEC AAAA-MM` (the GEC summary). Links, frozen rows, filters and
// the compliance chart and the page setup are described alongside, for each host to apply.

import { scopeLabel } from '../scope';
import { a1, columnName } from '../a1';
import type { Lang, Report } from '../types';
import { formatDay, isoToDay } from '../values';
import { formatChange, historyRows, type HistoryRow } from './history';
import { outputMessages, severityLabel } from './messages';
import { ruleText } from '../rules/index';
import { CHART_COLOURS, worstOf, type TrendChartSpec, type GecSummary, type GtLine, type OutputKind, type OutputSheet, type PlanCell, type PlanLink, type PrintSetup } from './types';

type RowStyle = 'title' | 'header' | 'bold';

/** Accumulates rows and their decorations. */
export class SheetBuilder {
  readonly rows: PlanCell[][] = [];
  readonly links: PlanLink[] = [];
  readonly titleRows: number[] = [];
  readonly headerRows: number[] = [];
  readonly boldRows: number[] = [];

  /** Adds a row; returns its 0-based index. */
  add(cells: PlanCell[], style?: RowStyle): number {
    const r = this.rows.length;
    this.rows.push(cells);
    if (style === 'title') this.titleRows.push(r);
    else if (style === 'header') this.headerRows.push(r);
    else if (style === 'bold') this.boldRows.push(r);
    return r;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Links a cell to `sheet!cell` when both are known. */
  link(row: number, col: number, sheet: string | null, cell: string | null, file?: string): void {
    if (sheet !== null && cell !== null) this.links.push(file ? { row, col, sheet, cell, file } : { row, col, sheet, cell });
  }

  sheet(kind: OutputKind, baseName: string, name: string, lang: Lang, extra: Partial<OutputSheet>): OutputSheet {
    return {
      kind,
      baseName,
      name,
      rows: this.rows,
      links: this.links,
      frozenRows: 0,
      columnWidths: [],
      titleRows: this.titleRows,
      headerRows: this.headerRows,
      boldRows: this.boldRows,
      dateFormat: outputMessages(lang).dateFormat,
      autoFilter: null,
      chart: null,
      trendChart: null,
      wrapColumns: [],
      print: printSetup(null),
      ...extra,
    };
  }
}

const date = (iso: string | null): PlanCell => (iso === null ? null : { date: iso });

/** A4 landscape, one page wide; `titleRows` repeated at the top of every page. */
function printSetup(titleRows: [number, number] | null): PrintSetup {
  return { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows };
}

/** `Membres!F12` as the findings show a place. */
export function place(sheet: string | null, cell: string | null, file?: string): string {
  if (sheet === null) return file ?? '';
  const at = cell === null ? sheet : `${sheet}!${cell}`;
  return file ? `${file} › ${at}` : at;
}

// ---------------------------------------------------------------------------------------------
// Constats.
// ---------------------------------------------------------------------------------------------

const FINDINGS_COLUMNS = 12;

export function findingsSheet(report: Report, baseName: string, name: string): OutputSheet {
  const lang = report.language;
  const t = outputMessages(lang);
  const b = new SheetBuilder();
  const { errors, warnings, infos, waived } = report.summary;
  b.add([t.findingsTitle(report.workbook)], 'title');
  b.add([t.referenceDate, date(report.referenceDate), ...(report.scope ? [t.scope, scopeLabel(report.scope)] : [])], 'bold');
  b.add([t.counts.errors, errors, t.counts.warnings, warnings, t.counts.infos, infos, t.counts.waived, waived]);
  b.blank();
  const header = b.add(t.findingsHeader.slice(), 'header');
  for (const f of report.findings) {
    const r = b.add([
      severityLabel(f.severity, lang),
      f.ruleId,
      f.tdr,
      f.sheet ?? '',
      f.cell ?? '',
      f.group ?? '',
      f.gt ?? '',
      f.message,
      f.suggestion,
      f.waived ? f.waiver || t.waivedNoReason : '',
      // presentation.md §3: the rule's title and the TdR's words with each finding, after the
      // ten columns of outputs.md so that those keep their places.
      ruleText(f.ruleId, lang).title,
      ruleText(f.ruleId, lang).quote || t.noQuote,
    ]);
    b.link(r, 4, f.sheet, f.cell);
  }
  const lastFinding = b.rows.length - 1;
  if (report.findings.length === 0) b.add([t.noFindings]);
  b.blank();
  b.add([t.rulesTitle], 'bold');
  b.add(t.rulesHeader.slice(), 'header');
  for (const rule of report.rules) {
    b.add([rule.ruleId, rule.tdr, severityLabel(rule.severity, lang), rule.evaluated, rule.failed, t.status[rule.status]]);
  }
  return b.sheet('findings', baseName, name, lang, {
    frozenRows: header + 1,
    // Widths that print one page wide at a readable scale: long texts wrap instead.
    columnWidths: [17, 24, 8, 12, 9, 14, 6, 50, 36, 18, 22, 44],
    wrapColumns: [1, 5, 7, 8, 9, 10, 11],
    print: printSetup([header, header]),
    autoFilter: `A${header + 1}:${columnName(FINDINGS_COLUMNS - 1)}${Math.max(lastFinding, header + 1) + 1}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Synthèse GEC.
// ---------------------------------------------------------------------------------------------

/** `2026-11-15T10:32:00Z` → `15/11/2026 10:32 UTC` (fr) or `2026-11-15 10:32 UTC` (en). */
export function formatTimestamp(timestamp: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(timestamp.trim());
  if (!m) return timestamp;
  const day = isoToDay(m[1]);
  if (day === null) return timestamp;
  let out = formatDay(day, lang);
  if (m[2] !== undefined) out += ` ${m[2]}:${m[3]}`;
  if (m[4] !== undefined) out += m[4] === 'Z' ? ' UTC' : ` UTC${m[4]}`;
  return out;
}

/** The Documents cell of a GT row: `TdR présent, PTA manquant, bilan n/a`. */
export function documentsText(line: GtLine, lang: Lang): string {
  const t = outputMessages(lang);
  if (line.documentCounts) return t.documentCounts(line.documentCounts.present, line.documentCounts.missing, line.documentCounts.na);
  if (!line.documents) return t.notApplicable;
  const d = line.documents;
  return [
    `${t.documents.tdr} ${t.documentStatus[d.tdr]}`,
    `${t.documents.workPlan} ${t.documentStatus[d.workPlan]}`,
    `${t.documents.annualReport} ${t.documentStatus[d.annualReport]}`,
  ].join(', ');
}

export const SCORE_COLUMN = 12;
/** The chart spans columns A to F (the first CHART_COLUMNS) and CHART_ROWS rows under the table. */
const CHART_COLUMNS = 6;
const CHART_ROWS = 18;
/** One line colour per GT in the 12-month chart (distinct from the worst-finding colours). */
const TREND_COLOURS = ['#3C78D8', '#8E7CC3', '#45818E', '#A61C00', '#BF9000'];

/** The tool's history sheet (presentation.md §1): header, then one row per month and GT. */
export function historySheet(rows: readonly HistoryRow[], lang: Lang, baseName: string, name: string): OutputSheet {
  const b = new SheetBuilder();
  // Plain cells, no tool style: the sheet outlives a Clear, which takes the tool's styles away.
  for (const cells of historyRows(rows, lang)) b.add(cells);
  return b.sheet('history', baseName, name, lang, {
    frozenRows: 1,
    columnWidths: [10, 8, 14, 10, 15, 10, 10, 34, 14],
    autoFilter: `A1:I${Math.max(rows.length, 1) + 1}`,
    print: printSetup([0, 0]),
  });
}

export function summarySheet(summary: GecSummary, baseName: string, name: string, findingsSheetName: string): OutputSheet {
  const lang = summary.language;
  const t = outputMessages(lang);
  const b = new SheetBuilder();
  const na = t.notApplicable;
  b.add([summary.title], 'title');
  b.add([t.referenceDate, date(summary.referenceDate), ...(summary.scope ? [t.scope, scopeLabel(summary.scope)] : [])], 'bold');
  b.add([t.workbook, summary.workbook]);
  b.add([t.generatedAt, formatTimestamp(summary.generatedAt, lang)]);
  b.blank();

  b.add([t.gtTableTitle], 'bold');
  b.add(t.gtHeader.slice(), 'header');
  const lineCells = (line: GtLine, label: string): PlanCell[] => [
    label,
    line.dialogueGroups,
    line.activePartners,
    line.leads.join(', '),
    date(line.leadEnd),
    date(line.lastCoordination),
    line.meetingsHeld,
    line.participation ?? na,
    `${line.nexusValid}/${line.nexusTotal}`,
    documentsText(line, lang),
    line.errors,
    line.warnings,
    line.score ?? t.notEvaluated,
    line.evaluated > 0 ? t.scoreDetail(line.failed, line.evaluated) : '',
  ];
  const firstGt = b.rows.length;
  for (const line of summary.gts) {
    const r = b.add(lineCells(line, line.gt));
    if (line.anchor) b.link(r, 0, line.anchor.sheet, line.anchor.cell, line.anchor.workbook);
  }
  const lastGt = b.rows.length - 1;
  b.add(lineCells(summary.total, t.total), 'bold');
  const scoreColumn = columnName(SCORE_COLUMN);
  const valuesRange = `${scoreColumn}${firstGt + 1}:${scoreColumn}${lastGt + 1}`;
  const categoriesRange = `A${firstGt + 1}:A${lastGt + 1}`;
  b.blank();
  // Room for the charts, under the table so that they print within the page's width: the bar
  // chart on the left, the 12-month lines on the right.
  const chartTop = b.rows.length;
  for (let i = 0; i < CHART_ROWS; i++) b.blank();
  b.blank();

  let trendChart: TrendChartSpec | null = null;
  const trend = summary.trend;
  if (trend) {
    b.add([t.trendTitle], 'bold');
    const header = b.add([t.filterGt, ...trend.months, t.trendChange(trend.previousMonth)], 'header');
    const first = b.rows.length;
    for (const g of trend.gts) b.add([g.gt, ...g.scores, formatChange(g.change, lang)]);
    b.blank();
    const last = trend.months.length; // column of the latest month
    if (trend.months.length >= 2) {
      trendChart = {
        title: t.trendChartTitle,
        months: trend.months,
        monthsRange: `B${header + 1}:${columnName(last)}${header + 1}`,
        series: trend.gts.map((g, i) => ({
          name: g.gt,
          nameCell: `A${first + i + 1}`,
          values: g.scores,
          range: `B${first + i + 1}:${columnName(last)}${first + i + 1}`,
          colour: TREND_COLOURS[i % TREND_COLOURS.length],
        })),
        anchor: a1(chartTop + 1, CHART_COLUMNS + 1),
        end: a1(chartTop + 1 + CHART_ROWS, SCORE_COLUMN + 2),
      };
    }
  }

  b.add([t.attentionTitle], 'bold');
  b.add(t.attentionHeader.slice(), 'header');
  if (summary.attention.length === 0) b.add([t.noAttention]);
  for (const item of summary.attention) {
    // presentation.md §3: a reader of the handout meets the rule by its title, the id after it.
    const r = b.add([item.gt ?? t.outsideGt, item.group ?? '', `${ruleText(item.ruleId, lang).title} (${item.ruleId})`, item.message, place(item.sheet, item.cell, item.workbook)]);
    b.link(r, 4, item.sheet, item.cell, item.workbook);
  }
  if (summary.moreAttention > 0) {
    const r = b.add([t.moreAttention(summary.moreAttention, findingsSheetName)]);
    b.link(r, 0, findingsSheetName, 'A1');
  }
  b.blank();

  b.add([t.rotationsTitle], 'bold');
  b.add(t.rotationsHeader.slice(), 'header');
  if (summary.rotations.length === 0) b.add([t.noRotations]);
  for (const item of summary.rotations) {
    const r = b.add([item.gt, item.partner, date(item.end), item.daysLeft, item.incoming.join(', '), place(item.sheet, item.cell, item.workbook)]);
    b.link(r, 5, item.sheet, item.cell, item.workbook);
  }
  b.blank();

  b.add([t.meetingsTitle], 'bold');
  b.add(t.meetingsHeader.slice(), 'header');
  if (summary.upcomingMeetings.length === 0) b.add([t.noMeetings]);
  for (const m of summary.upcomingMeetings) {
    const r = b.add([date(m.date), m.time, m.type, m.group, m.status, place(m.sheet, m.cell, m.workbook)]);
    b.link(r, 5, m.sheet, m.cell, m.workbook);
  }

  if (summary.overdueDecisions !== null) {
    b.blank();
    b.add([t.decisionsTitle], 'bold');
    b.add(t.decisionsHeader.slice(), 'header');
    if (summary.overdueDecisions.length === 0) b.add([t.noDecisions]);
    for (const d of summary.overdueDecisions) {
      const r = b.add([date(d.due), d.daysLate, d.group, d.decision, d.owner, place(d.sheet, d.cell, d.workbook)]);
      b.link(r, 5, d.sheet, d.cell, d.workbook);
    }
  }

  return b.sheet('summary', baseName, name, lang, {
    // Column D also holds the attention table's messages and the decisions: it is the wide one.
    columnWidths: [16, 18, 18, 40, 13, 12, 11, 13, 10, 24, 9, 15, 12, 22],
    wrapColumns: [2, 3, 4, 9, 13],
    chart: {
      title: t.chartTitle,
      categories: summary.gts.map((g) => g.gt),
      values: summary.gts.map((g) => g.score),
      colours: summary.gts.map((g) => CHART_COLOURS[worstOf(g)]),
      categoriesRange,
      valuesRange,
      anchor: a1(chartTop + 1, 0),
      end: a1(chartTop + 1 + CHART_ROWS, CHART_COLUMNS),
    },
    trendChart,
    // The title repeats on the second page, so that a loose page says what it is.
    print: printSetup([0, 0]),
  });
}
