import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/decisions/overdue';

const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle', 'Expert titulaire']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const HEADER = ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut', 'Date de réalisation'];

function sheets(rows: (string | number | Date | null)[][], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER, Décisions: [header, ...rows] };
}

ruleTester(rule, {
  valid: [
    { name: 'no Décisions sheet', date: '2026-11-15', sheets: { Groupes: GROUPES, Membres: MEMBRES, Calendrier: CALENDRIER } },
    {
      name: 'an open decision due on D itself is not overdue',
      date: '2026-11-15',
      sheets: sheets([['D1', '', 'GD-SANTE', 'Partager la note sur le financement', 'UNICEF', '2026-11-15', 'Ouverte', '']]),
    },
    {
      name: 'open decisions due after D, as a date serial and a Date',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', 46342, 'Ouverte', ''], // 2026-11-16
        ['D2', '', 'GT2', 'Préparer la revue', 'Canada', new Date(Date.UTC(2027, 0, 10)), 'En cours', ''],
      ]),
    },
    {
      name: 'done and dropped decisions past their due date',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-01-10', 'Réalisée', '2026-01-09'],
        ['D2', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-01-10', 'Abandonnée', ''],
        ['D3', '', 'GT2', 'Organiser la retraite', 'Suède', '2026-02-10', 'Clôturée', ''],
      ]),
    },
    {
      name: 'an open decision with a blank or unreadable Échéance is skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '', 'Ouverte', ''],
        ['D2', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', 'bientôt', 'Ouverte', ''],
      ]),
    },
    {
      name: 'an unreadable or blank Statut is skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-01-10', 'Peut-être', ''],
        ['D2', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-01-10', '', ''],
      ]),
    },
    {
      name: 'no Échéance column: nothing evaluated (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets(
        [['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', 'Ouverte']],
        ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Statut'],
      ),
    },
  ],
  invalid: [
    {
      name: 'an open decision due the day before D',
      date: '2026-11-15',
      sheets: sheets([['D1', '', 'GD-SANTE', 'Partager la note sur le financement', 'UNICEF', '2026-11-14', 'Ouverte', '']]),
      errors: [
        {
          messageId: 'overdue',
          sheet: 'Décisions',
          cell: 'F2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { decision: 'Partager la note sur le financement', group: 'Santé', owner: 'UNICEF', due: '2026-11-14', days: 1 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'open aliases (Open, En cours), a GT decision, an unresolved group; passing rows counted',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GT2', 'Valider le PTA', 'Canada', '2026-06-30', 'Open', ''],
        ['D2', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-12-01', 'Ouverte', ''],
        ['D3', '', 'Groupe inconnu', 'Écrire au ministère', 'France', '15/10/2026', 'En cours', ''],
        ['D4', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-01-10', 'Réalisée', '2026-01-11'],
      ]),
      errors: [
        { messageId: 'overdue', sheet: 'Décisions', cell: 'F2', group: 'GT2', gt: 'GT2',
          data: { group: 'Développement du capital humain et inclusion sociale', due: '2026-06-30', days: 138, owner: 'Canada' } },
        { messageId: 'overdue', sheet: 'Décisions', cell: 'F4', group: null, gt: null,
          data: { group: 'Groupe inconnu', due: '2026-10-15', days: 31, decision: 'Écrire au ministère' } },
      ],
      evaluated: 3,
      failed: 2,
    },
    {
      name: 'English headers and values, English messages',
      date: '2026-11-15',
      language: 'en',
      sheets: {
        Groupes: GROUPES,
        Membres: MEMBRES,
        Calendrier: CALENDRIER,
        Decisions: [
          ['Group', 'Decision', 'Owner', 'Due date', 'Status'],
          ['Santé', 'Share the financing note', 'UNICEF', '2025-12-31', 'Open'],
        ],
      },
      errors: [{ messageId: 'overdue', sheet: 'Decisions', cell: 'D2', group: 'GD-SANTE', gt: 'GT2', data: { days: 319, due: '2025-12-31' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
