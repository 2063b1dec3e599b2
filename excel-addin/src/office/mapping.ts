// The Correspondances assistant in Excel: the suggestions (read every sheet, as a check does), and
// the write of the confirmed rows: the sheet list and the Correspondances sheet's used range in one
// sync, then the new sheet (if any) and one block of values in a second. No other sheet is touched.

import type { Lang } from '../../../core/types';
import { findMappingSheet } from '../../../core/workbook/mapping';
import type { PaneMappingSuggestions, WriteMappingResult } from '../../../ui/host';
import { mappingWritePlan, paneMappingSuggestions } from '../../../ui/host-side/mapping';
import { excelValue } from './cells';
import type { XlContext } from './excel-api';
import { readWorkbook } from './read';
import type { Cell } from '../../../core/types';

export async function suggestInExcel(ctx: XlContext): Promise<PaneMappingSuggestions> {
  const read = await readWorkbook(ctx, { allSheets: true });
  return paneMappingSuggestions(read.snapshot);
}

export async function writeMappingInExcel(ctx: XlContext, rows: unknown, language: Lang): Promise<WriteMappingResult> {
  const worksheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const stubs = worksheets.items.map((s) => ({ name: s.name, rows: [] as Cell[][] }));
  const found = findMappingSheet(stubs);
  if (found) {
    const ws = worksheets.items[stubs.indexOf(found)];
    const used = ws.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    await ctx.sync();
    if (!used.isNullObject) {
      for (let r = 0; r < used.rowIndex; r++) found.rows.push([]);
      const lead: Cell[] = new Array<Cell>(used.columnIndex).fill(null);
      for (const v of used.values as Cell[][]) found.rows.push(lead.concat(v));
    }
  }
  const plan = mappingWritePlan(stubs, rows, language);
  if (plan.values.length === 0) return { sheet: plan.sheet, added: 0 };
  const ws = plan.create ? ctx.workbook.worksheets.add(plan.sheet) : ctx.workbook.worksheets.getItem(plan.sheet);
  // Text as text: a leading apostrophe, so `=x` or `2026` stays what the user wrote.
  ws.getRangeByIndexes(plan.row, plan.col, plan.values.length, plan.values[0].length).values = plan.values.map((r) =>
    r.map((c) => excelValue(c, false)),
  );
  if (plan.create) ws.getRangeByIndexes(0, 0, 1, 3).format.font.bold = true;
  await ctx.sync();
  return { sheet: plan.sheet, added: plan.added };
}
