// The JSON report of outputs.md section 4: exactly the specified fields, in the specified order.

import type { Report } from '../core/types';

export function jsonReport(report: Report): string {
  const out = {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    workbook: report.workbook,
    referenceDate: report.referenceDate,
    language: report.language,
    findings: report.findings.map((f) => ({
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
    })),
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
  return JSON.stringify(out, null, 2) + '\n';
}
