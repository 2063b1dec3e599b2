import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// A key repeated: group codes, group names within a type, meeting and decision IDs, PTF sigles,
// and a partner twice in one group (among current rows, and among planned rows).
const rule: Rule = {
  id: 'data/duplicate',
  area: 'data',
  tdr: '—',
  title: { fr: 'Doublon', en: 'Duplicate' },
  quote: [],
  defaultSeverity: 'error',
  description: { fr: 'Les identifiants ne sont pas répétés.', en: 'Keys are not repeated.' },
  messages: {
    duplicate: {
      fr: '« {value} » (colonne « {column} ») figure déjà à la ligne {firstRow}.',
      en: '"{value}" (column "{column}") already appears on row {firstRow}.',
    },
    duplicatePair: {
      fr: 'Le PTF « {value} » figure déjà dans ce groupe à la ligne {firstRow}.',
      en: 'The partner "{value}" is already in this group on row {firstRow}.',
    },
  },
  suggestions: {
    default: {
      fr: 'Supprimez le doublon ou donnez un identifiant distinct.',
      en: 'Remove the duplicate or give a distinct key.',
    },
    duplicatePair: {
      fr: 'Gardez une seule ligne par PTF et par groupe (fusionnez les informations).',
      en: 'Keep one row per partner and group (merge the information).',
    },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'duplicate');
  },
};
export default rule;
