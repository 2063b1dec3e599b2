import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/nexus-renewal';

type Row = (string | number | boolean | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Point focal Nexus', 'Désignation Nexus', 'Début mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: [header, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'designated exactly 365 days before D, or on D: still valid',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'Oui', '2025-11-15', ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Oui', '15/11/2026', ''],
      ]),
      evaluated: 2,
    },
    {
      name: 'rows that are not focal points, planned focal points and GT PTF rows are not checked',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'Non', '2020-01-01', ''],
        ['GD-SANTE', 'Suède', 'Membre', '', '', ''],
        ['GD-SANTE', 'Belgique', 'Membre', 'Oui', '', '2026-11-16'],
        ['GT2', 'UE', 'Coordination - en exercice', 'Oui', '', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'an unreadable Désignation Nexus, or an unreadable Point focal Nexus, is skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'Oui', 'l’an dernier', ''],
        ['AH-COVID', 'Canada', 'Membre', 'peut-être', '2020-01-01', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'a longer validity in Paramètres',
      date: '2026-11-15',
      settings: [['Validité de la désignation Nexus (jours)', 730]],
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'Oui', '2025-01-01', '']]),
      evaluated: 1,
    },
    {
      name: 'no Désignation Nexus column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'Oui']], ['Groupe', 'PTF', 'Rôle', 'Point focal Nexus']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a focal point with a blank designation date',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'Oui', '', '']]),
      errors: [{ messageId: 'blank', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', gt: 'GT2', data: { partner: 'UE', group: 'Santé' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'designated 366 days before D: to renew',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'Oui', '2025-11-14', ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Oui', '2025-11-15', ''],
      ]),
      errors: [
        { messageId: 'expired', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', gt: 'GT2', data: { partner: 'UE', group: 'Santé', date: '2025-11-14', days: 366, validity: 365 } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'a shorter validity in Paramètres; two focal points are each checked (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      settings: [['Validité de la désignation Nexus (jours)', 180]],
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'Oui', '2026-05-18', ''], // 181 days
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'Oui', '2026-05-19', ''], // 180 days
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'Oui', 45658, ''], // 2025-01-01
      ]),
      errors: [
        { messageId: 'expired', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', data: { partner: 'UE', date: '2026-05-18', days: 181, validity: 180 } },
        { messageId: 'expired', sheet: 'Membres', cell: 'E4', group: 'AH-COVID', data: { partner: 'Canada', date: '2025-01-01', days: 683, validity: 180 } },
      ],
      evaluated: 3,
      failed: 2,
    },
  ],
});
