// Shared by the data/* rules: the parser records what it could not accept as DataIssues; each
// data rule turns the issues of its kind into findings. Items are the rows of the input sheets
// (a row fails when it has a finding of that rule), so `evaluated` counts the rows checked.

import type { RuleContext } from '../rule';
import type { DataIssue, GroupRow, Workbook } from '../../workbook/model';

/** Per workbook: sheet name → the group of each row, indexed by row number. */
const rowGroups = new WeakMap<Workbook, Map<string, (GroupRow | null)[]>>();

/** The group a row of an input sheet concerns: the row itself on Groupes, its Groupe elsewhere. */
export function groupOfRow(workbook: Workbook, sheet: string | null, row: number | null): GroupRow | null {
  if (sheet === null || row === null) return null;
  let map = rowGroups.get(workbook);
  if (!map) {
    // Arrays by row number rather than `Sheet!row` strings: built once, a hundred thousand rows.
    map = new Map();
    const byRow = (name: string) => {
      let list = map!.get(name);
      if (!list) map!.set(name, (list = []));
      return list;
    };
    if (workbook.groups) {
      const list = byRow(workbook.groups.sheet);
      for (const g of workbook.groups.rows) list[g.row] = g;
    }
    for (const t of [workbook.members, workbook.calendar, workbook.decisions, workbook.documents]) {
      if (!t) continue;
      const list = byRow(t.sheet);
      for (const r of t.rows as { row: number; group: GroupRow | null }[]) list[r.row] = r.group;
    }
    rowGroups.set(workbook, map);
  }
  return map.get(sheet)?.[row] ?? null;
}

/** Counts every data row of the input sheets as evaluated (keys `Sheet!row`, groups as groupOfRow). */
export function evaluateRows(context: RuleContext): void {
  // One set shared by the data rules, held by the engine (a row-by-row `evaluate` here cost
  // several hundred milliseconds per rule on P1's large workbook).
  context.evaluateRows();
}

/** Reports every issue of one kind, anchored where the parser found it. */
export function reportIssues(context: RuleContext, kind: DataIssue['kind']): void {
  const wb = context.workbook;
  for (const issue of wb.issues) {
    if (issue.kind !== kind) continue;
    const group = groupOfRow(wb, issue.sheet, issue.row);
    context.report({
      item: issue.sheet === null ? 'workbook' : `${issue.sheet}!${issue.row ?? ''}`,
      messageId: issue.messageId,
      data: issue.data,
      sheet: issue.sheet,
      row: issue.row,
      col: issue.col,
      group,
    });
  }
}
