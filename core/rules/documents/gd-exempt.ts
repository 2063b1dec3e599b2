import type { Rule } from '../rule';
import { groupName, isDialogue, type DocumentType } from '../../workbook/model';

const EXEMPT: ReadonlySet<DocumentType> = new Set<DocumentType>(['tdr', 'workPlan', 'annualReport']);

// IV.13: dialogue groups no longer produce TdR, annual work plans or annual reports; these are the
// GT PTF's prerogative.
const rule: Rule = {
  id: 'documents/gd-exempt',
  area: 'documents',
  tdr: 'IV.13',
  title: { fr: 'Documents réservés aux GT', en: 'Documents kept to the GTs' },
  quote: [
    '« Les Groupes de Dialogue (anciens GT et SGT) sont désormais dispensés de produire des documents de travail (TdR, Programmes de travail annuel, Bilans...), prérogatives dévolues aux 5 nouveaux GT PTF. »',
  ],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'], documents: ['group', 'type', 'year'] },
  description: {
    fr: 'Les TdR, programmes de travail annuels et bilans relèvent des GT PTF, pas des groupes de dialogue.',
    en: 'Terms of reference, annual work plans and annual reports belong to the GT PTF, not to dialogue groups.',
  },
  messages: {
    tdr: {
      fr: 'Des TdR {year} sont enregistrés pour le groupe de dialogue {group} : les groupes de dialogue en sont dispensés, ce document relève de leur GT PTF.',
      en: 'Terms of reference for {year} are recorded for the dialogue group {group}: dialogue groups are exempt; this document belongs to their GT PTF.',
    },
    workPlan: {
      fr: 'Un programme de travail annuel {year} est enregistré pour le groupe de dialogue {group} : les groupes de dialogue en sont dispensés, ce document relève de leur GT PTF.',
      en: 'An annual work plan for {year} is recorded for the dialogue group {group}: dialogue groups are exempt; this document belongs to their GT PTF.',
    },
    annualReport: {
      fr: 'Un bilan annuel {year} est enregistré pour le groupe de dialogue {group} : les groupes de dialogue en sont dispensés, ce document relève de leur GT PTF.',
      en: 'An annual report for {year} is recorded for the dialogue group {group}: dialogue groups are exempt; this document belongs to their GT PTF.',
    },
  },
  suggestions: {
    default: {
      fr: 'Intégrez ce contenu au document du GT PTF ou rattachez la ligne au GT PTF ; le groupe de dialogue transmet seulement ses priorités annuelles.',
      en: "Fold this content into the GT PTF's document or attach the row to the GT PTF; the dialogue group only sends its annual priorities.",
    },
  },
  settings: [],
  check(context) {
    const { documents } = context.workbook;
    if (!documents) return;
    let checkedColumn = false;
    for (const doc of documents.rows) {
      const g = doc.group;
      if (!g || !isDialogue(g)) continue;
      if (!checkedColumn) {
        if (!context.hasColumn('documents', 'type')) return;
        checkedColumn = true;
      }
      if (doc.type === null) continue; // blank or unreadable: data/* said it
      context.evaluateRow(documents.sheet, doc.row, g);
      if (EXEMPT.has(doc.type)) {
        const gt = g.parentGt;
        context.report({
          item: `${documents.sheet}!${doc.row}`,
          messageId: doc.type,
          data: {
            group: groupName(g),
            year: doc.year === null ? '' : doc.year,
            gt: gt ? groupName(gt) : g.parentGtText ?? '',
          },
          sheet: documents.sheet,
          row: doc.row,
          col: documents.columns.type!,
          group: g,
        });
      }
    }
  },
};
export default rule;
