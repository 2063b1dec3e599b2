import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/status-stale';
import { D, ago, calendrier, inDays, workbook } from './fixtures';

ruleTester(rule, {
  valid: [
    {
      name: 'past meetings with a final status; planned meetings on D or later',
      date: D,
      sheets: workbook(
        calendrier(
          { group: 'GT2', date: ago(1), type: 'Coordination GT', status: 'Tenue' },
          { group: 'GT2', date: ago(2), type: 'Coordination GT', status: 'Annulée' },
          { group: 'GT2', date: ago(3), type: 'Coordination GT', status: 'Reportée' },
          { group: 'GT2', date: D, type: 'Coordination GT', status: 'Prévue' },
          { group: 'GT2', date: inDays(5), type: 'Coordination GT', status: 'Prévue' },
        ),
      ),
      evaluated: 3,
    },
    {
      name: 'an undated or unreadable-status meeting is skipped',
      date: D,
      sheets: workbook(
        calendrier(
          { group: 'GT2', date: 'pas de date', type: 'Coordination GT', status: 'Prévue' },
          { group: 'GT2', date: ago(4), type: 'Coordination GT', status: 'Peut-être' },
        ),
      ),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a meeting dated the day before D is still Prévue',
      date: D,
      sheets: workbook(calendrier({ group: 'GT2', date: ago(1), type: 'Coordination GT', status: 'Prévue' })),
      errors: [
        {
          messageId: 'stale',
          sheet: 'Calendrier',
          cell: 'G2',
          group: 'GT2',
          gt: 'GT2',
          data: { date: ago(1), days: 1, group: 'Capital humain', typeFr: ' « Coordination GT »' },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'any type, with or without a group, and the Planned alias',
      date: D,
      sheets: workbook(
        calendrier(
          { date: ago(40), type: 'GEC', status: 'Planned' },
          { group: 'GD-SANTE', date: ago(10), type: 'Réunion du groupe', status: 'Planifiée' },
          { group: 'GD-SANTE', date: ago(9), type: 'Réunion du groupe', status: 'Tenue' },
        ),
      ),
      errors: [
        { messageId: 'stale', cell: 'G2', group: null, gt: null, data: { days: 40, inGroup: '', typeEn: ' "GEC meeting"' } },
        { messageId: 'stale', cell: 'G3', group: 'GD-SANTE', gt: 'GT2', data: { days: 10, inGroup: ' (Santé)' } },
      ],
      evaluated: 3,
      failed: 2,
    },
    {
      name: 'in English',
      date: D,
      language: 'en',
      sheets: workbook(calendrier({ group: 'GT2', date: ago(2), type: 'Coordination GT', status: 'Prévue' })),
      errors: [{ messageId: 'stale', cell: 'G2', data: { typeEn: ' "GT coordination"', inGroup: ' (Capital humain)' } }],
    },
  ],
});
