import type { Rule } from '../rule';
import { groupName } from '../../workbook/model';

// II.8: the dialogue groups are "pilotés par des Dialogue Leaders"; III.1: "Les anciens
// Coordinateurs de GT/SGT (précédemment appelés Chef de File de GT) sont désormais appelés Dialogue
// Leaders". Every dialogue group, ad hoc ones included, has a current Dialogue Leader.
//
// Items: every dialogue group (its Groupes row). Planned rows (mandate starting after D) and rows
// whose role is unreadable do not count as a leader.
const rule: Rule = {
  id: 'membership/dialogue-leader',
  area: 'membership',
  tdr: 'II.8, III.1',
  title: { fr: 'Dialogue Leader', en: 'Dialogue Leader' },
  quote: [
    '« […] suivre et coordonner les activités des Groupes de Dialogue (anciens GT/SGT), pilotés par des Dialogue Leaders […] »',
    '« Les anciens Coordinateurs de GT/SGT (précédemment appelés Chef de File de GT) sont désormais appelés Dialogue Leaders. »',
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'role'] },
  description: {
    fr: 'Chaque groupe de dialogue a un Dialogue Leader en fonction.',
    en: 'Every dialogue group has a Dialogue Leader in office.',
  },
  messages: {
    none: {
      fr: "Le groupe de dialogue {group} n'a pas de Dialogue Leader en fonction.",
      en: 'The dialogue group {group} has no Dialogue Leader in office.',
    },
  },
  suggestions: {
    default: {
      fr: 'Ajoutez dans Membres le PTF Dialogue Leader du groupe (rôle « Dialogue Leader »).',
      en: "Add the group's Dialogue Leader partner to Members (role \"Dialogue Leader\").",
    },
  },
  settings: [],
  check(context) {
    const { groups, members, index } = context.workbook;
    if (!groups || !members) return; // data/missing-sheet
    const nameCol = groups.columns.name ?? groups.columns.code ?? 0;
    for (const g of index.dialogueGroups) {
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      const led = index.membersOf(g).some((m) => m.current && m.role === 'leader' && !m.bad?.has('role'));
      if (led) continue;
      context.report({
        item: key, messageId: 'none', data: { group: groupName(g) },
        sheet: groups.sheet, row: g.row, col: nameCol, group: g,
      });
    }
  },
};
export default rule;
