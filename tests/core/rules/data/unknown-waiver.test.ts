import rule from '../../../../core/rules/data/unknown-waiver';
import { validateWorkbook } from '../../../../core/index';
import { CALENDRIER_HEADER, MEMBRES_HEADER, fakeRule, groupes, runWaivers } from './waiver-fixtures';

const ID = 'data/unknown-waiver';

describe(ID, () => {
  it('has its metadata and runs in the waivers phase, warning by default', () => {
    expect(rule.defaultSeverity).toBe('warning');
    expect(rule.phase).toBe('waivers');
    for (const m of Object.values(rule.messages)) expect(m.fr && m.en).toBeTruthy();
  });

  it('a waiver naming no rule id: the Dérogations cell, one finding per unknown item', () => {
    const r = runWaivers(
      {
        Groupes: groupes('structure/fakes: faute de frappe'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', 'UE', 'Membre', 'agenda: urgence; data/required-value: x\nCalendar agenda']],
        Calendrier: [CALENDRIER_HEADER],
      },
      [fakeRule([])],
    );
    const found = r.of(ID);
    expect(r.cells(ID)).toEqual(['Groupes!E2', 'Membres!D2', 'Membres!D2']);
    expect(found.map((f) => f.data.ruleId)).toEqual(['structure/fakes', 'agenda', 'Calendar agenda']);
    expect(found.map((f) => [f.severity, f.group, f.gt])).toEqual([
      ['warning', 'GT2', 'GT2'],
      ['warning', 'GD-SANTE', 'GT2'],
      ['warning', 'GD-SANTE', 'GT2'],
    ]);
    expect(found.every((f) => !f.waived)).toBe(true);
    // Items: every waiver item of the workbook; a cell fails once per unknown item.
    expect(r.summary(ID)).toMatchObject({ evaluated: 4, failed: 3, status: 'failed' });
  });

  it('known rule ids (with or without a justification, spaces around) give nothing', () => {
    const r = runWaivers(
      {
        Groupes: groupes(' structure/fake : dérogation du GEC '),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', 'UE', 'Membre', 'data/required-value;\n\ndata/duplicate']],
        Calendrier: [CALENDRIER_HEADER, ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', ';']],
      },
      [fakeRule([])],
    );
    expect(r.of(ID)).toEqual([]);
    expect(r.summary(ID)).toMatchObject({ evaluated: 3, failed: 0, status: 'passed' });
  });

  it('no Dérogations anywhere: skipped', () => {
    const r = runWaivers({ Groupes: groupes(), Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: [['Date', 'Type', 'Statut']] });
    expect(r.summary(ID)).toMatchObject({ evaluated: 0, status: 'skipped' });
  });

  it('waivers on Calendrier, Décisions and Documents rows too', () => {
    const r = runWaivers({
      Groupes: groupes(),
      Membres: [MEMBRES_HEADER],
      Calendrier: [CALENDRIER_HEADER, ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 'x/y']],
      'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut', 'Dérogation'], ['GT2', 'a', 'UE', '2026-12-01', 'Ouverte', 'z']],
      Documents: [['Groupe', 'Type', 'Année', 'Waivers'], ['GD-SANTE', 'TdR', 2026, 'w']],
    });
    expect(r.cells(ID)).toEqual(['Calendrier!E2', 'Décisions!F2', 'Documents!D2']);
  });

  it('it cannot itself be waived', () => {
    const r = runWaivers({ Groupes: groupes('data/unknown-waiver: on sait; inconnue: oui'), Membres: [MEMBRES_HEADER], Calendrier: [CALENDRIER_HEADER] });
    expect(r.of(ID).map((f) => [f.data.ruleId, f.waived])).toEqual([['inconnue', false]]);
  });

  it('with the whole catalogue, every rule id of rules.md is known', () => {
    const { report } = validateWorkbook(
      {
        sheets: [
          { name: 'Groupes', rows: groupes('calendar/agenda: x; membership/expert: y; structure/gt-set: z; documents/gd-exempt: t; decisions/overdue: u') },
          { name: 'Membres', rows: [['Groupe', 'PTF', 'Rôle']] },
          { name: 'Calendrier', rows: [['Date', 'Type', 'Statut']] },
        ],
      },
      { referenceDate: '2026-11-15' },
    );
    expect(report.findings.filter((f) => f.ruleId === ID)).toEqual([]);
  });
});
