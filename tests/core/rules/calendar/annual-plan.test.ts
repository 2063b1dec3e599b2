import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/annual-plan';
import { D, GROUPES_HEADER, GT2, calendrier, workbook, type Meeting } from './fixtures';

/** Only GT2, so that each case evaluates one GT. */
const groups = [GROUPES_HEADER, GT2];
const coordination = (date: string, status = 'Tenue'): Meeting => ({ group: 'GT2', date, type: 'Coordination GT', status });
/** Five coordinations held in 2026 before D. */
const fiveHeld = ['2026-01-20', '2026-03-20', '2026-05-20', '2026-07-20', '2026-09-20'].map((d) => coordination(d));

ruleTester(rule, {
  valid: [
    {
      name: 'five held and one planned after D make the six of ceil(365 / 62)',
      date: D,
      sheets: workbook(calendrier(...fiveHeld, coordination('2026-12-31', 'Prévue')), groups),
      evaluated: 1,
    },
    {
      name: 'a planned coordination dated on D is live',
      date: D,
      sheets: workbook(calendrier(...fiveHeld, coordination(D, 'Prévue')), groups),
      evaluated: 1,
    },
    {
      name: 'with a max gap of 90 days, ceil(365 / 90) = 5 are enough',
      date: D,
      settings: [['Écart maximal entre coordinations GT (jours)', 90]],
      sheets: workbook(calendrier(...fiveHeld), groups),
      evaluated: 1,
    },
  ],
  invalid: [
    {
      name: 'five: cancelled, postponed, stale planned, other years and other types do not count',
      date: D,
      sheets: workbook(
        calendrier(
          ...fiveHeld,
          coordination('2026-10-01', 'Annulée'),
          coordination('2026-10-05', 'Reportée'),
          coordination('2026-11-14', 'Prévue'), // before D: not live
          coordination('2027-01-01', 'Prévue'),
          coordination('2025-12-31'),
          { group: 'GT2', date: '2026-10-10', type: 'Réunion du groupe', status: 'Tenue' },
          coordination('pas de date'),
        ),
        groups,
      ),
      errors: [
        {
          messageId: 'few',
          sheet: 'Groupes',
          cell: 'B2',
          group: 'GT2',
          gt: 'GT2',
          data: { group: 'Capital humain', count: 5, required: 6, year: 2026, max: 62 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      // The Calendrier holds another meeting: an empty one is data/empty-sheet's (presentation.md §6).
      name: 'no coordination at all in Y',
      date: D,
      sheets: workbook(calendrier({ date: '2026-10-05', type: 'GEC', status: 'Tenue' }), groups),
      errors: [{ messageId: 'few', cell: 'B2', group: 'GT2', data: { count: 0, required: 6 } }],
    },
    {
      name: 'a shorter max gap asks for more: ceil(365 / 30) = 13',
      date: D,
      settings: [['Écart maximal entre coordinations GT (jours)', 30]],
      sheets: workbook(calendrier(...fiveHeld, coordination('2026-12-01', 'Prévue')), groups),
      errors: [{ messageId: 'few', cell: 'B2', data: { count: 6, required: 13, max: 30 } }],
    },
  ],
});
