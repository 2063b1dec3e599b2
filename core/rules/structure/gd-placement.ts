import type { Rule } from '../rule';
import { REFERENCE_GDS, REFERENCE_GTS } from '../../reference';
import { groupName } from '../../workbook/model';

// V: the configuration table places each of the 14 dialogue groups under one GT PTF (III.1: the
// dialogue groups are "reliés aux 5 nouveaux GT PTF"). A group that matches a reference GD but is
// attached to another reference GT than the table's is probably misplaced (IV.8 allows regroupings,
// hence a warning).
//
// scope.md: with a Périmètre, a dialogue group attached to a reference GT outside it belongs in
// another coordinator's workbook (`outOfScope`, whatever group it is).
//
// Items: the dialogue groups attached to a GT outside the scope, and those that match a reference GD and whose resolved `GT de rattachement`
// matches a reference GT. Anything else (blank, unknown, a GT PTF outside GT1..GT5) is skipped.
const rule: Rule = {
  id: 'structure/gd-placement',
  area: 'structure',
  tdr: 'V',
  title: { fr: 'Rattachement du tableau des TdR', en: 'Placement in the TdR table' },
  quote: [
    '« Les modifications apportées à la version initiale de la nouvelle configuration des GT PTF, suite aux observations et commentaires formulés par certains PTF, aboutissent à la structuration suivante : »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'] },
  handlesScope: true,
  description: {
    fr: 'Chaque groupe de dialogue de référence est rattaché au GT PTF que lui donne le tableau des TdR (V).',
    en: 'Each reference dialogue group is attached to the GT PTF the ToR table (V) gives it.',
  },
  messages: {
    misplaced: {
      fr: "Le groupe de dialogue {group} est rattaché à {parent} ({parentGt}), alors que le tableau des TdR le place sous {expected} ({expectedName}).",
      en: 'The dialogue group {group} is attached to {parent} ({parentGt}), whereas the ToR table places it under {expected} ({expectedName}).',
    },
    outOfScope: {
      fr: 'Le groupe de dialogue {group} est rattaché à {parentGt} ({parent}), hors du périmètre de ce classeur ({scope}) : il relève du classeur d’un autre coordinateur.',
      en: "The dialogue group {group} is attached to {parentGt} ({parent}), outside this workbook's scope ({scope}): it belongs in another coordinator's workbook.",
    },
  },
  suggestions: {
    outOfScope: {
      fr: 'Retirez ce groupe de ce classeur, ou ajoutez son GT au Périmètre dans Paramètres.',
      en: 'Remove this group from this workbook, or add its GT to the Scope in Settings.',
    },
    default: {
      fr: 'Rattachez le groupe au GT PTF prévu par les TdR, ou justifiez ce choix par une dérogation.',
      en: 'Attach the group to the GT PTF the ToR provide for, or justify the choice with a waiver.',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const { scope } = context;
    for (const g of index.dialogueGroups) {
      const attachedTo = g.parentGt?.reference ?? null;
      if (scope !== null && attachedTo !== null && !context.inScope(g)) {
        const key = `${groups.sheet}!${g.row}`;
        context.evaluate(key, g);
        context.report({
          item: key,
          messageId: 'outOfScope',
          data: { group: groupName(g), parent: groupName(g.parentGt!), parentGt: attachedTo, scope: [...scope] },
          sheet: groups.sheet, row: g.row, col: groups.columns.parentGt!, group: g,
        });
        continue;
      }
      if (g.reference === null) continue;
      const expected = REFERENCE_GDS.find((d) => d.code === g.reference)?.gt;
      if (!expected) continue; // not a reference GD
      const parent = g.parentGt;
      if (!parent || parent.reference === null) continue;
      if (!REFERENCE_GTS.some((r) => r.code === parent.reference)) continue;
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      if (parent.reference === expected) continue;
      const expectedName = REFERENCE_GTS.find((r) => r.code === expected)?.name ?? '';
      context.report({
        item: key,
        messageId: 'misplaced',
        data: {
          group: groupName(g),
          parent: groupName(parent),
          parentGt: parent.reference,
          expected,
          expectedName,
          gd: g.reference,
        },
        sheet: groups.sheet, row: g.row, col: groups.columns.parentGt!, group: g,
      });
    }
  },
};
export default rule;
