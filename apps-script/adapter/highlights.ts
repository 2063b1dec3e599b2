// Highlights as conditional-format rules (outputs.md §1). `setConditionalFormatRules` replaces all
// of a sheet's rules, so each sheet's rules are read, the tool's own (recognised by the marker
// formula `=ISTEXT("tdr-check")`) are dropped, and the user's are written back unchanged, after
// the tool's new ones. Cell fills, values and formats are never touched.

import { MARKER_FORMULA, type Highlight } from '../../core/plan';
import type { Severity } from '../../core/types';
import type { SheetEntry } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const MARKER = normaliseFormula('=' + MARKER_FORMULA);

function normaliseFormula(f: string): string {
  return f.replace(/\s+/g, '').toUpperCase();
}

/** True for a rule the tool wrote. */
export function isToolRule(rule: ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null) return false;
  // Apps Script enums are objects: compared by name, which holds whatever wrapper a call returns.
  if (String(condition.getCriteriaType()) !== String(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA)) return false;
  const [formula] = condition.getCriteriaValues();
  return typeof formula === 'string' && normaliseFormula(formula) === MARKER;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The tool's rules for one sheet: one per severity. The plan may split a severity's ranges for
 * Excel's limit on an address's length; Sheets has no such limit, so the parts are joined again.
 */
function toolRules(sheet: Sheet, highlights: readonly Highlight[]): ConditionalFormatRule[] {
  const bySeverity = new Map<Severity, { colour: string; ranges: string[] }>();
  for (const h of highlights) {
    const entry = bySeverity.get(h.severity);
    if (entry) entry.ranges.push(...h.ranges);
    else bySeverity.set(h.severity, { colour: h.colour, ranges: h.ranges.slice() });
  }
  return [...bySeverity.entries()]
    .sort(([a], [b]) => ORDER[a] - ORDER[b])
    .map(([, { colour, ranges }]) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=' + MARKER_FORMULA)
        .setBackground(colour)
        .setRanges(sheet.getRangeList(ranges).getRanges())
        .build(),
    );
}

export interface HighlightCounts {
  /** The tool's rules removed (from an earlier run). */
  removed: number;
  /** The tool's rules added. */
  added: number;
}

/**
 * Replaces the tool's rules on every user sheet by those of `highlights` (none: clearing). The
 * user's rules keep their order; the tool's go first, so a flagged cell shows its colour. Sheets
 * with no rule of the tool before or after are not written.
 */
export function applyHighlights(sheets: readonly SheetEntry[], highlights: readonly Highlight[]): HighlightCounts {
  const bySheet = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = bySheet.get(h.sheet);
    if (list) list.push(h);
    else bySheet.set(h.sheet, [h]);
  }
  const counts: HighlightCounts = { removed: 0, added: 0 };
  for (const entry of sheets) {
    if (entry.tool !== null) continue;
    let rules: ConditionalFormatRule[];
    try {
      rules = entry.sheet.getConditionalFormatRules();
    } catch {
      // A sheet without cells (a chart sheet) has no rules to read or write.
      continue;
    }
    const users = rules.filter((r) => !isToolRule(r));
    const wanted = bySheet.get(entry.name);
    const removed = rules.length - users.length;
    if (removed === 0 && !wanted) continue;
    const ours = wanted ? toolRules(entry.sheet, wanted) : [];
    entry.sheet.setConditionalFormatRules(ours.concat(users));
    counts.removed += removed;
    counts.added += ours.length;
  }
  return counts;
}
