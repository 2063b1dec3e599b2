import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import { calendarWords, groupAnchor, groupKey, groupName, isHeld } from './meetings';

// IV.11: the tripartite coordinations hold regular coordination meetings with their Dialogue
// Leaders, "un rythme bimestriel est suggéré" (the max-gap setting, 62 days).
const rule: Rule = {
  id: 'calendar/gt-coordination',
  area: 'calendar',
  tdr: 'IV.11',
  title: { fr: 'Réunion de coordination du GT', en: 'GT coordination meeting' },
  quote: [
    '« Les coordinations tripartites des GT PTF tiendront des réunions régulières de coordination (un rythme bimestriel est suggéré) avec les Dialogues Leaders se trouvant sous leur chapeau de coordination globale. »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque GT PTF a tenu une réunion de coordination dans le délai maximal (rythme bimestriel).',
    en: 'Each GT PTF has held a coordination meeting within the maximum gap (bimonthly rhythm).',
  },
  messages: {
    none: {
      fr: "Le GT {group} n'a tenu aucune réunion de type « {meetingTypeFr} » à la date du {today}.",
      en: 'The GT {group} has held no meeting of type "{meetingTypeEn}" as of {today}.',
    },
    late: {
      fr: "La dernière réunion de type « {meetingTypeFr} » tenue par le GT {group} date du {last}, il y a {days, plural, one {# jour} other {# jours}} (écart maximal : {max, plural, one {# jour} other {# jours}}).",
      en: 'The last meeting of type "{meetingTypeEn}" held by the GT {group} was on {last}, {days, plural, one {# day} other {# days}} ago (maximum gap: {max, plural, one {# day} other {# days}}).',
    },
  },
  suggestions: {
    default: {
      fr: 'Tenez une réunion de coordination avec les Dialogue Leaders du GT et enregistrez-la (type « {meetingTypeFr} », statut {heldFr}).',
      en: 'Hold a coordination meeting with the GT\'s Dialogue Leaders and record it (type "{meetingTypeEn}", status {heldEn}).',
    },
  },
  settings: ['maxGtCoordinationGap'],
  check(context) {
    const { workbook, today } = context;
    if (!workbook.groups || !workbook.calendar) return;
    const maxGap = context.setting('maxGtCoordinationGap');
    // The register's own words for the type and for held, when its Correspondances sheet maps them.
    const words = calendarWords(workbook.mapping, 'gtCoordination');
    for (const gt of workbook.index.gts) {
      let last: Day | null = null;
      for (const m of workbook.index.meetingsOf(gt)) {
        if (m.type !== 'gtCoordination' || !isHeld(m) || m.date === null || m.date > today) continue;
        if (last === null || m.date > last) last = m.date;
      }
      const key = groupKey(workbook, gt);
      context.evaluate(key, gt);
      if (last === null) {
        context.report({
          item: key,
          messageId: 'none',
          data: { group: groupName(gt), today: dayToIso(today), ...words },
          ...groupAnchor(workbook, gt),
          group: gt,
        });
      } else if (today - last > maxGap) {
        context.report({
          item: key,
          messageId: 'late',
          data: { group: groupName(gt), last: dayToIso(last), days: today - last, max: maxGap, ...words },
          ...groupAnchor(workbook, gt),
          group: gt,
        });
      }
    }
  },
};
export default rule;
