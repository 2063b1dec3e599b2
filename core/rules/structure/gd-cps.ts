import type { Rule } from '../rule';
import { groupName } from '../../workbook/model';
import { isEmptyGroupColumn } from '../data/empty-columns';

// III.3: "les Groupes de Dialogue seront positionnés en face des 11 CPS qui président les
// sous-groupes du CREDD". A (standing) dialogue group names the CPS it faces; ad hoc groups
// (IV.14, set up "sur une question spécifique") are not positioned on a CPS.
//
// Items: every dialogue group of type `Groupe de dialogue` whose CPS cell is readable. The CPS column
// is optional: when it is absent the rule is skipped, without a finding. A CPS column that no
// dialogue group has filled yet (a fresh template) is data/empty-sheet's, once, not 14 findings.
const rule: Rule = {
  id: 'structure/gd-cps',
  area: 'structure',
  tdr: 'III.3',
  title: { fr: 'CPS en face', en: 'Facing CPS' },
  quote: [
    '« […] les Groupes de Dialogue seront positionnés en face des 11 CPS qui président les sous-groupes du CREDD et se réunissent tous les 2 mois (normalement). »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Chaque groupe de dialogue (hors ad hoc) indique la CPS en face de laquelle il est positionné.',
    en: 'Every dialogue group (ad hoc ones aside) names the CPS it faces.',
  },
  messages: {
    blank: {
      fr: "Le groupe de dialogue {group} n'indique pas la CPS en face de laquelle il est positionné.",
      en: 'The dialogue group {group} does not name the CPS it faces.',
    },
  },
  suggestions: {
    default: {
      fr: 'Indiquez dans la colonne CPS la cellule de planification et de statistique homologue du groupe.',
      en: "Enter in the CPS column the planning and statistics unit (CPS) that is the group's counterpart.",
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const col = groups.columns.cps;
    if (col === undefined) return; // optional column: skipped without a finding
    if (isEmptyGroupColumn(context.workbook, 'cps')) return; // data/empty-sheet says it once
    for (const g of index.dialogueGroups) {
      if (g.type !== 'dialogue') continue;
      if (g.bad?.has('cps')) continue; // unreadable: data/* reported it
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      if (g.cps !== null) continue;
      context.report({
        item: key, messageId: 'blank', data: { group: groupName(g) },
        sheet: groups.sheet, row: g.row, col, group: g,
      });
    }
  },
};
export default rule;
