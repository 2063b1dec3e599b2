import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/harmonised';
import { D, ago, calendrier, inDays, workbook, type Meeting } from './fixtures';

const day = inDays(10);
/** A planned meeting of the Santé dialogue group (GT2) on `day`. */
const sante = (extra: Partial<Meeting> = {}): Meeting => ({
  id: 'S1',
  group: 'GD-SANTE',
  date: day,
  type: 'Réunion du groupe',
  status: 'Prévue',
  ...extra,
});
const other = (type: string, extra: Partial<Meeting> = {}): Meeting => ({ date: day, type, status: 'Prévue', ...extra });

ruleTester(rule, {
  valid: [
    {
      name: 'a group meeting alone on its day',
      date: D,
      sheets: workbook(calendrier(sante(), other('GEC', { date: inDays(11) }))),
      evaluated: 1,
    },
    {
      name: 'a Troïka meeting is recorded, never a clash',
      date: D,
      sheets: workbook(calendrier(sante(), other('Troïka'))),
      evaluated: 1,
    },
    {
      name: 'a cancelled or postponed institutional meeting is not live',
      date: D,
      sheets: workbook(calendrier(sante(), other('GEC', { status: 'Annulée' }), other('Commission Mixte', { status: 'Reportée' }))),
      evaluated: 1,
    },
    {
      name: 'a planned meeting dated before D is not live, on either side',
      date: D,
      sheets: workbook(
        calendrier(
          sante({ date: ago(1), status: 'Tenue' }),
          other('GEC', { date: ago(1) }),
          sante({ id: 'S2', date: ago(2) }),
          other('GEC', { date: ago(2), status: 'Tenue' }),
        ),
      ),
      evaluated: 1,
    },
    {
      name: 'both meetings timed and not overlapping; touching is no clash',
      date: D,
      sheets: workbook(
        calendrier(sante({ start: '09:00', end: '11:00' }), other('GEC', { start: '11:00', end: '13:00' }), other('Revue CREDD', { start: '07:30', end: '09:00' })),
      ),
      evaluated: 1,
    },
    {
      name: "sector meetings of another group or another GT's dialogue group; another GT's coordination",
      date: D,
      sheets: workbook(
        calendrier(
          sante(),
          other('Revue sectorielle', { group: 'GD-FEMMES' }),
          other('GT CREDD', { group: 'GT1' }),
          other('Sous-groupe CREDD', { group: 'GD-EAU' }),
          other('Sous-groupe CREDD'),
          sante({ id: 'S2', date: inDays(12) }),
          other('Coordination GT', { group: 'GT1', date: inDays(12) }),
        ),
      ),
      evaluated: 3,
    },
    {
      name: 'two dialogue groups meeting the same day, or a ministerial meeting, are not listed clashes',
      date: D,
      sheets: workbook(
        calendrier(sante(), sante({ id: 'E1', group: 'GD-EAU' }), other('Rencontre ministérielle', { group: 'GD-SANTE' })),
      ),
      evaluated: 2,
    },
    {
      name: 'a GT coordination on the day of one of its dialogue groups: reported on the dialogue group side only',
      date: D,
      sheets: workbook(calendrier(other('Coordination GT', { id: 'C1', group: 'GT2' }), sante({ group: 'GD-FEMMES' }))),
      evaluated: 2,
    },
  ],
  invalid: [
    {
      name: 'a group meeting on the day of a GEC',
      date: D,
      sheets: workbook(calendrier(sante(), other('GEC', { id: 'G1' }))),
      errors: [
        {
          messageId: 'clash',
          sheet: 'Calendrier',
          cell: 'B2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { date: day, group: 'Santé', clashesFr: ['GEC (G1)'], clashesEn: ['GEC meeting (G1)'], count: 1 },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'every institutional meeting that always clashes, listed in row order in one finding',
      date: D,
      sheets: workbook(
        calendrier(
          sante(),
          other('Commission Mixte'),
          other('Revue CREDD', { status: 'Tenue' }),
          other('Comité de pilotage CREDD'),
          other('Réunion des coordinateurs GT'),
          other('Retraite PTF'),
        ),
      ),
      errors: [
        {
          messageId: 'clash',
          cell: 'B2',
          data: {
            count: 5,
            clashesFr: [
              'Commission Mixte (ligne 3)',
              'Revue CREDD (ligne 4)',
              'Comité de pilotage CREDD (ligne 5)',
              'Réunion des coordinateurs GT (ligne 6)',
              'Retraite PTF (ligne 7)',
            ],
          },
        },
      ],
    },
    {
      name: 'overlapping hours, or hours on one side only',
      date: D,
      sheets: workbook(
        calendrier(
          sante({ start: '09:00', end: '11:00' }),
          other('GEC', { id: 'G1', start: '10:30', end: '12:00' }),
          other('Retraite PTF', { id: 'R1' }),
          other('Commission Mixte', { id: 'CM', start: '08:00', end: '09:00' }),
        ),
      ),
      errors: [{ messageId: 'clash', cell: 'B2', data: { clashesFr: ['GEC (G1)', 'Retraite PTF (R1)'] } }],
    },
    {
      name: 'sector meetings naming the same group or its GT',
      date: D,
      sheets: workbook(
        calendrier(
          sante(),
          other('Revue sectorielle', { id: 'RS', group: 'GT2' }),
          other('GT CREDD', { id: 'GC', group: 'GD-SANTE' }),
          other('Sous-groupe CREDD', { id: 'SG', group: 'Santé' }),
        ),
      ),
      errors: [
        {
          messageId: 'clash',
          cell: 'B2',
          data: { clashesFr: ['Revue sectorielle Capital humain (RS)', 'GT CREDD Santé (GC)', 'Sous-groupe CREDD Santé (SG)'] },
        },
      ],
    },
    {
      name: "a GT's meetings clash with sector meetings of its dialogue groups",
      date: D,
      sheets: workbook(
        calendrier(
          other('Coordination GT', { id: 'C1', group: 'GT2' }),
          other('Réunion du groupe', { id: 'C2', group: 'GT2', status: 'Tenue', date: ago(3) }),
          other('Sous-groupe CREDD', { id: 'SG', group: 'GD-EAU' }),
          other('Revue sectorielle', { id: 'RS', group: 'GT2', date: ago(3), status: 'Tenue' }),
        ),
      ),
      errors: [
        { messageId: 'clash', cell: 'B2', group: 'GT2', gt: 'GT2', data: { clashesFr: ['Sous-groupe CREDD Eau et assainissement (SG)'] } },
        { messageId: 'clash', cell: 'B3', group: 'GT2', data: { date: ago(3), clashesFr: ['Revue sectorielle Capital humain (RS)'] } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: "a dialogue group's meeting on the day of its GT's coordination",
      date: D,
      sheets: workbook(calendrier(other('Coordination GT', { id: 'C1', group: 'GT2' }), sante())),
      errors: [
        {
          messageId: 'clash',
          cell: 'B3',
          group: 'GD-SANTE',
          data: { clashesFr: ['Coordination GT Capital humain (C1)'], clashesEn: ['GT coordination Capital humain (C1)'] },
        },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'held meetings in the past clash too',
      date: D,
      sheets: workbook(calendrier(sante({ date: ago(30), status: 'Tenue' }), other('GEC', { id: 'G1', date: ago(30), status: 'Tenue' }))),
      errors: [{ messageId: 'clash', cell: 'B2', data: { date: ago(30), clashesFr: ['GEC (G1)'] } }],
    },
    {
      name: 'in English, the clashing meetings are listed with their English type names',
      date: D,
      language: 'en',
      sheets: workbook(calendrier(sante(), other('Commission Mixte', { id: 'CM' }))),
      errors: [{ messageId: 'clash', cell: 'B2', data: { clashesEn: ['Joint commission (CM)'] } }],
    },
  ],
});
