import type { Rule } from '../rule';

// The three sheets without which nothing can be checked (workbook.md).
const rule: Rule = {
  id: 'data/missing-sheet',
  area: 'data',
  tdr: '—',
  title: { fr: 'Feuille manquante', en: 'Missing sheet' },
  quote: [],
  defaultSeverity: 'error',
  description: {
    fr: 'Les feuilles Groupes, Membres et Calendrier sont présentes.',
    en: 'The Groupes, Membres and Calendrier sheets are present.',
  },
  messages: {
    missingSheet: {
      fr: 'La feuille « {sheet} » est absente du classeur.',
      en: 'The workbook has no "{sheet}" sheet ({sheetEn}).',
    },
  },
  suggestions: {
    default: {
      fr: 'Ajoutez la feuille (la commande Modèle la crée avec ses en-têtes) ou renommez la feuille existante.',
      en: 'Add the sheet (the Template command creates it with its headers) or rename the existing sheet.',
    },
  },
  check(context) {
    for (const s of ['Groupes', 'Membres', 'Calendrier']) context.evaluate(`sheet:${s}`, null);
    for (const issue of context.workbook.issues) {
      if (issue.kind !== 'missing-sheet') continue;
      context.report({
        item: `sheet:${issue.data.sheet}`,
        messageId: issue.messageId,
        data: issue.data,
        sheet: null,
        row: null,
        col: null,
        group: null,
      });
    }
  },
};
export default rule;
