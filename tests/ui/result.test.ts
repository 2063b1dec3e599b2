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

  it('makes every message and suggestion again in the pane\'s language, as the core writes them in it (presentation.md §4)', () => {
    const english = validateWorkbook(readSnapshot(SAMPLE), { today: TODAY, language: 'en' }).report;
    expect(report.language).toBe('fr');
    const result = toPaneResult(report, plan, '2026-11-15T10:32:00Z', { displayLanguage: 'en' });
    // The sheets stay French; the pane's words are English.
    expect(result.language).toBe('fr');
    expect(result.sheets).toEqual({ findings: 'Constats', summary: 'Synthèse GEC 2026-11' });
    expect(result.findings.map((f) => f.message)).toEqual(english.findings.map((f) => f.message));
    expect(result.findings.map((f) => f.suggestion)).toEqual(english.findings.map((f) => f.suggestion));
    expect(result.findings.some((f, i) => f.message !== report.findings[i].message)).toBe(true);
    // Dates in messages as English writes them.
    expect(result.findings.some((f) => /\b20\d\d-\d\d-\d\d\b/.test(f.message))).toBe(true);
    expect(result.findings.some((f) => /\b\d\d\/\d\d\/20\d\d\b/.test(f.message))).toBe(false);
    // And back: a French pane over an English run.
    const french = toPaneResult(english, null, '2026-11-15T10:32:00Z', { displayLanguage: 'fr' });
    expect(french.findings.map((f) => f.message)).toEqual(report.findings.map((f) => f.message));
  });

  it('carries the sheets the host skipped', () => {
    const skipped = [{ sheet: 'Membres', reason: 'protected' as const, detail: '' }];
    expect(toPaneResult(report, plan, '2026-11-15T10:32:00Z', { skipped }).skipped).toEqual(skipped);
    expect(toPaneResult(report, plan, '2026-11-15T10:32:00Z').skipped).toEqual([]);
  });

  it('names no sheets and no GT names without a plan', () => {
    const result = toPaneResult(report, null, '2026-11-15T10:32:00Z');
    expect(result.sheets).toBeNull();
    expect(result.gts.every((g) => g.name === '')).toBe(true);
  });
});
