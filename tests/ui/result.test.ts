// toPaneResult: the core's report as the pane receives it, plain JSON for google.script.run.

import { validateWorkbook } from '../../core';
import { buildPlan } from '../../core/plan';
import { toPaneResult } from '../../ui/result';
import { readSnapshot, SAMPLE, TODAY } from '../excel-addin/support/workbooks';

describe('toPaneResult', () => {
  const { report, parsed } = validateWorkbook(readSnapshot(SAMPLE), { today: TODAY });
  const plan = buildPlan(report, parsed, { now: '2026-11-15T10:32:00Z', workbookName: 'secretariat-ptf.xlsx', existingSheets: [] });

  it('is plain JSON: no Date, no undefined, nothing lost in a round trip', () => {
    const result = toPaneResult(report, plan, '2026-11-15T10:32:00Z');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const walk = (v: unknown): void => {
      expect(v).not.toBeUndefined();
      expect(v instanceof Date).toBe(false);
      if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(result);
  });

  it('carries the counts, the GTs with their names, the findings as the JSON report has them', () => {
    const result = toPaneResult(report, plan, '2026-11-15T10:32:00Z');
    const s = report.summary;
    expect(result.counts).toEqual({ errors: s.errors, warnings: s.warnings, infos: s.infos, waived: s.waived });
    expect(result.gts.map((g) => [g.gt, g.score])).toEqual(s.gts.map((g) => [g.gt, g.score]));
    expect(result.gts.map((g) => g.name)).toEqual(plan.summary.gts.map((g) => g.name));
    expect(result.total).toMatchObject({ gt: 'total', score: s.total.score });
    expect(result.findings).toHaveLength(report.findings.length);
    expect(result.findings[0]).toEqual({
      ruleId: report.findings[0].ruleId,
      severity: report.findings[0].severity,
      tdr: report.findings[0].tdr,
      sheet: report.findings[0].sheet,
      cell: report.findings[0].cell,
      group: report.findings[0].group,
      gt: report.findings[0].gt,
      message: report.findings[0].message,
      suggestion: report.findings[0].suggestion,
      waived: report.findings[0].waived,
      waiver: report.findings[0].waiver,
    });
    expect(result.sheets).toEqual({ findings: 'Constats', summary: 'Synthèse GEC 2026-11' });
  });

  it('names no sheets and no GT names without a plan', () => {
    const result = toPaneResult(report, null, '2026-11-15T10:32:00Z');
    expect(result.sheets).toBeNull();
    expect(result.gts.every((g) => g.name === '')).toBe(true);
  });
});
