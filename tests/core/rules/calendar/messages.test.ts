// Both languages of every calendar message tell the same facts: the English template uses the
// placeholders of the French one (a language-specific fact `xFr` has its `xEn` twin).

import type { Rule } from '../../../../core/rules/rule';
import agenda from '../../../../core/rules/calendar/agenda';
import annualPlan from '../../../../core/rules/calendar/annual-plan';
import clusterParticipation from '../../../../core/rules/calendar/cluster-participation';
import coordinatorsMeeting from '../../../../core/rules/calendar/coordinators-meeting';
import gecMonthly from '../../../../core/rules/calendar/gec-monthly';
import gtCoordination from '../../../../core/rules/calendar/gt-coordination';
import harmonised from '../../../../core/rules/calendar/harmonised';
import inactiveGroup from '../../../../core/rules/calendar/inactive-group';
import ministerialEscort from '../../../../core/rules/calendar/ministerial-escort';
import minutes from '../../../../core/rules/calendar/minutes';
import participation from '../../../../core/rules/calendar/participation';
import postponed from '../../../../core/rules/calendar/postponed';
import statusStale from '../../../../core/rules/calendar/status-stale';
import steeringCommittee from '../../../../core/rules/calendar/steering-committee';

const rules: Rule[] = [
  gtCoordination,
  annualPlan,
  ministerialEscort,
  agenda,
  minutes,
  participation,
  harmonised,
  clusterParticipation,
  steeringCommittee,
  coordinatorsMeeting,
  gecMonthly,
  inactiveGroup,
  statusStale,
  postponed,
];

/** The placeholders of a template (plain or plural choices), with the language suffix made neutral. */
function facts(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((m) => m[1].replace(/(Fr|En)$/, '·'));
  return [...new Set(names)].sort();
}

describe('calendar rules: messages', () => {
  it('covers the 14 rules of the catalogue, each in the calendar area', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(14);
    for (const r of rules) {
      expect(r.area).toBe('calendar');
      expect(r.id.startsWith('calendar/')).toBe(true);
    }
  });

  for (const r of rules) {
    it(`${r.id}: French and English templates give the same facts`, () => {
      for (const [id, text] of Object.entries(r.messages)) {
        expect({ id, en: facts(text.en) }).toEqual({ id, en: facts(text.fr) });
      }
      for (const [id, text] of Object.entries(r.suggestions)) {
        expect({ id, en: facts(text.en) }).toEqual({ id, en: facts(text.fr) });
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    });
  }
});
