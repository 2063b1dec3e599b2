import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/nexus-focal-point';

type Row = (string | number | boolean | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Point focal Nexus', 'Début mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], header: string[] = HEADER, groupes: Row[] = GROUPES) {
  return { Groupes: groupes, Membres: [header, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'one focal point per dialogue group (Oui, a ticked checkbox); Non and blank mean no',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'Non', ''],
        ['GD-SANTE', 'UE', 'Membre', 'Oui', ''],
        ['GD-SANTE', 'Suède', 'Membre', '', ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', true, '2026-11-15'],
      ]),
      evaluated: 2,
    },
    {
      name: 'a planned second focal point (start after D) does not count',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'X', ''],
        ['GD-SANTE', 'Belgique', 'Membre', 'Oui', '2026-11-16'],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Yes', ''],
      ]),
      evaluated: 2,
    },
    {
      name: 'GT PTF need no focal point',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'UE', 'Coordination - en exercice', '', '']], HEADER, [GROUPES[0], GROUPES[1]]),
      evaluated: 0,
    },
    {
      name: 'no Point focal Nexus column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre']], ['Groupe', 'PTF', 'Rôle']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'no focal point in a dialogue group: the group anchor',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'Non', ''],
        ['GD-SANTE', 'UE', 'Membre', '', ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Oui', ''],
      ]),
      errors: [{ messageId: 'none', sheet: 'Groupes', cell: 'B3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé' } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'only a planned focal point, or an unreadable one, or no members at all',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'Oui', '2026-11-16'],
        ['GD-SANTE', 'OMS', 'Membre', 'peut-être', ''],
      ]),
      errors: [
        { messageId: 'none', sheet: 'Groupes', cell: 'B3', group: 'GD-SANTE', data: { group: 'Santé' } },
        { messageId: 'none', sheet: 'Groupes', cell: 'B4', group: 'AH-COVID', data: { group: 'Riposte Covid' } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'three focal points: the Point focal Nexus cell of each row after the first (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'Oui', ''],
        ['GD-SANTE', 'UE', 'Membre', 'O', ''],
        ['GD-SANTE', 'Suède', 'Membre', 1, ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Oui', ''],
      ]),
      errors: [
        { messageId: 'several', sheet: 'Membres', cell: 'D3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', partner: 'UE', first: 'OMS', count: 3 } },
        { messageId: 'several', sheet: 'Membres', cell: 'D4', group: 'GD-SANTE', gt: 'GT2', data: { partner: 'Suède', first: 'OMS', count: 3 } },
      ],
      evaluated: 2,
      failed: 1,
    },
  ],
});
