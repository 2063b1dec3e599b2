import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/rotation';

type Row = (string | number | Date | null)[];
const GT2_NAME = 'Développement du capital humain et inclusion sociale';
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', GT2_NAME, 'GT PTF', ''],
  ['GT3', 'Gouvernance', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Début mandat', 'Fin mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: [header, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'a lead whose mandate ends on D is not overdue; one ending later neither (serial and Date)',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'UE', 'Coordination - en exercice', '2025-11-16', '2026-11-15'],
        ['GT3', 'USAID', 'En exercice', '', 46342], // 2026-11-16
        ['GT3', 'Canada', 'Coordination - entrant', '', ''],
      ]),
      evaluated: 2,
    },
    {
      name: 'a planned lead (start after D) with no end is ignored',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'UE', 'Coordination - en exercice', '', new Date(Date.UTC(2027, 5, 30))],
        ['GT2', 'Norvège', 'Coordination - en exercice', '2026-11-16', ''],
      ]),
      evaluated: 1,
    },
    {
      name: 'incoming, outgoing and member rows need no Fin mandat',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'Canada', 'Coordination - entrant', '', ''],
        ['GT2', 'Suède', 'Coordination - sortant', '', '2024-01-01'],
        ['GD-SANTE', 'OMS', 'Dialogue Leader', '', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'an unreadable Fin mandat is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'UE', 'Coordination - en exercice', '', 'fin 2026']]),
      evaluated: 0,
    },
    {
      name: 'a lead role on a dialogue group (data/invalid-value) or an unknown group is skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Coordination - en exercice', '', ''],
        ['GT9', 'UE', 'Coordination - en exercice', '', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'no lead row and no Fin mandat column: nothing evaluated',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Canada', 'Coordination - entrant']], ['Groupe', 'PTF', 'Rôle']),
      evaluated: 0,
    },
    {
      name: 'a lead row but no Fin mandat column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'UE', 'Coordination - en exercice']], ['Groupe', 'PTF', 'Rôle']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a current lead with a blank Fin mandat',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'UE', 'Coordination - en exercice', '2025-07-01', '']]),
      errors: [{ messageId: 'blank', sheet: 'Membres', cell: 'E2', group: 'GT2', gt: 'GT2', data: { partner: 'UE', group: GT2_NAME } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a lead whose mandate ended the day before D: rotation overdue',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'UE', 'Coordination - en exercice', '2025-07-01', '2026-11-14']]),
      errors: [
        { messageId: 'overdue', sheet: 'Membres', cell: 'E2', group: 'GT2', gt: 'GT2', data: { partner: 'UE', group: GT2_NAME, end: '2026-11-14', days: 1 } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'long overdue and blank on two GT (alias Lead, French date); a lead starting on D is current (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['GT3', 'USAID', 'Lead', '', '30/06/2026'],
        ['GT2', 'UE', 'Coordination - en exercice', '2026-11-15', ''],
      ]),
      errors: [
        { messageId: 'overdue', sheet: 'Membres', cell: 'E2', group: 'GT3', gt: 'GT3', data: { partner: 'USAID', group: 'Gouvernance', end: '2026-06-30', days: 138 } },
        { messageId: 'blank', sheet: 'Membres', cell: 'E3', group: 'GT2', data: { partner: 'UE' } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'two current leads: each row is checked',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'UE', 'Coordination - en exercice', '', '2027-01-31'],
        ['GT2', 'Norvège', 'Coordination - en exercice', '', '2026-01-31'],
      ]),
      errors: [{ messageId: 'overdue', sheet: 'Membres', cell: 'E3', group: 'GT2', data: { partner: 'Norvège', end: '2026-01-31', days: 288 } }],
      evaluated: 2,
      failed: 1,
    },
  ],
});
