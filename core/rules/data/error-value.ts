import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// A spreadsheet error (#N/A, #REF!...) where a value is expected: usually a broken formula.
const rule: Rule = {
  id: 'data/error-value',
  area: 'data',
  tdr: '—',
  title: { fr: 'Erreur de calcul', en: 'Spreadsheet error' },
  quote: [],
  defaultSeverity: 'warning',
  description: { fr: 'Aucune cellule ne contient d’erreur de calcul.', en: 'No cell holds a spreadsheet error.' },
  messages: {
    errorValue: {
      fr: 'La cellule contient l’erreur {value} (colonne « {column} »).',
      en: 'The cell holds the error {value} (column "{column}").',
    },
  },
  suggestions: {
    default: {
      fr: 'Réparez la formule ou remplacez-la par une valeur.',
      en: 'Repair the formula or replace it with a value.',
    },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'error-value');
  },
};
export default rule;
