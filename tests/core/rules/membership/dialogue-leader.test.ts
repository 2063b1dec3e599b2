import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/dialogue-leader';

type Row = (string | number | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
  ['CL-SANTE', 'Santé', 'Cluster', ''],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Début mandat', 'Fin mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], groupes: Row[] = GROUPES) {
  return { Groupes: groupes, Membres: [HEADER, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'every dialogue group, ad hoc included, has a current Dialogue Leader (aliases DL, Leader)',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', '', ''],
        ['GD-SANTE', 'UE', 'Membre', '', ''],
        ['GD-EAU', 'UNICEF', 'DL', '2026-11-15', ''],
        ['AH-COVID', 'Canada', 'Leader', '', '2025-12-31'],
      ]),
      evaluated: 3,
    },
    {
      name: 'the deprecated Chef de file is read as Dialogue Leader',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'OMS', 'Chef de file', '', '']], [GROUPES[0], GROUPES[1], GROUPES[2]]),
      evaluated: 1,
    },
    {
      name: 'GT PTF and clusters need no Dialogue Leader',
      date: '2026-11-15',
      sheets: sheets([], [GROUPES[0], GROUPES[1], GROUPES[5]]),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a dialogue group with members but no Dialogue Leader',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', '', ''],
        ['GD-EAU', 'UNICEF', 'Membre', '', ''],
        ['AH-COVID', 'Canada', 'Leader', '', ''],
      ]),
      errors: [{ messageId: 'none', sheet: 'Groupes', cell: 'B4', group: 'GD-EAU', gt: 'GT2', data: { group: 'Eau et assainissement' } }],
      evaluated: 3,
      failed: 1,
    },
    {
      name: 'a leader whose mandate starts the day after D does not lead yet; an empty ad hoc group (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', '2026-11-16', ''],
        ['GD-EAU', 'UNICEF', 'Dialogue Leader', '', ''],
      ]),
      errors: [
        { messageId: 'none', sheet: 'Groupes', cell: 'B3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé' } },
        { messageId: 'none', sheet: 'Groupes', cell: 'B5', group: 'AH-COVID', gt: 'GT2', data: { group: 'Riposte Covid' } },
      ],
      evaluated: 3,
      failed: 2,
    },
    {
      name: 'a dialogue group without a GT (gt null); an unreadable role is no leader',
      date: '2026-11-15',
      sheets: sheets(
        [['GD-MIGR', 'OIM', '#N/A', '', '']],
        [GROUPES[0], ['GD-MIGR', 'Migrations', 'Groupe de dialogue', '']],
      ),
      errors: [{ messageId: 'none', sheet: 'Groupes', cell: 'B2', group: 'GD-MIGR', gt: null, data: { group: 'Migrations' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
