// The JSON report of outputs.md section 4: exactly the specified fields, in the specified order.

import type { Finding, Report } from '../core/types';

export function jsonReport(report: Report): string {
  return JSON.stringify(reportObject(report), null, 2) + '\n';
}

/** The report's JSON object; `workbook`: each finding names its file (a consolidated run). */
export function reportObject(report: Report, workbook?: string) {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    workbook: report.workbook,
    referenceDate: report.referenceDate,
    ...(report.scope ? { scope: report.scope } : {}),
    language: report.language,
    findings: report.findings.map((f) => findingObject(f, workbook)),
    rules: report.rules.map((r) => ({
      ruleId: r.ruleId,
      tdr: r.tdr,
      severity: r.severity,
      status: r.status,
      evaluated: r.evaluated,
      failed: r.failed,
    })),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
      waived: report.summary.waived,
      gts: report.summary.gts.map((g) => ({ gt: g.gt, score: g.score, errors: g.errors, warnings: g.warnings })),
    },
  };
}

/** One finding as the JSON report writes it (exactly the specified fields, in order). */
export function findingObject(f: Finding, workbook?: string | null) {
  return {
    ...(workbook !== undefined ? { workbook } : {}),
    ruleId: f.ruleId,
    severity: f.severity,
    tdr: f.tdr,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    group: f.group,
    gt: f.gt,
    message: f.message,
    suggestion: f.suggestion,
    waived: f.waived,
    waiver: f.waiver,
  };
}
