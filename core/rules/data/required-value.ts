import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// A required cell (workbook.md: `yes`, or `for ...` on those rows) that is truly empty.
const rule: Rule = {
  id: 'data/required-value',
  area: 'data',
  tdr: '—',
  title: { fr: 'Valeur obligatoire', en: 'Required value' },
  quote: [],
  defaultSeverity: 'error',
  description: { fr: 'Les cellules obligatoires sont remplies.', en: 'Required cells are filled.' },
  messages: {
    requiredValue: {
      fr: 'La colonne « {column} » doit être remplie sur cette ligne.',
      en: 'The "{column}" column must be filled on this row.',
    },
  },
  suggestions: {
    default: { fr: 'Saisissez la valeur manquante.', en: 'Enter the missing value.' },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'required-value');
  },
};
export default rule;
