import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/co-leaders';

type Row = (string | number | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Début mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[]) {
  return { Groupes: GROUPES, Membres: [HEADER, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'one Dialogue Leader per group; no leader is dialogue-leader business',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', ''],
        ['GD-SANTE', 'UE', 'Membre', ''],
      ]),
      evaluated: 2,
    },
    {
      name: 'a planned second leader (start after D) is not a co-leader yet',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', ''],
        ['GD-SANTE', 'UE', 'Dialogue Leader', '2026-11-16'],
      ]),
      evaluated: 2,
    },
  ],
  invalid: [
    {
      name: 'two current leaders: the Rôle cell of the second',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', ''],
        ['GD-SANTE', 'UE', 'Membre', ''],
        ['GD-SANTE', 'Belgique', 'DL', '2026-11-15'],
      ]),
      errors: [
        {
          messageId: 'several',
          sheet: 'Membres',
          cell: 'C4',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { group: 'Santé', partner: 'Belgique', first: 'OMS', count: 2, leaders: ['OMS', 'Belgique'] },
        },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'three leaders of an ad hoc group: each row after the first (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['AH-COVID', 'Canada', 'Dialogue Leader', ''],
        ['AH-COVID', 'Suisse', 'Chef de file', ''],
        ['AH-COVID', 'OMS', 'Leader', ''],
      ]),
      errors: [
        { messageId: 'several', sheet: 'Membres', cell: 'C3', group: 'AH-COVID', data: { partner: 'Suisse', first: 'Canada', count: 3, leaders: ['Canada', 'Suisse', 'OMS'] } },
        { messageId: 'several', sheet: 'Membres', cell: 'C4', group: 'AH-COVID', data: { partner: 'OMS', first: 'Canada', count: 3 } },
      ],
      evaluated: 2,
      failed: 1,
    },
  ],
});
