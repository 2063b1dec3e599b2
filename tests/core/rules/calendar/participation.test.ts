import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/participation';
import { D, ago, calendrier, calendrierWithout, workbook, type Meeting } from './fixtures';

/** A held meeting of the GT2 group: its current rows are UE, AFD, USAID and Japon (4 PTF). */
const gtMeeting = (participants: string, extra: Partial<Meeting> = {}): Meeting => ({
  group: 'GT2',
  date: ago(5),
  type: 'Réunion du groupe',
  status: 'Tenue',
  participants,
  ...extra,
});
/**
 * A held GT2 coordination: invited are its coordination (UE, AFD, USAID) and the Dialogue
 * Leaders of its dialogue groups (UNICEF, Suisse), 5 PTF.
 */
const coordination = (participants: string, extra: Partial<Meeting> = {}): Meeting =>
  gtMeeting(participants, { type: 'Coordination GT', ...extra });

ruleTester(rule, {
  valid: [
    {
      name: 'exactly the minimum rate: 2 of the 4 current members of the GT',
      date: D,
      sheets: workbook(calendrier(gtMeeting('UE; AFD'))),
      evaluated: 1,
    },
    {
      name: 'a coordination with 3 of its 5 invited (coordination and Dialogue Leaders, IV.11)',
      date: D,
      sheets: workbook(calendrier(coordination('UE; AFD; UNICEF'), coordination('USAID; Suisse; UE; Canada; Japon; BM; Suède'))),
      evaluated: 2,
    },
    {
      name: 'with Invités: present counts every distinct non-cluster item, known or not',
      date: D,
      sheets: workbook(calendrier(gtMeeting('UE; Banque X', { invited: 4 }), coordination('OMS', { invited: 2 }))),
      evaluated: 2,
    },
    {
      name: 'Invités 0: skipped',
      date: D,
      sheets: workbook(calendrier(gtMeeting('UE', { invited: 0 }))),
      evaluated: 0,
    },
    {
      name: 'nobody expected (a coordination of a GT with no Groupe): skipped',
      date: D,
      sheets: workbook(calendrier(coordination('UE', { group: '' }))),
      evaluated: 0,
    },
    {
      name: 'not held, not GT-run, or unreadable: not evaluated',
      date: D,
      sheets: workbook(
        calendrier(
          gtMeeting('', { status: 'Prévue', date: ago(1) }),
          gtMeeting('', { status: 'Annulée' }),
          gtMeeting('', { status: 'Reportée' }),
          gtMeeting('', { date: 'pas de date' }),
          gtMeeting('UE', { invited: 'beaucoup' }),
          { group: 'GD-SANTE', date: ago(5), type: 'Réunion du groupe', status: 'Tenue' },
          { date: ago(5), type: 'GEC', status: 'Tenue' },
        ),
      ),
      evaluated: 0,
    },
    {
      name: 'without the Participants column the rule stops',
      date: D,
      sheets: workbook(calendrierWithout(['Participants'], gtMeeting(''))),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a held GT-run meeting with a blank Participants',
      date: D,
      sheets: workbook(calendrier(gtMeeting(''))),
      errors: [
        {
          messageId: 'blank',
          sheet: 'Calendrier',
          cell: 'J2',
          group: 'GT2',
          gt: 'GT2',
          data: { date: ago(5), group: 'Capital humain' },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a blank Participants is reported whatever Invités says (the rate alone is skipped at 0)',
      date: D,
      sheets: workbook(calendrier(gtMeeting('', { invited: 0 }), coordination('', { group: '' }))),
      errors: [
        { messageId: 'blank', cell: 'J2', group: 'GT2' },
        { messageId: 'blank', cell: 'J3', group: null, gt: null },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: 'below the rate: only invited PTF count, planned successors are not invited',
      date: D,
      sheets: workbook(calendrier(gtMeeting('UE'), gtMeeting('UE; Suède; Canada'), coordination('UE; Japon'))),
      errors: [
        { messageId: 'lowMembers', cell: 'J2', group: 'GT2', data: { present: 1, invited: 4, rate: 25, min: 50 } },
        { messageId: 'lowMembers', cell: 'J3', data: { present: 1, invited: 4, rate: 25 } },
        { messageId: 'lowMembers', cell: 'J4', data: { present: 1, invited: 5, rate: 20 } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'with Invités: clusters and repeated items do not count',
      date: D,
      sheets: workbook(calendrier(gtMeeting('UE; Cluster Santé; Cluster WASH', { invited: 4 }), gtMeeting('UE; UE; AFD', { invited: 6 }))),
      errors: [
        { messageId: 'low', cell: 'J2', data: { present: 1, invited: 4, rate: 25, min: 50 } },
        { messageId: 'low', cell: 'J3', data: { present: 2, invited: 6, rate: 33 } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: "with Formalisme = oui, a dialogue group's meeting is measured against its own members",
      date: D,
      settings: [['Formalisme des groupes de dialogue', 'oui']],
      sheets: workbook(calendrier({ group: 'GD-SANTE', date: ago(5), type: 'Réunion du groupe', status: 'Tenue', participants: 'UE; AFD' })),
      errors: [{ messageId: 'lowMembers', cell: 'J2', group: 'GD-SANTE', gt: 'GT2', data: { present: 0, invited: 2, rate: 0 } }],
    },
    {
      name: 'a higher minimum rate from Paramètres',
      date: D,
      settings: [['Taux de participation minimal', '75 %']],
      sheets: workbook(calendrier(gtMeeting('UE; AFD'), gtMeeting('UE; AFD; USAID'))),
      errors: [{ messageId: 'lowMembers', cell: 'J2', data: { present: 2, invited: 4, rate: 50, min: 75 } }],
      evaluated: 2,
      failed: 1,
    },
  ],
});
