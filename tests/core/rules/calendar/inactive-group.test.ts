import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/inactive-group';
import { D, GROUPES_HEADER, GT1, GT2, ago, calendrier, inDays, workbook, type Meeting } from './fixtures';

/** Groupes: row 4 GD-SANTE, row 5 GD-EAU (dialogue groups of GT2), row 6 an ad hoc group. */
const groups = [
  GROUPES_HEADER,
  GT1,
  GT2,
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', ''],
  ['GD-ELECTIONS', 'Elections 2026', 'Groupe de dialogue ad hoc', 'GT1', ''],
];
const held = (group: string, date: string, extra: Partial<Meeting> = {}): Meeting => ({
  group,
  date,
  type: 'Réunion du groupe',
  status: 'Tenue',
  ...extra,
});

ruleTester(rule, {
  valid: [
    {
      name: 'each dialogue group (ad hoc too) held a meeting within [D − 120, D], both ends included',
      date: D,
      sheets: workbook(calendrier(held('GD-SANTE', ago(120)), held('GD-EAU', D), held('GD-ELECTIONS', ago(60))), groups),
      evaluated: 3,
    },
    {
      name: 'a longer inactivity window from Paramètres',
      date: D,
      settings: [["Inactivité d'un groupe de dialogue (jours)", 200]],
      sheets: workbook(calendrier(held('GD-SANTE', ago(200)), held('GD-EAU', ago(1)), held('GD-ELECTIONS', ago(1))), groups),
      evaluated: 3,
    },
  ],
  invalid: [
    {
      name: 'the last held meeting is 121 days before D',
      date: D,
      sheets: workbook(
        calendrier(held('GD-SANTE', ago(200)), held('GD-SANTE', ago(121)), held('GD-EAU', ago(3)), held('GD-ELECTIONS', ago(3))),
        groups,
      ),
      errors: [
        {
          messageId: 'inactive',
          sheet: 'Groupes',
          cell: 'B4',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { group: 'Santé', last: ago(121), days: 121, max: 120 },
        },
      ],
      evaluated: 3,
      failed: 1,
    },
    {
      name: 'planned, cancelled, future-dated, undated meetings and other types do not count',
      date: D,
      sheets: workbook(
        calendrier(
          held('GD-SANTE', ago(3)),
          held('GD-EAU', inDays(3), { status: 'Prévue' }),
          held('GD-EAU', ago(3), { status: 'Annulée' }),
          held('GD-EAU', ago(4), { status: 'Reportée' }),
          held('GD-EAU', ago(5), { status: 'Prévue' }),
          held('GD-EAU', inDays(1)),
          held('GD-EAU', 'pas de date'),
          held('GD-EAU', ago(6), { type: 'Rencontre ministérielle' }),
          held('GT2', ago(6), { type: 'Coordination GT' }),
          held('GD-ELECTIONS', ago(300)),
        ),
        groups,
      ),
      errors: [
        { messageId: 'never', cell: 'B5', group: 'GD-EAU', gt: 'GT2', data: { group: 'Eau et assainissement', max: 120 } },
        { messageId: 'inactive', cell: 'B6', group: 'GD-ELECTIONS', gt: 'GT1', data: { group: 'Elections 2026', days: 300 } },
      ],
      evaluated: 3,
      failed: 2,
    },
  ],
});
