import rule from '../../../../core/rules/data/unused-waiver';
import { CALENDRIER_HEADER, MEMBRES_HEADER, fakeRule, groupes, runWaivers } from './waiver-fixtures';

const ID = 'data/unused-waiver';

describe(ID, () => {
  it('has its metadata: info by default, waivers phase', () => {
    expect(rule.defaultSeverity).toBe('info');
    expect(rule.phase).toBe('waivers');
  });

  it('a waiver of a known rule that matched no finding on its row: the Dérogations cell', () => {
    const r = runWaivers(
      {
        Groupes: groupes('structure/fake: x', 'structure/fake: y'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', 'UE', 'Membre', 'data/required-value: z']],
        Calendrier: [CALENDRIER_HEADER, ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 'data/date-order: w']],
      },
      // One finding on GT2's row: the GD-SANTE waiver of the same rule stays unused.
      [fakeRule([{ sheet: 'Groupes', row: 2, group: 'GT2' }])],
    );
    expect(r.cells(ID)).toEqual(['Groupes!E3', 'Membres!D2', 'Calendrier!E2']);
    expect(r.of(ID).map((f) => [f.data.ruleId, f.severity, f.group])).toEqual([
      ['structure/fake', 'info', 'GD-SANTE'],
      ['data/required-value', 'info', 'GD-SANTE'],
      ['data/date-order', 'info', 'GT2'],
    ]);
    expect(r.summary(ID)).toMatchObject({ evaluated: 4, failed: 3 });
  });

  it('used waivers, unknown ids (data/unknown-waiver) and waivers of a rule that is off: nothing', () => {
    const r = runWaivers(
      {
        Groupes: groupes('structure/fake: x'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', '', 'Membre', 'data/required-value: en cours; inconnue: z; structure/off: éteinte']],
        Calendrier: [CALENDRIER_HEADER],
        'Paramètres': [['Paramètre', 'Valeur'], ['structure/off', 'off']],
      },
      [fakeRule([{ sheet: 'Calendrier', row: null, group: 'GT2' }]), fakeRule([], 'structure/off')],
    );
    expect(r.of(ID)).toEqual([]);
    expect(r.of('data/unknown-waiver').map((f) => f.data.ruleId)).toEqual(['inconnue']);
    expect(r.summary('structure/off').status).toBe('off');
  });

  it('a Groupes-row waiver is used by a finding of its group anchored anywhere', () => {
    const r = runWaivers(
      {
        Groupes: groupes('data/required-value: composition en cours'),
        Membres: [MEMBRES_HEADER, ['GT2', '', 'Membre', '']],
        Calendrier: [CALENDRIER_HEADER],
      },
    );
    expect(r.of('data/required-value').map((f) => [f.sheet, f.cell, f.waived])).toEqual([['Membres', 'B2', true]]);
    expect(r.of(ID)).toEqual([]);
  });

  it('a Groupes-row waiver is not used by the findings of the GT’s dialogue groups', () => {
    const r = runWaivers(
      {
        Groupes: groupes('data/required-value: composition en cours'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', '', 'Membre', '']],
        Calendrier: [CALENDRIER_HEADER],
      },
    );
    expect(r.of('data/required-value').map((f) => [f.cell, f.waived])).toEqual([['B2', false]]);
    expect(r.cells(ID)).toEqual(['Groupes!E2']);
  });

  it('it cannot itself be waived', () => {
    const r = runWaivers({ Groupes: groupes('data/unused-waiver: x'), Membres: [MEMBRES_HEADER], Calendrier: [CALENDRIER_HEADER] });
    expect(r.of(ID).map((f) => [f.data.ruleId, f.waived])).toEqual([['data/unused-waiver', false]]);
  });
});
