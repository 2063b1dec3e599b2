import type { ConsolidationRule } from './rule';
import { REFERENCE_GTS } from '../../reference';
import { normalise } from '../../text';

// II.1, II.7, I.3: each of the five GT PTF has its coordination, and the secretariat brings the
// five together for the GEC. Over the workbooks consolidated, each reference GT is covered by
// exactly one: in its Périmètre or as a `GT PTF` row (scope.md).
//
// Items: the five reference GT.
const rule: ConsolidationRule = {
  id: 'consolidation/gt-coverage',
  area: 'consolidation',
  tdr: 'II.1, II.7, I.3',
  title: { fr: 'Chaque GT PTF couvert par un seul classeur', en: 'Each GT PTF covered by one workbook' },
  quote: [
    '« Les 5 nouveaux GT PTF, qui sont désormais alignés sur ceux du CREDD (4 GT CREDD, dont un transversal) […] »',
    '« […] une coordination « tripartites » (trinôme de PTF) devrait se succéder dans le lead des GT PTF […] »',
    '« La réunion mensuelle du GEC, élargie aux Coordinateurs de GT/SGT/Clusters du 17 juin 2020 a adopté la nouvelle configuration à 5 GT adossés à ceux du CREDD […] »',
  ],
  defaultSeverity: 'error',
  description: {
    fr: 'Chacun des 5 GT PTF de référence est couvert par un et un seul des classeurs consolidés.',
    en: 'Each of the 5 reference GT PTF is covered by one and only one of the consolidated workbooks.',
  },
  messages: {
    missing: {
      fr: 'Aucun des classeurs consolidés ne couvre {gt} ({name}).',
      en: 'None of the consolidated workbooks covers {gt} ({name}).',
    },
    duplicate: {
      fr: '{gt} ({name}) est couvert par ce classeur et déjà par {first}.',
      en: '{gt} ({name}) is covered by this workbook and already by {first}.',
    },
  },
  suggestions: {
    missing: {
      fr: 'Ajoutez le classeur du coordinateur de ce GT à la consolidation.',
      en: "Add this GT's coordinator's workbook to the consolidation.",
    },
    duplicate: {
      fr: 'Gardez ce GT dans un seul classeur : retirez-le du Périmètre et des Groupes de l’autre.',
      en: "Keep this GT in one workbook only: remove it from the other's Scope and Groups.",
    },
  },
  check(context) {
    const covers = context.workbooks.map(({ workbook, settings }) => {
      const gts = new Set<string>(settings.scope ?? []);
      for (const g of workbook.index.gts) if (g.reference !== null) gts.add(g.reference);
      return gts;
    });
    for (const gt of REFERENCE_GTS) {
      context.evaluate(gt.code);
      const holders = covers.map((c, i) => (c.has(gt.code) ? i : -1)).filter((i) => i >= 0);
      if (holders.length === 0) {
        context.report({
          item: gt.code, messageId: 'missing', data: { gt: gt.code, name: gt.name },
          workbook: null, sheet: null, row: null, col: null, group: null,
        });
        continue;
      }
      const first = context.workbooks[holders[0]].name;
      for (const i of holders.slice(1)) {
        const { workbook } = context.workbooks[i];
        // The GT's Groupes row; else the Périmètre cell that names it; else the workbook.
        const row = workbook.index.gts.find((g) => g.reference === gt.code) ?? null;
        const groups = workbook.groups;
        const scopeRow = workbook.settings?.rows.find((r) => r.key !== null && ['perimetre', 'scope'].includes(normalise(r.key)));
        const anchor = row && groups
          ? { sheet: groups.sheet, row: row.row, col: groups.columns.name ?? groups.columns.code ?? 0 }
          : scopeRow && workbook.settings
            ? { sheet: workbook.settings.sheet, row: scopeRow.row, col: workbook.settings.columns.value ?? 1 }
            : { sheet: null, row: null, col: null };
        context.report({
          item: gt.code, messageId: 'duplicate', data: { gt: gt.code, name: gt.name, first },
          workbook: i, ...anchor, group: row,
        });
      }
    }
  },
};
export default rule;
