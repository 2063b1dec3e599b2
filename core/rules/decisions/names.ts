// How the decision rules name a decision, its group and its owner: never an empty name in a
// message (rules.md, Terms, Clarifications). A blank cell leaves its fragment out, and a decision
// with neither text nor ID is named by its row.

import type { DecisionRow, GroupRow } from '../../workbook/model';

function groupLabel(d: DecisionRow): string {
  const g: GroupRow | null = d.group;
  return (g && (g.name ?? g.code)) ?? d.groupText ?? '';
}

/**
 * `decision`, `group`, `owner`: the plain facts ('' when blank); `decisionFr/En` (` « Texte »`, or
 * ` de la ligne 12`), `ofGroupFr/En` (` du groupe Santé`) and `ownerFr/En` (` (responsable : UE)`):
 * the fragments the templates show.
 */
export function decisionNames(d: DecisionRow) {
  const decision = d.decision ?? d.id ?? '';
  const group = groupLabel(d);
  const owner = d.owner ?? '';
  return {
    decision,
    group,
    owner,
    decisionFr: decision ? ` « ${decision} »` : ` de la ligne ${d.row}`,
    decisionEn: decision ? ` "${decision}"` : ` on row ${d.row}`,
    ofGroupFr: group ? ` du groupe ${group}` : '',
    ofGroupEn: group ? ` of the group ${group}` : '',
    ownerFr: owner ? ` (responsable : ${owner})` : '',
    ownerEn: owner ? ` (owner: ${owner})` : '',
  };
}
