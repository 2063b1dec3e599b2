// A small RuleTester on ESLint's model: valid cases must give no finding of the rule, invalid
// cases exactly the listed ones (message id, anchor, group, GT, data as a subset), in the
// report's order. Each case builds a workbook from a few rows and runs the whole parser and
// engine with only the rule under test (data/* findings of the parser are not asserted).

import { runRules } from '../../core/engine';
import type { Rule } from '../../core/rules/rule';
import type { Cell, Finding, MessageData, WorkbookSnapshot } from '../../core/types';
import { isoToDay } from '../../core/values';
import { parseWorkbook } from '../../core/workbook/parse';

export interface RuleTestCase {
  name: string;
  /** Sheet name → rows, header row first. */
  sheets: Record<string, Cell[][]>;
  /** D, as YYYY-MM-DD. */
  date: string;
  /** Extra Paramètres rows. */
  settings?: [string, Cell][];
  /** 'en' to check the English messages. */
  language?: 'fr' | 'en';
}

export interface ExpectedFinding {
  messageId: string;
  /** Sheet name; omit to skip the check. null: workbook anchor. */
  sheet?: string | null;
  /** A1 address, or null for a sheet or workbook anchor. */
  cell: string | null;
  group?: string | null;
  gt?: string | null;
  data?: MessageData;
  waived?: boolean;
  severity?: Finding['severity'];
}

export interface InvalidCase extends RuleTestCase {
  errors: ExpectedFinding[];
  evaluated?: number;
  failed?: number;
}

export interface ValidCase extends RuleTestCase {
  evaluated?: number;
}

export function snapshotOf(testCase: RuleTestCase): WorkbookSnapshot {
  const sheets = Object.entries(testCase.sheets).map(([name, rows]) => ({ name, rows }));
  if (testCase.settings?.length) {
    const existing = sheets.find((s) => s.name === 'Paramètres');
    if (existing) existing.rows = [...existing.rows, ...testCase.settings];
    else sheets.push({ name: 'Paramètres', rows: [['Paramètre', 'Valeur'], ...testCase.settings] });
  }
  return { name: `${testCase.name}.xlsx`, sheets };
}

/** Runs one rule on a case; returns its findings and counts. */
export function runRule(rule: Rule, testCase: RuleTestCase) {
  // The engine and parser directly (not the catalogue), so that a rule is tested on its own.
  const today = isoToDay(testCase.date);
  if (today === null) throw new Error(`bad test date ${testCase.date}`);
  const { workbook, settings } = parseWorkbook(snapshotOf(testCase), {
    today,
    language: testCase.language,
    knownRuleIds: new Set([rule.id]),
  });
  const result = runRules(workbook, settings, [rule]);
  const findings = result.findings.filter((f) => f.ruleId === rule.id);
  const summary = result.rules.find((r) => r.ruleId === rule.id)!;
  return { findings, summary, result, workbook };
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.messageId} ${f.sheet ?? '-'}!${f.cell ?? '-'} ${f.message}`).join('\n');
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has its metadata: TdR reference, messages in French and English, suggestions', () => {
      expect(rule.tdr).toBeTruthy();
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) {
        expect(m.fr.trim()).not.toBe('');
        expect(m.en.trim()).not.toBe('');
      }
      const suggestion = rule.suggestions.default ?? Object.values(rule.suggestions)[0];
      expect(suggestion?.fr).toBeTruthy();
      expect(suggestion?.en).toBeTruthy();
    });

    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const { findings, summary } = runRule(rule, c);
          if (findings.length) throw new Error(`expected no finding, got:\n${describeFindings(findings)}`);
          if (c.evaluated !== undefined) expect(summary.evaluated).toBe(c.evaluated);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const { findings, summary } = runRule(rule, c);
          if (findings.length !== c.errors.length) {
            throw new Error(
              `expected ${c.errors.length} finding(s), got ${findings.length}:\n${describeFindings(findings)}`,
            );
          }
          c.errors.forEach((e, i) => {
            const f = findings[i];
            const got: Record<string, unknown> = { messageId: f.messageId, cell: f.cell };
            const want: Record<string, unknown> = { messageId: e.messageId, cell: e.cell };
            if (e.sheet !== undefined) {
              got.sheet = f.sheet;
              want.sheet = e.sheet;
            }
            if (e.group !== undefined) {
              got.group = f.group;
              want.group = e.group;
            }
            if (e.gt !== undefined) {
              got.gt = f.gt;
              want.gt = e.gt;
            }
            if (e.waived !== undefined) {
              got.waived = f.waived;
              want.waived = e.waived;
            }
            if (e.severity !== undefined) {
              got.severity = f.severity;
              want.severity = e.severity;
            }
            expect({ index: i, ...got }).toEqual({ index: i, ...want });
            if (e.data) expect(f.data).toMatchObject(e.data);
            // The message is filled: no placeholder left.
            expect(f.message).not.toMatch(/\{\w+\}/);
          });
          if (c.evaluated !== undefined) expect(summary.evaluated).toBe(c.evaluated);
          if (c.failed !== undefined) expect(summary.failed).toBe(c.failed);
        });
      }
    });
  });
}
