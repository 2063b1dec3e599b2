import type { Rule } from '../rule';
import { eachWaiver } from './waivers';

// A waiver that matches no finding is stale: the gap was fixed, or the waiver sits on the wrong row.
const rule: Rule = {
  id: 'data/unused-waiver',
  area: 'data',
  tdr: '—',
  title: { fr: 'Dérogation inutilisée', en: 'Unused waiver' },
  quote: [],
  defaultSeverity: 'info',
  phase: 'waivers',
  description: { fr: 'Chaque dérogation sert.', en: 'Every waiver is used.' },
  messages: {
    unused: {
      fr: 'La dérogation à {ruleId} ne couvre aucun constat sur cette ligne.',
      en: 'The waiver of {ruleId} covers no finding on this row.',
    },
  },
  suggestions: {
    default: {
      fr: 'Retirez la dérogation si l’écart est corrigé, ou placez-la sur la ligne du constat.',
      en: 'Remove the waiver if the gap is fixed, or move it to the finding’s row.',
    },
  },
  check(context) {
    eachWaiver(context, (w, item) => {
      if (!w.known || w.off || w.used) return;
      context.report({ item, messageId: 'unused', data: { ruleId: w.ruleId }, sheet: w.sheet, row: w.row, col: w.col, group: w.group });
    });
  },
};
export default rule;
