import type { Rule } from '../rule';
import { groupName } from '../../workbook/model';
import { isEmptyGroupColumn } from '../data/empty-columns';

// II.6: "Chaque GT PTF sera porteur d'une thématique/enjeu (en cohérence avec les ODD) sur
// lesquelles des résultats concrets sont attendus (convenus avec la partie nationale)."
//
// Items: every GT PTF row with at least one checkable cell. The two columns are optional: an absent
// column is not checked (no finding); an unreadable cell is not checked either. A column that no GT
// has filled yet (a fresh template) is data/empty-sheet's, once, not a finding per GT here.
const rule: Rule = {
  id: 'structure/gt-theme',
  area: 'structure',
  tdr: 'II.6',
  title: { fr: 'Thématique du GT', en: 'GT theme' },
  quote: [
    "« Chaque GT PTF sera porteur d'une thématique/enjeu (en cohérence avec les ODD) sur lesquelles des résultats concrets sont attendus (convenus avec la partie nationale). »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Chaque GT PTF indique la thématique qu’il porte et les résultats attendus.',
    en: 'Every GT PTF states the theme it carries and the expected results.',
  },
  messages: {
    theme: {
      fr: "Le GT PTF {group} n'indique pas la thématique ou l'enjeu qu'il porte.",
      en: 'The GT PTF {group} does not state the theme or issue it carries.',
    },
    results: {
      fr: "Le GT PTF {group} n'indique pas les résultats concrets attendus.",
      en: 'The GT PTF {group} does not state the concrete results expected.',
    },
  },
  suggestions: {
    theme: {
      fr: 'Renseignez « Thématique portée » : l’enjeu retenu, en cohérence avec les ODD du GT.',
      en: 'Fill in "Thématique portée": the chosen issue, consistent with the GT\'s SDGs.',
    },
    results: {
      fr: 'Renseignez « Résultats attendus » : les résultats convenus avec la partie nationale.',
      en: 'Fill in "Résultats attendus": the results agreed with the national side.',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const themeCol = isEmptyGroupColumn(context.workbook, 'theme') ? undefined : groups.columns.theme;
    const resultsCol = isEmptyGroupColumn(context.workbook, 'results') ? undefined : groups.columns.results;
    if (themeCol === undefined && resultsCol === undefined) return; // optional columns
    for (const g of index.gts) {
      const checkTheme = themeCol !== undefined && !g.bad?.has('theme');
      const checkResults = resultsCol !== undefined && !g.bad?.has('results');
      if (!checkTheme && !checkResults) continue;
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      const data = { group: groupName(g) };
      if (checkTheme && g.theme === null) {
        context.report({ item: key, messageId: 'theme', data, sheet: groups.sheet, row: g.row, col: themeCol!, group: g });
      }
      if (checkResults && g.results === null) {
        context.report({ item: key, messageId: 'results', data, sheet: groups.sheet, row: g.row, col: resultsCol!, group: g });
      }
    }
  },
};
export default rule;
