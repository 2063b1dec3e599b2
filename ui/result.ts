// From the core's report (and the plan a host applied) to the JSON the pane shows. Hosts call this
// on their side (Office.js in the task pane, Apps Script on the server), so the pane bundle never
// carries the core.
//
// The pane speaks the user's display language while the output sheets follow the workbook's
// `Langue` (presentation.md §4): given `displayLanguage`, each finding's message and suggestion
// are made again in it, from the finding's rule, message id and data.

import { findingText } from '../core/engine';
import type { Plan } from '../core/plan/types';
import { ruleById } from '../core/rules';
import type { Finding, GtSummary, Lang, Report } from '../core/types';
import type { PaneGt, PaneResult, SkippedSheet } from './host';
import { ruleText } from '../core/rules/index';

export interface PaneResultOptions {
  /** The pane's language: messages and suggestions are made in it (default: the report's). */
  displayLanguage?: Lang;
  /** Sheets the host refused to let the tool write. */
  skipped?: SkippedSheet[];
}

/** The finding's message and suggestion in `lang` (as the report has them when it is its language). */
function textIn(f: Finding, lang: Lang, reportLang: Lang): { message: string; suggestion: string } {
  if (lang === reportLang) return { message: f.message, suggestion: f.suggestion };
  const rule = ruleById(f.ruleId);
  return rule ? findingText(rule, f.messageId, f.data, lang) : { message: f.message, suggestion: f.suggestion };
}

export function toPaneResult(report: Report, plan: Plan | null, generatedAt: string, options: PaneResultOptions = {}): PaneResult {
  const lang = options.displayLanguage ?? report.language;
  const names = new Map<string, string>();
  if (plan) for (const line of plan.summary.gts) names.set(line.gt, line.name);
  const gt = (g: GtSummary, name: string): PaneGt => ({
    gt: g.gt,
    name,
    score: g.score,
    errors: g.errors,
    warnings: g.warnings,
  });
  const s = report.summary;
  return {
    language: report.language,
    workbook: report.workbook,
    referenceDate: report.referenceDate,
    ...(report.scope ? { scope: report.scope } : {}),
    generatedAt,
    counts: { errors: s.errors, warnings: s.warnings, infos: s.infos, waived: s.waived },
    gts: s.gts.map((g) => gt(g, names.get(g.gt) ?? '')),
    total: gt(s.total, ''),
    findings: report.findings.map((f) => ({
      ...textIn(f, lang, report.language),
      ruleId: f.ruleId,
      severity: f.severity,
      tdr: f.tdr,
      sheet: f.sheet,
      cell: f.cell,
      group: f.group,
      gt: f.gt,
      waived: f.waived,
      waiver: f.waiver,
    })),
    sheets: plan ? sheetNames(plan) : null,
    skipped: options.skipped ?? [],
    rules: ruleTexts(report),
  };
}

function ruleTexts(report: Report): NonNullable<PaneResult['rules']> {
  const out: NonNullable<PaneResult['rules']> = {};
  for (const f of report.findings) {
    if (out[f.ruleId]) continue;
    out[f.ruleId] = { title: { fr: ruleText(f.ruleId, 'fr').title, en: ruleText(f.ruleId, 'en').title }, quote: ruleText(f.ruleId, 'fr').quote };
  }
  return out;
}

function sheetNames(plan: Plan): PaneResult['sheets'] {
  const findings = plan.sheets.find((s) => s.kind === 'findings');
  const summary = plan.sheets.find((s) => s.kind === 'summary');
  const history = plan.sheets.find((s) => s.kind === 'history');
  if (!findings || !summary) return null;
  return history ? { findings: findings.name, summary: summary.name, history: history.name } : { findings: findings.name, summary: summary.name };
}
