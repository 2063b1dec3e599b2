import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { isBad, isGtRun, meetingKey, meetingName } from './meetings';

// II.4: the GT PTF organise regular meetings with agendas ("OdJ") and "respect des délais dans la
// transmission des documents": the agenda goes out at least the lead time (7 days) before.
const rule: Rule = {
  id: 'calendar/agenda',
  area: 'calendar',
  tdr: 'II.4',
  title: { fr: 'Ordre du jour', en: 'Agenda' },
  quote: [
    '« Planification annuelle : organisation régulière de rencontres (OdJ, CR, suivi des décisions, respect des délais dans la transmission des documents […]) »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: "L'ordre du jour de chaque réunion pilotée par un GT est envoyé à temps.",
    en: 'The agenda of each GT-run meeting is sent on time.',
  },
  messages: {
    missing: {
      fr: "La réunion{typeFr} du {date}{inGroup} a été tenue sans date d'envoi de l'ordre du jour.",
      en: 'The meeting{typeEn} of {date}{inGroup} was held with no date on which the agenda was sent.',
    },
    late: {
      fr: "L'ordre du jour de la réunion{typeFr} du {date}{inGroup} a été envoyé le {sent}, {days, plural, one {# jour} other {# jours}} avant la réunion au lieu d'au moins {lead, plural, one {# jour} other {# jours}}.",
      en: 'The agenda of the meeting{typeEn} of {date}{inGroup} was sent on {sent}, {days, plural, one {# day} other {# days}} before the meeting instead of at least {lead, plural, one {# day} other {# days}}.',
    },
    soon: {
      fr: "La réunion{typeFr} du {date}{inGroup} a lieu dans {days, plural, one {# jour} other {# jours}} et son ordre du jour n'a pas encore été envoyé (délai : {lead, plural, one {# jour} other {# jours}}).",
      en: 'The meeting{typeEn} of {date}{inGroup} is in {days, plural, one {# day} other {# days}} and its agenda has not been sent yet (lead time: {lead, plural, one {# day} other {# days}}).',
    },
  },
  suggestions: {
    missing: {
      fr: "Indiquez la date d'envoi de l'ordre du jour dans « OdJ envoyé le ».",
      en: 'Fill in the date the agenda was sent in "Agenda sent".',
    },
    late: {
      fr: "Envoyez l'ordre du jour des prochaines réunions au moins une semaine à l'avance (délai d'envoi de l'OdJ).",
      en: 'Send the agenda of the next meetings at least a week ahead (agenda lead time).',
    },
    soon: {
      fr: "Envoyez l'ordre du jour aux membres dès maintenant et notez-en la date.",
      en: 'Send the agenda to the members now and record the date.',
    },
  },
  settings: ['agendaLeadDays', 'dialogueFormality'],
  check(context) {
    const { workbook, today } = context;
    const { calendar } = workbook;
    if (!calendar) return;
    const lead = context.setting('agendaLeadDays');
    const formality = context.setting('dialogueFormality');
    let checkedColumn = false;
    for (const m of calendar.rows) {
      if (m.date === null || isBad(m, 'group') || !isGtRun(m, formality)) continue;
      const until = m.date - today;
      const soon = m.status === 'planned' && until >= 0 && until < lead;
      if (m.status !== 'held' && !soon) continue;
      if (!checkedColumn) {
        if (!context.hasColumn('calendar', 'agendaSent')) return;
        checkedColumn = true;
      }
      if (isBad(m, 'agendaSent')) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      const anchor = { sheet: calendar.sheet, row: m.row, col: calendar.columns.agendaSent!, group: m.group };
      const date = m.date;
      // Made only for a finding: most rows pass.
      const facts = () => ({ date: dayToIso(date), ...meetingName(m, workbook.mapping), lead });
      if (m.status === 'held') {
        if (m.agendaSent === null) {
          context.report({ item: meetingKey(workbook, m), messageId: 'missing', data: facts(), ...anchor });
        } else if (m.agendaSent > m.date - lead) {
          context.report({
            item: meetingKey(workbook, m),
            messageId: 'late',
            data: { ...facts(), sent: dayToIso(m.agendaSent), days: m.date - m.agendaSent },
            ...anchor,
          });
        }
      } else if (m.agendaSent === null) {
        context.report({ item: meetingKey(workbook, m), messageId: 'soon', data: { ...facts(), days: until }, ...anchor });
      }
    }
  },
};
export default rule;
