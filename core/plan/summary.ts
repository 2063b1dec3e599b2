// The GEC summary's content (outputs.md §2): what the secretariat brings to the GEC monthly
// meeting of D's month, computed from the parsed workbook and the report. Plain data: the summary
// sheet and the HTML report are both drawn from it.

import { a1 } from '../a1';
import type { Settings } from '../settings';
import type { Day, Finding, GtSummary, Report } from '../types';
import { daysInMonth, dayFromYmd, dayToIso, formatTime, ymdOfDay } from '../values';
import { valueLabel } from '../workbook/mapping';
import { gtCodeOf, type GroupRow, type MeetingRow, type Workbook } from '../workbook/model';
import { referenceGt } from '../reference';
import { CoordinationPartners, currentPartners, isGtRun, listedPartners } from '../rules/calendar/meetings';
import { monthName, outputMessages } from './messages';
import type {
  AttentionItem,
  DocumentStatus,
  GecSummary,
  GtLine,
  OverdueDecision,
  RotationItem,
  UpcomingMeeting,
} from './types';

export const REFERENCE_GT_CODES = ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'] as const;
/** outputs.md §2.4. */
export const MAX_ATTENTION = 15;
/** outputs.md §2.2: meetings held in the last 30 days; attendance over the last 90. */
const MEETINGS_WINDOW = 30;
const ATTENDANCE_WINDOW = 90;
/** outputs.md §2.6: live meetings within 31 days after D. */
const UPCOMING_WINDOW = 31;

export interface SummaryInput {
  report: Report;
  workbook: Workbook;
  settings: Settings;
  now: string;
  workbookName: string;
}

export function buildSummary({ report, workbook, settings, now, workbookName }: SummaryInput): GecSummary {
  const lang = report.language;
  const t = outputMessages(lang);
  const today = settings.referenceDate;
  const { y, m } = ymdOfDay(today);
  const month = `${y}-${String(m).padStart(2, '0')}`;
  const lines = gtLines(report, workbook, settings);
  const { items, more } = attention(report.findings);
  return {
    language: lang,
    month,
    title: t.summaryTitle(monthName(m, lang), y),
    referenceDate: dayToIso(today),
    ...(report.scope ? { scope: report.scope } : {}),
    workbook: workbookName,
    generatedAt: now,
    gts: lines.gts,
    total: lines.total,
    attention: items,
    moreAttention: more,
    rotations: rotations(workbook, settings),
    upcomingMeetings: upcomingMeetings(workbook, today, lang),
    overdueDecisions: overdueDecisions(workbook, today),
    trend: null,
  };
}

// ---------------------------------------------------------------------------------------------
// The per-GT table.
// ---------------------------------------------------------------------------------------------

interface GtFacts {
  partners: Set<string>;
  rates: number[];
  meetings: Set<MeetingRow>;
}

function gtLines(report: Report, workbook: Workbook, settings: Settings): { gts: GtLine[]; total: GtLine } {
  const today = settings.referenceDate;
  const year = ymdOfDay(today).y;
  const { index, groups } = workbook;
  const coordination = new CoordinationPartners(workbook);
  const attendance = new Attendance(workbook, coordination);
  const scores = new Map<string, GtSummary>(report.summary.gts.map((g) => [g.gt, g]));
  const deadline = deadlineOf(year, settings.prioritiesDeadline);

  const all: GtFacts = { partners: new Set(), rates: [], meetings: new Set() };
  const docTotals = { present: 0, missing: 0, na: 0 };
  let groupsTotal = 0;
  let nexusValidTotal = 0;
  let nexusTotal = 0;

  // scope.md: a coordinator's summary shows only the GT in scope.
  const codes = REFERENCE_GT_CODES.filter((code) => !report.scope || report.scope.includes(code));
  const gts = codes.map((code): GtLine => {
    // The first GT PTF row that rolls up to this reference GT (structure/gt-set reports others).
    const row = index.gts.find((g) => gtCodeOf(g) === code) ?? null;
    const score = scores.get(code);
    const line: GtLine = {
      gt: code,
      name: row?.name ?? referenceGt(code)?.name ?? code,
      anchor: row && groups ? { sheet: groups.sheet, cell: a1(row.row, groups.columns.name ?? groups.columns.code ?? 0) } : null,
      dialogueGroups: 0,
      activePartners: 0,
      leads: [],
      leadEnd: null,
      lastCoordination: null,
      meetingsHeld: 0,
      participation: null,
      nexusValid: 0,
      nexusTotal: 0,
      documents: null,
      documentCounts: null,
      errors: score?.errors ?? 0,
      warnings: score?.warnings ?? 0,
      evaluated: score?.evaluated ?? 0,
      failed: score?.failed ?? 0,
      score: score?.score ?? null,
    };
    const docs = documentStatuses(row, workbook, year, today > deadline);
    line.documents = docs;
    for (const s of Object.values(docs)) docTotals[s]++;
    if (!row) return line;

    const dialogueGroups = index.dialogueGroupsOf(row);
    const family = [row, ...dialogueGroups];
    line.dialogueGroups = dialogueGroups.length;
    groupsTotal += dialogueGroups.length;

    const partners = new Set<string>();
    for (const g of family) for (const k of currentPartners(workbook, g)) partners.add(k);
    line.activePartners = partners.size;
    for (const k of partners) all.partners.add(k);

    const leads = index.membersOf(row).filter((r) => r.current && r.role === 'lead');
    for (const r of leads) if (r.partner !== null && !line.leads.includes(r.partner)) line.leads.push(r.partner);
    const ends = leads.map((r) => r.end).filter((d): d is Day => d !== null);
    line.leadEnd = ends.length ? dayToIso(Math.min(...ends)) : null;

    let last: Day | null = null;
    for (const mt of index.meetingsOf(row)) {
      if (mt.type === 'gtCoordination' && mt.status === 'held' && mt.date !== null && mt.date <= today) {
        if (last === null || mt.date > last) last = mt.date;
      }
    }
    line.lastCoordination = last === null ? null : dayToIso(last);

    const rates: number[] = [];
    for (const g of family) {
      for (const mt of index.meetingsOf(g)) {
        if (mt.status !== 'held' || mt.date === null || mt.date > today) continue;
        if (today - mt.date <= MEETINGS_WINDOW) {
          line.meetingsHeld++;
          all.meetings.add(mt);
        }
        if (today - mt.date <= ATTENDANCE_WINDOW && isGtRun(mt, settings.dialogueFormality)) {
          const rate = attendance.rate(mt);
          if (rate !== null) rates.push(rate);
        }
      }
    }
    line.participation = meanPercent(rates);
    all.rates.push(...rates);

    line.nexusTotal = dialogueGroups.length;
    line.nexusValid = dialogueGroups.filter((g) => hasValidNexus(workbook, g, today, settings.nexusValidityDays)).length;
    nexusValidTotal += line.nexusValid;
    nexusTotal += line.nexusTotal;
    return line;
  });

  const t = report.summary.total;
  const total: GtLine = {
    gt: 'total',
    name: '',
    anchor: null,
    dialogueGroups: groupsTotal,
    activePartners: all.partners.size,
    leads: [],
    leadEnd: null,
    lastCoordination: null,
    meetingsHeld: all.meetings.size,
    participation: meanPercent(all.rates),
    nexusValid: nexusValidTotal,
    nexusTotal,
    documents: null,
    documentCounts: docTotals,
    errors: t.errors,
    warnings: t.warnings,
    evaluated: t.evaluated,
    failed: t.failed,
    score: t.score,
  };
  return { gts, total };
}

function meanPercent(rates: readonly number[]): number | null {
  if (rates.length === 0) return null;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  return Math.round(mean * 100);
}

/**
 * The attendance of a held meeting, as calendar/participation measures it (II.4, IV.11): listed
 * over `Invités` when given, else the expected PTF who are listed. null when it cannot be measured
 * (no list, nobody invited). Capped at 100 %.
 */
class Attendance {
  private readonly expected = new Map<string, Set<string>>();
  constructor(
    private readonly workbook: Workbook,
    private readonly coordination: CoordinationPartners,
  ) {}

  rate(m: MeetingRow): number | null {
    if (m.participants === null || m.participants.length === 0 || m.group === null) return null;
    const listed = listedPartners(m);
    let invited: number;
    let present: number;
    if (m.invited !== null) {
      invited = m.invited;
      present = listed.size;
    } else {
      const expected = this.expectedAt(m, m.group);
      invited = expected.size;
      present = 0;
      for (const k of listed) if (expected.has(k)) present++;
    }
    if (!(invited > 0)) return null;
    return Math.min(1, present / invited);
  }

  private expectedAt(m: MeetingRow, g: GroupRow): Set<string> {
    const coordinationMeeting = m.type === 'gtCoordination' && g.type === 'gt';
    const key = `${coordinationMeeting ? 'c' : 'g'}:${g.row}`;
    let s = this.expected.get(key);
    if (s) return s;
    if (coordinationMeeting) {
      s = new Set(this.coordination.of(g));
      for (const dg of this.workbook.index.dialogueGroupsOf(g)) {
        for (const k of currentPartners(this.workbook, dg, (r) => r.role === 'leader')) s.add(k);
      }
    } else {
      s = currentPartners(this.workbook, g);
    }
    this.expected.set(key, s);
    return s;
  }
}

/** III.6: a current row marked focal point, designated on or before D, within the validity. */
function hasValidNexus(workbook: Workbook, g: GroupRow, today: Day, validity: number): boolean {
  return workbook.index
    .membersOf(g)
    .some((r) => r.current && r.nexus === true && r.nexusDate !== null && r.nexusDate <= today && today - r.nexusDate <= validity);
}

function deadlineOf(y: number, d: { day: number; month: number }): Day {
  return dayFromYmd(y, d.month, Math.min(d.day, daysInMonth(y, d.month)));
}

/**
 * II.4, IV.13 as documents/gt-documents reads them: TdR of Y − 1 or later; once the priorities
 * deadline has passed, the work plan of Y and the annual report of Y − 1 (before it: n/a unless
 * already there). No Documents sheet, or no GT row: n/a.
 */
function documentStatuses(
  gt: GroupRow | null,
  workbook: Workbook,
  year: number,
  afterDeadline: boolean,
): { tdr: DocumentStatus; workPlan: DocumentStatus; annualReport: DocumentStatus } {
  if (!gt || !workbook.documents) return { tdr: 'na', workPlan: 'na', annualReport: 'na' };
  const docs = workbook.index.documentsOf(gt);
  const has = (type: string, ok: (y: number) => boolean) => docs.some((d) => d.type === type && d.year !== null && ok(d.year));
  const due = (present: boolean): DocumentStatus => (present ? 'present' : afterDeadline ? 'missing' : 'na');
  return {
    tdr: has('tdr', (y) => y >= year - 1) ? 'present' : 'missing',
    workPlan: due(has('workPlan', (y) => y === year)),
    annualReport: due(has('annualReport', (y) => y === year - 1)),
  };
}

// ---------------------------------------------------------------------------------------------
// Points of attention, rotations, meetings, decisions.
// ---------------------------------------------------------------------------------------------

/**
 * Errors, then warnings (the report's order), at most 15, then grouped by GT: GT1..GT5, other GT
 * codes, findings without a GT last.
 */
export function attention(findings: readonly Finding[]): { items: AttentionItem[]; more: number } {
  const serious = findings.filter((f) => !f.waived && (f.severity === 'error' || f.severity === 'warning'));
  const picked = serious.slice(0, MAX_ATTENTION).map((f, order) => ({ f, order }));
  const rank = (gt: string | null) => {
    if (gt === null) return [2, ''] as const;
    const i = (REFERENCE_GT_CODES as readonly string[]).indexOf(gt);
    return i >= 0 ? ([0, String(i)] as const) : ([1, gt] as const);
  };
  picked.sort((a, b) => {
    const [ka, sa] = rank(a.f.gt);
    const [kb, sb] = rank(b.f.gt);
    if (ka !== kb) return ka - kb;
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a.order - b.order;
  });
  return {
    items: picked.map(({ f }) => ({
      severity: f.severity,
      gt: f.gt,
      group: f.group,
      ruleId: f.ruleId,
      message: f.message,
      sheet: f.sheet,
      cell: f.cell,
    })),
    more: serious.length - picked.length,
  };
}

/** II.7: current lead coordinations whose mandate ends within the notice, or has ended. */
function rotations(workbook: Workbook, settings: Settings): RotationItem[] {
  const { index, members } = workbook;
  if (!members || members.columns.end === undefined) return [];
  const today = settings.referenceDate;
  const out: RotationItem[] = [];
  for (const gt of index.gts) {
    const rows = index.membersOf(gt);
    const incoming = rows.filter((r) => r.role === 'incoming' && r.partner !== null).map((r) => r.partner!);
    for (const r of rows) {
      if (!r.current || r.role !== 'lead' || r.end === null || r.end - today > settings.rotationNoticeDays) continue;
      out.push({
        gt: gtCodeOf(gt) ?? gt.code ?? '',
        partner: r.partner ?? '',
        end: dayToIso(r.end),
        daysLeft: r.end - today,
        incoming: [...new Set(incoming)],
        sheet: members.sheet,
        cell: a1(r.row, members.columns.end),
      });
    }
  }
  return out.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/** Live meetings dated after D and within 31 days, by date and time. */
function upcomingMeetings(workbook: Workbook, today: Day, lang: 'fr' | 'en'): UpcomingMeeting[] {
  const { calendar } = workbook;
  if (!calendar) return [];
  const dateCol = calendar.columns.date ?? 0;
  const rows = calendar.rows.filter(
    (m) =>
      m.date !== null &&
      m.date > today &&
      m.date - today <= UPCOMING_WINDOW &&
      (m.status === 'held' || m.status === 'planned'),
  );
  rows.sort((a, b) => a.date! - b.date! || (a.start ?? -1) - (b.start ?? -1) || a.row - b.row);
  return rows.map((m) => ({
    date: dayToIso(m.date!),
    time: m.start === null ? '' : formatTime(m.start),
    // The register's own words when its Correspondances sheet maps them (issue 15).
    type: m.type === null ? '' : valueLabel(workbook.mapping, 'calendar', 'type', m.type, lang),
    group: m.group ? (m.group.name ?? m.group.code ?? '') : (m.groupText ?? ''),
    status: m.status === null ? '' : valueLabel(workbook.mapping, 'calendar', 'status', m.status, lang),
    sheet: calendar.sheet,
    cell: a1(m.row, dateCol),
  }));
}

/** II.4: open decisions past their due date; null when the workbook keeps no Décisions sheet. */
function overdueDecisions(workbook: Workbook, today: Day): OverdueDecision[] | null {
  const { decisions } = workbook;
  if (!decisions) return null;
  const dueCol = decisions.columns.due ?? 0;
  const rows = decisions.rows.filter((d) => d.status === 'open' && d.due !== null && d.due < today);
  rows.sort((a, b) => a.due! - b.due! || a.row - b.row);
  return rows.map((d) => ({
    due: dayToIso(d.due!),
    daysLate: today - d.due!,
    group: d.group ? (d.group.name ?? d.group.code ?? '') : (d.groupText ?? ''),
    decision: d.decision ?? '',
    owner: d.owner ?? '',
    sheet: decisions.sheet,
    cell: a1(d.row, dueCol),
  }));
}

