import type { Rule } from '../rule';
import { groupName, type GroupRow } from '../../workbook/model';
import { REFERENCE_GTS } from '../../reference';

// II.1: "Les 5 nouveaux GT PTF, qui sont désormais alignés sur ceux du CREDD"; V: the table of the
// new configuration names them (GT PTF 1 to 5). Each reference GT needs exactly one `GT PTF` row.
//
// scope.md: with a Périmètre, exactly the GT in scope are expected; a row of a reference GT
// outside it is reported (`outOfScope`): it belongs in another coordinator's workbook.
//
// Items: every `GT PTF` row (its Groupes row), plus every expected reference GT that no row matches.
const rule: Rule = {
  id: 'structure/gt-set',
  area: 'structure',
  tdr: 'II.1, V',
  title: { fr: 'Les 5 GT PTF', en: 'The five GT PTF' },
  quote: [
    '« Les 5 nouveaux GT PTF, qui sont désormais alignés sur ceux du CREDD (4 GT CREDD, dont un transversal), auront comme interlocuteurs stratégiques les Président des Groupes Thématiques de Travail du CREDD. »',
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'] },
  handlesScope: true,
  description: {
    fr: 'Les 5 GT PTF de référence (GT1 à GT5) figurent chacun une fois dans Groupes, et aucun autre.',
    en: 'The 5 reference GT PTF (GT1 to GT5) each appear once in Groups, and no other.',
  },
  messages: {
    missing: {
      fr: 'Aucune ligne de type GT PTF ne correspond au GT de référence {gt} ({name}) des TdR.',
      en: 'No GT PTF row matches the reference GT {gt} ({name}) of the ToR.',
    },
    unknown: {
      fr: 'Le GT PTF {group} ne correspond à aucun des 5 GT de référence des TdR (GT1 à GT5).',
      en: 'The GT PTF {group} matches none of the 5 reference GTs of the ToR (GT1 to GT5).',
    },
    duplicate: {
      fr: 'Le GT PTF {group} correspond à {gt}, déjà représenté par {first} (ligne {firstRow}).',
      en: 'The GT PTF {group} matches {gt}, already represented by {first} (row {firstRow}).',
    },
    outOfScope: {
      fr: 'Le périmètre de ce classeur est {scope} ; {gt} ({group}) relève du classeur d’un autre coordinateur.',
      en: "This workbook's scope is {scope}; {gt} ({group}) belongs in another coordinator's workbook.",
    },
  },
  suggestions: {
    missing: {
      fr: 'Ajoutez dans Groupes une ligne de type GT PTF avec le code ou le nom de référence de ce GT.',
      en: 'Add a GT PTF row to Groups with the reference code or name of this GT.',
    },
    unknown: {
      fr: 'Donnez à ce GT le code (GT1 à GT5) ou le nom de référence du GT qu’il représente, ou changez son type.',
      en: 'Give this GT the reference code (GT1 to GT5) or name of the GT it stands for, or change its type.',
    },
    duplicate: {
      fr: 'Gardez une seule ligne par GT de référence : fusionnez les deux lignes ou changez le type de l’une.',
      en: 'Keep one row per reference GT: merge the two rows or change the type of one of them.',
    },
    outOfScope: {
      fr: 'Retirez cette ligne de ce classeur, ou ajoutez ce GT au Périmètre dans Paramètres.',
      en: 'Remove this row from this workbook, or add this GT to the Scope in Settings.',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const nameCol = groups.columns.name ?? groups.columns.code ?? 0;
    const key = (g: GroupRow) => `${groups.sheet}!${g.row}`;
    const isReferenceGt = (ref: string | null): ref is string =>
      ref !== null && REFERENCE_GTS.some((r) => r.code === ref);

    // Which row first matches each reference GT (sheet row order).
    const first = new Map<string, GroupRow>();
    for (const g of index.gts) {
      if (isReferenceGt(g.reference) && !first.has(g.reference)) first.set(g.reference, g);
    }
    const { scope } = context;
    // Missing reference GTs first: workbook anchors come before rows in the report.
    for (const r of REFERENCE_GTS) {
      if (first.has(r.code) || (scope !== null && !scope.has(r.code))) continue;
      const item = `reference:${r.code}`;
      context.evaluate(item, null);
      context.report({
        item, messageId: 'missing', data: { gt: r.code, name: r.name },
        sheet: groups.sheet, row: null, col: null, group: null,
      });
    }
    for (const g of index.gts) {
      const ref = g.reference;
      if (!isReferenceGt(ref)) {
        // A row whose code or name cannot be read cannot be matched: skip it (data/* reported it).
        if (g.bad?.has('code') || g.bad?.has('name')) continue;
        context.evaluate(key(g), g);
        context.report({
          item: key(g), messageId: 'unknown', data: { group: groupName(g), code: g.code ?? '' },
          sheet: groups.sheet, row: g.row, col: nameCol, group: g,
        });
        continue;
      }
      context.evaluate(key(g), g);
      if (scope !== null && !scope.has(ref)) {
        context.report({
          item: key(g), messageId: 'outOfScope',
          data: { group: groupName(g), gt: ref, scope: [...scope] },
          sheet: groups.sheet, row: g.row, col: nameCol, group: g,
        });
        continue;
      }
      const earlier = first.get(ref)!;
      if (earlier === g) continue;
      context.report({
        item: key(g), messageId: 'duplicate',
        data: { group: groupName(g), gt: ref, first: groupName(earlier), firstRow: earlier.row },
        sheet: groups.sheet, row: g.row, col: nameCol, group: g,
      });
    }
  },
};
export default rule;
