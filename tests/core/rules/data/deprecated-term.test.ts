import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/deprecated-term';
import { basicSheets, parse } from '../../workbook/helpers';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];

ruleTester(rule, {
  valid: [
    {
      name: 'the TdR words: Dialogue Leader and Groupe de dialogue (and their aliases)',
      date: '2026-11-15',
      sheets: {
        Groupes: [...groupes, ['GD-EAU', 'Eau', 'GD', 'GT2'], ['GD-X', 'X', 'Groupe de dialogue ad hoc', 'GT2']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Dialogue Leader'], ['GD-EAU', 'AFD', 'DL'], ['GT2', 'BM', 'Coordination - en exercice']],
        Calendrier: [['Date', 'Type', 'Statut'], ['2026-03-01', 'Sous-groupe CREDD', 'Tenue']],
      },
    },
  ],
  invalid: [
    {
      name: 'Chef de file as a role; SGT and Sous-groupe thématique as group types (any case, accents optional)',
      date: '2026-11-15',
      sheets: {
        Groupes: [...groupes, ['GD-EAU', 'Eau', 'SGT', 'GT2'], ['GD-EDU', 'Education', 'sous groupe thematique', 'GT2']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Chef de file'], ['GD-SANTE', 'AFD', 'Membre'], ['GD-EAU', 'BM', 'CHEF DE FILE']],
        Calendrier: [['Date', 'Type', 'Statut']],
      },
      errors: [
        { messageId: 'deprecatedGroupType', sheet: 'Groupes', cell: 'C4', group: 'GD-EAU', gt: 'GT2', severity: 'info', data: { value: 'SGT' } },
        { messageId: 'deprecatedGroupType', sheet: 'Groupes', cell: 'C5', group: 'GD-EDU', data: { value: 'sous groupe thematique' } },
        { messageId: 'deprecatedRole', sheet: 'Membres', cell: 'C2', group: 'GD-SANTE', gt: 'GT2', data: { value: 'Chef de file' } },
        { messageId: 'deprecatedRole', sheet: 'Membres', cell: 'C4', group: 'GD-EAU', data: { value: 'CHEF DE FILE' } },
      ],
      failed: 4,
    },
  ],
});

describe('deprecated terms are still read', () => {
  it('SGT is a dialogue group and Chef de file a Dialogue Leader', () => {
    const { workbook } = parse(
      basicSheets({
        Groupes: [...groupes, ['GD-EAU', 'Eau', 'Sous-groupe thématique', 'GT2']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-EAU', 'UE', 'Chef de file']],
      }),
    );
    const eau = workbook.groups!.rows[2];
    expect(eau.type).toBe('dialogue');
    expect(workbook.index.dialogueGroups.map((g) => g.code)).toEqual(['GD-SANTE', 'GD-EAU']);
    expect(workbook.members!.rows[0].role).toBe('leader');
    expect(workbook.issues.filter((i) => i.kind === 'invalid-value')).toEqual([]);
  });
});
