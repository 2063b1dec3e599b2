// Shared by the reading and engine tests (and the data rule tests that need several rules): build
// a snapshot from a few rows, parse it, run a chosen set of rules, and small test rules whose
// findings and counts are fully controlled by the test.

import { runRules, type EngineResult } from '../../../core/engine';
import type { Rule, RuleContext } from '../../../core/rules/rule';
import type { Settings } from '../../../core/settings';
import type { Cell, Finding, WorkbookSnapshot } from '../../../core/types';
import { isoToDay } from '../../../core/values';
import type { Workbook } from '../../../core/workbook/model';
import { parseWorkbook } from '../../../core/workbook/parse';

export type Sheets = Record<string, Cell[][]>;

export interface RunOptions {
  /** Today (YYYY-MM-DD), used when neither the caller nor Paramètres gives a reference date. */
  today?: string;
  /** The caller's reference date (command line --date). */
  referenceDate?: string;
  language?: 'fr' | 'en';
  date1904?: boolean;
  timeZone?: string;
  /** Rule ids accepted as Paramètres keys (default: the ids of the rules run). */
  knownRuleIds?: string[];
}

export function snapshot(sheets: Sheets, options: RunOptions = {}): WorkbookSnapshot {
  return {
    name: 'test.xlsx',
    sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
    date1904: options.date1904,
    timeZone: options.timeZone,
  };
}

function day(s: string): number {
  const d = isoToDay(s);
  if (d === null) throw new Error(`bad test date ${s}`);
  return d;
}

export function parse(sheets: Sheets, options: RunOptions = {}): { workbook: Workbook; settings: Settings } {
  return parseWorkbook(snapshot(sheets, options), {
    today: day(options.today ?? '2026-11-15'),
    referenceDate: options.referenceDate === undefined ? undefined : day(options.referenceDate),
    language: options.language,
    knownRuleIds: new Set(options.knownRuleIds ?? []),
  });
}

export interface Run extends EngineResult {
  workbook: Workbook;
  settings: Settings;
  /** Findings of one rule. */
  of(ruleId: string): Finding[];
  /** `Sheet!A1` of each finding of a rule (`-` for a null sheet or cell). */
  cells(ruleId: string): string[];
  summary(ruleId: string): EngineResult['rules'][number];
}

/** Parses and runs exactly `rules` (the Paramètres rule-id keys are those rules' ids). */
export function run(sheets: Sheets, rules: readonly Rule[], options: RunOptions = {}): Run {
  const { workbook, settings } = parse(sheets, {
    ...options,
    knownRuleIds: options.knownRuleIds ?? rules.map((r) => r.id),
  });
  const result = runRules(workbook, settings, rules);
  return {
    ...result,
    workbook,
    settings,
    of: (id) => result.findings.filter((f) => f.ruleId === id),
    cells: (id) => result.findings.filter((f) => f.ruleId === id).map((f) => `${f.sheet ?? '-'}!${f.cell ?? '-'}`),
    summary: (id) => {
      const s = result.rules.find((r) => r.ruleId === id);
      if (!s) throw new Error(`no summary for ${id}`);
      return s;
    },
  };
}

/** A rule made for a test: its check is the test's; one message `m` with a `{x}` placeholder. */
export function testRule(id: string, check: (context: RuleContext) => void, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    area: 'structure',
    tdr: 'II.1',
    title: { fr: 'Règle de test', en: 'Test rule' },
    quote: [],
    defaultSeverity: 'warning',
    description: { fr: 'Règle de test.', en: 'Test rule.' },
    messages: { m: { fr: 'Constat {x}.', en: 'Finding {x}.' } },
    suggestions: { default: { fr: 'Corrigez.', en: 'Fix it.' } },
    check,
    ...extra,
  };
}

/** The usual three sheets: GT2 (row 2), GD-SANTE under GT2 (row 3); empty Membres and Calendrier. */
export const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
export const MEMBRES_HEADER: Cell[] = ['Groupe', 'PTF', 'Rôle'];
export const CALENDRIER_HEADER: Cell[] = ['Date', 'Type', 'Statut'];

export function basicSheets(extra: Sheets = {}): Sheets {
  return { Groupes: GROUPES, Membres: [MEMBRES_HEADER], Calendrier: [CALENDRIER_HEADER], ...extra };
}
