// Shared by the data/* rules: the parser records what it could not accept as DataIssues; each
// data rule turns the issues of its kind into findings. Items are the rows of the input sheets
// (a row fails when it has a finding of that rule), so `evaluated` counts the rows checked.

import type { RuleContext } from '../rule';
import type { DataIssue, GroupRow, Workbook } from '../../workbook/model';

const rowGroups = new WeakMap<Workbook, Map<string, GroupRow | null>>();

/** The group a row of an input sheet concerns: the row itself on Groupes, its Groupe elsewhere. */
export function groupOfRow(workbook: Workbook, sheet: string | null, row: number | null): GroupRow | null {
  if (sheet === null || row === null) return null;
  let map = rowGroups.get(workbook);
  if (!map) {
    map = new Map();
    for (const g of workbook.groups?.rows ?? []) map.set(`${workbook.groups!.sheet}!${g.row}`, g);
    for (const t of [workbook.members, workbook.calendar, workbook.decisions, workbook.documents]) {
      if (!t) continue;
      for (const r of t.rows as { row: number; group: GroupRow | null }[]) map.set(`${t.sheet}!${r.row}`, r.group);
    }
    rowGroups.set(workbook, map);
  }
  return map.get(`${sheet}!${row}`) ?? null;
}

/** Counts every data row of the input sheets as evaluated. */
export function evaluateRows(context: RuleContext): void {
  const wb = context.workbook;
  for (const t of [wb.groups, wb.members, wb.calendar, wb.decisions, wb.documents, wb.partners, wb.settings]) {
    if (!t) continue;
    for (const r of t.rows as { row: number }[]) context.evaluate(`${t.sheet}!${r.row}`, groupOfRow(wb, t.sheet, r.row));
  }
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
