import type { ConsolidationRule } from './rule';
import { isCoordinationRole } from '../calendar/meetings';
import type { GroupRow, MemberRow } from '../../workbook/model';
import { groupInScope, scopeOf } from '../../scope';

// II.8: a PTF taking part in a GT coordination needs "une certaine capacité organisationnelle".
// Across the workbooks, a PTF holding current coordination roles in more than two GT PTF is worth
// a look (info). Each workbook counts only the GT in its scope.
//
// Items: the PTF holding at least one current coordination role.
const MAX_GTS = 2;

const rule: ConsolidationRule = {
  id: 'consolidation/partner-roles',
  area: 'consolidation',
  tdr: 'II.8',
  title: { fr: 'Charge de coordination d’un PTF', en: "A PTF's coordination load" },
  quote: [
    '« Les coordinations « tripartites » devront avoir une certaine capacité organisationnelle, en ressources humaines et logistique afin de suivre et coordonner les activités des Groupes de Dialogue […] »',
  ],
  defaultSeverity: 'info',
  description: {
    fr: 'Un PTF n’assure pas de rôle de coordination dans plus de deux GT PTF, sur l’ensemble des classeurs.',
    en: 'No PTF holds coordination roles in more than two GT PTF, across all the workbooks.',
  },
  messages: {
    tooMany: {
      fr: '{partner} assure un rôle de coordination dans {count} GT PTF : {gts}.',
      en: '{partner} holds a coordination role in {count} GT PTF: {gts}.',
    },
  },
  suggestions: {
    default: {
      fr: 'Vérifiez avec ce PTF qu’il a la capacité d’assurer ces coordinations (II.8), ou préparez la rotation.',
      en: 'Check with this PTF that it can carry these coordinations (II.8), or prepare the rotation.',
    },
  },
  check(context) {
    interface Role { gt: string; workbook: number; row: MemberRow; group: GroupRow }
    const byPartner = new Map<string, { name: string; roles: Role[] }>();
    context.workbooks.forEach(({ workbook, settings }, i) => {
      const scope = scopeOf(settings.scope);
      for (const gt of workbook.index.gts) {
        if (gt.reference === null || !groupInScope(scope, gt)) continue;
        for (const m of workbook.index.membersOf(gt)) {
          if (!m.current || m.partnerKey === null || !isCoordinationRole(m.role)) continue;
          let entry = byPartner.get(m.partnerKey);
          if (!entry) byPartner.set(m.partnerKey, (entry = { name: m.partner ?? m.partnerKey, roles: [] }));
          entry.roles.push({ gt: gt.reference, workbook: i, row: m, group: gt });
        }
      }
    });
    for (const [key, { name, roles }] of byPartner) {
      context.evaluate(key);
      const gts = [...new Set(roles.map((r) => r.gt))].sort();
      if (gts.length <= MAX_GTS) continue;
      // Anchored on the PTF cell of its role in the last GT (the one beyond two).
      const last = roles.filter((r) => r.gt === gts[gts.length - 1])[0];
      const members = context.workbooks[last.workbook].workbook.members!;
      context.report({
        item: key, messageId: 'tooMany', data: { partner: name, count: gts.length, gts },
        workbook: last.workbook, sheet: members.sheet, row: last.row.row, col: members.columns.partner ?? 0, group: last.group,
      });
    }
  },
};
export default rule;
