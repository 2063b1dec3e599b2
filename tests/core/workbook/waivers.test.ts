// Dérogations (workbook.md): a finding anchored on a row whose Dérogations lists its rule is
// waived; a waiver on a Groupes row also covers that rule's findings whose group is that row,
// wherever they are anchored, but not those of the GT's dialogue groups.

import { run, testRule, type Sheets } from './helpers';
import { RULES } from '../../../core/rules';
import type { Rule } from '../../../core/rules/rule';
import type { Cell } from '../../../core/types';
import type { GroupRow } from '../../../core/workbook/model';

const DATA_RULES = RULES.filter((r) => r.area === 'data');

interface Spot {
  sheet: string;
  row: number | null;
  group: string | null;
  tag: string;
}

function fake(spots: Spot[], id = 'structure/fake'): Rule {
  return testRule(id, (c) => {
    const g = (code: string | null): GroupRow | null => (code === null ? null : c.workbook.groups!.rows.find((x) => x.code === code)!);
    for (const s of spots) {
      c.evaluate(s.tag, g(s.group));
      c.report({ item: s.tag, messageId: 'm', data: { x: s.tag }, sheet: s.sheet, row: s.row, col: s.row === null ? null : 0, group: g(s.group) });
    }
  });
}

function sheets(w: { gt2?: Cell; sante?: Cell; member?: Cell; meeting?: Cell } = {}): Sheets {
  return {
    Groupes: [
      ['Code', 'Nom', 'Type', 'GT de rattachement', 'Dérogations'],
      ['GT2', 'Capital humain', 'GT PTF', '', w.gt2 ?? ''],
      ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', w.sante ?? ''],
    ],
    Membres: [['Groupe', 'PTF', 'Rôle', 'Dérogations'], ['GT2', 'UE', 'Membre', w.member ?? ''], ['GD-SANTE', 'AFD', 'Membre', '']],
    Calendrier: [['Date', 'Groupe', 'Type', 'Statut', 'Dérogations'], ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', w.meeting ?? '']],
  };
}

const state = (r: ReturnType<typeof run>, id = 'structure/fake') => r.of(id).map((f) => [f.data.x, f.waived, f.waiver]);

describe('waivers', () => {
  it('a finding on a row that lists its rule is waived, with the justification', () => {
    const r = run(sheets({ member: 'structure/fake: PTF en cours de retrait' }), [
      fake([{ sheet: 'Membres', row: 2, group: 'GT2', tag: 'waived' }, { sheet: 'Membres', row: 3, group: 'GD-SANTE', tag: 'other row' }]),
    ]);
    expect(state(r)).toEqual([
      ['other row', false, null],
      ['waived', true, 'PTF en cours de retrait'],
    ]);
  });

  it('a waiver of another rule, or on another row, does not apply', () => {
    const r = run(sheets({ member: 'structure/other: x', meeting: 'structure/fake: y' }), [
      fake([{ sheet: 'Membres', row: 2, group: 'GT2', tag: 'a' }]),
      fake([], 'structure/other'),
    ]);
    expect(state(r)).toEqual([['a', false, null]]);
  });

  it('a waiver without justification still applies (waiver "")', () => {
    const r = run(sheets({ meeting: 'structure/fake' }), [fake([{ sheet: 'Calendrier', row: 2, group: 'GT2', tag: 'a' }])]);
    expect(state(r)).toEqual([['a', true, '']]);
  });

  it('a Groupes-row waiver covers the findings of that group anchored anywhere, not those of its dialogue groups', () => {
    const r = run(sheets({ gt2: 'structure/fake: GT en restructuration' }), [
      fake([
        { sheet: 'Groupes', row: 2, group: 'GT2', tag: 'GT2 anchor' },
        { sheet: 'Membres', row: 2, group: 'GT2', tag: 'GT2 member row' },
        { sheet: 'Calendrier', row: 2, group: 'GT2', tag: 'GT2 meeting row' },
        { sheet: 'Calendrier', row: null, group: 'GT2', tag: 'GT2 sheet anchor' },
        { sheet: 'Groupes', row: 3, group: 'GD-SANTE', tag: 'GD anchor' },
        { sheet: 'Membres', row: 3, group: 'GD-SANTE', tag: 'GD member row' },
        { sheet: 'Groupes', row: null, group: null, tag: 'no group' },
      ]),
    ]);
    expect(state(r)).toEqual([
      ['no group', false, null],
      ['GD anchor', false, null],
      ['GD member row', false, null],
      ['GT2 anchor', true, 'GT en restructuration'],
      ['GT2 member row', true, 'GT en restructuration'],
      ['GT2 sheet anchor', true, 'GT en restructuration'],
      ['GT2 meeting row', true, 'GT en restructuration'],
    ]);
    // The dialogue group's own waiver covers its findings.
    const gd = run(sheets({ sante: 'structure/fake: groupe en veille' }), [
      fake([{ sheet: 'Membres', row: 3, group: 'GD-SANTE', tag: 'GD member row' }, { sheet: 'Membres', row: 2, group: 'GT2', tag: 'GT2 member row' }]),
    ]);
    expect(state(gd)).toEqual([
      ['GT2 member row', false, null],
      ['GD member row', true, 'groupe en veille'],
    ]);
  });

  it('a waiver on a Membres or Calendrier row covers only that row, not the rest of its group', () => {
    const r = run(sheets({ member: 'structure/fake: x' }), [
      fake([{ sheet: 'Calendrier', row: 2, group: 'GT2', tag: 'meeting' }, { sheet: 'Groupes', row: 2, group: 'GT2', tag: 'group' }]),
    ]);
    expect(state(r)).toEqual([
      ['group', false, null],
      ['meeting', false, null],
    ]);
  });

  it('data rule findings can be waived; the three waiver rules cannot', () => {
    const r = run(
      sheets({ gt2: 'data/unknown-waiver: x; data/waiver-without-reason; data/unused-waiver: y; typo', member: 'data/required-value: en cours' }),
      [...DATA_RULES],
    );
    // Each waiver rule fires on the Groupes row that lists it, and is never waived.
    for (const id of ['data/unknown-waiver', 'data/waiver-without-reason', 'data/unused-waiver']) {
      expect(r.of(id).length).toBeGreaterThan(0);
      expect(r.of(id).every((f) => !f.waived)).toBe(true);
    }
    const blank = run(
      {
        ...sheets(),
        Membres: [['Groupe', 'PTF', 'Rôle', 'Dérogations'], ['GT2', '', 'Membre', 'data/required-value: PTF en cours de désignation'], ['GD-SANTE', '', 'Membre', '']],
      },
      [...DATA_RULES],
    );
    expect(blank.of('data/required-value').map((f) => [f.cell, f.waived, f.waiver])).toEqual([
      ['B3', false, null],
      ['B2', true, 'PTF en cours de désignation'],
    ]);
    expect(blank.summary('data/required-value')).toMatchObject({ failed: 1 });
  });

  it('the waiver lists: several items per cell, separated by ; or new lines; the reason keeps its own colons', () => {
    const r = run(sheets({ member: 'structure/a: x ; structure/fake: réunion d’urgence : voir note\r\nstructure/b' }), [
      fake([{ sheet: 'Membres', row: 2, group: 'GT2', tag: 'a' }]),
      fake([], 'structure/a'),
      fake([], 'structure/b'),
    ]);
    expect(state(r)).toEqual([['a', true, 'réunion d’urgence : voir note']]);
    const items = r.workbook.members!.rows[0].waivers;
    expect(items).toEqual([
      { ruleId: 'structure/a', reason: 'x' },
      { ruleId: 'structure/fake', reason: 'réunion d’urgence : voir note' },
      { ruleId: 'structure/b', reason: null },
    ]);
  });
});
