// Clearing: exactly the tool's highlight rules (their marker formula) and the tool's sheets (their
// hidden mark), nothing else (outputs.md §1, R1, R5). Three syncs: the two of `readWorkbook`
// without the cells, then one for the deletions.

import type { XlContext } from './excel-api';
import { readWorkbook } from './read';

export interface Cleared {
  rules: number;
  sheets: string[];
}

export async function clearTool(ctx: XlContext): Promise<Cleared> {
  const read = await readWorkbook(ctx, { values: false });
  let rules = 0;
  for (const s of read.sheets) {
    for (const rule of s.toolRules) {
      rule.delete();
      rules++;
    }
  }
  // Excel keeps at least one visible sheet: in a workbook holding nothing but the tool's sheets,
  // the first visible one stays.
  const owned = read.sheets.filter((s) => s.ownedByTool);
  const othersVisible = read.sheets.some((s) => !s.ownedByTool && s.visible);
  const kept = othersVisible ? null : owned.find((s) => s.visible) ?? null;
  const sheets: string[] = [];
  for (const s of owned) {
    if (s === kept) continue;
    s.sheet.delete();
    sheets.push(s.name);
  }
  await ctx.sync();
  return { rules, sheets };
}
