import type { Rule } from '../rule';
import { groupName, type DocumentType } from '../../workbook/model';
import { dayInYear, dayToIso } from '../../values';

// II.4, IV.13: each GT PTF keeps its TdR up to date, and produces its annual work plan and its
// annual report (documents the dialogue groups no longer produce).
const rule: Rule = {
  id: 'documents/gt-documents',
  area: 'documents',
  tdr: 'II.4, IV.13',
  title: { fr: 'Documents du GT', en: 'GT documents' },
  quote: [
    '« Existence de TdR du groupe actualisé […] »',
    '« […] documents de travail (TdR, Programmes de travail annuel, Bilans...), prérogatives dévolues aux 5 nouveaux GT PTF. »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], documents: ['group', 'type', 'year'] },
  description: {
    fr: 'Chaque GT PTF dispose de TdR à jour, de son programme de travail annuel et de son bilan annuel.',
    en: 'Each GT PTF has up-to-date terms of reference, its annual work plan and its annual report.',
  },
  messages: {
    tdr: {
      fr: "Le GT {group} n'a pas de TdR de {minYear} ou plus récents dans la feuille Documents.",
      en: 'The GT {group} has no terms of reference of {minYear} or later in the Documents sheet.',
    },
    workPlan: {
      fr: "Le GT {group} n'a pas de programme de travail annuel {year}, attendu depuis le {deadline}.",
      en: 'The GT {group} has no {year} annual work plan, expected since {deadline}.',
    },
    annualReport: {
      fr: "Le GT {group} n'a pas de bilan annuel {year}, attendu depuis le {deadline}.",
      en: 'The GT {group} has no {year} annual report, expected since {deadline}.',
    },
  },
  suggestions: {
    tdr: {
      fr: 'Actualisez les TdR du GT (répartition des tâches de la coordination tripartite et des Dialogue Leaders) et enregistrez-les dans Documents.',
      en: "Update the GT's terms of reference (tasks of the tripartite coordination and the Dialogue Leaders) and record them in Documents.",
    },
    workPlan: {
      fr: "Adoptez le programme de travail annuel de l'année et enregistrez-le dans Documents.",
      en: "Adopt this year's annual work plan and record it in Documents.",
    },
    annualReport: {
      fr: "Rédigez le bilan annuel de l'année écoulée et enregistrez-le dans Documents.",
      en: "Write last year's annual report and record it in Documents.",
    },
  },
  settings: ['prioritiesDeadline'],
  check(context) {
    const { groups, documents, index } = context.workbook;
    if (!groups || !documents) return; // no Documents sheet: skipped (n/a)
    const y = context.year;
    const deadline = dayInYear(y, context.setting('prioritiesDeadline'));
    const afterDeadline = context.today > deadline;
    const wanted: { type: DocumentType; ok: (year: number) => boolean; year: number }[] = [
      { type: 'tdr', ok: (year) => year >= y - 1, year: y - 1 },
    ];
    if (afterDeadline) {
      wanted.push({ type: 'workPlan', ok: (year) => year === y, year: y });
      wanted.push({ type: 'annualReport', ok: (year) => year === y - 1, year: y - 1 });
    }
    let checkedColumns = false;
    for (const gt of index.gts) {
      if (!checkedColumns) {
        if (!context.hasColumn('documents', 'group')) return;
        if (!context.hasColumn('documents', 'type')) return;
        if (!context.hasColumn('documents', 'year')) return;
        checkedColumns = true;
      }
      const docs = index.documentsOf(gt);
      const missing: { type: DocumentType; year: number }[] = [];
      let undecided = false;
      for (const w of wanted) {
        let found = false;
        let unreadable = false;
        for (const doc of docs) {
          if (doc.bad?.has('type')) {
            unreadable = true;
            continue;
          }
          if (doc.type !== w.type) continue;
          if (doc.year === null) {
            if (doc.bad?.has('year')) unreadable = true;
            continue;
          }
          if (w.ok(doc.year)) {
            found = true;
            break;
          }
        }
        if (found) continue;
        // A row that might be the document but cannot be read: data/* said it; do not guess.
        if (unreadable) undecided = true;
        else missing.push(w);
      }
      if (undecided && missing.length === 0) continue;
      const key = `${groups.sheet}!${gt.row}`;
      context.evaluate(key, gt);
      for (const m of missing) {
        context.report({
          item: key,
          messageId: m.type,
          data:
            m.type === 'tdr'
              ? { group: groupName(gt), minYear: m.year }
              : { group: groupName(gt), year: m.year, deadline: dayToIso(deadline) },
          sheet: groups.sheet,
          row: gt.row,
          col: groups.columns.name ?? groups.columns.code ?? null,
          group: gt,
        });
      }
    }
  },
};
export default rule;
