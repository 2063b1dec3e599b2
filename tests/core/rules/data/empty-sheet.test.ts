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
