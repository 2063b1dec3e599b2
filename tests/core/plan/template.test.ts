import { validateWorkbook } from '../../../core/index';
import { buildTemplatePlan, README_WIDTH } from '../../../core/plan/template';
import { REFERENCE_CLUSTERS, REFERENCE_GDS, REFERENCE_GTS } from '../../../core/reference';
import { SHEETS } from '../../../core/workbook/schema';
import { SETTING_KEYS } from '../../../core/workbook/settings-sheet';
import { defaultSettings } from '../../../core/settings';
import type { Cell, WorkbookSnapshot } from '../../../core/types';
import type { TemplatePlan } from '../../../core/plan/types';

function snapshotOf(plan: TemplatePlan): WorkbookSnapshot {
  return {
    name: 'modele.xlsx',
    sheets: plan.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.date : v)) as Cell[]) })),
  };
}

/** The plan without its Lisez-moi sheet: the input sheets, in SHEETS order. */
function inputs(plan: TemplatePlan): TemplatePlan {
  return { ...plan, sheets: plan.sheets.filter((s) => s.key !== 'readme') };
}

describe('buildTemplatePlan', () => {
  test('every input sheet, in the chosen language, with the schema headers', () => {
    // presentation.md §6: a Lisez-moi (Read me) sheet first, then the input sheets.
    const fr = inputs(buildTemplatePlan('fr'));
    expect(buildTemplatePlan('fr').sheets.map((s) => s.name)).toEqual(['Lisez-moi', 'Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres']);
    const en = inputs(buildTemplatePlan('en'));
    expect(buildTemplatePlan('en').sheets.map((s) => s.name)).toEqual(['Read me', 'Groups', 'Members', 'Calendar', 'Decisions', 'Documents', 'Partners', 'Settings']);
    for (const [i, spec] of SHEETS.entries()) {
      // Paramètres has a third, help column after the two the reader uses.
      expect(fr.sheets[i].rows[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.fr));
      expect(en.sheets[i].rows[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.en));
      expect(fr.sheets[i].frozenRows).toBe(1);
    }
  });

  test('Groupes holds the 5 GT PTF, the 14 dialogue groups and the 12 clusters', () => {
    const groups = inputs(buildTemplatePlan('fr')).sheets[0];
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
    // GT de rattachement offers the GT PTF rows only (Groupes!A2:A6), not every group.
    expect(list('Groupes', 'GT de rattachement')).toEqual({ col: 3, source: { sheet: 'Groupes', col: 0, firstRow: 2, lastRow: 6 } });
    expect(byName.get('Groupes')!.rows.slice(1, 6).map((r) => r[2])).toEqual(Array(5).fill('GT PTF'));
    expect(byName.get('Groupes')!.rows[6][2]).not.toBe('GT PTF');
    // The partner columns drop down from the PTF sheet's acronyms; Décisions › Réunion from Calendrier's IDs.
    expect(list('Membres', 'PTF')).toEqual({ col: 1, source: { sheet: 'PTF', col: 0 } });
    expect(list('Décisions', 'Responsable')).toEqual({ col: 4, source: { sheet: 'PTF', col: 0 } });
    expect(list('Calendrier', 'Représentant coordination GT')).toMatchObject({ source: { sheet: 'PTF', col: 0 } });
    expect(list('Décisions', 'Réunion')).toEqual({ col: 1, source: { sheet: 'Calendrier', col: 0 } });
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
    const en = inputs(buildTemplatePlan('en'));
    expect(en.sheets[0].validations.find((v) => v.col === 2)).toEqual({ col: 2, list: ['GT PTF', 'Dialogue group', 'Ad hoc dialogue group', 'Humanitarian cluster'] });
    expect(en.sheets[1].validations.find((v) => v.col === 0)).toEqual({ col: 0, source: { sheet: 'Groups', col: 0 } });
  });

  test('date and time columns', () => {
    const [, members, calendar, decisions, documents] = inputs(buildTemplatePlan('fr')).sheets;
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
    expect(plan.sheets.map((s) => s.name)).toEqual(['Lisez-moi', 'Groupes', 'Décisions', 'Documents', 'PTF', 'Paramètres']);
    // A workbook with every input sheet gets nothing, not even a Lisez-moi on its own.
    const full = buildTemplatePlan('en', SHEETS.map((s) => ({ name: s.fr, ownedByTool: false })));
    expect(full.sheets).toEqual([]);
    // An existing Read me (either language) is not added twice.
    expect(buildTemplatePlan('fr', [{ name: 'Read me', ownedByTool: false }]).sheets[0].name).toBe('Groupes');
  });

  test("a user's own Groupes sheet: no drop-down that would guess where its codes are", () => {
    const plan = buildTemplatePlan('fr', [{ name: 'Groupes', ownedByTool: false }]);
    expect(plan.sheets.flatMap((s) => s.validations).some((v) => 'source' in v && v.source.sheet === 'Groupes')).toBe(false);
    // Same for a user's own PTF sheet.
    const own = buildTemplatePlan('fr', [{ name: 'Partenaires', ownedByTool: false }]);
    expect(own.sheets.flatMap((s) => s.validations).some((v) => 'source' in v && v.source.sheet === 'PTF')).toBe(false);
  });

  test.each(['fr', 'en'] as const)('the %s template reads back as the TdR structure, without data errors', (lang) => {
    const { report } = validateWorkbook(snapshotOf(buildTemplatePlan(lang)), { today: '2026-11-15' });
    const bad = report.findings.filter((f) =>
      ['data/invalid-value', 'data/unknown-reference', 'data/duplicate', 'data/missing-column', 'data/missing-sheet', 'structure/gt-set', 'structure/gd-parent', 'structure/gd-placement', 'structure/gd-missing'].includes(f.ruleId),
    );
    expect(bad).toEqual([]);
    expect(report.language).toBe(lang);
  });

  test('Paramètres lists every setting with its default value and a line of help, and reads back as the defaults', () => {
    for (const lang of ['fr', 'en'] as const) {
      const settings = buildTemplatePlan(lang).sheets.find((s) => s.key === 'settings')!;
      expect(settings.rows[0]).toEqual(lang === 'fr' ? ['Paramètre', 'Valeur', 'Explication'] : ['Setting', 'Value', 'Help']);
      const keys = settings.rows.slice(1).map((r) => r[0]);
      // Every setting but the reference date (blank = today, explained in Lisez-moi).
      for (const k of SETTING_KEYS.filter((k) => k.name !== 'referenceDate')) expect(keys).toContain(k.aliases[lang === 'fr' ? 0 : 1]);
      for (const r of settings.rows.slice(1)) {
        // Périmètre's default is blank (all five GT, scope.md); every other setting shows its value.
        if (r[0] === (lang === 'fr' ? 'Périmètre' : 'Scope')) expect(r[1]).toBeNull();
        else expect(r[1]).not.toBeNull();
        expect(String(r[2]).length).toBeGreaterThan(20);
      }
      const { parsed, report } = validateWorkbook(snapshotOf(buildTemplatePlan(lang)), { today: '2026-11-15' });
      expect(report.findings.filter((f) => f.sheet === settings.name)).toEqual([]);
      const { severities: _a, referenceDate: _b, ...read } = parsed.settings;
      const { severities: _c, referenceDate: _d, ...defaults } = defaultSettings(0);
      expect(read).toEqual({ ...defaults, language: lang });
    }
  });

  test('Lisez-moi says, in a page, how to fill the workbook and run the check', () => {
    const readme = buildTemplatePlan('fr').sheets[0];
    const text = readme.rows.map((r) => r[0] ?? '').join('\n');
    for (const word of ['Groupes', 'PTF', 'Membres', 'Calendrier', 'Paramètres', 'Date de référence', 'Vérifier', 'Constats', 'Dérogations']) expect(text).toContain(word);
    expect(readme.rows.length).toBeLessThanOrEqual(40);
    // One A4 page: every line fits its column unwrapped (Sheets has no page setup), and the hosts
    // that have one fit the sheet to one page, portrait.
    for (const lang of ['fr', 'en'] as const) {
      const sheet = buildTemplatePlan(lang).sheets[0];
      expect(sheet.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToOnePage: true });
      expect(sheet.columnWidths).toEqual([README_WIDTH]);
      for (const r of sheet.rows) expect(String(r[0] ?? '').length).toBeLessThanOrEqual(README_WIDTH);
      expect(sheet.rows.length).toBeLessThanOrEqual(30);
    }
    expect(inputs(buildTemplatePlan('fr')).sheets.every((s) => s.print === undefined)).toBe(true);
    expect(buildTemplatePlan('en').sheets[0].rows.map((r) => r[0] ?? '').join('\n')).toContain('Reference date');
  });

  test('column widths fit the headers and the pre-filled values', () => {
    for (const sheet of inputs(buildTemplatePlan('fr')).sheets) {
      sheet.rows[0].forEach((h, c) => expect(sheet.columnWidths[c]).toBeGreaterThanOrEqual(Math.min(60, String(h).length + 2)));
      for (const row of sheet.rows) {
        row.forEach((v, c) => {
          if (typeof v === 'string') expect(sheet.columnWidths[c]).toBeGreaterThanOrEqual(Math.min(60, v.length));
        });
      }
    }
    const groups = inputs(buildTemplatePlan('fr')).sheets[0];
    expect(groups.columnWidths[1]).toBeGreaterThanOrEqual('Information Management Working Group'.length);
  });

  test.each(['fr', 'en'] as const)('the first check of a fresh %s template says what to fill first, not dozens of errors', (lang) => {
    const { report } = validateWorkbook(snapshotOf(buildTemplatePlan(lang)), { today: '2026-11-15' });
    expect(report.summary.errors).toBe(0);
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    // One info per empty sheet (Membres, Calendrier, Documents) and one per Groupes column no group
    // has filled yet (the CPS of the dialogue groups, the theme and expected results of the GT
    // PTF), in place of the 24 per-group warnings they would cause: six lines, nothing else.
    expect(Object.fromEntries(byRule)).toEqual({ 'data/empty-sheet': 6 });
    expect(report.summary.warnings).toBe(0);
    const empty = report.findings.filter((f) => f.ruleId === 'data/empty-sheet');
    const groups = lang === 'fr' ? 'Groupes' : 'Groups';
    expect(empty.map((f) => f.sheet)).toEqual(
      lang === 'fr' ? [groups, groups, groups, 'Membres', 'Calendrier', 'Documents'] : [groups, groups, groups, 'Members', 'Calendar', 'Documents'],
    );
    // The column findings sit on the header cells of CPS, Thématique portée and Résultats attendus.
    expect(empty.slice(0, 3).map((f) => f.cell)).toEqual(['E1', 'G1', 'H1']);
    expect(empty.every((f) => f.severity === 'info' && f.suggestion.length > 0)).toBe(true);
  });
});
