// What Sheets says when it refuses a write, as the pane reports it (quality.md H4): a protected
// sheet or range the user may not edit, or anything else, with Sheets' own words.

import type { SkippedSheet } from '../../ui/host';

/** Sheets' message for an edit of a protected sheet or range ("You are trying to edit a protected cell or object…"). */
const PROTECTED = /protected|prot[ée]g[ée]/i;

export function refusal(sheet: string, e: unknown): SkippedSheet {
  const detail = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return { sheet, reason: PROTECTED.test(detail) ? 'protected' : 'refused', detail: detail.replace(/^Exception:\s*/, '') };
}
