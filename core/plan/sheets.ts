// The two output sheets as rows of plain values (outputs.md §2): `Constats` (findings and the
// per-rule table) and `Synthèse GEC AAAA-MM` (the GEC summary). Links, frozen rows, filters and
// the compliance data bar are described alongside, for each host to apply.

import { scopeLabel } from '../scope';
import { a1, columnName } from '../a1';
import type { Lang, Report } from '../types';
import { formatDay, isoToDay } from '../values';
import { outputMessages, severityLabel } from './messages';
import { ruleText } from '../rules/index';
import type { GecSummary, GtLine, OutputKind, OutputSheet, PlanCell, PlanLink } from './types';

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
      dataBar: null,
      chart: null,
      ...extra,
    };
  }
}

const date = (iso: string | null): PlanCell => (iso === null ? null : { date: iso });

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
    columnWidths: [14, 30, 12, 14, 10, 18, 8, 80, 60, 30, 30, 80],
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

  b.add([t.attentionTitle], 'bold');
  b.add(t.attentionHeader.slice(), 'header');
  if (summary.attention.length === 0) b.add([t.noAttention]);
  for (const item of summary.attention) {
    const r = b.add([item.gt ?? t.outsideGt, item.group ?? '', item.ruleId, item.message, place(item.sheet, item.cell, item.workbook)]);
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
    columnWidths: [14, 22, 26, 50, 16, 16, 16, 16, 14, 40, 10, 14, 14],
    dataBar: valuesRange,
    chart: {
      title: t.chartTitle,
      categories: summary.gts.map((g) => g.gt),
      values: summary.gts.map((g) => g.score),
      categoriesRange,
      valuesRange,
      anchor: a1(1, SCORE_COLUMN + 2),
    },
  });
}
