import type { Rule } from '../rule';
import { eachWaiver } from './waivers';

// II and III leave the groups autonomy and flexibility; a waiver still says why.
const rule: Rule = {
  id: 'data/waiver-without-reason',
  area: 'data',
  tdr: 'II, III',
  title: { fr: 'Dérogation sans justification', en: 'Waiver without justification' },
  quote: [
    '« Chaque Groupe Thématique (GT) devrait respecter un certain nombre de principes de fonctionnement tout en gardant une autonomie et une flexibilité. »',
  ],
  defaultSeverity: 'info',
  phase: 'waivers',
  description: { fr: 'Chaque dérogation est justifiée.', en: 'Every waiver is justified.' },
  messages: {
    noReason: {
      fr: 'La dérogation à {ruleId} n’a pas de justification.',
      en: 'The waiver of {ruleId} has no justification.',
    },
  },
  suggestions: {
    default: {
      fr: 'Ajoutez « : » puis la raison (par exemple « calendar/agenda: réunion d’urgence »).',
      en: 'Add ":" then the reason (for example "calendar/agenda: emergency meeting").',
    },
  },
  check(context) {
    eachWaiver(context, (w, item) => {
      if (w.reason !== null) return;
      context.report({ item, messageId: 'noReason', data: { ruleId: w.ruleId }, sheet: w.sheet, row: w.row, col: w.col, group: w.group });
    });
  },
};
export default rule;
