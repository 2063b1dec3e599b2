import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/decisions/closure-date';

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
      name: 'done decisions with their dates (ISO, serial, Date, after the due date)',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-03-10', 'Réalisée', '2026-03-09'],
        ['D2', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-03-10', 'Done', 46100],
        ['D3', '', 'GT2', 'Organiser la retraite', 'Suède', '2026-04-10', 'Clôturée', new Date(Date.UTC(2026, 4, 2))],
      ]),
    },
    {
      name: 'open and dropped decisions need no date',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-12-10', 'Ouverte', ''],
        ['D2', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-03-10', 'Abandonnée', ''],
      ]),
    },
    {
      name: 'an unreadable Date de réalisation is skipped',
      date: '2026-11-15',
      sheets: sheets([['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-03-10', 'Réalisée', 'en mars']]),
    },
    {
      name: 'no Date de réalisation column: the optional check is skipped',
      date: '2026-11-15',
      sheets: sheets(
        [['D1', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-03-10', 'Réalisée']],
        ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'],
      ),
    },
  ],
  invalid: [
    {
      name: 'a done decision without its date',
      date: '2026-11-15',
      sheets: sheets([['D1', '', 'GD-SANTE', 'Valider la feuille de route Nexus', 'PAM', '2026-05-31', 'Réalisée', '']]),
      errors: [
        {
          messageId: 'blank',
          sheet: 'Décisions',
          cell: 'H2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { decision: 'Valider la feuille de route Nexus', group: 'Santé', due: '2026-05-31' },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'aliases Done and Clôturée, a GT row; rows with a date counted as passing',
      date: '2026-11-15',
      sheets: sheets([
        ['D1', '', 'GT2', 'Valider le PTA', 'Canada', '2026-02-28', 'Done', ''],
        ['D2', '', 'GD-SANTE', 'Relancer la CPS', 'OMS', '2026-03-10', 'Réalisée', '2026-03-01'],
        ['D3', '', 'GD-SANTE', 'Relancer la DNS', 'OMS', '2026-04-10', 'Ouverte', ''],
        ['D4', '', 'GD-SANTE', 'Écrire au ministre', 'OMS', '2026-04-10', 'Clôturée', null],
      ]),
      errors: [
        { messageId: 'blank', sheet: 'Décisions', cell: 'H2', group: 'GT2', gt: 'GT2', data: { decision: 'Valider le PTA' } },
        { messageId: 'blank', sheet: 'Décisions', cell: 'H5', group: 'GD-SANTE', gt: 'GT2', data: { decision: 'Écrire au ministre' } },
      ],
      evaluated: 3,
      failed: 2,
    },
  ],
});
