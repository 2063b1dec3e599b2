import type { Rule } from '../rule';
import { groupName } from '../../workbook/model';

// III.1: "Tous les anciens GT et SGT deviennent des Groupes de Dialogue sectoriel reliés aux 5
// nouveaux GT PTF"; IV.14: the ad hoc dialogue groups "doivent chercher leur GT de référence avec
// lequel ils coordonneront leurs activités". Every dialogue group, ad hoc included, names its GT.
//
// Items: every dialogue group (both types) whose `GT de rattachement` cell is readable. A value
// that names no GT PTF is data/unknown-reference's or data/invalid-value's business, not this rule's.
const rule: Rule = {
  id: 'structure/gd-parent',
  area: 'structure',
  tdr: 'III.1, IV.14',
  title: { fr: 'GT de rattachement', en: 'Parent GT' },
  quote: [
    '« Tous les anciens GT et SGT deviennent des Groupes de Dialogue sectoriel reliés aux 5 nouveaux GT PTF. […] Ces Groupes de Dialogue Adhoc doivent chercher leur GT de référence avec lequel ils coordonneront leurs activités. »',
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Chaque groupe de dialogue, ad hoc compris, indique son GT PTF de rattachement.',
    en: 'Every dialogue group, ad hoc ones included, names its parent GT PTF.',
  },
  messages: {
    blank: {
      fr: "Le groupe de dialogue {group} n'indique pas son GT PTF de rattachement.",
      en: 'The dialogue group {group} does not name its parent GT PTF.',
    },
    blankAdhoc: {
      fr: "Le groupe de dialogue ad hoc {group} n'indique pas son GT de référence.",
      en: 'The ad hoc dialogue group {group} does not name its reference GT.',
    },
  },
  suggestions: {
    blank: {
      fr: 'Indiquez dans « GT de rattachement » le code ou le nom du GT PTF auquel le groupe est relié.',
      en: 'Fill in "GT de rattachement" with the code or name of the GT PTF the group belongs to.',
    },
    blankAdhoc: {
      fr: 'Un groupe ad hoc doit chercher son GT de référence (IV.14) : indiquez-le dans « GT de rattachement ».',
      en: 'An ad hoc group must seek its reference GT (IV.14): enter it in "GT de rattachement".',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    let asked = false;
    for (const g of index.dialogueGroups) {
      if (g.bad?.has('parentGt')) continue; // unreadable: data/* reported it
      if (!asked) {
        if (!context.hasColumn('groups', 'parentGt')) return;
        asked = true;
      }
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      if (g.parentGtText !== null) continue;
      context.report({
        item: key,
        messageId: g.type === 'adhoc' ? 'blankAdhoc' : 'blank',
        data: { group: groupName(g) },
        sheet: groups.sheet, row: g.row, col: groups.columns.parentGt!, group: g,
      });
    }
  },
};
export default rule;
