import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { isBad, isGtRun, isHeld, meetingKey, meetingName } from './meetings';

// II.4: meetings give minutes ("CR") and documents go out on time ("respect des délais dans la
// transmission des documents"): the minutes within the minutes delay (14 days) of the meeting.
const rule: Rule = {
  id: 'calendar/minutes',
  area: 'calendar',
  tdr: 'II.4',
  title: { fr: 'Compte rendu', en: 'Minutes' },
  quote: [
    '« Planification annuelle : organisation régulière de rencontres (OdJ, CR, suivi des décisions, respect des délais dans la transmission des documents […]) »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Le compte rendu de chaque réunion tenue pilotée par un GT est diffusé dans le délai.',
    en: 'The minutes of each held GT-run meeting are sent within the delay.',
  },
  messages: {
    missing: {
      fr: "La réunion{typeFr} du {date}{inGroup} a eu lieu il y a {days, plural, one {# jour} other {# jours}} et aucune date de diffusion du compte rendu n'est indiquée (délai : {delay, plural, one {# jour} other {# jours}}).",
      en: 'The meeting{typeEn} of {date}{inGroup} took place {days, plural, one {# day} other {# days}} ago and no date on which the minutes were sent is given (delay: {delay, plural, one {# day} other {# days}}).',
    },
    late: {
      fr: "Le compte rendu de la réunion{typeFr} du {date}{inGroup} a été diffusé le {sent}, {days, plural, one {# jour} other {# jours}} après la réunion (délai : {delay, plural, one {# jour} other {# jours}}).",
      en: 'The minutes of the meeting{typeEn} of {date}{inGroup} were sent on {sent}, {days, plural, one {# day} other {# days}} after the meeting (delay: {delay, plural, one {# day} other {# days}}).',
    },
  },
  suggestions: {
    missing: {
      fr: "Diffusez le compte rendu et indiquez-en la date dans « CR diffusé le ».",
      en: 'Send the minutes and fill in the date in "Minutes sent".',
    },
    late: {
      fr: 'Diffusez les prochains comptes rendus dans le délai de diffusion du CR (deux semaines par défaut).',
      en: 'Send the next minutes within the minutes delay (two weeks by default).',
    },
  },
  settings: ['minutesDelayDays', 'dialogueFormality'],
  check(context) {
    const { workbook, today } = context;
    const { calendar } = workbook;
    if (!calendar) return;
    const delay = context.setting('minutesDelayDays');
    const formality = context.setting('dialogueFormality');
    let checkedColumn = false;
    for (const m of calendar.rows) {
      if (m.date === null || !isHeld(m) || isBad(m, 'group') || !isGtRun(m, formality)) continue;
      if (!checkedColumn) {
        if (!context.hasColumn('calendar', 'minutesSent')) return;
        checkedColumn = true;
      }
      if (isBad(m, 'minutesSent')) continue;
      // Minutes not yet sent and not yet due: nothing to judge.
      if (m.minutesSent === null && today - m.date <= delay) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      const anchor = { sheet: calendar.sheet, row: m.row, col: calendar.columns.minutesSent!, group: m.group };
      const date = m.date;
      // Made only for a finding: most rows pass.
      const facts = () => ({ date: dayToIso(date), ...meetingName(m, workbook.mapping), delay });
      if (m.minutesSent === null) {
        context.report({ item: meetingKey(workbook, m), messageId: 'missing', data: { ...facts(), days: today - m.date }, ...anchor });
      } else if (m.minutesSent - m.date > delay) {
        context.report({
          item: meetingKey(workbook, m),
          messageId: 'late',
          data: { ...facts(), sent: dayToIso(m.minutesSent), days: m.minutesSent - m.date },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
