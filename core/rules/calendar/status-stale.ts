import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { calendarWords, meetingFacts, meetingKey } from './meetings';

// II.4: "organisation régulière de rencontres (...) tenir à jour": a meeting whose date is past
// still shows Prévue, so the calendar no longer says whether it took place.
const rule: Rule = {
  id: 'calendar/status-stale',
  area: 'calendar',
  tdr: 'II.4',
  title: { fr: 'Statut à mettre à jour', en: 'Status to update' },
  quote: ['« Chaque groupe devra disposer des éléments ci-dessous et les tenir à jour. »'],
  defaultSeverity: 'warning',
  requires: { calendar: ['date', 'status'] },
  description: {
    fr: 'Aucune réunion passée ne reste au statut Prévue.',
    en: 'No past meeting is still Planned.',
  },
  messages: {
    stale: {
      fr: 'La réunion{typeFr} du {date}{inGroup} date de {days, plural, one {# jour} other {# jours}} mais reste au statut {plannedFr}.',
      en: 'The meeting{typeEn} of {date}{inGroup} was {days, plural, one {# day} other {# days}} ago but is still {plannedEn}.',
    },
  },
  suggestions: {
    default: {
      fr: 'Passez le statut à {heldFr}, {cancelledFr} ou {postponedFr}.',
      en: 'Set the status to {heldEn}, {cancelledEn} or {postponedEn}.',
    },
  },
  settings: [],
  check(context) {
    const { workbook, today } = context;
    const { calendar } = workbook;
    if (!calendar) return;
    // The register's own word for planned when its Correspondances sheet gives one.
    const words = calendarWords(workbook.mapping);
    for (const m of calendar.rows) {
      if (m.date === null || m.date >= today || m.status === null) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      if (m.status !== 'planned') continue;
      context.report({
        item: meetingKey(workbook, m),
        messageId: 'stale',
        data: {
          date: dayToIso(m.date),
          days: today - m.date,
          ...words,
          ...meetingFacts(m, workbook.mapping),
        },
        sheet: calendar.sheet,
        row: m.row,
        col: calendar.columns.status!,
        group: m.group,
      });
    }
  },
};
export default rule;
