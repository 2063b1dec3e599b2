import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/date-order';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const membresHeader = ['Groupe', 'PTF', 'Rôle', 'Début mandat', 'Fin mandat'];
const calendrierHeader = ['Date', 'Groupe', 'Type', 'Statut', 'Heure début', 'Heure fin'];

ruleTester(rule, {
  valid: [
    {
      name: 'ends after starts; an end equal to its start; only one of the two given',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [
          membresHeader,
          ['GT2', 'UE', 'Coordination - en exercice', '01/01/2026', '31/12/2026'],
          ['GT2', 'AFD', 'Coordination - entrant', '2026-06-01', '2026-06-01'],
          ['GT2', 'USAID', 'Coordination - sortant', '', '2025-12-31'],
          ['GT2', 'Japon', 'Membre', '2026-01-01', ''],
        ],
        Calendrier: [
          calendrierHeader,
          ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '9h', '11h30'],
          ['2026-03-02', 'GT2', 'Coordination GT', 'Tenue', '10:00', '10:00'],
          ['2026-03-03', 'GT2', 'Coordination GT', 'Tenue', 0.375, 0.5],
          ['2026-03-04', 'GT2', 'Coordination GT', 'Tenue', '14:05', ''],
        ],
      },
      evaluated: 2 + 4 + 4,
    },
    {
      name: 'an unreadable start or end is data/invalid-value, not an order problem',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GT2', 'UE', 'Membre', '31/02/2026', '2025-01-01']],
        Calendrier: [calendrierHeader, ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '9h', '8 heures']],
      },
    },
  ],
  invalid: [
    {
      name: 'a mandate ending before it starts: the Fin mandat cell',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GD-SANTE', 'UE', 'Dialogue Leader', '2026-06-01', '31/05/2026']],
        Calendrier: [calendrierHeader],
      },
      errors: [
        {
          messageId: 'mandateOrder', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', gt: 'GT2', severity: 'error',
          data: { start: '2026-06-01', end: '2026-05-31' },
        },
      ],
      evaluated: 3,
      failed: 1,
    },
    {
      name: 'a meeting ending before it starts (text, fraction and mixed forms): the Heure fin cell',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader],
        Calendrier: [
          calendrierHeader,
          ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '10h30', '10h29'],
          ['2026-03-02', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 0.5, '9:00'],
          ['2026-03-03', 'GD-SANTE', 'Réunion du groupe', 'Tenue', '9h', '9h'],
        ],
      },
      errors: [
        { messageId: 'timeOrder', sheet: 'Calendrier', cell: 'F2', group: 'GT2', gt: 'GT2', data: { start: '10:30', end: '10:29' } },
        { messageId: 'timeOrder', sheet: 'Calendrier', cell: 'F3', group: 'GD-SANTE', gt: 'GT2', data: { start: '12:00', end: '09:00' } },
      ],
      failed: 2,
    },
    {
      name: 'the columns in another order: the anchor is still the end column',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [['Fin mandat', 'Groupe', 'PTF', 'Rôle', 'Début mandat'], [45000, 'GT2', 'UE', 'Membre', 45001]],
        Calendrier: [['Heure fin', 'Date', 'Type', 'Statut', 'Heure début'], ['8h', '2026-03-01', 'GEC', 'Tenue', '9h']],
      },
      errors: [
        { messageId: 'mandateOrder', sheet: 'Membres', cell: 'A2' },
        { messageId: 'timeOrder', sheet: 'Calendrier', cell: 'A2', group: null },
      ],
    },
  ],
});
