import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/expert';

type Row = (string | number | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
  ['GD-MIGR', 'Migrations', 'Groupe de dialogue', ''],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Début mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: [header, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'every current dialogue-group row names an expert',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'A. Traoré', ''],
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'B. Diallo', '2026-11-15'],
        ['AH-COVID', 'Canada', 'Leader', 'C. Roy', ''],
      ]),
      evaluated: 3,
    },
    {
      name: 'planned rows, GT PTF rows and rows of an unknown group are not checked',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Belgique', 'Membre', '', '2026-11-16'],
        ['GT2', 'UE', 'Coordination - en exercice', '', ''],
        ['GD-INCONNU', 'Suède', 'Membre', '', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'an unreadable Expert titulaire is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', '#N/A', '']]),
      evaluated: 0,
    },
    {
      name: 'no Expert titulaire column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre']], ['Groupe', 'PTF', 'Rôle']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a member row with a blank expert',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'B. Diallo', ''],
        ['GD-SANTE', 'UE', 'Membre', '', ''],
      ]),
      errors: [{ messageId: 'blank', sheet: 'Membres', cell: 'D3', group: 'GD-SANTE', gt: 'GT2', data: { partner: 'UE', group: 'Santé' } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'a leader of an ad hoc group starting on D, and a group without GT, under the alias Expert permanent (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets(
        [
          ['AH-COVID', 'Canada', 'Dialogue Leader', '', '2026-11-15'],
          ['GD-MIGR', 'OIM', 'Membre', '  ', ''],
        ],
        ['Groupe', 'PTF', 'Rôle', 'Expert permanent', 'Début mandat'],
      ),
      errors: [
        { messageId: 'blank', sheet: 'Membres', cell: 'D2', group: 'AH-COVID', gt: 'GT2', data: { partner: 'Canada', group: 'Riposte Covid' } },
        { messageId: 'blank', sheet: 'Membres', cell: 'D3', group: 'GD-MIGR', gt: null, data: { partner: 'OIM', group: 'Migrations' } },
      ],
      evaluated: 2,
      failed: 2,
    },
  ],
});
