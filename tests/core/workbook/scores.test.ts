// Counting and scores (rules.md, "Counting, scores, severities, order"), with test rules whose
// items and findings are set by each case.

import { run, testRule, type Sheets } from './helpers';
import requiredValue from '../../../core/rules/data/required-value';
import { roundHalfUp } from '../../../core/engine';
import { validateWorkbook } from '../../../core/index';
import type { Rule, RuleContext } from '../../../core/rules/rule';
import type { Cell, GtSummary, Severity } from '../../../core/types';
import type { GroupRow } from '../../../core/workbook/model';

/**
 * Groupes: GT2 (row 2, reference GT2), GD-SANTE under GT2 (row 3), GT-CH (row 4, named after the
 * reference GT1: its GT is GT1), GT-X (row 5, a GT PTF matching no reference GT), CL-NUT (row 6),
 * GD-ORPHELIN with no GT (row 7). Each row has a Dérogations cell.
 */
function sheets(waivers: Record<string, string> = {}): Sheets {
  const row = (code: string, name: string, type: string, parent: string): Cell[] => [code, name, type, parent, waivers[code] ?? ''];
  return {
    Groupes: [
      ['Code', 'Nom', 'Type', 'GT de rattachement', 'Dérogations'],
      row('GT2', 'Capital humain', 'GT PTF', ''),
      row('GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'),
      row('GT-CH', 'Economie inclusive et durable', 'GT PTF', ''),
      row('GT-X', 'Groupe sans modèle', 'GT PTF', ''),
      row('CL-NUT', 'Nutrition', 'Cluster', ''),
      row('GD-ORPHELIN', 'Orphelin', 'Groupe de dialogue', ''),
    ],
    Membres: [['Groupe', 'PTF', 'Rôle']],
    Calendrier: [['Date', 'Type', 'Statut']],
  };
}

const group = (c: RuleContext, code: string | null): GroupRow | null =>
  code === null ? null : c.workbook.groups!.rows.find((g) => g.code === code)!;

/** A rule with `n` items of a group, the first `failed` of which fail (anchored on the group's row). */
function counting(id: string, plan: { group: string | null; n: number; failed: number }[], extra: Partial<Rule> = {}): Rule {
  return testRule(
    id,
    (c) => {
      plan.forEach((p, j) => {
        const g = group(c, p.group);
        for (let i = 0; i < p.n; i++) {
          const item = `${j}:${i}`;
          c.evaluate(item, g);
          if (i < p.failed) c.report({ item, messageId: 'm', data: { x: i }, sheet: 'Groupes', row: g ? g.row : 2, col: 1, group: g });
        }
      });
    },
    extra,
  );
}

const gt = (r: { gts: GtSummary[] }, code: string) => r.gts.find((g) => g.gt === code);

describe('scores', () => {
  it.each<[number, number, number]>([
    [16, 1, 93.8], // 93.75: half up
    [80, 3, 96.3], // 96.25
    [80, 29, 63.8], // 63.75, computed as 63.74999999999999: binary noise must not round it down
    [80, 79, 1.3], // 1.25, computed as 1.2499999999999956
    [8, 1, 87.5],
    [3, 1, 66.7],
    [6, 1, 83.3],
    [7, 1, 85.7],
    [40, 1, 97.5],
    [400, 1, 99.8], // 99.75
    [2, 2, 0],
    [5, 0, 100],
  ])('%i items, %i failed: %p', (n, failed, score) => {
    const r = run(sheets(), [counting('structure/a', [{ group: 'GT2', n, failed }])]);
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: n, failed, score });
    expect(r.total).toMatchObject({ evaluated: n, failed, score });
  });

  it('roundHalfUp', () => {
    expect(roundHalfUp(93.75, 1)).toBe(93.8);
    expect(roundHalfUp(93.74999, 1)).toBe(93.7);
    expect(roundHalfUp(0.05, 1)).toBe(0.1);
    expect(roundHalfUp(100 * (1 - 3 / 80), 1)).toBe(96.3);
    expect(roundHalfUp(100 * (1 - 1 / 3), 1)).toBe(66.7);
  });

  it('sums over the rules: 100 × (1 − Σfailed / Σevaluated), not the mean of the rules’ rates', () => {
    const r = run(sheets(), [
      counting('structure/a', [{ group: 'GT2', n: 2, failed: 1 }]),
      counting('membership/b', [{ group: 'GT2', n: 14, failed: 0 }], { defaultSeverity: 'error', area: 'membership' }),
    ]);
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 16, failed: 1, score: 93.8 });
  });

  it('no score (null, never 100) when nothing was evaluated; every reference GT has a row', () => {
    const r = run(sheets(), [counting('structure/a', [{ group: 'GT2', n: 4, failed: 0 }])]);
    expect(r.gts.map((g) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    expect(gt(r, 'GT2')!.score).toBe(100);
    for (const code of ['GT1', 'GT3', 'GT4', 'GT5']) expect(gt(r, code)).toMatchObject({ score: null, evaluated: 0, failed: 0 });
    const none = run(sheets(), []);
    expect(none.total.score).toBeNull();
    expect(none.gts.every((g) => g.score === null)).toBe(true);
  });

  it('a dialogue group’s items count in its GT; a GT row matching a reference GT counts under GT1..GT5; another under its code', () => {
    const r = run(sheets(), [
      counting('structure/a', [
        { group: 'GD-SANTE', n: 4, failed: 1 },
        { group: 'GT-CH', n: 2, failed: 1 },
        { group: 'GT-X', n: 5, failed: 5 },
      ]),
    ]);
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 4, failed: 1, score: 75 });
    expect(gt(r, 'GT1')).toMatchObject({ evaluated: 2, failed: 1, score: 50 });
    expect(gt(r, 'GT-X')).toMatchObject({ evaluated: 5, failed: 5, score: 0 });
    expect(r.gts.map((g) => g.gt).sort()).toEqual(['GT-X', 'GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    expect(r.total).toMatchObject({ evaluated: 11, failed: 7, score: 36.4 });
  });

  it('items with a null GT (no group, a cluster, a dialogue group without GT) count in the total only', () => {
    const r = run(sheets(), [
      counting('structure/a', [
        { group: 'GT2', n: 3, failed: 0 },
        { group: null, n: 2, failed: 2 },
        { group: 'CL-NUT', n: 2, failed: 1 },
        { group: 'GD-ORPHELIN', n: 1, failed: 1 },
      ]),
    ]);
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 3, failed: 0, score: 100 });
    expect(r.total).toMatchObject({ evaluated: 8, failed: 4, score: 50 });
    expect(r.gts.map((g) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    // The findings' gt is null for those.
    expect(r.findings.filter((f) => f.gt === null)).toHaveLength(4);
  });

  it('only non-data rules graded error or warning count (effective severity)', () => {
    const r = run(
      {
        ...sheets(),
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', '', 'Membre']],
        'Paramètres': [['Paramètre', 'Valeur'], ['structure/raised', 'avertissement'], ['structure/lowered', 'info'], ['structure/off', 'off']],
      },
      [
        requiredValue,
        counting('structure/info', [{ group: 'GT2', n: 10, failed: 10 }], { defaultSeverity: 'info' }),
        counting('structure/raised', [{ group: 'GT2', n: 2, failed: 1 }], { defaultSeverity: 'info' }),
        counting('structure/lowered', [{ group: 'GT2', n: 10, failed: 10 }], { defaultSeverity: 'error' }),
        counting('structure/off', [{ group: 'GT2', n: 10, failed: 10 }]),
        counting('structure/error', [{ group: 'GT2', n: 2, failed: 0 }], { defaultSeverity: 'error' }),
      ],
    );
    // data/required-value failed a GT2 row: not in the score. Items: raised 2 (1 failed) + error 2.
    expect(r.of('data/required-value')).toHaveLength(1);
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 4, failed: 1, score: 75 });
    expect(r.total).toMatchObject({ evaluated: 4, failed: 1, score: 75 });
  });

  it('an item is counted once however many findings it has; a repeated evaluate counts once', () => {
    const rule = testRule('structure/a', (c) => {
      const g = group(c, 'GT2');
      c.evaluate('x', g);
      c.evaluate('x', g);
      c.evaluate('y', g);
      for (let i = 0; i < 3; i++) c.report({ item: 'x', messageId: 'm', data: { x: i }, sheet: 'Groupes', row: 2, col: 1, group: g });
    });
    const r = run(sheets(), [rule]);
    expect(r.summary('structure/a')).toMatchObject({ evaluated: 2, failed: 1, status: 'failed' });
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 2, failed: 1, score: 50, warnings: 3 });
  });

  it('waived findings count only as waived: not in failed, the scores, or the error and warning totals', () => {
    const rules = [
      counting('structure/a', [{ group: 'GT2', n: 4, failed: 2 }]),
      counting('structure/b', [{ group: 'GT2', n: 4, failed: 1 }], { defaultSeverity: 'error' }),
    ];
    const r = run(sheets({ GT2: 'structure/a: GT en restructuration' }), rules);
    expect(r.of('structure/a').map((f) => f.waived)).toEqual([true, true]);
    expect(r.summary('structure/a')).toMatchObject({ evaluated: 4, failed: 0, status: 'passed' });
    expect(gt(r, 'GT2')).toMatchObject({ evaluated: 8, failed: 1, score: 87.5, errors: 1, warnings: 0 });
    expect(r.total).toMatchObject({ errors: 1, warnings: 0 });
    const { report } = validateWorkbook(
      { sheets: Object.entries(sheets({ GT2: 'structure/a: GT en restructuration' })).map(([name, rows]) => ({ name, rows })) },
      { today: '2026-11-15', rules },
    );
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0, waived: 2 });
  });

  it('errors and warnings per GT and in total count the non-waived findings of every rule (data too)', () => {
    const sev = (id: string, s: Severity, g: string | null, n: number) => counting(id, [{ group: g, n, failed: n }], { defaultSeverity: s });
    const r = run({ ...sheets(), Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', '', 'Membre']] }, [
      requiredValue,
      sev('structure/e', 'error', 'GT2', 2),
      sev('structure/w', 'warning', 'GD-SANTE', 3),
      sev('structure/i', 'info', 'GT2', 4),
      sev('structure/n', 'warning', null, 1),
    ]);
    expect(gt(r, 'GT2')).toMatchObject({ errors: 3, warnings: 3 });
    expect(r.total).toMatchObject({ errors: 3, warnings: 4 });
  });
});

describe('the per-rule table', () => {
  it('passed, failed, skipped (nothing evaluated) and off; one row per rule, in catalogue order', () => {
    const r = run({ ...sheets(), 'Paramètres': [['Paramètre', 'Valeur'], ['structure/d', 'désactivée']] }, [
      counting('structure/a', [{ group: 'GT2', n: 2, failed: 0 }]),
      counting('structure/b', [{ group: 'GT2', n: 2, failed: 2 }], { defaultSeverity: 'info' }),
      counting('structure/c', []),
      counting('structure/d', [{ group: 'GT2', n: 2, failed: 1 }]),
    ]);
    expect(r.rules).toEqual([
      { ruleId: 'structure/a', tdr: 'II.1', severity: 'warning', status: 'passed', evaluated: 2, failed: 0 },
      { ruleId: 'structure/b', tdr: 'II.1', severity: 'info', status: 'failed', evaluated: 2, failed: 2 },
      { ruleId: 'structure/c', tdr: 'II.1', severity: 'warning', status: 'skipped', evaluated: 0, failed: 0 },
      { ruleId: 'structure/d', tdr: 'II.1', severity: 'off', status: 'off', evaluated: 0, failed: 0 },
    ]);
  });
});
