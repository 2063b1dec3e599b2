// A click on a finding: show its sheet and select its cell. One sync.

import type { XlContext } from './excel-api';

export async function selectCell(ctx: XlContext, sheet: string, cell: string | null): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  if (cell !== null) ws.getRange(cell).select();
  await ctx.sync();
}
