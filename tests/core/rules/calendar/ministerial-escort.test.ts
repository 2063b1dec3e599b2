import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/ministerial-escort';
import { D, GROUPES, ago, calendrier, calendrierWithout, inDays, workbook, type Meeting } from './fixtures';

const ministerial = (rep: string, extra: Partial<Meeting> = {}): Meeting => ({
  group: 'GD-SANTE',
  date: ago(3),
  type: 'Rencontre ministérielle',
  status: 'Tenue',
  rep,
  ...extra,
});

/** GD-ORPHELIN: a dialogue group with no GT de rattachement (row 7). */
const groupsWithOrphan = [...GROUPES, ['GD-ORPHELIN', 'Groupe orphelin', 'Groupe de dialogue', '', '']];

ruleTester(rule, {
  valid: [
    {
      name: "escorted by a PTF of the GT's current coordination (entrant, en exercice or sortant)",
      date: D,
      sheets: workbook(calendrier(ministerial('UE'), ministerial('AFD'), ministerial('USAID'))),
      evaluated: 3,
    },
    {
      name: 'escorted by a person of the coordination rows, expert or alternate, written loosely',
      date: D,
      sheets: workbook(calendrier(ministerial('A. Traoré'), ministerial('h cisse'))),
      evaluated: 2,
    },
    {
      name: 'a name found nowhere in the workbook is accepted',
      date: D,
      sheets: workbook(calendrier(ministerial('Mme Inconnue'))),
      evaluated: 1,
    },
    {
      name: 'one coordination item among others is enough',
      date: D,
      sheets: workbook(calendrier(ministerial('Canada; AFD'))),
      evaluated: 1,
    },
    {
      name: 'planned meetings outside 0 ≤ date − D < 7, and cancelled or postponed ones, are not evaluated',
      date: D,
      sheets: workbook(
        calendrier(
          ministerial('', { date: inDays(7), status: 'Prévue' }),
          ministerial('', { date: ago(1), status: 'Prévue' }),
          ministerial('', { status: 'Annulée' }),
          ministerial('', { status: 'Reportée' }),
          ministerial('', { date: 'pas de date' }),
          { group: 'GD-SANTE', date: ago(3), type: 'Réunion du groupe', status: 'Tenue' },
        ),
      ),
      evaluated: 0,
    },
    {
      name: "an unresolved GT: the representative's items are not checked",
      date: D,
      sheets: workbook(calendrier(ministerial('Canada', { group: 'GD-ORPHELIN' })), groupsWithOrphan),
      evaluated: 1,
    },
    {
      name: 'without the Représentant column the rule stops (data/missing-column is reported once by the engine)',
      date: D,
      sheets: workbook(calendrierWithout(['Représentant coordination GT'], ministerial(''))),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a held ministerial meeting with a blank representative',
      date: D,
      sheets: workbook(calendrier(ministerial(''))),
      errors: [
        {
          messageId: 'blank',
          sheet: 'Calendrier',
          cell: 'L2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { group: 'Santé', date: ago(3) },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'planned meetings at both ends of the agenda lead time (D and D + 6) with a blank representative',
      date: D,
      sheets: workbook(
        calendrier(ministerial('', { date: D, status: 'Prévue' }), ministerial('', { date: inDays(6), status: 'Prévue' })),
      ),
      errors: [
        { messageId: 'blank', cell: 'L2', data: { date: D } },
        { messageId: 'blank', cell: 'L3', data: { date: inDays(6) } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'a blank representative is reported even when the GT is unresolved',
      date: D,
      sheets: workbook(calendrier(ministerial('', { group: 'GD-ORPHELIN' })), groupsWithOrphan),
      errors: [{ messageId: 'blank', cell: 'L2', group: 'GD-ORPHELIN', gt: null }],
    },
    {
      name: 'PTF and people of Membres who are not the current coordination of the GT',
      date: D,
      sheets: workbook(
        calendrier(
          ministerial('Canada'), // a member of the dialogue group
          ministerial('E. Sangaré'), // its expert
          ministerial('Suède'), // the GT's planned successor: not current
          ministerial('BM'), // the coordination of another GT
          ministerial('Japon'), // a plain member of the GT
        ),
      ),
      errors: [
        {
          messageId: 'notCoordination',
          sheet: 'Calendrier',
          cell: 'L2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { group: 'Santé', date: ago(3), names: ['Canada'], gt: 'Capital humain' },
        },
        { messageId: 'notCoordination', cell: 'L3', data: { names: ['E. Sangaré'] } },
        { messageId: 'notCoordination', cell: 'L4', data: { names: ['Suède'] } },
        { messageId: 'notCoordination', cell: 'L5', data: { names: ['BM'] } },
        { messageId: 'notCoordination', cell: 'L6', data: { names: ['Japon'] } },
      ],
      evaluated: 5,
      failed: 5,
    },
    {
      name: 'a known name outside the coordination next to an unknown one',
      date: D,
      sheets: workbook(calendrier(ministerial('Canada; Mme Inconnue'))),
      errors: [{ messageId: 'notCoordination', cell: 'L2', data: { names: ['Canada', 'Mme Inconnue'] } }],
    },
    {
      name: 'a planned meeting within the lead time whose representative is not of the coordination',
      date: D,
      sheets: workbook(calendrier(ministerial('Canada', { date: inDays(2), status: 'Prévue' }))),
      errors: [{ messageId: 'notCoordination', cell: 'L2', data: { date: inDays(2) } }],
    },
  ],
});
