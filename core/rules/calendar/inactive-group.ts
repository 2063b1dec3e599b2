import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import { groupAnchor, groupKey, groupName, isHeld } from './meetings';

// I.4: the reform answers "la non-tenue régulière des réunions": a dialogue group that has held
// no meeting in the inactivity window (120 days) is worth a look.
const rule: Rule = {
  id: 'calendar/inactive-group',
  area: 'calendar',
  tdr: 'I.4',
  title: { fr: 'Groupe inactif', en: 'Inactive group' },
  quote: [
    '« Ces difficultés étaient souvent liées à la faible mise en œuvre des activités prévues dans le programme de travail, à la non-tenue régulière des réunions […] »',
  ],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque groupe de dialogue a tenu une réunion récemment.',
    en: 'Each dialogue group has held a meeting recently.',
  },
  messages: {
    never: {
      fr: "Le groupe de dialogue {group} n'a tenu aucune réunion enregistrée au calendrier.",
      en: 'The dialogue group {group} has held no meeting recorded in the calendar.',
    },
    inactive: {
      fr: "Le groupe de dialogue {group} n'a tenu aucune réunion depuis le {last}, il y a {days, plural, one {# jour} other {# jours}} (plus de {max, plural, one {# jour} other {# jours}}).",
      en: 'The dialogue group {group} has held no meeting since {last}, {days, plural, one {# day} other {# days}} ago (more than {max, plural, one {# day} other {# days}}).',
    },
  },
  suggestions: {
    default: {
      fr: 'Vérifiez avec le Dialogue Leader que le groupe se réunit, et enregistrez ses réunions tenues au calendrier.',
      en: 'Check with the Dialogue Leader that the group meets, and record its held meetings in the calendar.',
    },
  },
  settings: ['dialogueInactivityDays'],
  check(context) {
    const { workbook, today } = context;
    if (!workbook.groups || !workbook.calendar) return;
    const window = context.setting('dialogueInactivityDays');
    for (const g of workbook.index.dialogueGroups) {
      let last: Day | null = null; // the latest held group meeting on or before D
      for (const m of workbook.index.meetingsOf(g)) {
        if (m.type !== 'group' || !isHeld(m) || m.date === null || m.date > today) continue;
        if (last === null || m.date > last) last = m.date;
      }
      const key = groupKey(workbook, g);
      context.evaluate(key, g);
      if (last !== null && today - last <= window) continue;
      context.report({
        item: key,
        messageId: last === null ? 'never' : 'inactive',
        data: last === null
          ? { group: groupName(g), max: window }
          : { group: groupName(g), last: dayToIso(last), days: today - last, max: window },
        ...groupAnchor(workbook, g),
        group: g,
      });
    }
  },
};
export default rule;
