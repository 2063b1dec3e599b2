import type { Rule } from '../rule';
import { groupName, type MemberRow, type Role } from '../../workbook/model';
import { firstNames, partnerNames } from './members';
import { valueLabel } from '../../workbook/mapping';

// II.7: "une coordination « tripartites » (trinôme de PTF) devrait se succéder dans le lead des GT
// PTF selon un système de rotation incoming/outcoming member"; II.2, II.3 and IV.8 give the
// "Coordinations « tripartites » des 5 GT-PTF" their tasks. Each GT PTF's current coordination holds
// the three roles, each once.
//
// Items: every GT PTF (its Groupes row). Current rows only (planned successors are ignored); a row
// whose role is unreadable is skipped, as the other rows' rules do.
const COORDINATION: readonly Role[] = ['incoming', 'lead', 'outgoing'];

const rule: Rule = {
  id: 'membership/tripartite',
  area: 'membership',
  tdr: 'II.7',
  title: { fr: 'Coordination tripartite', en: 'Tripartite coordination' },
  quote: [
    "« A l'image du fonctionnement de la Troïka, une coordination « tripartites » (trinôme de PTF) devrait se succéder dans le lead des GT PTF selon un système de rotation incoming/outcoming member […] »",
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'] },
  description: {
    fr: 'La coordination tripartite de chaque GT PTF tient les rôles entrant, en exercice et sortant, chacun une fois.',
    en: 'The tripartite coordination of each GT PTF holds the incoming, lead and outgoing roles, each once.',
  },
  messages: {
    missing: {
      fr: "La coordination tripartite du GT PTF {group} n'a pas de PTF pour : {roles}.",
      en: 'The tripartite coordination of the GT PTF {group} has no partner for: {rolesEn}.',
    },
    repeated: {
      fr: 'Le rôle {role} du GT PTF {group} est tenu à la fois par {firstFr} (ligne {firstRow}) et par {partnerFr}.',
      en: 'The {roleEn} role of the GT PTF {group} is held both by {firstEn} (row {firstRow}) and by {partnerEn}.',
    },
  },
  suggestions: {
    missing: {
      fr: 'Ajoutez dans Membres les PTF de la coordination (entrant, en exercice, sortant) de ce GT.',
      en: "Add to Members the GT's coordination partners (incoming, lead, outgoing).",
    },
    repeated: {
      fr: "Gardez un seul PTF par rôle de coordination ; datez le début de mandat d'un successeur prévu.",
      en: "Keep one partner per coordination role; give a planned successor its mandate start date.",
    },
  },
  settings: [],
  check(context) {
    const { groups, members, index } = context.workbook;
    if (!groups || !members) return; // data/missing-sheet
    // The register's own word for a role when its Correspondances sheet gives one.
    const roleLabel = (r: Role, lang: 'fr' | 'en') => valueLabel(context.workbook.mapping, 'members', 'role', r, lang);
    const nameCol = groups.columns.name ?? groups.columns.code ?? 0;
    for (const gt of index.gts) {
      const key = `${groups.sheet}!${gt.row}`;
      context.evaluate(key, gt);
      const holders = new Map<Role, MemberRow>();
      const repeated: MemberRow[] = [];
      for (const m of index.membersOf(gt)) {
        if (!m.current || m.role === null || m.bad?.has('role')) continue;
        if (!COORDINATION.includes(m.role)) continue;
        if (holders.has(m.role)) repeated.push(m);
        else holders.set(m.role, m);
      }
      const missing = COORDINATION.filter((r) => !holders.has(r));
      const name = groupName(gt);
      if (missing.length > 0) {
        context.report({
          item: key,
          messageId: 'missing',
          data: {
            group: name,
            roles: missing.map((r) => roleLabel(r, 'fr')),
            rolesEn: missing.map((r) => roleLabel(r, 'en')),
            count: missing.length,
          },
          sheet: groups.sheet, row: gt.row, col: nameCol, group: gt,
        });
      }
      for (const m of repeated) {
        const first = holders.get(m.role!)!;
        context.report({
          item: key,
          messageId: 'repeated',
          data: {
            group: name,
            role: roleLabel(m.role!, 'fr'),
            roleEn: roleLabel(m.role!, 'en'),
            ...partnerNames(m),
            ...firstNames(first),
            firstRow: first.row,
          },
          sheet: members.sheet, row: m.row, col: members.columns.role!, group: gt,
        });
      }
    }
  },
};
export default rule;
