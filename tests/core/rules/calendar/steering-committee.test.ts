import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/steering-committee';
import { D, GROUPES, ago, calendrier, workbook, type Meeting } from './fixtures';

/**
 * GT1 (coordination: BM) and GT2 (coordination: UE, AFD, USAID; Suède planned for 2027), plus
 * GT3, which has no current coordination row (membership/tripartite's business, not this rule's).
 */
const groups = [...GROUPES, ['GT3', 'Gouvernance', 'GT PTF', '', '']];

const meeting = (participants: string, extra: Partial<Meeting> = {}): Meeting => ({
  id: 'M1',
  date: ago(10),
  type: 'Comité de pilotage CREDD',
  status: 'Tenue',
  participants,
  ...extra,
});

ruleTester(rule, {
  valid: [
    {
      name: 'one current coordination PTF of each GT PTF attends the steering committee (II.2)',
      date: D,
      sheets: workbook(calendrier(meeting('BM; AFD'), meeting('bm; USAID; OMS')), groups),
      evaluated: 2,
    },
    {
      name: 'blank Participants, not held, undated or another type: not evaluated',
      date: D,
      sheets: workbook(
        calendrier(
          meeting(''),
          meeting('Japon', { status: 'Prévue', date: ago(1) }),
          meeting('Japon', { status: 'Annulée' }),
          meeting('Japon', { date: 'pas de date' }),
          meeting('Japon', { type: 'Réunion des coordinateurs GT' }),
        ),
        groups,
      ),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'one GT PTF has no coordination PTF among the participants',
      date: D,
      sheets: workbook(calendrier(meeting('BM; Canada; Japon')), groups),
      errors: [
        {
          messageId: 'missing',
          sheet: 'Calendrier',
          cell: 'J2',
          group: null,
          gt: null,
          data: { date: ago(10), gts: ['Capital humain'], count: 1 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'planned successors do not represent their GT: every GT is missing, in Groupes order',
      date: D,
      sheets: workbook(calendrier(meeting('OMS'), meeting('Suède; UNICEF')), groups),
      errors: [
        { messageId: 'missing', cell: 'J2', data: { gts: ['Economie inclusive et durable', 'Capital humain'], count: 2 } },
        { messageId: 'missing', cell: 'J3', data: { gts: ['Economie inclusive et durable', 'Capital humain'], count: 2 } },
      ],
      evaluated: 2,
      failed: 2,
    },
  ],
});
