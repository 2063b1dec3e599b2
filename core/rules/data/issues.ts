// Shared by the data/* rules: the parser records what it could not accept as DataIssues; each
// data rule turns the issues of its kind into findings. Items are the rows of the input sheets
// (a row fails when it has a finding of that rule), so `evaluated` counts the rows checked.

import type { RuleContext } from '../rule';
import type { DataIssue, GroupRow, Workbook } from '../../workbook/model';

/** The group of an issue's row (null for a sheet or workbook anchor). */
function groupOfRow(workbook: Workbook, sheet: string | null, row: number | null): GroupRow | null {
  return sheet === null || row === null ? null : workbook.index.groupOfRow(sheet, row);
}

/** Counts every data row of the input sheets as evaluated (keys `Sheet!row`, groups as index.groupOfRow). */
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
