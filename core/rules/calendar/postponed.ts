import type { Rule } from '../rule';
import { keepShape } from '../../keep-shape';
import { normalise } from '../../text';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import type { GroupRow, MeetingRow, MeetingType } from '../../workbook/model';
import { calendarWords, isBad, isLive, meetingFacts, meetingKey } from './meetings';

/**
 * Type and resolved Groupe: what makes a later meeting the same meeting, rescheduled. The group
 * part is the Groupes row itself when resolved (no string made for the common case), else a text.
 */
function sameGroupKey(m: MeetingRow): GroupRow | string {
  return m.group
    ? m.group
    : m.clusterKey !== null
      ? `c${m.clusterKey}`
      : m.groupText !== null
        ? `t${normalise(m.groupText)}`
        : ''; // both blank count as the same
}

/** The latest held or live date per (type, group). */
class LatestDates {
  private readonly byType = new Map<MeetingType, Map<GroupRow | string, Day>>();

  add(type: MeetingType, group: GroupRow | string, date: Day): void {
    let byGroup = this.byType.get(type);
    if (!byGroup) this.byType.set(type, (byGroup = new Map()));
    const d = byGroup.get(group);
    if (d === undefined || date > d) byGroup.set(group, date);
  }

  of(type: MeetingType, group: GroupRow | string): Day | undefined {
    return this.byType.get(type)?.get(group);
  }
}
keepShape(new LatestDates()); // keep-shape.ts

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
    const latest = new LatestDates();
    for (const m of calendar.rows) {
      if (m.date === null || m.type === null || isBad(m, 'group') || !isLive(m, today)) continue;
      latest.add(m.type, sameGroupKey(m), m.date);
    }
    for (const m of calendar.rows) {
      if (m.status !== 'postponed' || m.date === null || m.type === null || isBad(m, 'group')) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      const after = latest.of(m.type, sameGroupKey(m));
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
