import type { Rule } from '../rule';
import { groupName, type MemberRow } from '../../workbook/model';
import { firstNames, partnerNames } from './members';

// II.8: dialogue groups are "pilotés par des Dialogue Leaders" and keep "une large
// autonomie/flexibilité"; III.4: "les Dialogue Leaders devraient se répartir entre eux les
// activités". Several leaders are allowed; the finding asks to say who leads what.
//
// Items: every dialogue group (its Groupes row); the finding sits on each current leader row after
// the first, in sheet row order.
const rule: Rule = {
  id: 'membership/co-leaders',
  area: 'membership',
  tdr: 'II.8',
  title: { fr: 'Plusieurs Dialogue Leaders', en: 'Several Dialogue Leaders' },
  quote: [
    "« […] pilotés par des Dialogue Leaders qui bénéficient d'une large autonomie/flexibilité dans leurs fonctionnements et peu de formalisme. »",
  ],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'role'] },
  description: {
    fr: 'Un groupe de dialogue à plusieurs Dialogue Leaders précise qui pilote quoi.',
    en: 'A dialogue group with several Dialogue Leaders says who leads what.',
  },
  messages: {
    several: {
      fr: 'Le groupe de dialogue {group} a {count, plural, one {# Dialogue Leader} other {# Dialogue Leaders}} en fonction ({leadersFr}) : {partnerFr} co-pilote avec {firstFr}.',
      en: 'The dialogue group {group} has {count, plural, one {# Dialogue Leader} other {# Dialogue Leaders}} in office ({leadersEn}): {partnerEn} co-leads with {firstEn}.',
    },
  },
  suggestions: {
    default: {
      fr: 'Précisez la répartition des activités entre les Dialogue Leaders (III.4), ou gardez-en un seul.',
      en: 'State how the Dialogue Leaders share the activities (III.4), or keep only one.',
    },
  },
  settings: [],
  check(context) {
    const { groups, members, index } = context.workbook;
    if (!groups || !members) return; // data/missing-sheet
    for (const g of index.dialogueGroups) {
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      const leaders: MemberRow[] = index
        .membersOf(g)
        .filter((m) => m.current && m.role === 'leader' && !m.bad?.has('role'));
      if (leaders.length < 2) continue;
      const names = leaders.map(partnerNames);
      for (const m of leaders.slice(1)) {
        context.report({
          item: key,
          messageId: 'several',
          data: {
            group: groupName(g),
            ...partnerNames(m),
            ...firstNames(leaders[0]),
            count: leaders.length,
            leaders: names.map((n) => n.partner),
            leadersFr: names.map((n) => n.partnerFr),
            leadersEn: names.map((n) => n.partnerEn),
          },
          sheet: members.sheet, row: m.row, col: members.columns.role!, group: g,
        });
      }
    }
  },
};
export default rule;
