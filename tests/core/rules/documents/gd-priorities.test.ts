import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/documents/gd-priorities';

const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2'],
  ['GDAH-COVID', 'Riposte sanitaire', 'Groupe de dialogue ad hoc', 'GT2'],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle', 'Expert titulaire']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const HEADER = ['Groupe', 'Type', 'Année', 'Date', 'Lien'];

type Row = (string | number | Date | null)[];
function sheets(rows: Row[], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER, Documents: [header, ...rows] };
}
const EAU_OK: Row = ['GD-EAU', 'Priorités annuelles', 2026, '2026-02-15', ''];

ruleTester(rule, {
  valid: [
    { name: 'no Documents sheet: skipped', date: '2026-11-15', sheets: { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER } },
    {
      name: 'each non-ad-hoc dialogue group sent its priorities by 31/03 (the deadline day included)',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Priorités annuelles', 2026, '2026-03-31', ''],
        ['Eau et assainissement', 'Priorités', 2026, 46050, ''], // serial: 2026-01-28
      ]),
    },
    {
      name: 'on the deadline day itself nothing is due yet',
      date: '2026-03-31',
      sheets: sheets([]),
    },
    {
      name: 'a row with a blank Date counts as on time',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'Priorités annuelles', 2026, '', ''], EAU_OK]),
    },
    {
      name: 'no Date column: every row counts as on time',
      date: '2026-11-15',
      sheets: sheets(
        [
          ['GD-SANTE', 'Priorités annuelles', 2026],
          ['GD-EAU', 'Annual priorities', 2026],
        ],
        ['Groupe', 'Type', 'Année'],
      ),
    },
    {
      name: 'one late row and one on time: on time',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Priorités annuelles', 2026, '2026-05-10', ''],
        ['GD-SANTE', 'Priorités annuelles', 2026, '2026-03-02', ''],
        EAU_OK,
      ]),
    },
    {
      name: 'an unreadable Date (or Année) on the only candidate row: not guessed',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Priorités annuelles', 2026, 'fin mars', ''],
        ['GD-EAU', 'Priorités annuelles', 'vingt-six', '', ''],
      ]),
    },
    {
      name: 'a later deadline setting (30/06): a row dated 30/06 is on time',
      date: '2026-11-15',
      settings: [['Date limite des priorités annuelles', '30/06']],
      sheets: sheets([['GD-SANTE', 'Priorités annuelles', 2026, '2026-06-30', ''], EAU_OK]),
    },
  ],
  invalid: [
    {
      name: 'the day after the deadline: no priorities of Y (ad hoc groups exempt)',
      date: '2026-04-01',
      sheets: sheets([EAU_OK]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: 'B3', group: 'GD-SANTE', gt: 'GT2',
          data: { group: 'Santé', year: 2026, deadline: '2026-03-31' } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'priorities of another year or another type, or only on the GT, do not count',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Priorités annuelles', 2025, '2025-03-01', ''],
        ['GD-SANTE', 'Programme de travail annuel', 2026, '2026-03-01', ''],
        ['GT2', 'Priorités annuelles', 2026, '2026-03-01', ''],
        ['GD-EAU', 'Priorités annuelles', 2027, '2026-03-01', ''],
      ]),
      errors: [
        { messageId: 'missing', cell: 'B3', group: 'GD-SANTE', gt: 'GT2', data: { year: 2026 } },
        { messageId: 'missing', cell: 'B4', group: 'GD-EAU', gt: 'GT2', data: { group: 'Eau et assainissement', year: 2026 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'sent the day after the deadline: late, on the Date cell',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'Priorités annuelles', 2026, '2026-04-01', ''], EAU_OK]),
      errors: [
        { messageId: 'late', sheet: 'Documents', cell: 'D2', group: 'GD-SANTE', gt: 'GT2',
          data: { group: 'Santé', year: 2026, date: '2026-04-01', deadline: '2026-03-31', days: 1 } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'all rows late: the first one is the anchor',
      date: '2026-11-15',
      sheets: sheets([
        EAU_OK,
        ['GD-SANTE', 'Priorités annuelles', 2025, '2025-02-01', ''],
        ['GD-SANTE', 'Priorités annuelles', 2026, '2026-06-15', ''],
        ['GD-SANTE', 'Priorités', 2026, '2026-05-02', ''],
      ]),
      errors: [{ messageId: 'late', sheet: 'Documents', cell: 'D4', group: 'GD-SANTE', data: { date: '2026-06-15', days: 76 } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'a later deadline setting (15/01) moves both the trigger and the lateness',
      date: '2026-01-16',
      settings: [['Date limite des priorités annuelles', '15/01']],
      sheets: sheets([['GD-SANTE', 'Priorités annuelles', 2026, '2026-01-16', '']]),
      errors: [
        // The report's order: Groupes before Documents.
        { messageId: 'missing', cell: 'B4', group: 'GD-EAU', data: { deadline: '2026-01-15' } },
        { messageId: 'late', cell: 'D2', group: 'GD-SANTE', data: { deadline: '2026-01-15', days: 1 } },
      ],
      evaluated: 2,
      failed: 2,
    },
  ],
});
