import rule from '../../../../core/rules/data/waiver-without-reason';
import { CALENDRIER_HEADER, MEMBRES_HEADER, fakeRule, groupes, runWaivers } from './waiver-fixtures';

const ID = 'data/waiver-without-reason';

describe(ID, () => {
  it('has its metadata: TdR II, III, info by default, waivers phase', () => {
    expect(rule.tdr).toBe('II, III');
    expect(rule.defaultSeverity).toBe('info');
    expect(rule.phase).toBe('waivers');
  });

  it('a waiver item with no justification (no colon, or nothing after it): the Dérogations cell', () => {
    const r = runWaivers(
      {
        Groupes: groupes('structure/fake'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', '', 'Membre', 'data/required-value:'], ['GD-SANTE', 'AFD', 'Membre', ' data/duplicate :   ; inconnue']],
        Calendrier: [CALENDRIER_HEADER],
      },
      [fakeRule([{ sheet: 'Groupes', row: 2, group: 'GT2' }])],
    );
    const found = r.of(ID);
    expect(r.cells(ID)).toEqual(['Groupes!E2', 'Membres!D2', 'Membres!D3', 'Membres!D3']);
    expect(found.map((f) => f.data.ruleId)).toEqual(['structure/fake', 'data/required-value', 'data/duplicate', 'inconnue']);
    expect(found.map((f) => [f.severity, f.group])).toEqual([
      ['info', 'GT2'],
      ['info', 'GD-SANTE'],
      ['info', 'GD-SANTE'],
      ['info', 'GD-SANTE'],
    ]);
    expect(r.summary(ID)).toMatchObject({ evaluated: 4, failed: 4 });
    // The waiver still applies: both findings are waived, with an empty justification.
    expect(r.of('structure/fake').map((f) => [f.waived, f.waiver])).toEqual([[true, '']]);
    expect(r.of('data/required-value').map((f) => [f.cell, f.waived, f.waiver])).toEqual([['B2', true, '']]);
  });

  it('a justification after the colon: nothing', () => {
    const r = runWaivers(
      {
        Groupes: groupes('structure/fake: GT en cours de restructuration'),
        Membres: [MEMBRES_HEADER, ['GD-SANTE', '', 'Membre', 'data/required-value: expert en cours de désignation\ndata/duplicate:x']],
        Calendrier: [CALENDRIER_HEADER],
      },
      [fakeRule([{ sheet: 'Groupes', row: 2, group: 'GT2' }])],
    );
    expect(r.of(ID)).toEqual([]);
    expect(r.summary(ID)).toMatchObject({ evaluated: 3, failed: 0, status: 'passed' });
    expect(r.of('data/required-value')[0].waiver).toBe('expert en cours de désignation');
  });

  it('it cannot itself be waived', () => {
    const r = runWaivers({ Groupes: groupes('data/waiver-without-reason'), Membres: [MEMBRES_HEADER], Calendrier: [CALENDRIER_HEADER] });
    expect(r.of(ID).map((f) => [f.cell, f.waived])).toEqual([['E2', false]]);
  });
});
