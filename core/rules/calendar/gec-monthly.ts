import type { Rule } from '../rule';
import { dayFromYmd, ymdOfDay } from '../../values';
import { calendarWords, isHeld } from './meetings';

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// I.3: "La réunion mensuelle du GEC": once the calendar tracks the GEC in Y, every past month of Y
// should show a held GEC meeting.
const rule: Rule = {
  id: 'calendar/gec-monthly',
  area: 'calendar',
  tdr: 'I.3',
  title: { fr: 'Réunion mensuelle du GEC', en: 'GEC monthly meeting' },
  quote: [
    '« La réunion mensuelle du GEC, élargie aux Coordinateurs de GT/SGT/Clusters du 17 juin 2020 a adopté la nouvelle configuration à 5 GT adossés à ceux du CREDD […] »',
  ],
  defaultSeverity: 'info',
  requires: { calendar: ['date', 'type', 'status'] },
  description: {
    fr: "Le calendrier montre une réunion mensuelle du GEC tenue pour chaque mois écoulé de l'année.",
    en: 'The calendar shows a held monthly GEC meeting for each past month of the year.',
  },
  messages: {
    missing: {
      fr: "Aucune réunion de type « {meetingTypeFr} » au statut {heldFr} n'est enregistrée pour {monthFr}.",
      en: 'No meeting of type "{meetingTypeEn}" with the status {heldEn} is recorded for {monthEn}.',
    },
  },
  suggestions: {
    default: {
      fr: "Enregistrez la réunion mensuelle du GEC de ce mois (type « {meetingTypeFr} », statut {heldFr}), ou marquez-la {cancelledFr} si elle n'a pas eu lieu.",
      en: 'Record the monthly GEC meeting of that month (type "{meetingTypeEn}", status {heldEn}), or mark it {cancelledEn} if it did not take place.',
    },
  },
  settings: [],
  check(context) {
    const { workbook, today, year } = context;
    const { calendar } = workbook;
    if (!calendar) return;
    const yearStart = dayFromYmd(year, 1, 1);
    const nextYear = dayFromYmd(year + 1, 1, 1);
    const lastMonth = ymdOfDay(today).m - 1; // months 1..lastMonth of Y are over
    let tracked = false;
    const held = new Set<number>();
    for (const m of calendar.rows) {
      if (m.type !== 'gec' || m.date === null || m.date < yearStart || m.date >= nextYear) continue;
      tracked = true;
      if (isHeld(m)) held.add(ymdOfDay(m.date).m);
    }
    if (!tracked) return; // the calendar does not track the GEC this year
    const words = calendarWords(workbook.mapping, 'gec'); // the register's words when it maps them
    for (let month = 1; month <= lastMonth; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      context.evaluate(key, null);
      if (held.has(month)) continue;
      context.report({
        item: key,
        messageId: 'missing',
        data: { month: key, monthFr: `${MONTHS_FR[month - 1]} ${year}`, monthEn: `${MONTHS_EN[month - 1]} ${year}`, ...words },
        sheet: calendar.sheet,
        row: null,
        col: null,
        group: null,
      });
    }
  },
};
export default rule;
