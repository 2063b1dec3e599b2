// Clearing: exactly the tool's highlight rules (their marker formula) and the tool's sheets (their
// hidden mark naming the sheet itself), nothing else (outputs.md §1, R1, R5, H1). Three syncs: the
// two of `readWorkbook` without the cells, then one for the deletions. What Excel would refuse is
// not asked, and reported (H4): the rules of a protected sheet, the sheets of a workbook whose
// structure is protected. The tool's history sheet stays unless `history` is asked: it is the only
// record of past months (presentation.md §1).

import { historySheetName } from '../../../core/plan/sheet-names';
import type { SkippedSheet } from '../../../ui/host';
import type { XlContext } from './excel-api';
import { readWorkbook } from './read';

export interface Cleared {
  rules: number;
  sheets: string[];
  skipped: SkippedSheet[];
  /** The history sheet left in place (not asked to clear it), or null. */
  historyKept: string | null;
}

export interface ClearOptions {
  /** Remove the tool's history sheet too. */
  history?: boolean;
}

export async function clearTool(ctx: XlContext, options: ClearOptions = {}): Promise<Cleared> {
  const read = await readWorkbook(ctx, { values: false });
  const skipped: SkippedSheet[] = [];
  let rules = 0;
  for (const s of read.sheets) {
    if (s.protected && s.toolRules.length > 0) {
      skipped.push({ sheet: s.name, reason: 'protected', detail: '' });
      continue;
    }
    for (const rule of s.toolRules) {
      rule.delete();
      rules++;
    }
  }
  // Excel keeps at least one visible sheet: in a workbook holding nothing but the tool's sheets,
  // the first visible one stays.
  const historyKept = options.history ? null : historySheetName(read.sheets);
  const owned = read.sheets.filter((s) => s.ownedByTool && s.name !== historyKept);
  if (read.structureProtected) {
    for (const s of owned) skipped.push({ sheet: s.name, reason: 'protected', detail: '' });
    owned.length = 0;
  }
  const othersVisible = read.sheets.some((s) => !owned.includes(s) && s.visible);
  const kept = othersVisible ? null : owned.find((s) => s.visible) ?? null;
  const sheets: string[] = [];
  for (const s of owned) {
    if (s === kept) continue;
    s.sheet.delete();
    sheets.push(s.name);
  }
  await ctx.sync();
  return { rules, sheets, skipped, historyKept };
}
