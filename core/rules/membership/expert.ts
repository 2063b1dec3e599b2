import type { Rule } from '../rule';
import { currentDialogueRows, partnerNames } from './members';
import { groupName } from '../../workbook/model';

// III.5: "Chaque PTF (bilatéral ou multilatéral) intervenant dans un secteur (opération et/ou
// dialogue) désigne un(e) expert (e) permanent pour chaque groupe de dialogue dans lequel il est
// actif".
//
// Items: every current Membres row of a dialogue group (any role) whose `Expert titulaire` is
// readable. Planned rows, rows of a GT PTF or cluster, and rows of an unresolved group are skipped.
const rule: Rule = {
  id: 'membership/expert',
  area: 'membership',
  tdr: 'III.5',
  title: { fr: 'Expert permanent', en: 'Permanent expert' },
  quote: [
    '« Chaque PTF (bilatéral ou multilatéral) intervenant dans un secteur (opération et/ou dialogue) désigne un(e) expert (e) permanent pour chaque groupe de dialogue dans lequel il est actif […] »',
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'], members: ['group'] },
  description: {
    fr: 'Chaque PTF actif dans un groupe de dialogue y désigne un expert permanent.',
    en: 'Every partner active in a dialogue group names a permanent expert there.',
  },
  messages: {
    blank: {
      fr: "{partnerFr} n'a pas d'expert titulaire dans le groupe de dialogue {group}.",
      en: '{partnerEn} has no primary expert in the dialogue group {group}.',
    },
  },
  suggestions: {
    default: {
      fr: "Indiquez le nom de l'expert permanent désigné par ce PTF pour ce groupe.",
      en: 'Enter the name of the permanent expert this partner appointed to the group.',
    },
  },
  settings: [],
  check(context) {
    const { members } = context.workbook;
    if (!members) return; // data/missing-sheet
    for (const m of currentDialogueRows(context, 'expert')) {
      const g = m.group;
      context.evaluateRow(members.sheet, m.row, g);
      if (m.expert !== null) continue;
      context.report({
        item: `${members.sheet}!${m.row}`, messageId: 'blank',
        data: { ...partnerNames(m), group: groupName(g) },
        sheet: members.sheet, row: m.row, col: members.columns.expert!, group: g,
      });
    }
  },
};
export default rule;
