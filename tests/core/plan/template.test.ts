import { validateWorkbook } from '../../../core/index';
import { buildTemplatePlan } from '../../../core/plan';
import { REFERENCE_CLUSTERS, REFERENCE_GDS, REFERENCE_GTS } from '../../../core/reference';
import { SHEETS } from '../../../core/workbook/schema';
import type { Cell, WorkbookSnapshot } from '../../../core/types';
import type { TemplatePlan } from '../../../core/plan/types';

function snapshotOf(plan: TemplatePlan): WorkbookSnapshot {
  return {
    name: 'modele.xlsx',
    sheets: plan.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.date : v)) as Cell[]) })),
  };
}

describe('buildTemplatePlan', () => {
  test('every input sheet, in the chosen language, with the schema headers', () => {
    const fr = buildTemplatePlan('fr');
    expect(fr.sheets.map((s) => s.name)).toEqual(['Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres']);
    const en = buildTemplatePlan('en');
    expect(en.sheets.map((s) => s.name)).toEqual(['Groups', 'Members', 'Calendar', 'Decisions', 'Documents', 'Partners', 'Settings']);
    for (const [i, spec] of SHEETS.entries()) {
      expect(fr.sheets[i].rows[0]).toEqual(spec.columns.map((c) => c.fr));
      expect(en.sheets[i].rows[0]).toEqual(spec.columns.map((c) => c.en));
      expect(fr.sheets[i].frozenRows).toBe(1);
    }
  });

  test('Groupes holds the 5 GT PTF, the 14 dialogue groups and the 12 clusters', () => {
    const groups = buildTemplatePlan('fr').sheets[0];
    const rows = groups.rows.slice(1);
    expect(rows).toHaveLength(REFERENCE_GTS.length + REFERENCE_GDS.length + REFERENCE_CLUSTERS.length);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual(['GT1', 'Economie inclusive et durable', 'GT PTF', null, null, '7; 8; 9', null, null, null, null]);
    // GT4 has no reference ODD.
    expect(rows[3][5]).toBeNull();
    const eau = rows.find((r) => r[0] === 'GD-EAU')!;
    expect(eau).toEqual(['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', null, null, null, null, 'CL-WASH', null]);
    const pssan = rows.find((r) => r[0] === 'GD-PSSAN')!;
    expect(pssan[8]).toBe('CL-SECAL; CL-NUTRITION');
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(['CL-IMWG', 'Information Management Working Group', 'Cluster']);
  });

  test('drop-downs for every enumeration and for the Groupe columns', () => {
    const plan = buildTemplatePlan('fr');
    const byName = new Map(plan.sheets.map((s) => [s.name, s]));
    const list = (sheet: string, header: string) => {
      const s = byName.get(sheet)!;
      const col = (s.rows[0] as string[]).indexOf(header);
      return s.validations.find((v) => v.col === col);
    };
    expect(list('Groupes', 'Type')).toEqual({ col: 2, list: ['GT PTF', 'Groupe de dialogue', 'Groupe de dialogue ad hoc', 'Cluster'] });
    expect(list('Groupes', 'GT de rattachement')).toEqual({ col: 3, source: { sheet: 'Groupes', col: 0 } });
    expect(list('Groupes', 'CPS')).toMatchObject({ list: expect.arrayContaining(['CPS-SDR', 'CPS-SJ']) });
    expect(list('Membres', 'Rôle')).toMatchObject({ list: ['Membre', 'Dialogue Leader', 'Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant'] });
    expect(list('Membres', 'Point focal Nexus')).toMatchObject({ list: ['Oui', 'Non'] });
    expect(list('Membres', 'Groupe')).toMatchObject({ source: { sheet: 'Groupes', col: 0 } });
    expect(list('Calendrier', 'Type')).toMatchObject({ list: expect.arrayContaining(['Coordination GT', 'Troïka']) });
    expect((list('Calendrier', 'Type') as { list: string[] }).list).toHaveLength(14);
    expect(list('Calendrier', 'Statut')).toMatchObject({ list: ['Prévue', 'Tenue', 'Annulée', 'Reportée'] });
    expect(list('Calendrier', 'Groupe')).toMatchObject({ source: { sheet: 'Groupes', col: 0 } });
    expect(list('Décisions', 'Statut')).toMatchObject({ list: ['Ouverte', 'Réalisée', 'Abandonnée'] });
    expect(list('Documents', 'Type')).toMatchObject({ list: ['TdR', 'Programme de travail annuel', 'Bilan annuel', 'Priorités annuelles'] });
    expect(list('PTF', 'Type')).toMatchObject({ list: ['Bilatéral', 'Multilatéral', 'Autre'] });
    const en = buildTemplatePlan('en');
    expect(en.sheets[0].validations.find((v) => v.col === 2)).toEqual({ col: 2, list: ['GT PTF', 'Dialogue group', 'Ad hoc dialogue group', 'Humanitarian cluster'] });
    expect(en.sheets[1].validations.find((v) => v.col === 0)).toEqual({ col: 0, source: { sheet: 'Groups', col: 0 } });
  });

  test('date and time columns', () => {
    const [, members, calendar, decisions, documents] = buildTemplatePlan('fr').sheets;
    expect(members.dateColumns).toEqual([8, 9, 10]);
    expect(calendar.dateColumns).toEqual([1, 7, 8]);
    expect(calendar.timeColumns).toEqual([2, 3]);
    expect(decisions.dateColumns).toEqual([5, 7]);
    expect(documents.dateColumns).toEqual([3]);
  });

  test('adds only the missing sheets, whatever language they are named in', () => {
    const plan = buildTemplatePlan('fr', [
      { name: 'Members', ownedByTool: false },
      { name: 'calendrier', ownedByTool: false },
      { name: 'Constats', ownedByTool: true },
    ]);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Groupes', 'Décisions', 'Documents', 'PTF', 'Paramètres']);
  });

  test("a user's own Groupes sheet: no drop-down that would guess where its codes are", () => {
    const plan = buildTemplatePlan('fr', [{ name: 'Groupes', ownedByTool: false }]);
    expect(plan.sheets.flatMap((s) => s.validations).some((v) => 'source' in v)).toBe(false);
  });

  test.each(['fr', 'en'] as const)('the %s template reads back as the TdR structure, without data errors', (lang) => {
    const { report } = validateWorkbook(snapshotOf(buildTemplatePlan(lang)), { today: '2026-11-15' });
    const bad = report.findings.filter((f) =>
      ['data/invalid-value', 'data/unknown-reference', 'data/duplicate', 'data/missing-column', 'data/missing-sheet', 'structure/gt-set', 'structure/gd-parent', 'structure/gd-placement', 'structure/gd-missing'].includes(f.ruleId),
    );
    expect(bad).toEqual([]);
    expect(report.language).toBe(lang);
  });
});
