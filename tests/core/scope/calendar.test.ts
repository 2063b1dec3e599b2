// scope.md: the rules about every GT ask only for the coordination of the GT in scope.
import { ruleTester } from '../../support/rule-tester';
import steering from '../../../core/rules/calendar/steering-committee';
import coordinators from '../../../core/rules/calendar/coordinators-meeting';
import { D, GROUPES, ago, calendrier, workbook, type Meeting } from '../rules/calendar/fixtures';

// GT1's coordination: BM; GT2's: UE, AFD, USAID (see the fixtures).
const meeting = (type: string, participants: string): Meeting => ({ id: 'M1', date: ago(10), type, status: 'Tenue', participants });

for (const [rule, type] of [
  [steering, 'Comité de pilotage CREDD'],
  [coordinators, 'Réunion des coordinateurs GT'],
] as const) {
  ruleTester(rule, {
    valid: [
      {
        name: `scope GT2: GT2's coordination attends, GT1's is not asked for (${type})`,
        date: D,
        sheets: workbook(calendrier(meeting(type, 'AFD; Japon')), GROUPES),
        settings: [['Périmètre', 'GT2']],
        evaluated: 1,
      },
    ],
    invalid: [
      {
        name: `scope GT1: GT1's coordination is missing; GT2's presence does not help (${type})`,
        date: D,
        sheets: workbook(calendrier(meeting(type, 'AFD; Japon')), GROUPES),
        settings: [['Périmètre', 'GT1']],
        errors: [{ messageId: 'missing', cell: 'J2', data: { gts: ['Economie inclusive et durable'], count: 1 } }],
      },
      {
        name: `without a scope both GT are asked for (${type})`,
        date: D,
        sheets: workbook(calendrier(meeting(type, 'Japon')), GROUPES),
        errors: [{ messageId: 'missing', cell: 'J2', data: { count: 2 } }],
      },
    ],
  });
}
