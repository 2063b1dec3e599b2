import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/postponed';
import { D, ago, calendrier, inDays, workbook, type Meeting } from './fixtures';

const coordination = (date: string, status: string, group = 'GT2'): Meeting => ({ group, date, type: 'Coordination GT', status });

ruleTester(rule, {
  valid: [
    {
      name: 'rescheduled: a later held, or a later planned meeting dated on or after D',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(10), 'Reportée'),
          coordination(ago(3), 'Tenue'),
          coordination(ago(20), 'Reportée', 'GT1'),
          coordination(D, 'Prévue', 'GT1'),
        ),
      ),
      evaluated: 2,
    },
    {
      name: 'meetings without a Groupe match each other (both blank count as the same)',
      date: D,
      sheets: workbook(calendrier({ date: ago(10), type: 'GEC', status: 'Reportée' }, { date: inDays(5), type: 'GEC', status: 'Prévue' })),
      evaluated: 1,
    },
    {
      name: 'a postponement dated after D, rescheduled later still',
      date: D,
      sheets: workbook(calendrier(coordination(inDays(5), 'Reportée'), coordination(inDays(20), 'Prévue'))),
      evaluated: 1,
    },
    {
      name: 'the group matches by resolution, whatever the spelling',
      date: D,
      sheets: workbook(calendrier(coordination(ago(10), 'Reportée', 'GT2'), coordination(inDays(3), 'Prévue', 'Capital humain'))),
      evaluated: 1,
    },
    {
      name: 'an undated postponed meeting is skipped',
      date: D,
      sheets: workbook(calendrier(coordination('pas de date', 'Reportée'))),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'the only later meeting of the same type and group is cancelled',
      date: D,
      sheets: workbook(calendrier(coordination(ago(10), 'Reportée'), coordination(ago(3), 'Annulée'))),
      errors: [
        {
          messageId: 'notRescheduled',
          sheet: 'Calendrier',
          cell: 'G2',
          group: 'GT2',
          gt: 'GT2',
          data: { date: ago(10), group: 'Capital humain', typeFr: ' « Coordination GT »' },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'same date, earlier date, another group, another type, a stale planned one, another postponement: none reschedules',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(20), 'Reportée'),
          coordination(ago(20), 'Tenue'),
          coordination(ago(30), 'Tenue'),
          coordination(ago(5), 'Tenue', 'GT1'),
          { group: 'GT2', date: ago(5), type: 'Réunion du groupe', status: 'Tenue' },
          coordination(ago(2), 'Prévue'),
          coordination(ago(1), 'Reportée'),
        ),
      ),
      errors: [
        { messageId: 'notRescheduled', cell: 'G2', group: 'GT2', data: { date: ago(20) } },
        { messageId: 'notRescheduled', cell: 'G8', group: 'GT2', data: { date: ago(1) } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'a meeting with a Groupe does not reschedule one without',
      date: D,
      sheets: workbook(calendrier({ date: ago(10), type: 'GEC', status: 'Reportée' }, { group: 'GT2', date: inDays(5), type: 'GEC', status: 'Prévue' })),
      errors: [{ messageId: 'notRescheduled', cell: 'G2', group: null, gt: null, data: { group: '', inGroup: '' } }],
    },
    {
      name: 'in English',
      date: D,
      language: 'en',
      sheets: workbook(calendrier(coordination(ago(10), 'Reportée'))),
      errors: [{ messageId: 'notRescheduled', cell: 'G2', data: { typeEn: ' "GT coordination"', inGroup: ' (Capital humain)' } }],
    },
  ],
});
