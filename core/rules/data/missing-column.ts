import type { Rule } from '../rule';

// Runs after the other rules: besides the required columns, it reports the columns that a rule
// needed for some row it would have evaluated (workbook.md, "see <rule>").
const rule: Rule = {
  id: 'data/missing-column',
  area: 'data',
  tdr: '—',
  title: { fr: 'Colonne manquante', en: 'Missing column' },
  quote: [],
  defaultSeverity: 'error',
  phase: 'post',
  settings: ['language'],
  description: {
    fr: 'Les colonnes nécessaires aux contrôles sont présentes.',
    en: 'The columns the checks need are present.',
  },
  messages: {
    missingColumn: {
      fr: 'La feuille « {sheet} » n’a pas de colonne « {column} ».',
      en: 'The "{sheet}" sheet has no "{columnEn}" column ("{column}").',
    },
  },
  suggestions: {
    default: {
      fr: 'Ajoutez la colonne avec cet en-tête dans la ligne d’en-tête (les contrôles qui en dépendent sont sautés).',
      en: 'Add a column with this header to the header row (the checks that need it are skipped).',
    },
  },
  check(context) {
    const wb = context.workbook;
    for (const t of [wb.groups, wb.members, wb.calendar, wb.decisions, wb.documents, wb.partners, wb.settings]) {
      if (t) context.evaluate(`sheet:${t.sheet}`, null);
    }
    for (const issue of wb.issues) {
      if (issue.kind !== 'missing-column') continue;
      context.report({
        item: `sheet:${issue.sheet}`,
        messageId: issue.messageId,
        data: issue.data,
        sheet: issue.sheet,
        row: issue.row,
        col: issue.col,
        group: null,
      });
    }
  },
};
export default rule;
