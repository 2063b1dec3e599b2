import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/gec-monthly';
import { D, GROUPES, MEMBRES, calendrier, type Meeting } from './fixtures';

const gec = (date: string, status = 'Tenue'): Meeting => ({ date, type: 'GEC', status });
const sheets = (...meetings: Meeting[]) => ({ Groupes: GROUPES, Membres: MEMBRES, Calendrier: calendrier(...meetings) });
/** A held GEC on the 15th of each month from January to October 2026. */
const janToOct = Array.from({ length: 10 }, (_, i) => gec(`2026-${String(i + 1).padStart(2, '0')}-15`));

ruleTester(rule, {
  valid: [
    {
      name: 'a held GEC in each month from January to the month before D (January to October)',
      date: D,
      sheets: sheets(...janToOct, gec('2026-11-20', 'Prévue')),
      evaluated: 10,
    },
    {
      name: 'the calendar has no GEC row dated in Y: not evaluated',
      date: D,
      sheets: sheets(gec('2025-12-15'), gec('2027-01-15', 'Prévue'), { group: 'GT2', date: '2026-05-05', type: 'Coordination GT', status: 'Tenue' }),
      evaluated: 0,
    },
    {
      name: 'D in January: no month is over yet',
      date: '2026-01-20',
      sheets: sheets(gec('2026-01-10', 'Prévue')),
      evaluated: 0,
    },
    {
      name: "a month's first and last days count for that month",
      date: '2026-03-01',
      sheets: sheets(gec('2026-01-01'), gec('2026-02-28')),
      evaluated: 2,
    },
  ],
  invalid: [
    {
      name: 'a cancelled and a still-planned GEC do not count; one finding per month',
      date: D,
      sheets: sheets(
        ...janToOct.filter((_, i) => i !== 2 && i !== 5),
        gec('2026-03-15', 'Annulée'),
        gec('2026-06-15', 'Prévue'),
        gec('2026-06-20', 'Reportée'),
      ),
      errors: [
        { messageId: 'missing', sheet: 'Calendrier', cell: null, group: null, gt: null, data: { month: '2026-03', monthFr: 'mars 2026', monthEn: 'March 2026' } },
        { messageId: 'missing', sheet: 'Calendrier', cell: null, data: { month: '2026-06', monthFr: 'juin 2026' } },
      ],
      evaluated: 10,
      failed: 2,
    },
    {
      name: 'only a planned GEC dated in Y: every past month is missing; December of Y−1 and D’s month do not count',
      date: '2026-04-10',
      sheets: sheets(gec('2025-12-31'), gec('2026-04-05'), gec('2026-05-15', 'Prévue')),
      errors: [
        { messageId: 'missing', cell: null, data: { month: '2026-01' } },
        { messageId: 'missing', cell: null, data: { month: '2026-02' } },
        { messageId: 'missing', cell: null, data: { month: '2026-03' } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'in English, the month is named in English',
      date: '2026-02-10',
      language: 'en',
      sheets: sheets(gec('2026-02-05')),
      errors: [{ messageId: 'missing', cell: null, data: { month: '2026-01', monthEn: 'January 2026' } }],
    },
  ],
});
