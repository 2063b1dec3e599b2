import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/empty-sheet';
import { validate } from '../../../../core/index';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const membres = [['Groupe', 'PTF', 'Rôle']];
const calendrier = [['Date', 'Type', 'Statut', 'Groupe']];
const documents = [['Groupe', 'Type', 'Année']];

ruleTester(rule, {
  valid: [
    {
      name: 'every sheet has a row',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [...membres, ['GD-SANTE', 'UE', 'Dialogue Leader']],
        Calendrier: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']],
        Documents: [...documents, ['GT2', 'TdR', 2026]],
      },
      evaluated: 3,
    },
    {
      name: 'an absent optional sheet is not empty (Documents)',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Membres: [...membres, ['GD-SANTE', 'UE', 'Membre']], Calendrier: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']] },
      evaluated: 2,
    },
    {
      name: 'a sheet without even its headers is data/missing-column’s, not this rule’s',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Membres: [], Calendrier: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']] },
    },
  ],
  invalid: [
    {
      name: 'a fresh template: Membres, Calendrier and Documents have only their headers',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Membres: membres, Calendrier: calendrier, Documents: documents },
      errors: [
        { messageId: 'members', sheet: 'Membres', cell: null, group: null, severity: 'info', data: { sheet: 'Membres' } },
        { messageId: 'calendar', sheet: 'Calendrier', cell: null, data: { sheet: 'Calendrier' } },
        { messageId: 'documents', sheet: 'Documents', cell: null, data: { sheet: 'Documents' } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'Groupes columns no group has filled yet: once each, at the header cell, in the user\'s words',
      date: '2026-11-15',
      language: 'en',
      sheets: {
        Groupes: [
          ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'Thématique portée', 'Résultats attendus'],
          ['GT1', 'Economie', 'GT PTF', '', '', '', ''],
          ['GT2', 'Capital humain', 'GT PTF', '', '', '', 'Budget santé à 10 %'],
          ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', '', ''],
          ['GD-EAU', 'Eau', 'Groupe de dialogue', 'GT2', '', '', ''],
        ],
        // A register not started yet: its Membres sheet has only its headers.
        Membres: membres,
        Calendrier: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']],
      },
      errors: [
        { messageId: 'cps', sheet: 'Groupes', cell: 'E1', group: null, severity: 'info', data: { sheet: 'Groupes', columnFr: 'CPS', columnEn: 'Counterpart CPS' } },
        { messageId: 'theme', sheet: 'Groupes', cell: 'F1', data: { columnFr: 'Thématique portée', columnEn: 'Theme' } },
        { messageId: 'members', sheet: 'Membres', cell: null, data: { sheet: 'Membres' } },
      ],
      evaluated: 4,
      failed: 3,
    },
  ],
});

describe('data/empty-sheet in place of the per-group findings', () => {
  it('the rules that read an empty sheet are skipped, and run again once it has a row', () => {
    const empty = validate(
      { name: 'x.xlsx', sheets: [{ name: 'Groupes', rows: groupes }, { name: 'Membres', rows: membres }, { name: 'Calendrier', rows: calendrier }] },
      { referenceDate: '2026-11-15' },
    );
    const status = (r: typeof empty, id: string) => r.rules.find((x) => x.ruleId === id)!.status;
    expect(status(empty, 'membership/dialogue-leader')).toBe('skipped');
    expect(status(empty, 'calendar/gt-coordination')).toBe('skipped');
    expect(empty.findings.filter((f) => f.ruleId.startsWith('membership/') || f.ruleId.startsWith('calendar/'))).toEqual([]);
    const filled = validate(
      {
        name: 'x.xlsx',
        sheets: [
          { name: 'Groupes', rows: groupes },
          { name: 'Membres', rows: [...membres, ['GD-SANTE', 'UE', 'Membre']] },
          { name: 'Calendrier', rows: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']] },
        ],
      },
      { referenceDate: '2026-11-15' },
    );
    expect(status(filled, 'membership/dialogue-leader')).toBe('failed');
    expect(status(filled, 'calendar/gt-coordination')).toBe('failed');
    expect(filled.findings.some((f) => f.ruleId === 'data/empty-sheet')).toBe(false);
  });
});

describe('data/empty-sheet: the Groupes columns', () => {
  const rows = (cps: string[]) => [
    ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS'],
    ['GT2', 'Capital humain', 'GT PTF', '', ''],
    ...cps.map((c, i) => [`GD-${i}`, `Groupe ${i}`, 'Groupe de dialogue', 'GT2', c]),
  ];
  // `started`: the register has its members in (rules.md's per-cell findings then stand); not
  // started, Membres has only its headers, as in a fresh template.
  const check = (groupRows: string[][], mapping?: string[][], started = true) =>
    validate(
      {
        name: 'x.xlsx',
        sheets: [
          { name: 'Groupes', rows: groupRows },
          { name: 'Membres', rows: started ? [...membres, ['GD-0', 'UE', 'Membre']] : membres },
          { name: 'Calendrier', rows: [...calendrier, ['2026-10-05', 'GEC', 'Tenue', '']] },
          ...(mapping ? [{ name: 'Correspondances', rows: mapping }] : []),
        ],
      },
      { referenceDate: '2026-11-15' },
    ).findings.filter((f) => (f.ruleId === 'data/empty-sheet' && f.cell !== null) || f.ruleId === 'structure/gd-cps');
  it('one group missing its CPS among filled ones keeps its own finding (structure/gd-cps)', () => {
    expect(check(rows(['CPS-SSDSPF', '', 'CPS-SEEUDE'])).map((f) => [f.ruleId, f.cell])).toEqual([['structure/gd-cps', 'E4']]);
  });
  it('a single dialogue group to fill keeps its own finding too (one finding either way)', () => {
    expect(check(rows([''])).map((f) => [f.ruleId, f.cell])).toEqual([['structure/gd-cps', 'E3']]);
  });
  it('a register that maps its own header names it (Correspondances)', () => {
    const head = ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS de tutelle'];
    const found = check([head, ...rows(['', '']).slice(1)], [['Élément', "Nom de l'outil", 'Nom dans ce classeur'], ['Colonne', 'Groupes › CPS', 'CPS de tutelle']], false);
    expect(found.map((f) => [f.ruleId, f.cell])).toEqual([['data/empty-sheet', 'E1']]);
    expect(found[0].message).toContain('La colonne « CPS de tutelle » de la feuille « Groupes »');
  });
  it('a started register with every dialogue group blank keeps rules.md’s finding per blank cell', () => {
    expect(check(rows(['', '', ''])).map((f) => [f.ruleId, f.cell])).toEqual([
      ['structure/gd-cps', 'E3'],
      ['structure/gd-cps', 'E4'],
      ['structure/gd-cps', 'E5'],
    ]);
  });
  it('every dialogue group blank: one data/empty-sheet info at the header in place of the per-group warnings', () => {
    const found = check(rows(['', '', '']), undefined, false);
    expect(found.map((f) => [f.ruleId, f.cell, f.severity])).toEqual([['data/empty-sheet', 'E1', 'info']]);
    expect(found[0].message).toBe(
      'La colonne « CPS » de la feuille « Groupes » est encore vide : aucun groupe de dialogue n’indique la CPS en face de laquelle il est positionné.',
    );
  });
});
