import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/gt-coordination';
import { D, GROUPES, ago, calendrier, inDays, workbook } from './fixtures';

const held = (group: string, date: string) => ({ group, date, type: 'Coordination GT', status: 'Tenue' });

ruleTester(rule, {
  valid: [
    {
      name: 'the last held coordination is exactly the max gap (62 days) before D',
      date: D,
      sheets: workbook(calendrier(held('GT1', ago(62)), held('GT2', ago(100)), held('GT2', ago(62)))),
      evaluated: 2,
    },
    {
      name: 'a coordination held on D itself counts',
      date: D,
      sheets: workbook(calendrier(held('GT1', D), held('GT2', D))),
      evaluated: 2,
    },
    {
      name: 'the max gap comes from Paramètres',
      date: D,
      settings: [['Écart maximal entre coordinations GT (jours)', 90]],
      sheets: workbook(calendrier(held('GT1', ago(90)), held('GT2', ago(1)))),
      evaluated: 2,
    },
    {
      name: 'dialogue groups are not GT PTF: only the two GT rows are evaluated',
      date: D,
      sheets: workbook(calendrier(held('GT1', ago(5)), held('GT2', ago(5)))),
      evaluated: 2,
    },
  ],
  invalid: [
    {
      name: 'the last held coordination is one day beyond the max gap',
      date: D,
      sheets: workbook(calendrier(held('GT1', ago(10)), held('GT2', ago(200)), held('GT2', ago(63)))),
      errors: [
        {
          messageId: 'late',
          sheet: 'Groupes',
          cell: 'B3',
          group: 'GT2',
          gt: 'GT2',
          data: { group: 'Capital humain', last: ago(63), days: 63, max: 62 },
        },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'planned, cancelled, postponed, future-dated, undated and other-type meetings do not count',
      date: D,
      sheets: workbook(
        calendrier(
          held('GT1', ago(1)),
          { group: 'GT2', date: inDays(3), type: 'Coordination GT', status: 'Prévue' },
          { group: 'GT2', date: ago(3), type: 'Coordination GT', status: 'Annulée' },
          { group: 'GT2', date: ago(4), type: 'Coordination GT', status: 'Reportée' },
          held('GT2', inDays(1)),
          held('GT2', 'pas de date'),
          { group: 'GT2', date: ago(2), type: 'Réunion du groupe', status: 'Tenue' },
          held('GT1', ago(2)),
        ),
      ),
      errors: [
        { messageId: 'none', sheet: 'Groupes', cell: 'B3', group: 'GT2', gt: 'GT2', data: { group: 'Capital humain', today: D } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      // A Calendrier with no coordination (an empty one is data/empty-sheet's, presentation.md §6).
      name: 'no coordination in the calendar: every GT, in Groupes row order',
      date: D,
      sheets: workbook(calendrier({ date: '2026-10-05', type: 'GEC', status: 'Tenue' })),
      errors: [
        { messageId: 'none', cell: 'B2', group: 'GT1', gt: 'GT1', data: { group: 'Economie inclusive et durable' } },
        { messageId: 'none', cell: 'B3', group: 'GT2', gt: 'GT2', data: { group: 'Capital humain' } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'a GT whose Nom is blank is named by its code',
      date: D,
      sheets: workbook(calendrier(held('GT1', ago(1))), [GROUPES[0], GROUPES[1], ['GT2', '', 'GT PTF', '', '']]),
      errors: [{ messageId: 'none', cell: 'B3', group: 'GT2', data: { group: 'GT2' } }],
    },
  ],
});
