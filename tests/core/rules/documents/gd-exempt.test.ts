import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/documents/gd-exempt';

const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GDAH-COVID', 'Riposte sanitaire', 'Groupe de dialogue ad hoc', 'GT2'],
  ['CL-SANTE', 'Cluster Santé', 'Cluster', ''],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle', 'Expert titulaire']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const HEADER = ['Groupe', 'Type', 'Année', 'Date', 'Lien'];

type Row = (string | number | Date | null)[];
function sheets(rows: Row[]) {
  return { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER, Documents: [HEADER, ...rows] };
}

ruleTester(rule, {
  valid: [
    { name: 'no Documents sheet', date: '2026-11-15', sheets: { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER } },
    {
      name: "the GT's own documents and the dialogue groups' priorities",
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'TdR', 2025, '', ''],
        ['GT2', 'Programme de travail annuel', 2026, '', ''],
        ['GT2', 'Bilan annuel', 2025, '', ''],
        ['GD-SANTE', 'Priorités annuelles', 2026, '2026-02-01', ''],
        ['GDAH-COVID', 'Priorités', 2026, '', ''],
      ]),
    },
    {
      name: 'unknown group, blank or unreadable Type: not this rule',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-INCONNU', 'TdR', 2026, '', ''],
        ['GD-SANTE', '', 2026, '', ''],
        ['GD-SANTE', 'Note conceptuelle', 2026, '', ''],
      ]),
    },
  ],
  invalid: [
    {
      name: 'TdR, PTA and Bilan of dialogue groups (ad hoc too), on the Type cell',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Termes de référence', 2026, '', ''],
        ['GD-SANTE', 'Priorités annuelles', 2026, '', ''],
        ['Santé', 'PTA', 2026, '', ''],
        ['GDAH-COVID', 'Rapport annuel', 2025, '', ''],
        ['GT2', 'TdR', 2026, '', ''],
      ]),
      errors: [
        { messageId: 'tdr', sheet: 'Documents', cell: 'B2', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', year: 2026 } },
        { messageId: 'workPlan', sheet: 'Documents', cell: 'B4', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', year: 2026 } },
        { messageId: 'annualReport', sheet: 'Documents', cell: 'B5', group: 'GDAH-COVID', gt: 'GT2',
          data: { group: 'Riposte sanitaire', year: 2025, gt: 'Développement du capital humain et inclusion sociale' } },
      ],
      evaluated: 4,
      failed: 3,
    },
    {
      name: 'a dialogue group without a resolved GT',
      date: '2026-11-15',
      sheets: {
        Groupes: [
          ['Code', 'Nom', 'Type', 'GT de rattachement'],
          ['GD-SANTE', 'Santé', 'GD', ''],
        ],
        Membres: MEMBRES,
        Calendrier: CALENDRIER,
        Documents: [HEADER, ['GD-SANTE', 'Bilan annuel', 2025, '', '']],
      },
      errors: [{ messageId: 'annualReport', sheet: 'Documents', cell: 'B2', group: 'GD-SANTE', gt: null, data: { group: 'Santé' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
