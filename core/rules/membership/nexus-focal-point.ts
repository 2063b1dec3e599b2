import type { Rule } from '../rule';
import { groupName, type MemberRow } from '../../workbook/model';
import { firstNames, partnerNames } from './members';

// III.6: "Nexus : Chaque Groupe de dialogue est invité à désigner un point focal Nexus parmi ses
// membres [...] ensemble avec le Dialogue leader (renouveler tous les ans)". One focal point per
// group: none, or several, is worth a warning ("est invité": not an obligation).
//
// Items: every dialogue group (its Groupes row), once some group is evaluated the `Point focal
// Nexus` column is needed. Current rows only; a blank cell means no; an unreadable cell is skipped.
const rule: Rule = {
  id: 'membership/nexus-focal-point',
  area: 'membership',
  tdr: 'III.6',
  title: { fr: 'Point focal Nexus', en: 'Nexus focal point' },
  quote: [
    '« Nexus : Chaque Groupe de dialogue est invité à désigner un point focal Nexus parmi ses membres ayant la capacité et volonté de porter la pour la problématique, ensemble avec le Dialogue leader […] »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group'] },
  description: {
    fr: 'Chaque groupe de dialogue désigne un point focal Nexus parmi ses membres, et un seul.',
    en: 'Every dialogue group appoints one Nexus focal point among its members, and only one.',
  },
  messages: {
    none: {
      fr: "Le groupe de dialogue {group} n'a pas de point focal Nexus parmi ses membres en fonction.",
      en: 'The dialogue group {group} has no Nexus focal point among its current members.',
    },
    several: {
      fr: 'Le groupe de dialogue {group} a {count, plural, one {# point focal Nexus} other {# points focaux Nexus}} : {partnerFr} en plus de {firstFr}.',
      en: 'The dialogue group {group} has {count, plural, one {# Nexus focal point} other {# Nexus focal points}}: {partnerEn} besides {firstEn}.',
    },
  },
  suggestions: {
    none: {
      fr: 'Désignez avec le Dialogue Leader un point focal Nexus parmi les membres (« Point focal Nexus » = Oui).',
      en: 'Appoint, with the Dialogue Leader, a Nexus focal point among the members ("Point focal Nexus" = Yes).',
    },
    several: {
      fr: 'Gardez un seul point focal Nexus par groupe de dialogue.',
      en: 'Keep a single Nexus focal point per dialogue group.',
    },
  },
  settings: [],
  check(context) {
    const { groups, members, index } = context.workbook;
    if (!groups || !members) return; // data/missing-sheet
    const nameCol = groups.columns.name ?? groups.columns.code ?? 0;
    let asked = false;
    for (const g of index.dialogueGroups) {
      if (!asked) {
        if (!context.hasColumn('members', 'nexus')) return;
        asked = true;
      }
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      const focal: MemberRow[] = index
        .membersOf(g)
        .filter((m) => m.current && m.nexus === true && !m.bad?.has('nexus'));
      const name = groupName(g);
      if (focal.length === 0) {
        context.report({
          item: key, messageId: 'none', data: { group: name },
          sheet: groups.sheet, row: g.row, col: nameCol, group: g,
        });
        continue;
      }
      for (const m of focal.slice(1)) {
        context.report({
          item: key, messageId: 'several',
          data: { group: name, ...partnerNames(m), ...firstNames(focal[0]), count: focal.length },
          sheet: members.sheet, row: m.row, col: members.columns.nexus!, group: g,
        });
      }
    }
  },
};
export default rule;
