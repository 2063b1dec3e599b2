// scope.md: group rules evaluate only groups in scope; the per-GT table shows only the GT in
// scope; the Périmètre setting is read, matched like `GT de rattachement`, and an unknown value
// is data/invalid-value with the scope left at all five.
import { validate } from '../../../core';
import { ruleTester } from '../../support/rule-tester';
import expert from '../../../core/rules/membership/expert';
import type { Cell, WorkbookSnapshot } from '../../../core/types';

const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT1', 'Economie inclusive et durable', 'GT PTF', ''],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GD-FEMMES', 'Autonomisation des femmes', 'Groupe de dialogue', 'GT1'],
  ['CL-SANTE', 'Santé', 'Cluster', ''],
];
const MEMBRES: Cell[][] = [
  ['Groupe', 'PTF', 'Rôle', 'Expert titulaire'],
  ['GD-SANTE', 'UE', 'Membre', 'A. Traoré'],
  ['GD-FEMMES', 'OMS', 'Membre', ''],
];
const sheets = { Groupes: GROUPES, Membres: MEMBRES, Calendrier: [['Date', 'Type', 'Statut']] };

ruleTester(expert, {
  valid: [
    {
      name: 'scope GT2: the GT1 group’s row is not evaluated',
      date: '2026-11-15',
      sheets,
      settings: [['Périmètre', 'GT2']],
      evaluated: 1,
    },
  ],
  invalid: [
    {
      name: 'scope GT1: the GT1 group’s row is',
      date: '2026-11-15',
      sheets,
      settings: [['Périmètre', 'GT1']],
      errors: [{ messageId: 'blank', cell: 'D3', group: 'GD-FEMMES' }],
      evaluated: 1,
    },
  ],
});

function snapshot(scope: Cell): WorkbookSnapshot {
  return {
    name: 'coord.xlsx',
    sheets: [
      ...Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
      { name: 'Paramètres', rows: [['Paramètre', 'Valeur'], ['Périmètre', scope]] },
    ],
  };
}

describe('scope in the report', () => {
  it('a scope shows in the report, and the per-GT table holds only the GT in scope', () => {
    const r = validate(snapshot('Capital humain'), { today: '2026-11-15' });
    expect(r.scope).toEqual(['GT2']);
    expect(r.summary.gts.map((g) => g.gt)).toEqual(['GT2']);
    // What remains of GT1 says only that it belongs in another coordinator's workbook.
    expect(r.findings.filter((f) => f.gt === 'GT1').map((f) => `${f.ruleId} ${f.messageId}`)).toEqual([
      'structure/gt-set outOfScope',
      'structure/gd-placement outOfScope',
    ]);
  });

  it('blank Périmètre: all five GT, no scope field (the report keeps its shape)', () => {
    const r = validate(snapshot(''), { today: '2026-11-15' });
    expect('scope' in r).toBe(false);
    expect(r.summary.gts.map((g) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
  });

  it('an unknown Périmètre is data/invalid-value on its cell, and the scope is all five', () => {
    const r = validate(snapshot('GT2; GT9'), { today: '2026-11-15' });
    expect('scope' in r).toBe(false);
    const bad = r.findings.filter((f) => f.ruleId === 'data/invalid-value');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ sheet: 'Paramètres', cell: 'B2' });
    expect(bad[0].message).toContain('GT9');
  });

  it('the caller’s scope (the command line) wins over Périmètre', () => {
    const r = validate(snapshot('GT2'), { today: '2026-11-15', scope: ['GT1'] });
    expect(r.scope).toEqual(['GT1']);
    expect(r.findings.some((f) => f.ruleId === 'membership/expert' && f.group === 'GD-FEMMES')).toBe(true);
  });

  it('a Groupes GT row’s own code names it too (matched like GT de rattachement)', () => {
    const s = snapshot('CH');
    s.sheets[0].rows = GROUPES.map((r) => (r[0] === 'GT2' ? ['CH', 'Capital humain', 'GT PTF', ''] : r));
    expect(validate(s, { today: '2026-11-15' }).scope).toEqual(['GT2']);
  });
});
