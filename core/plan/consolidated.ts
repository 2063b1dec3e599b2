// The consolidated outputs (scope.md): the partnership's `Synthèse GEC AAAA-MM` over the five GT
// (each from the workbook that covers it), a `Constats` sheet over every workbook whose links
// point into the source files, and a `Classeurs` sheet, one row per workbook. Plain data, like
// the single-workbook plan: the command line writes it into a new workbook, the panes into the
// open one.

import type { Consolidation, ConsolidatedFinding, ConsolidationMember } from '../consolidate';
import type { Finding, Lang, RuleSummary } from '../types';
import { dayToIso, isoToDay } from '../values';
import { plural, pluralWord } from '../messages';
import { gtCodeOf } from '../workbook/model';
import { currentPartners } from '../rules/calendar/meetings';
import { groupInScope, scopeLabel, scopeOf } from '../scope';
import { referenceGt } from '../reference';
import { buildSummary, MAX_ATTENTION, REFERENCE_GT_CODES } from './summary';
import { monthName, outputMessages, severityLabel } from './messages';
import { place, SheetBuilder, summarySheet } from './sheets';
import { ruleText } from '../rules/index';
import { columnName } from '../a1';
import type { AttentionItem, ExistingSheet, GecSummary, GtLine, OutputSheet, PlanCell } from './types';
import { resolveNames, sheetsReplacedBy } from './sheet-names';

const WORDS = {
  fr: {
    workbooksSheet: 'Classeurs',
    workbooksTitle: 'Classeurs consolidés',
    workbooksHeader: ['Fichier', 'Périmètre', 'Date de référence lue', 'Erreurs', 'Avertissements', 'Infos', 'Conformité (%)'],
    allGts: 'les 5 GT',
    consolidation: 'Consolidation',
    findingsTitle: (n: number) => `Constats de conformité aux TdR – consolidation de ${plural(n, 'fr', 'classeur', 'classeurs')}`,
    workbooks: (n: number) => `${plural(n, 'fr', 'classeur', 'classeurs')} ${pluralWord(n, 'fr', 'consolidé', 'consolidés')}`,
    workbookColumn: 'Classeur',
  },
  en: {
    workbooksSheet: 'Workbooks',
    workbooksTitle: 'Consolidated workbooks',
    workbooksHeader: ['File', 'Scope', 'Reference date read', 'Errors', 'Warnings', 'Infos', 'Compliance (%)'],
    allGts: 'all 5 GT',
    consolidation: 'Consolidation',
    findingsTitle: (n: number) => `ToR compliance findings – consolidation of ${plural(n, 'en', 'workbook', 'workbooks')}`,
    workbooks: (n: number) => `${plural(n, 'en', 'workbook', 'workbooks')} consolidated`,
    workbookColumn: 'Workbook',
  },
};

export function consolidationWords(lang: Lang) {
  return WORDS[lang];
}

export interface ConsolidatedPlanInput {
  members: readonly ConsolidationMember[];
  consolidation: Consolidation;
  language: Lang;
  /** When it was made (ISO). */
  now: string;
  /** The open workbook's sheets, when the plan is written into it (the panes' Consolider). */
  existingSheets?: readonly ExistingSheet[];
}

export interface ConsolidatedPlan {
  language: Lang;
  summary: GecSummary;
  /** Synthèse GEC, Constats, Classeurs, in that order. */
  sheets: OutputSheet[];
  /** The tool's own sheets these replace in the open workbook (R5: never a user's sheet). */
  sheetsToDelete: string[];
  /** Every finding: the consolidation's first, then each workbook's, each naming its file. */
  findings: ConsolidatedFinding[];
  /** The per-rule table: every workbook's rules summed, then the consolidation rules. */
  rules: RuleSummary[];
}

/** The reference date of the consolidated outputs: the latest one read (the coming GEC's month). */
export function consolidatedReferenceDate(members: readonly ConsolidationMember[]): string {
  return members.map((m) => m.report.referenceDate).sort().reverse()[0] ?? '';
}

export function allFindings(members: readonly ConsolidationMember[], consolidation: Consolidation): ConsolidatedFinding[] {
  return [
    ...consolidation.findings,
    ...members.flatMap((m) => m.report.findings.map((f) => ({ ...f, workbook: m.file }))),
  ];
}

export function mergedRules(members: readonly ConsolidationMember[], consolidation: Consolidation): RuleSummary[] {
  const byId = new Map<string, RuleSummary>();
  for (const m of members) {
    for (const r of m.report.rules) {
      const e = byId.get(r.ruleId);
      if (!e) byId.set(r.ruleId, { ...r });
      else {
        e.evaluated += r.evaluated;
        e.failed += r.failed;
        if (e.severity === 'off') e.severity = r.severity;
      }
    }
  }
  for (const e of byId.values()) {
    e.status = e.severity === 'off' ? 'off' : e.evaluated === 0 ? 'skipped' : e.failed > 0 ? 'failed' : 'passed';
  }
  return [...byId.values(), ...consolidation.rules];
}

export function buildConsolidatedPlan({ members, consolidation, language, now, existingSheets = [] }: ConsolidatedPlanInput): ConsolidatedPlan {
  const t = outputMessages(language);
  const w = WORDS[language];
  const referenceDate = consolidatedReferenceDate(members);
  const day = isoToDay(referenceDate) ?? 0;
  const month = referenceDate.slice(0, 7);
  const summaries = members.map((m) =>
    buildSummary({ report: { ...m.report, language }, workbook: m.parsed.workbook, settings: m.parsed.settings, now, workbookName: m.file }),
  );
  const findings = allFindings(members, consolidation);

  // The GT table: each reference GT's line from the workbook that covers it.
  const gts: GtLine[] = REFERENCE_GT_CODES.map((code, i) => {
    const holder = consolidation.summary.gts[i].workbook;
    const k = members.findIndex((m) => m.file === holder);
    const line = k >= 0 ? summaries[k].gts.find((l) => l.gt === code) : undefined;
    if (line) return { ...line, anchor: line.anchor ? { ...line.anchor, workbook: holder! } : null };
    return {
      gt: code, name: referenceGt(code)?.name ?? code, anchor: null, dialogueGroups: 0, activePartners: 0, leads: [],
      leadEnd: null, lastCoordination: null, meetingsHeld: 0, participation: null, nexusValid: 0, nexusTotal: 0,
      documents: null, documentCounts: null, errors: 0, warnings: 0, score: null, evaluated: 0, failed: 0,
    };
  });
  const partners = new Set<string>();
  members.forEach((m) => {
    const scope = scopeOf(m.parsed.settings.scope);
    for (const g of [...m.parsed.workbook.index.gts, ...m.parsed.workbook.index.dialogueGroups]) {
      if (gtCodeOf(g) !== null && groupInScope(scope, g)) for (const k of currentPartners(m.parsed.workbook, g)) partners.add(k);
    }
  });
  const rates = gts.map((g) => g.participation).filter((p): p is number => p !== null);
  const docs = { present: 0, missing: 0, na: 0 };
  for (const g of gts) if (g.documents) for (const s of Object.values(g.documents)) docs[s]++;
  const sum = (f: (g: GtLine) => number) => gts.reduce((a, g) => a + f(g), 0);
  const tot = consolidation.summary.total;
  const total: GtLine = {
    gt: 'total', name: '', anchor: null,
    dialogueGroups: sum((g) => g.dialogueGroups),
    activePartners: partners.size,
    leads: [], leadEnd: null, lastCoordination: null,
    meetingsHeld: sum((g) => g.meetingsHeld),
    participation: rates.length ? Math.round(rates.reduce((a, b) => a + b, 0) / rates.length) : null,
    nexusValid: sum((g) => g.nexusValid),
    nexusTotal: sum((g) => g.nexusTotal),
    documents: null, documentCounts: docs,
    errors: tot.errors, warnings: tot.warnings, score: tot.score, evaluated: tot.evaluated, failed: tot.failed,
  };

  // Points d'attention over every workbook, each naming its file; errors first.
  const serious = findings
    .filter((f) => !f.waived && (f.severity === 'error' || f.severity === 'warning'))
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const attention: AttentionItem[] = serious.slice(0, MAX_ATTENTION).map((f) => ({
    ...(f.workbook ? { workbook: f.workbook } : {}),
    severity: f.severity, gt: f.gt, group: f.group, ruleId: f.ruleId,
    message: f.workbook ? `${f.workbook} : ${f.message}` : f.message,
    sheet: f.sheet, cell: f.cell,
  }));
  // Partnership meetings stand in every coordinator's workbook: listed once.
  const seen = new Set<string>();
  const upcoming = summaries
    .flatMap((s, i) => s.upcomingMeetings.map((m) => ({ ...m, workbook: members[i].file })))
    .filter((m) => {
      const key = `${m.date} ${m.time} ${m.type} ${m.group}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const decisions = summaries.some((s) => s.overdueDecisions !== null)
    ? summaries.flatMap((s, i) => (s.overdueDecisions ?? []).map((d) => ({ ...d, workbook: members[i].file })))
    : null;

  const summary: GecSummary = {
    language,
    month,
    title: t.summaryTitle(monthName(Number(month.slice(5, 7)) || 1, language), Number(month.slice(0, 4))),
    referenceDate: dayToIso(day),
    workbook: w.workbooks(members.length),
    generatedAt: now,
    // A consolidated workbook is made new each time: it has no history of its own.
    trend: null,
    gts,
    total,
    attention,
    moreAttention: serious.length - attention.length,
    rotations: summaries.flatMap((s, i) => s.rotations.map((r) => ({ ...r, workbook: members[i].file }))),
    upcomingMeetings: upcoming,
    overdueDecisions: decisions,
  };

  const rules = mergedRules(members, consolidation);
  // In an open workbook: the tool's previous Constats, this month's summary and Classeurs go.
  const workbooksName = new RegExp(`^(?:${WORDS.fr.workbooksSheet}|${WORDS.en.workbooksSheet})(?: \\(\\d+\\))?$`, 'i');
  const sheetsToDelete = [
    ...sheetsReplacedBy(existingSheets, month),
    ...existingSheets.filter((s) => s.ownedByTool && workbooksName.test(s.name)).map((s) => s.name),
  ];
  const [summaryName, findingsName, workbooksSheetName] = resolveNames(
    [
      { kind: 'summary', baseName: t.summarySheet(month) },
      { kind: 'findings', baseName: t.findingsSheet },
      { kind: 'summary', baseName: w.workbooksSheet },
    ],
    existingSheets,
    sheetsToDelete,
  );
  return {
    language,
    summary,
    findings,
    rules,
    sheetsToDelete,
    sheets: [
      summarySheet(summary, t.summarySheet(month), summaryName, findingsName),
      findingsSheet(findings, rules, members.length, language, findingsName),
      workbooksSheet(members, language, workbooksSheetName),
    ],
  };
}

function findingsSheet(findings: ConsolidatedFinding[], rules: RuleSummary[], n: number, lang: Lang, name: string): OutputSheet {
  const t = outputMessages(lang);
  const w = WORDS[lang];
  const b = new SheetBuilder();
  const count = (f: (x: Finding) => boolean) => findings.filter(f).length;
  b.add([w.findingsTitle(n)], 'title');
  b.add([
    t.counts.errors, count((f) => !f.waived && f.severity === 'error'),
    t.counts.warnings, count((f) => !f.waived && f.severity === 'warning'),
    t.counts.infos, count((f) => !f.waived && f.severity === 'info'),
    t.counts.waived, count((f) => f.waived),
  ]);
  b.blank();
  const header = b.add([w.workbookColumn, ...t.findingsHeader], 'header');
  for (const f of findings) {
    const r = b.add([
      f.workbook ?? w.consolidation,
      severityLabel(f.severity, lang), f.ruleId, f.tdr, f.sheet ?? '', f.cell ?? '', f.group ?? '', f.gt ?? '',
      f.message, f.suggestion, f.waived ? f.waiver || t.waivedNoReason : '',
      // presentation.md §3, as the single workbook's Constats: the rule's title and the TdR's words
      // (a consolidation rule's as a workbook rule's).
      ruleText(f.ruleId, lang).title,
      ruleText(f.ruleId, lang).quote || t.noQuote,
    ]);
    // The cell link points into the source file: `fichier.xlsx#'Membres'!F12`.
    if (f.workbook) b.link(r, 5, f.sheet, f.cell ?? (f.sheet !== null ? 'A1' : null), f.workbook);
  }
  const last = b.rows.length - 1;
  if (findings.length === 0) b.add([t.noFindings]);
  b.blank();
  b.add([t.rulesTitle], 'bold');
  b.add(t.rulesHeader.slice(), 'header');
  for (const rule of rules) b.add([rule.ruleId, rule.tdr, severityLabel(rule.severity, lang), rule.evaluated, rule.failed, t.status[rule.status]]);
  return b.sheet('findings', outputMessages(lang).findingsSheet, name, lang, {
    frozenRows: header + 1,
    columnWidths: [24, 14, 30, 12, 14, 10, 18, 8, 80, 60, 30, 44, 80],
    autoFilter: `A${header + 1}:${columnName(t.findingsHeader.length)}${Math.max(last, header + 1) + 1}`,
  });
}

function workbooksSheet(members: readonly ConsolidationMember[], lang: Lang, name: string): OutputSheet {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.add([w.workbooksTitle], 'title');
  b.blank();
  const header = b.add(w.workbooksHeader.slice(), 'header');
  for (const m of members) {
    const s = m.report.summary;
    const cells: PlanCell[] = [
      m.file,
      m.report.scope ? scopeLabel(m.report.scope) : w.allGts,
      { date: m.report.referenceDate },
      s.errors, s.warnings, s.infos,
      s.total.score ?? outputMessages(lang).notApplicable,
    ];
    const r = b.add(cells);
    const first = m.parsed.workbook.sheetOrder[0];
    if (first) b.link(r, 0, first, 'A1', m.file);
  }
  return b.sheet('summary', w.workbooksSheet, name, lang, {
    frozenRows: header + 1,
    columnWidths: [34, 16, 20, 10, 16, 10, 16],
  });
}

