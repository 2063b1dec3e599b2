import type { Rule } from '../rule';
import { groupName, type DocumentRow } from '../../workbook/model';
import { dayInYear, dayToIso } from '../../values';

// IV.10: at the start of the year, each dialogue group sends its GT PTF its priorities.
const rule: Rule = {
  id: 'documents/gd-priorities',
  area: 'documents',
  tdr: 'IV.10',
  title: { fr: 'Priorités annuelles', en: 'Annual priorities' },
  quote: [
    "« Les Groupes de Dialogue communiqueront à leur GT PTF (qui coordonneront les priorités des divers Groupes de Dialogue membres sous leur chapeau) en début d'année leurs priorités ou thématiques clé de dialogue […] »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], documents: ['group', 'type', 'year'] },
  description: {
    fr: 'Chaque groupe de dialogue (hors ad hoc) communique ses priorités annuelles à son GT PTF en début d’année.',
    en: 'Each dialogue group (ad hoc ones aside) sends its annual priorities to its GT PTF at the start of the year.',
  },
  messages: {
    missing: {
      fr: "Le groupe de dialogue {group} n'a pas communiqué ses priorités annuelles {year} (date limite : {deadline}).",
      en: 'The dialogue group {group} has not sent its {year} annual priorities (deadline: {deadline}).',
    },
    late: {
      fr: 'Le groupe de dialogue {group} a communiqué ses priorités annuelles {year} le {date}, après la date limite du {deadline} ({days, plural, one {# jour} other {# jours}} de retard).',
      en: 'The dialogue group {group} sent its {year} annual priorities on {date}, after the {deadline} deadline ({days, plural, one {# day} other {# days}} late).',
    },
  },
  suggestions: {
    missing: {
      fr: 'Transmettez au GT PTF les priorités de dialogue du groupe pour l’année et enregistrez-les dans Documents.',
      en: "Send the group's dialogue priorities for the year to the GT PTF and record them in Documents.",
    },
    late: {
      fr: 'Transmettez les priorités de l’année suivante avant la date limite, en début d’année.',
      en: "Send next year's priorities before the deadline, at the start of the year.",
    },
  },
  settings: ['prioritiesDeadline'],
  check(context) {
    const { groups, documents, index } = context.workbook;
    if (!groups || !documents) return; // no Documents sheet: skipped (n/a)
    const y = context.year;
    const deadline = dayInYear(y, context.setting('prioritiesDeadline'));
    if (!(context.today > deadline)) return; // not due yet this year
    let checkedColumns = false;
    for (const g of index.dialogueGroups) {
      if (g.type !== 'dialogue') continue; // ad hoc groups: no annual priorities asked
      if (!checkedColumns) {
        if (!context.hasColumn('documents', 'group')) return;
        if (!context.hasColumn('documents', 'type')) return;
        if (!context.hasColumn('documents', 'year')) return;
        checkedColumns = true;
      }
      let onTime = false;
      let unreadable = false;
      let firstLate: DocumentRow | null = null;
      for (const doc of index.documentsOf(g)) {
        if (doc.bad?.has('type')) {
          unreadable = true;
          continue;
        }
        if (doc.type !== 'priorities') continue;
        if (doc.year === null) {
          if (doc.bad?.has('year')) unreadable = true;
          continue;
        }
        if (doc.year !== y) continue;
        if (doc.bad?.has('date')) {
          unreadable = true;
          continue;
        }
        if (doc.date === null || doc.date <= deadline) {
          onTime = true;
          break;
        }
        if (!firstLate) firstLate = doc;
      }
      if (!onTime && unreadable) continue; // cannot tell: data/* reported the unreadable cell
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      if (onTime) continue;
      const name = groupName(g);
      if (firstLate) {
        context.report({
          item: key,
          messageId: 'late',
          data: {
            group: name,
            year: y,
            date: dayToIso(firstLate.date!),
            deadline: dayToIso(deadline),
            days: firstLate.date! - deadline,
          },
          sheet: documents.sheet,
          row: firstLate.row,
          col: documents.columns.date!,
          group: g,
        });
      } else {
        context.report({
          item: key,
          messageId: 'missing',
          data: { group: name, year: y, deadline: dayToIso(deadline) },
          sheet: groups.sheet,
          row: g.row,
          col: groups.columns.name ?? groups.columns.code ?? null,
          group: g,
        });
      }
    }
  },
};
export default rule;
