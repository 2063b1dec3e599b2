// The core's entry point: one call from a host snapshot to the report. Hosts (command line,
// Excel, Apps Script) call `validate` and then build their plan from the report.

import { runRules } from './engine';
import { RULES, RULE_IDS } from './rules';
import type { Rule } from './rules/rule';
import type { Lang, Report, WorkbookSnapshot } from './types';
import { dayToIso, isoToDay, todayDay } from './values';
import { parseWorkbook, type Parsed } from './workbook/parse';

export const TOOL_VERSION = '1.0.0';

export interface ValidateOptions {
  /** YYYY-MM-DD; wins over the Paramètres sheet. */
  referenceDate?: string;
  /** Wins over the Paramètres sheet. */
  language?: Lang;
  /** YYYY-MM-DD; "today" when neither gives a reference date (defaults to the clock). */
  today?: string;
  /** GT codes or names; wins over Paramètres › Périmètre (scope.md). */
  scope?: readonly string[];
  /** The rules to run (default: the whole catalogue). */
  rules?: readonly Rule[];
}

export interface Validation {
  report: Report;
  parsed: Parsed;
}

export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Validation {
  const rules = options.rules ?? RULES;
  const day = (s: string | undefined, what: string) => {
    if (s === undefined) return undefined;
    const d = isoToDay(s);
    if (d === null) throw new RangeError(`${what}: ${s} is not a YYYY-MM-DD date`);
    return d;
  };
  const today = day(options.today, 'today') ?? todayDay(snapshot.timeZone ?? 'Africa/Bamako');
  const parsed = parseWorkbook(snapshot, {
    referenceDate: day(options.referenceDate, 'referenceDate'),
    language: options.language,
    today,
    knownRuleIds: options.rules ? new Set(rules.map((r) => r.id)) : RULE_IDS,
    scope: options.scope,
  });
  const result = runRules(parsed.workbook, parsed.settings, rules);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let waived = 0;
  for (const f of result.findings) {
    if (f.waived) waived++;
    else if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'tdr-check', version: TOOL_VERSION },
    workbook: snapshot.name ?? '',
    referenceDate: dayToIso(parsed.settings.referenceDate),
    ...(parsed.settings.scope ? { scope: parsed.settings.scope } : {}),
    language: parsed.settings.language,
    findings: result.findings,
    rules: result.rules,
    summary: { errors, warnings, infos, waived, gts: result.gts, total: result.total },
  };
  return { report, parsed };
}

/** The report alone. */
export function validate(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Report {
  return validateWorkbook(snapshot, options).report;
}

export type { Report, Finding, WorkbookSnapshot, SheetSnapshot, Cell, Lang, Severity } from './types';
