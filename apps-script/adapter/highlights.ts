// Highlights as conditional-format rules (outputs.md §1). `setConditionalFormatRules` replaces all
// of a sheet's rules, so each sheet's rules are read, the tool's own (recognised by the marker
// formula `=ISTEXT("tdr-check")`) are dropped, and the user's are written back unchanged, after
// the tool's new ones. Cell fills, values and formats are never touched.
//
// Calls (P4), whatever the rows and whichever severities have findings:
//
//   every input sheet        getConditionalFormatRules; when checking, one getRangeList and one
//                            getRanges for all the tool's ranges of the sheet (every severity at
//                            once, split again in the script); setConditionalFormatRules
//   any other user's sheet   getConditionalFormatRules; written only when it holds a rule of the
//                            tool (left by an earlier run, before a rename)
//
// plus, for each rule already on a sheet, the calls that tell the user's from the tool's: two for
// a user's rule (one for a colour scale), three for one of the tool's. Those are skipped where the
// tool has never written (no mark of its own on the spreadsheet, no sheet of its own): a first
// validation, or the first after a complete clear, takes every rule there for the user's. Where
// the spreadsheet's mark says how many rules the tool left on a sheet, only the tool's are
// looked into, when the sheet still has that many (sheets.ts). Clearing looks into every rule.
//
// An input sheet with nothing to highlight is still written (its rules as they were, the tool's
// removed), and its range list is still resolved, on its cell A1, the result unused. Those two
// calls buy nothing on that sheet: they are kept so that the calls depend on which sheets are
// input sheets, never on which of them have findings (what the P4 count compares).

import { MARKER_FORMULA, type Highlight } from '../../core/plan';
import type { Severity } from '../../core/types';
import type { SkippedSheet } from '../../ui/host';
import { refusal } from './refusal';
import type { RuleCount, RuleCounts, SheetEntry } from './sheets';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const MARKER = normaliseFormula('=' + MARKER_FORMULA);

function normaliseFormula(f: string): string {
  return f.replace(/\s+/g, '').toUpperCase();
}

/** True for a rule the tool wrote. */
export function isToolRule(rule: ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null) return false;
  // The marker's text first: a user's rule costs two calls, whatever its kind.
  const [formula] = condition.getCriteriaValues();
  if (typeof formula !== 'string' || normaliseFormula(formula) !== MARKER) return false;
  // Apps Script enums are objects: compared by name, which holds whatever wrapper a call returns.
  return String(condition.getCriteriaType()) === String(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA);
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One rule to write: a colour over ranges of the sheet. */
interface WantedRule {
  severity: Severity;
  colour: string;
  ranges: string[];
}

/**
 * The highlights by sheet, one rule per severity, errors first. The plan may split a severity's
 * ranges for Excel's limit on an address's length; Sheets has no such limit, so the parts are
 * joined again.
 */
function rulesBySheet(highlights: readonly Highlight[]): Map<string, WantedRule[]> {
  const bySheet = new Map<string, WantedRule[]>();
  for (const h of highlights) {
    let rules = bySheet.get(h.sheet);
    if (!rules) bySheet.set(h.sheet, (rules = []));
    const same = rules.find((r) => r.severity === h.severity);
    if (same) same.ranges.push(...h.ranges);
    else rules.push({ severity: h.severity, colour: h.colour, ranges: h.ranges.slice() });
  }
  for (const rules of bySheet.values()) rules.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return bySheet;
}

/** The sheet's cell that stands in for an empty range list (a sheet always has an A1). */
const NO_RANGES = ['A1'];

/**
 * The tool's rules for one sheet. All its ranges are resolved in one range list, in the order of
 * `wanted`, and handed back to each rule by position: `getRanges` gives one range per notation,
 * in order (the ranges of a sheet never repeat: each cell has one severity).
 */
function toolRules({ sheet, name }: SheetEntry, wanted: readonly WantedRule[]): ConditionalFormatRule[] {
  const notations = wanted.flatMap((w) => w.ranges);
  const ranges = sheet.getRangeList(notations.length > 0 ? notations : NO_RANGES).getRanges();
  if (notations.length === 0) return [];
  if (ranges.length !== notations.length) {
    throw new Error(`tdr-check: ${notations.length} highlight ranges asked on ${name}, ${ranges.length} given`);
  }
  let at = 0;
  return wanted.map((w) => {
    const own = ranges.slice(at, (at += w.ranges.length));
    return SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=' + MARKER_FORMULA).setBackground(w.colour).setRanges(own).build();
  });
}

export interface HighlightCounts {
  /** The tool's rules removed (from an earlier run). */
  removed: number;
  /** The tool's rules added. */
  added: number;
  /** Sheets whose rules Sheets refused to write (a protected sheet): left as they were. */
  skipped: SkippedSheet[];
  /** By sheet id, the rules of each sheet written: the tool's first, then the user's. */
  written: RuleCounts;
}

/** What the tool knows of the rules already there (sheets.ts, the spreadsheet's rules mark). */
export interface KnownRules {
  /** False when the tool has written neither rules nor sheets here: every rule is the user's. */
  mayExist: boolean;
  /** By sheet id, the rules the tool left on the sheet last time. */
  counts: ReadonlyMap<number, RuleCount>;
}

/** Looking into every rule: clearing, and whenever nothing better is known. */
export const UNKNOWN_RULES: KnownRules = { mayExist: true, counts: new Map() };

/**
 * The user's rules among `rules`. Where the sheet has as many rules as the tool left it with, the
 * others were checked then, and the first ones are the tool's (three calls each), the others are
 * the user's, not looked into; otherwise every rule is looked into (two or three calls each).
 */
function usersRules(rules: ConditionalFormatRule[], known: KnownRules, sheetId: number): ConditionalFormatRule[] {
  if (!known.mayExist) return rules;
  const left = known.counts.get(sheetId);
  if (left && left.checked && left.total === rules.length && rules.slice(0, left.tool).every(isToolRule)) return rules.slice(left.tool);
  return rules.filter((r) => !isToolRule(r));
}

/**
 * Replaces the tool's rules on every user's sheet by those of `highlights`, or, when `highlights`
 * is null (clearing), removes them. The user's rules keep their order, after the tool's, so a
 * flagged cell shows its colour. Input sheets are always written; the user's other sheets only
 * when they hold a rule of the tool. `known` says which rules need looking into (see `KnownRules`).
 * Every sheet's rules are read first; `beforeWriting` is then told what each sheet to write will
 * hold, before the first write.
 */
export function applyHighlights(
  sheets: readonly SheetEntry[],
  inputs: ReadonlySet<SheetEntry>,
  highlights: readonly Highlight[] | null,
  known: KnownRules = UNKNOWN_RULES,
  beforeWriting?: (planned: RuleCounts) => void,
): HighlightCounts {
  const bySheet = rulesBySheet(highlights ?? []);
  const counts: HighlightCounts = { removed: 0, added: 0, skipped: [], written: new Map() };
  const jobs: { entry: SheetEntry; users: ConditionalFormatRule[]; removed: number; wanted: WantedRule[]; ours: boolean }[] = [];
  for (const entry of sheets) {
    if (entry.tool !== null) continue;
    let rules: ConditionalFormatRule[];
    try {
      rules = entry.sheet.getConditionalFormatRules();
    } catch {
      // A sheet without cells (a chart sheet) has no rules to read or write.
      continue;
    }
    const users = usersRules(rules, known, entry.id);
    const removed = rules.length - users.length;
    const wanted = bySheet.get(entry.name) ?? [];
    const input = inputs.has(entry);
    if (!input && removed === 0 && wanted.length === 0) continue;
    jobs.push({ entry, users, removed, wanted, ours: highlights !== null && (input || wanted.length > 0) });
  }
  const planned: RuleCounts = new Map();
  // The user's rules were looked into, or known from a checked count, unless nothing could be ours.
  const checked = known.mayExist;
  for (const j of jobs) planned.set(j.entry.id, { tool: j.ours ? j.wanted.length : 0, total: (j.ours ? j.wanted.length : 0) + j.users.length, checked });
  beforeWriting?.(planned);
  for (const { entry, users, removed, wanted, ours: withOurs } of jobs) {
    // One write per sheet: a refusal (a protected sheet) leaves that sheet's rules as they were,
    // and the other sheets are still done (quality.md H4).
    try {
      const ours = withOurs ? toolRules(entry, wanted) : [];
      entry.sheet.setConditionalFormatRules(ours.concat(users));
      counts.removed += removed;
      counts.added += ours.length;
      counts.written.set(entry.id, { tool: ours.length, total: ours.length + users.length, checked });
    } catch (e) {
      counts.skipped.push(refusal(entry.name, e));
    }
  }
  return counts;
}
