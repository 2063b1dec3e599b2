import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/agenda';
import { D, ago, calendrier, calendrierWithout, inDays, shift, workbook, type Meeting } from './fixtures';

const coordination = (date: string, agenda: string, status = 'Tenue'): Meeting => ({
  group: 'GT2',
  date,
  type: 'Coordination GT',
  status,
  agenda,
});

ruleTester(rule, {
  valid: [
    {
      name: 'agendas sent exactly the lead time (7 days) before, or earlier',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(10), ago(17)),
          { group: 'GT2', date: ago(20), type: 'Réunion du groupe', status: 'Tenue', agenda: ago(40) },
        ),
      ),
      evaluated: 2,
    },
    {
      name: 'a planned GT-run meeting within the lead time whose agenda is sent',
      date: D,
      sheets: workbook(calendrier(coordination(inDays(3), ago(5), 'Prévue'))),
      evaluated: 1,
    },
    {
      name: 'planned meetings 7 days ahead or already past, cancelled or postponed ones: not evaluated',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(inDays(7), '', 'Prévue'),
          coordination(ago(1), '', 'Prévue'),
          coordination(ago(5), '', 'Annulée'),
          coordination(ago(5), '', 'Reportée'),
          coordination('pas de date', ''),
        ),
      ),
      evaluated: 0,
    },
    {
      name: 'dialogue groups and institutional meetings are not GT-run (II.8: peu de formalisme)',
      date: D,
      sheets: workbook(
        calendrier(
          { group: 'GD-SANTE', date: ago(3), type: 'Réunion du groupe', status: 'Tenue' },
          { group: 'GD-SANTE', date: ago(3), type: 'Rencontre ministérielle', status: 'Tenue' },
          { date: ago(3), type: 'GEC', status: 'Tenue' },
          { date: ago(3), type: 'Réunion des coordinateurs GT', status: 'Tenue' },
        ),
      ),
      evaluated: 0,
    },
    {
      name: 'an unreadable agenda date is skipped (data/invalid-value says it)',
      date: D,
      sheets: workbook(calendrier(coordination(ago(3), 'la semaine dernière'))),
      evaluated: 0,
    },
    {
      name: 'without the OdJ column the rule stops',
      date: D,
      sheets: workbook(calendrierWithout(['OdJ envoyé le'], coordination(ago(3), ''))),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a held coordination without an agenda date',
      date: D,
      sheets: workbook(calendrier(coordination(ago(3), ''))),
      errors: [
        {
          messageId: 'missing',
          sheet: 'Calendrier',
          cell: 'H2',
          group: 'GT2',
          gt: 'GT2',
          data: { date: ago(3), group: 'Capital humain' },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'agendas sent 6 days before, on the day, or after the meeting are late',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(ago(10), ago(16)),
          { group: 'GT2', date: ago(20), type: 'Réunion du groupe', status: 'Tenue', agenda: ago(20) },
          coordination(ago(30), ago(28)),
        ),
      ),
      errors: [
        { messageId: 'late', cell: 'H2', group: 'GT2', data: { date: ago(10), sent: ago(16), days: 6, lead: 7 } },
        { messageId: 'late', cell: 'H3', data: { sent: ago(20), days: 0 } },
        { messageId: 'late', cell: 'H4', data: { days: -2 } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'planned GT-run meetings on D and on D + 6 with no agenda sent yet',
      date: D,
      sheets: workbook(
        calendrier(
          coordination(D, '', 'Prévue'),
          { group: 'GT2', date: inDays(6), type: 'Réunion du groupe', status: 'Prévue' },
        ),
      ),
      errors: [
        { messageId: 'soon', cell: 'H2', data: { date: D, days: 0, lead: 7 } },
        { messageId: 'soon', cell: 'H3', data: { date: inDays(6), days: 6 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: "with Formalisme des groupes de dialogue = oui, a dialogue group's meeting is GT-run",
      date: D,
      settings: [['Formalisme des groupes de dialogue', 'oui']],
      sheets: workbook(calendrier({ group: 'GD-SANTE', date: ago(3), type: 'Réunion du groupe', status: 'Tenue' })),
      errors: [{ messageId: 'missing', cell: 'H2', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé' } }],
    },
    {
      name: 'a longer lead time from Paramètres',
      date: D,
      settings: [["Délai d'envoi de l'OdJ (jours)", 10]],
      sheets: workbook(calendrier(coordination(ago(10), shift(ago(10), -8)), coordination(ago(20), ago(30)))),
      errors: [{ messageId: 'late', cell: 'H2', data: { days: 8, lead: 10 } }],
      evaluated: 2,
      failed: 1,
    },
  ],
});
