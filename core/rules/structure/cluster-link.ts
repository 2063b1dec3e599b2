import type { Rule } from '../rule';
import { REFERENCE_CLUSTERS } from '../../reference';
import { groupName } from '../../workbook/model';

// II.4: the GT's TdR include "le lien avec les clusters"; III.7: "Les Binômes des Groupes de
// Dialogue et les Coordinateurs de Clusters travaillant sur les mêmes thématiques (éducation ;
// santé ; sécurité alimentaire etc.) se coordonnent". A dialogue group whose theme has a
// humanitarian cluster (reference.md: GD-EAU, GD-EDUCATION, GD-PSSAN, GD-SANTE) records the link.
//
// Items: the dialogue groups that match a reference GD with a default cluster and whose `Cluster
// lié` cell is readable. The column is optional: when it is absent, the rule is skipped.
const rule: Rule = {
  id: 'structure/cluster-link',
  area: 'structure',
  tdr: 'II.4, III.7',
  title: { fr: 'Cluster lié', en: 'Linked cluster' },
  quote: [
    '« […] incluant le lien avec les clusters. »',
    '« Les Binômes des Groupes de Dialogue et les Coordinateurs de Clusters travaillant sur les mêmes thématiques (éducation ; santé ; sécurité alimentaire etc.) se coordonnent […] »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'] },
  description: {
    fr: 'Les groupes de dialogue dont la thématique a un cluster humanitaire indiquent le cluster lié.',
    en: 'Dialogue groups whose theme has a humanitarian cluster name the linked cluster.',
  },
  messages: {
    blank: {
      fr: "Le groupe de dialogue {group} n'indique pas de cluster lié (clusters de sa thématique : {clusters}).",
      en: 'The dialogue group {group} names no linked cluster (clusters of its theme: {clusters}).',
    },
  },
  suggestions: {
    default: {
      fr: 'Indiquez dans « Cluster lié » le ou les clusters humanitaires avec lesquels le groupe se coordonne.',
      en: 'Enter in "Cluster lié" the humanitarian cluster or clusters the group coordinates with.',
    },
  },
  settings: [],
  check(context) {
    const { groups, index } = context.workbook;
    if (!groups) return; // data/missing-sheet
    const col = groups.columns.clusters;
    if (col === undefined) return; // optional column: skipped without a finding
    for (const g of index.dialogueGroups) {
      if (g.reference === null) continue;
      const defaults = REFERENCE_CLUSTERS.filter((c) => c.defaultGd === g.reference);
      if (defaults.length === 0) continue;
      if (g.bad?.has('clusters')) continue; // unreadable: data/* reported it
      const key = `${groups.sheet}!${g.row}`;
      context.evaluate(key, g);
      if (g.clusters !== null) continue;
      context.report({
        item: key, messageId: 'blank',
        data: { group: groupName(g), clusters: defaults.map((c) => c.name), codes: defaults.map((c) => c.code) },
        sheet: groups.sheet, row: g.row, col, group: g,
      });
    }
  },
};
export default rule;
