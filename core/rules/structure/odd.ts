import type { Rule } from '../rule';
import { groupName, type GroupRow } from '../../workbook/model';
import { REFERENCE_GTS } from '../../reference';

// II.6: each GT PTF carries a theme "en cohérence avec les ODD"; V: the "Lien GT - ODD" row of the
// configuration table. III.1: the dialogue groups follow "le suivi des ODD dans leurs secteurs",
// within their GT. An ODD outside those lists is worth a look (info).
//
// Items: the GT PTF rows and dialogue groups whose ODD cell is filled and readable and that have a
// list to compare with: a GT its reference list (none for GT4 or a GT that matches no reference
// GT: skipped); a dialogue group its GT row's list, or when that cell is blank, the GT's reference
// list (none, no resolved GT, or an unreadable GT cell: skipped).
const rule: Rule = {
  id: 'structure/odd',
  area: 'structure',
  tdr: 'II.6, V',
  title: { fr: 'ODD du GT', en: 'SDGs of the GT' },
  quote: ["« Chaque GT PTF sera porteur d'une thématique/enjeu (en cohérence avec les ODD) […] »"],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Les ODD cités par un GT PTF ou un groupe de dialogue sont ceux de son GT (tableau des TdR, V).',
    en: 'The SDGs listed by a GT PTF or a dialogue group are those of its GT (ToR table, V).',
  },
  messages: {
    gt: {
      fr: 'Le GT PTF {group} cite des ODD hors de sa liste de référence (ODD {allowed}) : ODD {odd}.',
      en: 'The GT PTF {group} lists SDGs outside its reference list (SDG {allowed}): SDG {odd}.',
    },
    dialogue: {
      fr: 'Le groupe de dialogue {group} cite des ODD hors de la liste de son GT {parent} (ODD {allowed}) : ODD {odd}.',
      en: 'The dialogue group {group} lists SDGs outside the list of its GT {parent} (SDG {allowed}): SDG {odd}.',
    },
    dialogueReference: {
      fr: 'Le groupe de dialogue {group} cite des ODD hors de la liste de référence de son GT {parent} (ODD {allowed}) : ODD {odd}.',
      en: 'The dialogue group {group} lists SDGs outside the reference list of its GT {parent} (SDG {allowed}): SDG {odd}.',
    },
  },
  suggestions: {
    gt: {
      fr: 'Vérifiez la colonne ODD : gardez les ODD du GT (V) ou justifiez cet ajout par une dérogation.',
      en: "Check the ODD column: keep the GT's SDGs (V) or justify the addition with a waiver.",
    },
    dialogue: {
      fr: 'Vérifiez la colonne ODD du groupe, ou ajoutez ces ODD à la liste de son GT s’ils en relèvent.',
      en: "Check the group's ODD column, or add these SDGs to its GT's list if they belong there.",
    },
    dialogueReference: {
      fr: 'Vérifiez la colonne ODD du groupe, ou renseignez la liste d’ODD de son GT s’ils en relèvent.',
      en: "Check the group's ODD column, or fill in its GT's SDG list if they belong there.",
    },
  },
  settings: [],
  check(context) {
    const { groups } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const col = groups.columns.odd;
    if (col === undefined) return; // optional column: nothing listed
    const refList = (g: GroupRow): number[] | null => {
      const list = REFERENCE_GTS.find((r) => r.code === g.reference)?.odd;
      return list && list.length > 0 ? [...list] : null;
    };
    const listed = (g: GroupRow): number[] | null =>
      g.bad?.has('odd') || g.odd === null || g.odd.length === 0 ? null : g.odd;

    for (const g of groups.rows) {
      if (g.type === null || g.type === 'cluster') continue;
      const odd = listed(g);
      if (odd === null) continue;
      let allowed: number[] | null;
      let messageId: string;
      const data: Record<string, string | string[]> = { group: groupName(g) };
      if (g.type === 'gt') {
        allowed = refList(g);
        messageId = 'gt';
      } else {
        const parent = g.parentGt;
        if (!parent || parent.bad?.has('odd')) continue;
        data.parent = groupName(parent);
        if (parent.odd !== null && parent.odd.length > 0) {
          allowed = parent.odd;
          messageId = 'dialogue';
        } else {
          allowed = refList(parent);
          messageId = 'dialogueReference';
        }
      }
      if (allowed === null) continue;
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      const allowedSet = new Set(allowed);
      const outside: number[] = [];
      for (const n of odd) if (!allowedSet.has(n) && !outside.includes(n)) outside.push(n);
      if (outside.length === 0) continue;
      data.odd = outside.map(String);
      data.allowed = [...allowedSet].sort((a, b) => a - b).map(String);
      context.report({ item: key, messageId, data, sheet: groups.sheet, row: g.row, col, group: g });
    }
  },
};
export default rule;
