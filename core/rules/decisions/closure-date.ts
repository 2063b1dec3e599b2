import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { decisionNames } from './names';
import { valueLabel } from '../../workbook/mapping';

// II.4: the follow-up of decisions keeps the date each one was carried out.
const rule: Rule = {
  id: 'decisions/closure-date',
  area: 'decisions',
  tdr: 'II.4',
  title: { fr: 'Date de réalisation', en: 'Completion date' },
  quote: [
    '« […] (OdJ, CR, suivi des décisions […]) »',
    '« Chaque groupe devra disposer des éléments ci-dessous et les tenir à jour. »',
  ],
  defaultSeverity: 'info',
  requires: { decisions: ['status'] },
  description: {
    fr: 'Une décision réalisée indique sa date de réalisation.',
    en: 'A decision marked done gives the date it was done.',
  },
  messages: {
    blank: {
      fr: "La décision{decisionFr}{ofGroupFr} est marquée {doneFr} sans date de réalisation.",
      en: 'The decision{decisionEn}{ofGroupEn} is marked {doneEn} without the date it was done.',
    },
  },
  suggestions: {
    default: {
      fr: 'Indiquez la date de réalisation de la décision.',
      en: 'Enter the date the decision was carried out.',
    },
  },
  settings: [],
  check(context) {
    const { decisions } = context.workbook;
    if (!decisions) return;
    // `Date de réalisation` is optional (workbook.md, "no"): without it the rule is skipped.
    if (decisions.columns.doneOn === undefined) return;
    if (!context.hasColumn('decisions', 'status')) return;
    // The register's own word for done when its Correspondances sheet gives one.
    const mapping = context.workbook.mapping;
    const doneFr = valueLabel(mapping, 'decisions', 'status', 'done', 'fr');
    const doneEn = valueLabel(mapping, 'decisions', 'status', 'done', 'en');
    for (const d of decisions.rows) {
      if (d.status !== 'done') continue;
      if (d.bad?.has('doneOn')) continue; // unreadable: data/invalid-value said it
      context.evaluateRow(decisions.sheet, d.row, d.group);
      if (d.doneOn === null) {
        context.report({
          item: `${decisions.sheet}!${d.row}`,
          messageId: 'blank',
          data: {
            ...decisionNames(d),
            doneFr,
            doneEn,
            ...(d.due === null ? {} : { due: dayToIso(d.due) }),
          },
          sheet: decisions.sheet,
          row: d.row,
          col: decisions.columns.doneOn,
          group: d.group,
        });
      }
    }
  },
};
export default rule;
