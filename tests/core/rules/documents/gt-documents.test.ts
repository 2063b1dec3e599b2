import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/documents/gt-documents';

const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GT5', 'Protection de l’environnement', 'GT PTF', ''],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle', 'Expert titulaire']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const HEADER = ['Groupe', 'Type', 'Année', 'Date', 'Lien'];
const GT2 = 'Développement du capital humain et inclusion sociale';
const GT5 = 'Protection de l’environnement';

type Row = (string | number | Date | null)[];
function sheets(rows: Row[]) {
  return { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER, Documents: [HEADER, ...rows] };
}
/** A complete set for a GT at Y = 2026. */
function complete(gt: string): Row[] {
  return [
    [gt, 'TdR', 2025, '2025-02-12', ''],
    [gt, 'Programme de travail annuel', 2026, '2026-02-20', ''],
    [gt, 'Bilan annuel', 2025, '2026-01-30', ''],
  ];
}

ruleTester(rule, {
  valid: [
    { name: 'no Documents sheet: skipped', date: '2026-11-15', sheets: { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER } },
    { name: 'each GT has its TdR (Y-1), PTA (Y) and Bilan (Y-1)', date: '2026-11-15', sheets: sheets([...complete('GT2'), ...complete('GT5')]) },
    {
      name: 'aliases, names as Groupe, TdR of a later year, several rows per type',
      date: '2026-11-15',
      sheets: sheets([
        ['Capital humain', 'ToR', 2027, '', ''],
        ['GT2', 'PTA', 2025, '', ''],
        ['GT2', 'PTA', '2026', '', ''],
        ['GT2', 'Rapport annuel', 2025, '', ''],
        ['Environnement', 'Termes de référence', 2026, '', ''],
        ['GT5', 'Annual work plan', 2026, '', ''],
        ['GT5', 'Bilan', 2025, '', ''],
      ]),
    },
    {
      name: 'on the priorities deadline itself (D = 31/03) only the TdR are due',
      date: '2026-03-31',
      sheets: sheets([
        ['GT2', 'TdR', 2025, '', ''],
        ['GT5', 'TdR', 2026, '', ''],
      ]),
    },
    {
      name: 'a later deadline setting: on 30/06 only the TdR are due',
      date: '2026-06-30',
      settings: [['Date limite des priorités annuelles', '30/06']],
      sheets: sheets([
        ['GT2', 'TdR', 2025, '', ''],
        ['GT5', 'TdR', 2025, '', ''],
      ]),
    },
    {
      name: 'a missing document whose candidate row has an unreadable Année or Type is not guessed',
      date: '2026-03-01',
      sheets: sheets([
        ['GT2', 'TdR', 'deux mille vingt-cinq', '', ''],
        ['GT5', 'Termes de rfrence', 2025, '', ''],
      ]),
    },
  ],
  invalid: [
    {
      // Only a dialogue group's priorities: no GT document (an empty sheet is data/empty-sheet's).
      name: 'no GT document at all, after the deadline: three findings per GT',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'Priorités annuelles', 2026, '2026-02-01', '']]),
      errors: [
        { messageId: 'tdr', sheet: 'Groupes', cell: 'B2', group: 'GT2', gt: 'GT2', data: { group: GT2, minYear: 2025 } },
        { messageId: 'workPlan', sheet: 'Groupes', cell: 'B2', group: 'GT2', gt: 'GT2', data: { group: GT2, year: 2026, deadline: '2026-03-31' } },
        { messageId: 'annualReport', sheet: 'Groupes', cell: 'B2', group: 'GT2', gt: 'GT2', data: { group: GT2, year: 2025, deadline: '2026-03-31' } },
        { messageId: 'tdr', sheet: 'Groupes', cell: 'B4', group: 'GT5', gt: 'GT5', data: { group: GT5, minYear: 2025 } },
        { messageId: 'workPlan', sheet: 'Groupes', cell: 'B4', group: 'GT5', gt: 'GT5', data: { year: 2026 } },
        { messageId: 'annualReport', sheet: 'Groupes', cell: 'B4', group: 'GT5', gt: 'GT5', data: { year: 2025 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'the day after the deadline the PTA and Bilan are due; before it only the TdR',
      date: '2026-04-01',
      sheets: sheets([['GT2', 'TdR', 2025, '', ''], ...complete('GT5')]),
      errors: [
        { messageId: 'workPlan', cell: 'B2', group: 'GT2', data: { year: 2026, deadline: '2026-03-31' } },
        { messageId: 'annualReport', cell: 'B2', group: 'GT2', data: { year: 2025 } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'before the deadline: TdR older than Y-1 only',
      date: '2026-01-15',
      sheets: sheets([
        ['GT2', 'TdR', 2024, '', ''],
        ['GT5', 'TdR', 2025, '', ''],
      ]),
      errors: [{ messageId: 'tdr', sheet: 'Groupes', cell: 'B2', group: 'GT2', gt: 'GT2', data: { minYear: 2025 } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'wrong years: PTA of Y-1 and Bilan of Y do not count',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'TdR', 2026, '', ''],
        ['GT2', 'PTA', 2025, '', ''],
        ['GT2', 'Bilan annuel', 2026, '', ''],
        ...complete('GT5'),
      ]),
      errors: [
        { messageId: 'workPlan', cell: 'B2', group: 'GT2', data: { year: 2026 } },
        { messageId: 'annualReport', cell: 'B2', group: 'GT2', data: { year: 2025 } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: "a dialogue group's documents do not stand for its GT's",
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'TdR', 2026, '', ''],
        ['GT2', 'PTA', 2026, '', ''],
        ['GT2', 'Bilan', 2025, '', ''],
        ...complete('GT5'),
      ]),
      errors: [{ messageId: 'tdr', cell: 'B2', group: 'GT2', gt: 'GT2', data: { minYear: 2025 } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'a later deadline setting: due the day after it',
      date: '2026-07-01',
      settings: [['Date limite des priorités annuelles', '30/06']],
      sheets: sheets([['GT2', 'TdR', 2025, '', ''], ...complete('GT5')]),
      errors: [
        { messageId: 'workPlan', cell: 'B2', group: 'GT2', data: { deadline: '2026-06-30' } },
        { messageId: 'annualReport', cell: 'B2', group: 'GT2', data: { deadline: '2026-06-30' } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'an unreadable Année leaves only that type undecided; the other missing types are reported',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'PTA', 'vingt-six', '', ''], ...complete('GT5')]),
      errors: [
        { messageId: 'tdr', cell: 'B2', group: 'GT2' },
        { messageId: 'annualReport', cell: 'B2', group: 'GT2' },
      ],
      evaluated: 2,
      failed: 1,
    },
  ],
});
