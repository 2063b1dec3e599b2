// Shared by the three waiver rules: each waiver item is an item, keyed by its cell and position.

import type { RuleContext, WaiverItem } from '../rule';

export function eachWaiver(context: RuleContext, fn: (w: WaiverItem, key: string) => void): void {
  const seen = new Map<string, number>();
  for (const w of context.waivers ?? []) {
    const cell = `${w.sheet}!${w.row}`;
    const n = (seen.get(cell) ?? 0) + 1;
    seen.set(cell, n);
    const key = `${cell}#${n}`;
    context.evaluate(key, w.group);
    fn(w, key);
  }
}
