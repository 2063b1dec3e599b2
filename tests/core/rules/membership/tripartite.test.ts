import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/tripartite';

type Row = (string | number | Date | null)[];
const GT2_NAME = 'Développement du capital humain et inclusion sociale';
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', GT2_NAME, 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Début mandat', 'Fin mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const TRIO: Row[] = [
  ['GT2', 'Canada', 'Coordination - entrant', 'J. Martin', '2026-01-01', '2027-06-30'],
  ['GT2', 'UE', 'Coordination - en exercice', 'A. Traoré', '2025-07-01', '2026-12-31'],
  ['GT2', 'Suède', 'Coordination - sortant', 'K. Olsson', '', ''],
];

function sheets(rows: Row[], groupes: Row[][] | Row[] = GROUPES) {
  return { Groupes: groupes as Row[], Membres: [HEADER, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'the three roles held once each by current rows',
      date: '2026-11-15',
      sheets: sheets([...TRIO, ['GD-SANTE', 'OMS', 'Dialogue Leader', 'B. Diallo', '', '']]),
      evaluated: 1,
    },
    {
      name: 'role aliases (Entrant, Lead, Outcoming); a mandate starting on D is current',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'Canada', 'Entrant', '', '2026-11-15', ''],
        ['GT2', 'UE', 'Lead', '', '', ''],
        ['GT2', 'Suède', 'Outcoming', '', '', ''],
      ]),
      evaluated: 1,
    },
    {
      name: 'a planned successor (mandate starting after D) is not a second holder',
      date: '2026-11-15',
      sheets: sheets([...TRIO, ['GT2', 'Norvège', 'Coordination - en exercice', '', '2026-11-16', '']]),
      evaluated: 1,
    },
    {
      name: 'a past Fin mandat does not end a current row (Membres is the present composition)',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'Canada', 'Coordination - entrant', '', '', '2025-01-01'],
        ['GT2', 'UE', 'Coordination - en exercice', '', '', '2025-01-01'],
        ['GT2', 'Suède', 'Coordination - sortant', '', '', '2025-01-01'],
      ]),
      evaluated: 1,
    },
    {
      name: 'no GT PTF: nothing evaluated',
      date: '2026-11-15',
      sheets: sheets([], [GROUPES[0], ['GD-MIGR', 'Migrations', 'Groupe de dialogue', '']]),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'only the lead: one finding on the GT naming the two missing roles',
      date: '2026-11-15',
      sheets: sheets([TRIO[1]]),
      errors: [
        {
          messageId: 'missing',
          sheet: 'Groupes',
          cell: 'B2',
          group: 'GT2',
          gt: 'GT2',
          data: {
            group: GT2_NAME,
            roles: ['Coordination - entrant', 'Coordination - sortant'],
            rolesEn: ['Incoming coordination', 'Outgoing coordination'],
            count: 2,
          },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a GT with no Membres row at all lacks the three roles',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'OMS', 'Dialogue Leader', '', '', '']]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: 'B2', group: 'GT2', data: { roles: ['Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant'], count: 3 } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'an incoming partner whose mandate starts the day after D does not count yet',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Canada', 'Coordination - entrant', '', '2026-11-16', ''], TRIO[1], TRIO[2]]),
      errors: [{ messageId: 'missing', sheet: 'Groupes', cell: 'B2', group: 'GT2', data: { roles: ['Coordination - entrant'], count: 1 } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a role held by two current rows: the Rôle cell of the second',
      date: '2026-11-15',
      sheets: sheets([...TRIO, ['GT2', 'Norvège', 'En exercice', '', '', '']]),
      errors: [
        {
          messageId: 'repeated',
          sheet: 'Membres',
          cell: 'C5',
          group: 'GT2',
          gt: 'GT2',
          data: { group: GT2_NAME, role: 'Coordination - en exercice', roleEn: 'Lead coordination', partner: 'Norvège', first: 'UE', firstRow: 3 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'missing and repeated roles together, per GT; each row after the first (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets(
        [
          ['GT3', 'USAID', 'Coordination - sortant', '', '', ''],
          ['GT2', 'Canada', 'Coordination - entrant', '', '', ''],
          ['GT2', 'UE', 'Coordination - entrant', '', '', ''],
          ['GT2', 'Suède', 'Coordination - entrant', '', '', ''],
          ['GT2', 'Norvège', 'Coordination - sortant', '', '', ''],
        ],
        [...GROUPES, ['GT3', 'Gouvernance', 'GT PTF', '']],
      ),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: 'B2', group: 'GT2', data: { roles: ['Coordination - en exercice'] } },
        { messageId: 'missing', sheet: 'Groupes', cell: 'B4', group: 'GT3', gt: 'GT3', data: { group: 'Gouvernance', roles: ['Coordination - entrant', 'Coordination - en exercice'] } },
        { messageId: 'repeated', sheet: 'Membres', cell: 'C4', group: 'GT2', data: { partner: 'UE', first: 'Canada', firstRow: 3 } },
        { messageId: 'repeated', sheet: 'Membres', cell: 'C5', group: 'GT2', data: { partner: 'Suède', first: 'Canada', firstRow: 3 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'an unreadable role or start date is skipped: the role stays missing',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'Canada', '#N/A', '', '', ''],
        TRIO[1],
        ['GT2', 'Suède', 'Coordination - sortant', '', 'un jour', ''],
      ]),
      errors: [{ messageId: 'missing', sheet: 'Groupes', cell: 'B2', group: 'GT2', data: { roles: ['Coordination - entrant', 'Coordination - sortant'] } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
