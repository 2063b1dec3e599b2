// Consolidation (scope.md): the coordinators' workbooks, each checked on its own with its own
// scope, then seen together as one partnership by the consolidation rules. Host-free: the command
// line and both panes call it on the validations they made.

import type { Validation } from './index';
import type { Finding, GtSummary, Lang, RuleSummary } from './types';
import { CONSOLIDATION_RULES } from './rules';
import type { ConsolidatedWorkbook, ConsolidationReport, ConsolidationRule } from './rules/consolidation/rule';
import { columnName } from './a1';
import { formatMessage } from './messages';
import { roundHalfUp } from './engine';
import { gtCodeOf } from './workbook/model';
import { REFERENCE_GT_CODES } from './plan/summary';

/** A finding of a consolidated run: the file it belongs to (null: no workbook holds its cell). */
export interface ConsolidatedFinding extends Finding {
  workbook: string | null;
}

/** One row of the partnership's GT table: from the workbook that covers the GT. */
export interface ConsolidatedGt extends GtSummary {
  /** The file that covers it (null: none does). */
  workbook: string | null;
}

export interface ConsolidationMember extends Validation {
  /** The file name, as findings name it. */
  file: string;
}

export interface Consolidation {
  findings: ConsolidatedFinding[];
  rules: RuleSummary[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    waived: number;
    gts: ConsolidatedGt[];
    /** Every workbook's items and the consolidation's together. */
    total: GtSummary;
  };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Runs the consolidation rules over the members (in argument order) and sums up. */
export function consolidate(
  members: readonly ConsolidationMember[],
  language: Lang,
  rules: readonly ConsolidationRule[] = CONSOLIDATION_RULES,
): Consolidation {
  const workbooks: ConsolidatedWorkbook[] = members.map((m) => ({
    name: m.file,
    workbook: m.parsed.workbook,
    settings: m.parsed.settings,
  }));
  const findings: (ConsolidatedFinding & { order: number; index: number })[] = [];
  const summaries: RuleSummary[] = [];
  let order = 0;
  for (const rule of rules) {
    const evaluated = new Set<string>();
    const failed = new Set<string>();
    rule.check({
      workbooks,
      evaluate: (key) => evaluated.add(key),
      report: (r: ConsolidationReport) => {
        evaluated.add(r.item);
        failed.add(r.item);
        findings.push({ ...toFinding(rule, r, members, language), order: order++, index: r.workbook ?? -1 });
      },
    });
    const status = evaluated.size === 0 ? 'skipped' : failed.size > 0 ? 'failed' : 'passed';
    summaries.push({
      ruleId: rule.id, tdr: rule.tdr, severity: rule.defaultSeverity, status,
      evaluated: evaluated.size, failed: failed.size,
    });
  }
  findings.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.index - b.index || a.order - b.order,
  );
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;

  // The GT table: each reference GT from the first workbook whose per-GT table has it.
  const gts: ConsolidatedGt[] = REFERENCE_GT_CODES.map((gt) => {
    for (const m of members) {
      const line = m.report.summary.gts.find((g) => g.gt === gt);
      if (line && (m.report.scope ? m.report.scope.includes(gt) : m.parsed.workbook.index.gts.some((g) => gtCodeOf(g) === gt))) {
        return { ...line, workbook: m.file };
      }
    }
    return { gt, score: null, errors: 0, warnings: 0, evaluated: 0, failed: 0, workbook: null };
  });
  const total: GtSummary = { gt: 'total', score: null, errors: count('error'), warnings: count('warning'), evaluated: 0, failed: 0 };
  for (const m of members) {
    const t = m.report.summary.total;
    total.errors += t.errors;
    total.warnings += t.warnings;
    total.evaluated += t.evaluated;
    total.failed += t.failed;
  }
  for (const r of summaries) {
    if (r.severity === 'info') continue;
    total.evaluated += r.evaluated;
    total.failed += r.failed;
  }
  total.score = total.evaluated === 0 ? null : roundHalfUp(100 * (1 - total.failed / total.evaluated), 1);
  return {
    findings: findings.map(({ order: _o, index: _i, ...f }) => f),
    rules: summaries,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), waived: 0, gts, total },
  };
}

function toFinding(
  rule: ConsolidationRule,
  r: ConsolidationReport,
  members: readonly ConsolidationMember[],
  lang: Lang,
): ConsolidatedFinding {
  const data = r.data ?? {};
  const template = rule.messages[r.messageId];
  const suggestion = rule.suggestions[r.messageId] ?? rule.suggestions.default;
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    tdr: rule.tdr,
    sheet: r.sheet,
    cell: r.row !== null && r.col !== null ? `${columnName(r.col)}${r.row}` : null,
    row: r.row,
    col: r.col,
    group: r.group?.code ?? null,
    gt: gtCodeOf(r.group),
    messageId: r.messageId,
    data,
    message: template ? formatMessage(template[lang], data, lang) : r.messageId,
    suggestion: suggestion ? formatMessage(suggestion[lang], data, lang) : '',
    waived: false,
    waiver: null,
    workbook: r.workbook === null ? null : members[r.workbook].file,
  };
}

/** The worst exit code over the workbooks and the consolidation (outputs.md: 1 on any error). */
export function hasErrors(members: readonly ConsolidationMember[], consolidation: Consolidation): boolean {
  return consolidation.summary.errors > 0 || members.some((m) => m.report.summary.errors > 0);
}
