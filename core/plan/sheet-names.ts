// Which output sheets to replace and what to call the new ones (outputs.md §2; R5). The tool
// replaces only the sheets that carry its mark; a user's sheet with the wanted name is never
// touched, and the output goes to `<name> (2)` (or the first free number) instead.

import { OUTPUT_MESSAGES } from './messages';
import type { ExistingSheet, OutputKind } from './types';

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleLowerCase('en-US');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Constats`, `Findings`, and their numbered forms `Constats (2)`. */
const FINDINGS_NAME = new RegExp(
  `^(?:${escapeRegExp(OUTPUT_MESSAGES.fr.findingsSheet)}|${escapeRegExp(OUTPUT_MESSAGES.en.findingsSheet)})(?: \\(\\d+\\))?$`,
  'i',
);

/** `Historique`, `Compliance history`, and their numbered forms. */
const HISTORY_NAME = new RegExp(
  `^(?:${escapeRegExp(OUTPUT_MESSAGES.fr.historySheet)}|${escapeRegExp(OUTPUT_MESSAGES.en.historySheet)})(?: \\(\\d+\\))?$`,
  'i',
);

/** Whether a name is one the tool's history sheet may have (only its mark makes it the tool's). */
export function isHistoryName(name: string): boolean {
  return HISTORY_NAME.test(name);
}

/** The tool's history sheet among the existing sheets (the first carrying its mark), or null. */
export function historySheetName(existing: readonly ExistingSheet[]): string | null {
  return existing.find((s) => s.ownedByTool && HISTORY_NAME.test(s.name))?.name ?? null;
}

function summaryName(month: string): RegExp {
  const names = [OUTPUT_MESSAGES.fr.summarySheet(month), OUTPUT_MESSAGES.en.summarySheet(month)].map(escapeRegExp);
  return new RegExp(`^(?:${names.join('|')})(?: \\(\\d+\\))?$`, 'i');
}

/**
 * The tool's own sheets that a new run replaces: its findings sheet (in either language, numbered
 * or not) and the summary of the same month. Earlier months' summaries stay.
 */
export function sheetsReplacedBy(existing: readonly ExistingSheet[], month: string, withHistory = false): string[] {
  const summary = summaryName(month);
  const history = withHistory ? historySheetName(existing) : null;
  return existing
    .filter((s) => s.ownedByTool && (FINDINGS_NAME.test(s.name) || summary.test(s.name) || s.name === history))
    .map((s) => s.name);
}

/**
 * Names for the wanted sheets, given the sheets that remain after the deletions: the wanted name
 * when free, else `<name> (2)`, `(3)`… Names stay within Excel's 31 characters.
 */
export function resolveNames(
  wanted: readonly { kind: OutputKind; baseName: string }[],
  existing: readonly ExistingSheet[],
  deleted: readonly string[],
): string[] {
  const gone = new Set(deleted.map(key));
  const taken = new Set(existing.filter((s) => !gone.has(key(s.name))).map((s) => key(s.name)));
  return wanted.map(({ baseName }) => {
    let name = baseName;
    for (let n = 2; taken.has(key(name)); n++) {
      const suffix = ` (${n})`;
      name = baseName.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(key(name));
    return name;
  });
}
