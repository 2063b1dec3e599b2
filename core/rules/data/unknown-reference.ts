import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// A reference that names nothing: a group, a parent GT, a linked cluster, a meeting ID, or (with
// a PTF sheet) a partner or participant.
const rule: Rule = {
  id: 'data/unknown-reference',
  area: 'data',
  tdr: '—',
  title: { fr: 'Référence inconnue', en: 'Unknown reference' },
  quote: [],
  defaultSeverity: 'error',
  description: { fr: 'Chaque référence désigne un élément connu.', en: 'Every reference names something known.' },
  messages: {
    unknownReference: {
      fr: 'Référence inconnue (colonne « {column} ») : {items}.',
      en: 'Unknown reference (column "{column}"): {items}.',
    },
    unknownPartner: {
      fr: 'PTF inconnu de la feuille PTF : {items}.',
      en: 'Partner not in the PTF sheet: {items}.',
    },
    unknownParticipants: {
      fr: 'Participants inconnus (ni PTF ni cluster) : {items}.',
      en: 'Unknown participants (neither partner nor cluster): {items}.',
    },
    unknownMeeting: {
      fr: 'Réunion inconnue dans le Calendrier : {items}.',
      en: 'Meeting not found in the Calendar: {items}.',
    },
  },
  suggestions: {
    default: {
      fr: 'Utilisez le code ou le nom exact d’un élément existant (ou ajoutez-le à sa feuille).',
      en: 'Use the exact code or name of an existing entry (or add it to its sheet).',
    },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'unknown-reference');
  },
};
export default rule;
