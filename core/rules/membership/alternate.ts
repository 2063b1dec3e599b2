import type { Rule } from '../rule';
import { currentDialogueRows, partnerNames } from './members';
import { normalise, sameNormalised } from '../../text';
import { groupName } from '../../workbook/model';

// III.5: each partner's permanent expert comes "avec un binôme capable de lui succéder en cas
// d'empêchement afin d'assurer une participation effective permanente et une continuité". The
// alternate is another person than the expert.
//
// Items: every current Membres row of a dialogue group whose `Suppléant` is readable. The
// same-person check needs a readable `Expert titulaire` (the column is optional for this rule).
const rule: Rule = {
  id: 'membership/alternate',
  area: 'membership',
  tdr: 'III.5',
  title: { fr: 'Suppléant (binôme)', en: 'Alternate' },
  quote: [
    "« […] désigne un(e) expert (e) permanent pour chaque groupe de dialogue dans lequel il est actif avec un binôme capable de lui succéder en cas d'empêchement afin d'assurer une participation effective permanente et une continuité. »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group'] },
  description: {
    fr: "Chaque expert d'un groupe de dialogue a un suppléant (binôme), autre que lui-même.",
    en: 'Every expert of a dialogue group has an alternate, who is someone else.',
  },
  messages: {
    blank: {
      fr: "{partnerFr} n'a pas de suppléant (binôme) dans le groupe de dialogue {group}.",
      en: '{partnerEn} has no alternate in the dialogue group {group}.',
    },
    same: {
      fr: '{partnerFr} indique {person} à la fois comme expert titulaire et comme suppléant dans le groupe de dialogue {group}.',
      en: '{partnerEn} names {person} as both primary expert and alternate in the dialogue group {group}.',
    },
  },
  suggestions: {
    blank: {
      fr: "Indiquez le binôme capable de remplacer l'expert titulaire en cas d'empêchement.",
      en: 'Enter the alternate who can stand in for the primary expert when needed.',
    },
    same: {
      fr: "Indiquez comme suppléant une autre personne que l'expert titulaire.",
      en: 'Name someone other than the primary expert as alternate.',
    },
  },
  settings: [],
  check(context) {
    const { members } = context.workbook;
    if (!members) return; // data/missing-sheet
    for (const m of currentDialogueRows(context, 'alternate')) {
      const g = m.group;
      context.evaluateRow(members.sheet, m.row, g);
      // Made only for a finding: most rows pass.
      const data = () => ({ ...partnerNames(m), group: groupName(g) });
      const anchor = { sheet: members.sheet, row: m.row, col: members.columns.alternate!, group: g };
      if (m.alternate === null) {
        context.report({ item: `${members.sheet}!${m.row}`, messageId: 'blank', data: { ...data(), expert: m.expert ?? '' }, ...anchor });
      } else if (m.expert !== null && sameNormalised(m.expert, m.alternate) && normalise(m.alternate) !== '') {
        context.report({ item: `${members.sheet}!${m.row}`, messageId: 'same', data: { ...data(), person: m.alternate }, ...anchor });
      }
    }
  },
};
export default rule;
