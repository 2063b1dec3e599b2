import type { Rule } from '../rule';
import { eachWaiver } from './waivers';

// A waiver must name a rule of the catalogue, or it waives nothing.
const rule: Rule = {
  id: 'data/unknown-waiver',
  area: 'data',
  tdr: '—',
  title: { fr: 'Dérogation inconnue', en: 'Unknown waiver' },
  quote: [],
  defaultSeverity: 'warning',
  phase: 'waivers',
  description: { fr: 'Chaque dérogation nomme une règle connue.', en: 'Every waiver names a known rule.' },
  messages: {
    unknownWaiver: {
      fr: 'La dérogation « {ruleId} » ne nomme aucune règle connue.',
      en: 'The waiver "{ruleId}" names no known rule.',
    },
  },
  suggestions: {
    default: {
      fr: 'Écrivez l’identifiant exact de la règle (par exemple calendar/agenda), suivi de « : » et de la justification.',
      en: 'Write the rule’s exact id (for example calendar/agenda), then ":" and the justification.',
    },
  },
  check(context) {
    eachWaiver(context, (w, item) => {
      if (w.known) return;
      context.report({ item, messageId: 'unknownWaiver', data: { ruleId: w.ruleId }, sheet: w.sheet, row: w.row, col: w.col, group: w.group });
    });
  },
};
export default rule;
