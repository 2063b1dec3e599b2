import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/required-value';

const groups = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'GD', 'GT2'],
];

ruleTester(rule, {
  valid: [
    {
      name: 'required cells filled; optional ones blank',
      date: '2026-11-15',
      sheets: {
        Groupes: groups,
        Membres: [['Groupe', 'PTF', 'Rôle', 'Expert titulaire'], ['GD-SANTE', 'UE', 'Membre', '']],
        Calendrier: [['Date', 'Type', 'Statut', 'Groupe'], ['2026-03-01', 'GEC', 'Tenue', '']],
      },
    },
  ],
  invalid: [
    {
      name: 'a blank PTF and a blank group on a group meeting',
      date: '2026-11-15',
      sheets: {
        Groupes: groups,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', '', 'Membre']],
        Calendrier: [['Date', 'Type', 'Statut', 'Groupe'], ['2026-03-01', 'Réunion du groupe', 'Tenue', '  ']],
      },
      errors: [
        { messageId: 'requiredValue', sheet: 'Membres', cell: 'B2', group: 'GD-SANTE', gt: 'GT2', data: { column: 'PTF' } },
        { messageId: 'requiredValue', sheet: 'Calendrier', cell: 'D2', data: { column: 'Groupe' } },
      ],
    },
    {
      name: 'an unreadable date is not reported as blank',
      date: '2026-11-15',
      sheets: {
        Groupes: groups,
        Membres: [['Groupe', 'PTF', 'Rôle']],
        Calendrier: [['Date', 'Type', 'Statut'], ['32/13/2026', 'GEC', ''], ['', 'GEC', 'Tenue']],
      },
      errors: [
        { messageId: 'requiredValue', sheet: 'Calendrier', cell: 'C2' },
        { messageId: 'requiredValue', sheet: 'Calendrier', cell: 'A3' },
      ],
    },
  ],
});
