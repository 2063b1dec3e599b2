import type { ConsolidationRule } from './rule';
import { groupName } from '../../workbook/model';
import { normalise } from '../../text';

// V, III.1: each dialogue group belongs to one GT PTF, so to one coordinator's workbook. Kept in
// two workbooks, it would be counted twice in the partnership's summary (scope.md).
//
// Items: the dialogue groups (by reference group, else by code or name), once each.
const rule: ConsolidationRule = {
  id: 'consolidation/duplicate-group',
  area: 'consolidation',
  tdr: 'V, III.1',
  title: { fr: 'Groupe de dialogue dans un seul classeur', en: 'Dialogue group in one workbook' },
  quote: [
    '« Les modifications apportées à la version initiale de la nouvelle configuration des GT PTF, suite aux observations et commentaires formulés par certains PTF, aboutissent à la structuration suivante : »',
    '« Tous les anciens GT et SGT deviennent des Groupes de Dialogue sectoriel reliés aux 5 nouveaux GT PTF. »',
  ],
  defaultSeverity: 'error',
  description: {
    fr: 'Un groupe de dialogue ne figure que dans un seul des classeurs consolidés.',
    en: 'A dialogue group appears in only one of the consolidated workbooks.',
  },
  messages: {
    duplicate: {
      fr: 'Le groupe de dialogue {group} figure aussi dans {first} (ligne {firstRow}).',
      en: 'The dialogue group {group} also appears in {first} (row {firstRow}).',
    },
  },
  suggestions: {
    default: {
      fr: 'Gardez ce groupe dans le classeur du coordinateur de son GT, et retirez-le de l’autre.',
      en: "Keep this group in its GT coordinator's workbook, and remove it from the other.",
    },
  },
  check(context) {
    const first = new Map<string, { file: string; row: number }>();
    context.workbooks.forEach(({ name, workbook }, i) => {
      const groups = workbook.groups;
      if (!groups) return;
      for (const g of workbook.index.dialogueGroups) {
        // Matched like the reference groups: the reference code, else the code (or name) as written.
        const raw = g.code ?? g.name;
        if (g.reference === null && raw === null) continue;
        const key = g.reference ?? `row:${normalise(raw!)}`;
        context.evaluate(key);
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { file: name, row: g.row });
          continue;
        }
        context.report({
          item: key, messageId: 'duplicate', data: { group: groupName(g), first: seen.file, firstRow: seen.row },
          workbook: i, sheet: groups.sheet, row: g.row, col: groups.columns.name ?? groups.columns.code ?? 0, group: g,
        });
      }
    });
  },
};
export default rule;
