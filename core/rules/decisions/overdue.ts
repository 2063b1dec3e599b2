import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { decisionNames } from './names';

// II.4: the GT PTF follow up their decisions ("suivi des décisions, respect des délais").
const rule: Rule = {
  id: 'decisions/overdue',
  area: 'decisions',
  tdr: 'II.4',
  title: { fr: 'Décision échue', en: 'Overdue decision' },
  quote: [
    '« Planification annuelle : organisation régulière de rencontres (OdJ, CR, suivi des décisions […]) »',
  ],
  defaultSeverity: 'warning',
  requires: { decisions: ['due', 'status'] },
  description: {
    fr: "Une décision encore ouverte n'a pas dépassé son échéance.",
    en: 'An open decision is not past its due date.',
  },
  messages: {
    overdue: {
      fr: "La décision{decisionFr}{ofGroupFr}{ownerFr} est toujours ouverte alors que son échéance du {due} est dépassée de {days, plural, one {# jour} other {# jours}}.",
      en: 'The decision{decisionEn}{ofGroupEn}{ownerEn} is still open although its due date, {due}, passed {days, plural, one {# day} other {# days}} ago.',
    },
  },
  suggestions: {
    default: {
      fr: "Relancez le responsable, puis passez la décision en Réalisée (avec sa date) ou fixez une nouvelle échéance.",
      en: 'Follow up with the owner, then mark the decision Done (with its date) or set a new due date.',
    },
  },
  settings: [],
  check(context) {
    const { decisions } = context.workbook;
    if (!decisions) return;
    if (!context.hasColumn('decisions', 'status')) return;
    let checkedDue = false;
    for (const d of decisions.rows) {
      if (d.status !== 'open') continue; // blank or unreadable status: data/* already said it
      if (!checkedDue) {
        if (!context.hasColumn('decisions', 'due')) return;
        checkedDue = true;
      }
      if (d.due === null) continue; // blank (data/required-value) or unreadable: skipped
      context.evaluateRow(decisions.sheet, d.row, d.group);
      if (d.due < context.today) {
        context.report({
          item: `${decisions.sheet}!${d.row}`,
          messageId: 'overdue',
          data: {
            ...decisionNames(d),
            due: dayToIso(d.due),
            days: context.today - d.due,
          },
          sheet: decisions.sheet,
          row: d.row,
          col: decisions.columns.due!,
          group: d.group,
        });
      }
    }
  },
};
export default rule;
