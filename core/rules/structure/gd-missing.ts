import type { Rule } from '../rule';
import type { GroupRow } from '../../workbook/model';
import { REFERENCE_GDS } from '../../reference';

// V: the configuration table lists 14 dialogue groups. IV.8 lets the tripartite coordinations
// "impulser des processus de rationalisation (regroupements)", so a reference group that no row
// matches may well have been merged: info only.
//
// scope.md: with a Périmètre, only the reference groups of the GT in scope are expected.
//
// Items: the 14 reference dialogue groups (key `reference:GD-...`), each counted for the group that
// matches it (first in sheet order) or for no group when none does.
const rule: Rule = {
  id: 'structure/gd-missing',
  area: 'structure',
  tdr: 'V, IV.8',
  title: { fr: 'Groupes de dialogue du tableau des TdR', en: 'Dialogue groups of the TdR table' },
  quote: [
    '« […] aboutissent à la structuration suivante : »',
    "« Les coordinations « tripartites » des GT PTF ont pour rôle […] 4) d'impulser des processus de rationalisation (regroupements) au sein des Groupes de Dialogue. »",
  ],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Les 14 groupes de dialogue du tableau des TdR (V) figurent dans Groupes (les regroupements sont permis).',
    en: 'The 14 dialogue groups of the ToR table (V) appear in Groups (mergers are allowed).',
  },
  messages: {
    missing: {
      fr: 'Aucun groupe de dialogue ne correspond au groupe de référence {name} ({code}, {gt}) des TdR.',
      en: 'No dialogue group matches the reference group {name} ({code}, {gt}) of the ToR.',
    },
  },
  suggestions: {
    default: {
      fr: "Ajoutez ce groupe de dialogue dans Groupes, ou ignorez ce constat s'il a été regroupé avec un autre (IV.8).",
      en: 'Add this dialogue group to Groups, or ignore this finding if it was merged with another one (IV.8).',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const matched = new Map<string, GroupRow>();
    for (const g of index.dialogueGroups) {
      if (g.reference !== null && !matched.has(g.reference)) matched.set(g.reference, g);
    }
    for (const gd of REFERENCE_GDS) {
      if (context.scope !== null && !context.scope.has(gd.gt)) continue;
      const item = `reference:${gd.code}`;
      const g = matched.get(gd.code) ?? null;
      context.evaluate(item, g);
      if (g) continue;
      context.report({
        item,
        messageId: 'missing',
        data: { code: gd.code, name: gd.name, gt: gd.gt },
        sheet: groups.sheet, row: null, col: null, group: null,
      });
    }
  },
};
export default rule;
