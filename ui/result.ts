// From the core's report (and the plan a host applied) to the JSON the pane shows. Hosts call this
// on their side (Office.js in the task pane, Apps Script on the server), so the pane bundle never
// carries the core.

import type { Plan } from '../core/plan/types';
import type { GtSummary, Report } from '../core/types';
import type { PaneGt, PaneResult } from './host';

export function toPaneResult(report: Report, plan: Plan | null, generatedAt: string): PaneResult {
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
    generatedAt,
    counts: { errors: s.errors, warnings: s.warnings, infos: s.infos, waived: s.waived },
    gts: s.gts.map((g) => gt(g, names.get(g.gt) ?? '')),
    total: gt(s.total, ''),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      tdr: f.tdr,
      sheet: f.sheet,
      cell: f.cell,
      group: f.group,
      gt: f.gt,
      message: f.message,
      suggestion: f.suggestion,
      waived: f.waived,
      waiver: f.waiver,
    })),
    sheets: plan ? sheetNames(plan) : null,
  };
}

function sheetNames(plan: Plan): PaneResult['sheets'] {
  const findings = plan.sheets.find((s) => s.kind === 'findings');
  const summary = plan.sheets.find((s) => s.kind === 'summary');
  return findings && summary ? { findings: findings.name, summary: summary.name } : null;
}
