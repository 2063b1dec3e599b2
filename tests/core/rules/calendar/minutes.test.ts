import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/minutes';
import { D, ago, calendrier, calendrierWithout, shift, workbook, type Meeting } from './fixtures';

const coordination = (date: string, minutes: string, status = 'Tenue'): Meeting => ({
  group: 'GT2',
  date,
  type: 'Coordination GT',
  status,
  minutes,
});

ruleTester(rule, {
  valid: [
    {
      name: 'minutes sent within 14 days, the 14th day included',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(30), shift(ago(30), 14)),
          { group: 'GT2', date: ago(5), type: 'Réunion du groupe', status: 'Tenue', minutes: ago(3) },
        ),
      ),
      evaluated: 2,
    },
    {
      name: 'no minutes yet for a meeting held exactly 14 days ago: not yet due, not evaluated',
      date: D,
      sheets: workbook(calendrier(coordination(ago(14), ''), coordination(ago(1), ''))),
      evaluated: 0,
    },
    {
      name: 'planned, cancelled and postponed meetings; dialogue groups without formality',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(30), '', 'Prévue'),
          coordination(ago(30), '', 'Annulée'),
          coordination(ago(30), '', 'Reportée'),
          { group: 'GD-SANTE', date: ago(30), type: 'Réunion du groupe', status: 'Tenue' },
          { date: ago(30), type: 'GEC', status: 'Tenue' },
          coordination('pas de date', ''),
        ),
      ),
      evaluated: 0,
    },
    {
      name: 'an unreadable CR date is skipped',
      date: D,
      sheets: workbook(calendrier(coordination(ago(30), 'envoyé'))),
      evaluated: 0,
    },
    {
      name: 'without the CR column the rule stops',
      date: D,
      sheets: workbook(calendrierWithout(['CR diffusé le'], coordination(ago(30), ''))),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a coordination held 15 days ago without minutes',
      date: D,
      sheets: workbook(calendrier(coordination(ago(15), ''))),
      errors: [
        {
          messageId: 'missing',
          sheet: 'Calendrier',
          cell: 'I2',
          group: 'GT2',
          gt: 'GT2',
          data: { date: ago(15), group: 'Capital humain', days: 15, delay: 14 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'minutes sent 15 days after the meeting, including for a recent meeting',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(40), shift(ago(40), 15)),
          { group: 'GT2', date: ago(3), type: 'Réunion du groupe', status: 'Tenue', minutes: shift(ago(3), 15) },
        ),
      ),
      errors: [
        { messageId: 'late', cell: 'I2', data: { date: ago(40), sent: shift(ago(40), 15), days: 15, delay: 14 } },
        { messageId: 'late', cell: 'I3', data: { date: ago(3), days: 15 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: "with Formalisme des groupes de dialogue = oui, a dialogue group's meeting is GT-run",
      date: D,
      settings: [['Formalisme des groupes de dialogue', 'oui']],
      sheets: workbook(calendrier({ group: 'GD-SANTE', date: ago(20), type: 'Réunion du groupe', status: 'Tenue' })),
      errors: [{ messageId: 'missing', cell: 'I2', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', days: 20 } }],
    },
    {
      name: 'a shorter delay from Paramètres',
      date: D,
      settings: [['Délai de diffusion du CR (jours)', 7]],
      sheets: workbook(calendrier(coordination(ago(8), ''), coordination(ago(7), ''), coordination(ago(30), shift(ago(30), 8)))),
      errors: [
        { messageId: 'missing', cell: 'I2', data: { days: 8, delay: 7 } },
        { messageId: 'late', cell: 'I4', data: { days: 8, delay: 7 } },
      ],
      evaluated: 2,
      failed: 2,
    },
  ],
});
