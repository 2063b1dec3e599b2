import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// An end before its start: a mandate, or a meeting's hours.
const rule: Rule = {
  id: 'data/date-order',
  area: 'data',
  tdr: '—',
  title: { fr: 'Dates dans le désordre', en: 'Dates out of order' },
  quote: [],
  defaultSeverity: 'error',
  description: { fr: 'Les fins suivent les débuts.', en: 'Ends come after starts.' },
  messages: {
    mandateOrder: {
      fr: 'La fin du mandat ({end}) précède son début ({start}).',
      en: 'The mandate ends ({end}) before it starts ({start}).',
    },
    timeOrder: {
      fr: 'La réunion finit ({end}) avant de commencer ({start}).',
      en: 'The meeting ends ({end}) before it starts ({start}).',
    },
  },
  suggestions: {
    default: { fr: 'Corrigez la date ou l’heure de début ou de fin.', en: 'Correct the start or end.' },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'date-order');
  },
};
export default rule;
