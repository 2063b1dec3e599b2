import type { Rule } from '../rule';
import { normalise } from '../../text';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import type { MeetingRow } from '../../workbook/model';
import { calendarWords, isBad, isLive, meetingFacts, meetingKey } from './meetings';

/** Type and resolved Groupe: what makes a later meeting the same meeting, rescheduled. */
function sameMeetingKey(m: MeetingRow): string {
  const group = m.group
    ? `g${m.group.row}`
    : m.clusterKey !== null
      ? `c${m.clusterKey}`
      : m.groupText !== null
        ? `t${normalise(m.groupText)}`
        : ''; // both blank count as the same
  return `${m.type}\u0000${group}`;
}

// II.4: "organisation régulière de rencontres": a postponed meeting should be rescheduled, i.e. a
// held or live meeting of the same type and group dated after it.
const rule: Rule = {
  id: 'calendar/postponed',
  area: 'calendar',
  tdr: 'II.4',
  title: { fr: 'Réunion reportée', en: 'Postponed meeting' },
  quote: ['« Planification annuelle : organisation régulière de rencontres […] »'],
  defaultSeverity: 'info',
  requires: { calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque réunion reportée a été reprogrammée.',
    en: 'Each postponed meeting has been rescheduled.',
  },
  messages: {
    notRescheduled: {
      fr: "La réunion{typeFr} du {date}{inGroup} a été reportée et aucune réunion du même type n'est tenue ou prévue après cette date.",
      en: 'The meeting{typeEn} of {date}{inGroup} was postponed and no meeting of the same type is held or planned after that date.',
    },
  },
  suggestions: {
    default: {
      fr: 'Inscrivez au calendrier la nouvelle date de la réunion (statut {plannedFr}).',
      en: 'Put the new date of the meeting on the calendar (status {plannedEn}).',
    },
  },
  settings: [],
  check(context) {
    const { workbook, today } = context;
    const { calendar } = workbook;
    if (!calendar) return;
    // The latest held or live date per (type, group), in one pass.
    const latest = new Map<string, Day>();
    for (const m of calendar.rows) {
      if (m.date === null || m.type === null || isBad(m, 'group') || !isLive(m, today)) continue;
      const k = sameMeetingKey(m);
      const d = latest.get(k);
      if (d === undefined || m.date > d) latest.set(k, m.date);
    }
    for (const m of calendar.rows) {
      if (m.status !== 'postponed' || m.date === null || m.type === null || isBad(m, 'group')) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      const after = latest.get(sameMeetingKey(m));
      if (after !== undefined && after > m.date) continue;
      context.report({
        item: meetingKey(workbook, m),
        messageId: 'notRescheduled',
        data: { date: dayToIso(m.date), ...meetingFacts(m, workbook.mapping), ...calendarWords(workbook.mapping) },
        sheet: calendar.sheet,
        row: m.row,
        col: calendar.columns.status!,
        group: m.group,
      });
    }
  },
};
export default rule;
