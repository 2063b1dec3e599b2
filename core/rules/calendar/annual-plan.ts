import type { Rule } from '../rule';
import { dayFromYmd } from '../../values';
import { calendarWords, groupAnchor, groupKey, groupName, isLive } from './meetings';

// II.4 ("planification annuelle : organisation régulière de rencontres") and IV.11 (a bimonthly
// rhythm): a GT PTF's year holds at least ceil(365 / max gap) coordination meetings, held or
// still planned.
const rule: Rule = {
  id: 'calendar/annual-plan',
  area: 'calendar',
  tdr: 'II.4, IV.11',
  title: { fr: 'Planification annuelle', en: 'Annual planning' },
  quote: [
    '« Planification annuelle : organisation régulière de rencontres […] »',
    '« Les coordinations tripartites des GT PTF tiendront des réunions régulières de coordination (un rythme bimestriel est suggéré) […] »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: "Chaque GT PTF planifie dans l'année assez de réunions de Coordination GT pour tenir le rythme bimestriel.",
    en: 'Each GT PTF plans enough GT coordination meetings in the year to keep the bimonthly rhythm.',
  },
  messages: {
    few: {
      fr: "Le GT {group} ne compte que {count, plural, one {# réunion tenue ou prévue} other {# réunions tenues ou prévues}} de type « {meetingTypeFr} » en {year}, pour {required, plural, one {# attendue} other {# attendues}} (une au moins tous les {max, plural, one {# jour} other {# jours}}).",
      en: 'The GT {group} has only {count, plural, one {# meeting} other {# meetings}} of type "{meetingTypeEn}" held or planned in {year}, where {required, plural, one {# is} other {# are}} expected (at least one every {max, plural, one {# day} other {# days}}).',
    },
  },
  suggestions: {
    default: {
      fr: "Inscrivez au calendrier les réunions « {meetingTypeFr} » du reste de l'année.",
      en: 'Put the rest of the year\'s "{meetingTypeEn}" meetings on the calendar.',
    },
  },
  settings: ['maxGtCoordinationGap'],
  check(context) {
    const { workbook, today, year } = context;
    if (!workbook.groups || !workbook.calendar) return;
    const maxGap = context.setting('maxGtCoordinationGap');
    const required = Math.ceil(365 / Math.max(1, maxGap));
    const yearStart = dayFromYmd(year, 1, 1);
    const nextYear = dayFromYmd(year + 1, 1, 1);
    // The register's own word for the type, when its Correspondances sheet maps one.
    const words = calendarWords(workbook.mapping, 'gtCoordination');
    for (const gt of workbook.index.gts) {
      let count = 0;
      for (const m of workbook.index.meetingsOf(gt)) {
        if (m.type !== 'gtCoordination' || m.date === null || !isLive(m, today)) continue;
        if (m.date >= yearStart && m.date < nextYear) count++;
      }
      const key = groupKey(workbook, gt);
      context.evaluate(key, gt);
      if (count < required) {
        context.report({
          item: key,
          messageId: 'few',
          data: { group: groupName(gt), count, required, year, max: maxGap, ...words },
          ...groupAnchor(workbook, gt),
          group: gt,
        });
      }
    }
  },
};
export default rule;
