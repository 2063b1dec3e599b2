// P4: host round trips do not grow with the data. The same calls, method by method, on the
// sample, on a workbook ten times larger, and on the benchmark's small workbook (other sizes and
// other findings: not the same sheets and severities to highlight): one bulk read per input sheet,
// a fixed number of calls per input sheet and per written sheet, none per row or cell.
//
// Rich-text links are made with value builders (`SpreadsheetApp.newRichTextValue()…build()`),
// one per linked cell, and highlight rules with rule builders, one per sheet and severity: they
// build objects inside the script and do not reach the spreadsheet, which receives them in one
// `setRichTextValues` per column and one `setConditionalFormatRules` per sheet. They are counted
// apart.

import { generateWorkbook } from '../../bench/generate';
import { callPurposes } from '../../bench/host-calls';
import type { NewSheet } from '../../cli/xlsx/write';
import type { SpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas } from './gas-runtime';
import { histogram, isRuleBuilderCall, isToolRule, isValueBuilderCall, markedSheets } from './inspect';
import { LARGE_COPIES, rowCount, sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';
const INPUT_SHEETS = 7;

/** The calls that tell a rule of the user's from one of the tool's (see highlights.ts). */
const RECOGNITION = ['ConditionalFormatRule.getBooleanCondition', 'BooleanCondition.getCriteriaValues', 'BooleanCondition.getCriteriaType'];

interface Counts {
  spreadsheet: Record<string, number>;
  builders: Record<string, number>;
  ruleBuilders: Record<string, number>;
  /** Cells of the output sheets written as rich text, and those with a link. */
  rich: { cells: number; links: number };
  findings: number;
  /** Conditional-format rules on the sheets before the call: all, and the tool's. */
  rulesBefore: { all: number; tool: number };
  /** The calls to the spreadsheet, in order. */
  log: string[];
}

/** sheet → the colours of its rules of the tool, in order. */
function highlighted(model: SpreadsheetModel): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of model.sheets) {
    const ours = s.rules.filter(isToolRule).map((r) => r.background ?? '');
    if (ours.length > 0) out[s.name] = ours;
  }
  return out;
}

interface Run {
  validate: Counts;
  again: Counts;
  clear: Counts;
  rows: number;
  highlighted: Record<string, string[]>;
}

/** Calls of: a first check, a second one, clearing. */
function run(sheets: NewSheet[]): Run {
  const model = spreadsheetOf(sheets);
  const gas = loadGas(model, { now: NOW });
  const rich = () => {
    const cells = markedSheets(model).flatMap((s) => s.cells.flatMap((row) => (row ?? []).filter((c) => c?.rich)));
    return { cells: cells.length, links: cells.filter((c) => c.link !== null).length };
  };
  const rules = () => {
    const all = model.sheets.flatMap((s) => s.rules);
    return { all: all.length, tool: all.filter(isToolRule).length };
  };
  const step = (name: string, findings: (result: unknown) => number, withRich: boolean): Counts => {
    const rulesBefore = rules();
    gas.resetCalls();
    const result = acrossScriptRun(name === 'tdrCheckClear' ? gas.run(name) : gas.run(name, { language: null }));
    const calls = gas.calls();
    const log = calls.filter((c) => !isValueBuilderCall(c) && !isRuleBuilderCall(c));
    return {
      log,
      spreadsheet: histogram(log),
      builders: histogram(calls.filter(isValueBuilderCall)),
      ruleBuilders: histogram(calls.filter(isRuleBuilderCall)),
      rich: withRich ? rich() : { cells: 0, links: 0 },
      findings: findings(result),
      rulesBefore,
    };
  };
  const count = (r: unknown) => (r as { findings: unknown[] }).findings.length;
  const validate = step('tdrCheckValidate', count, true);
  const after = highlighted(model);
  const again = step('tdrCheckValidate', count, true);
  const clear = step('tdrCheckClear', () => 0, false);
  return { validate, again, clear, rows: rowCount(sheets), highlighted: after };
}

/** The calls apart from recognising rules already on the sheets. */
function withoutRecognition(h: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(h).filter(([k]) => !RECOGNITION.includes(k)));
}

const small = run(sampleSheets(1));
const large = run(sampleSheets(LARGE_COPIES));
const bench = run(generateWorkbook(0.1));

describe('calls to the spreadsheet (P4)', () => {
  it('compares a workbook ten times larger, with many more findings, and one with other findings', () => {
    expect(large.rows).toBeGreaterThanOrEqual(10 * small.rows);
    expect(large.validate.findings).toBeGreaterThan(5 * small.validate.findings);
    expect(bench.rows).toBeGreaterThanOrEqual(30 * small.rows);
    // Other sheets and severities to highlight: a sheet coloured in one and not in the other, and
    // a sheet coloured in both but not in the same severities.
    const a = small.highlighted;
    const b = bench.highlighted;
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    expect([...names].some((n) => (a[n] === undefined) !== (b[n] === undefined))).toBe(true);
    expect([...names].some((n) => a[n] && b[n] && a[n].join() !== b[n].join())).toBe(true);
  });

  it('reads each input sheet with one call', () => {
    for (const r of [small, large, bench]) {
      expect(r.validate.spreadsheet['Sheet.getSheetValues']).toBe(INPUT_SHEETS);
      // Not getDataRange().getValues(), two calls for the same values (read.ts).
      expect(r.validate.spreadsheet['Range.getValues']).toBeUndefined();
      expect(r.validate.spreadsheet['Sheet.getDataRange']).toBeUndefined();
    }
  });

  it('makes the same calls, method by method, on all three workbooks', () => {
    expect(large.validate.spreadsheet).toEqual(small.validate.spreadsheet);
    expect(bench.validate.spreadsheet).toEqual(small.validate.spreadsheet);
    expect(large.again.spreadsheet).toEqual(small.again.spreadsheet);
    expect(large.clear.spreadsheet).toEqual(small.clear.spreadsheet);
  });

  it('writes the highlights of each input sheet with a fixed set of calls, whichever severities it has', () => {
    for (const r of [small, large, bench]) {
      for (const method of ['Sheet.getConditionalFormatRules', 'Sheet.getRangeList', 'RangeList.getRanges', 'Sheet.setConditionalFormatRules']) {
        // getRangeList: one per input sheet, and one per output sheet (its dates; every other
        // style is one grid over the sheet's block).
        const expected = method === 'Sheet.getRangeList' ? INPUT_SHEETS + 2 : INPUT_SHEETS;
        expect([method, r.validate.spreadsheet[method]]).toEqual([method, expected]);
      }
      // Clearing reads and writes the rules of each input sheet, and resolves no range.
      expect(r.clear.spreadsheet['Sheet.getConditionalFormatRules']).toBe(INPUT_SHEETS);
      expect(r.clear.spreadsheet['Sheet.setConditionalFormatRules']).toBe(INPUT_SHEETS);
      expect(r.clear.spreadsheet['Sheet.getRangeList']).toBeUndefined();
    }
  });

  it('recognises the rules already on the sheets with calls per rule, never per row: nothing else differs', () => {
    for (const r of [small, large, bench]) {
      // A first validation: the tool has written nothing here, every rule is the user's (sheets.ts).
      expect(r.validate.rulesBefore.all).toBeGreaterThan(0);
      for (const method of RECOGNITION) expect([method, r.validate.spreadsheet[method]]).toEqual([method, undefined]);
      for (const c of [r.again, r.clear]) {
        // Two calls per rule of the user's, three per rule of the tool's (the sample's user rules
        // are all boolean conditions).
        expect(c.spreadsheet['ConditionalFormatRule.getBooleanCondition']).toBe(c.rulesBefore.all);
        expect(c.spreadsheet['BooleanCondition.getCriteriaValues']).toBe(c.rulesBefore.all);
        expect(c.spreadsheet['BooleanCondition.getCriteriaType'] ?? 0).toBe(c.rulesBefore.tool);
      }
    }
    // After the first check, the tool's rules differ in number between the sample and the
    // benchmark's workbook; apart from recognising them, the calls are the same.
    expect(bench.again.rulesBefore.tool).not.toBe(small.again.rulesBefore.tool);
    expect(withoutRecognition(bench.again.spreadsheet)).toEqual(withoutRecognition(small.again.spreadsheet));
    expect(withoutRecognition(bench.clear.spreadsheet)).toEqual(withoutRecognition(small.clear.spreadsheet));
  });

  it('builds one rule per sheet and severity highlighted, in the script', () => {
    for (const r of [small, large, bench]) {
      const rules = Object.values(r.highlighted).reduce((n, colours) => n + colours.length, 0);
      expect(r.validate.ruleBuilders).toEqual({
        'SpreadsheetApp.newConditionalFormatRule': rules,
        'ConditionalFormatRuleBuilder.whenFormulaSatisfied': rules,
        'ConditionalFormatRuleBuilder.setBackground': rules,
        'ConditionalFormatRuleBuilder.setRanges': rules,
        'ConditionalFormatRuleBuilder.build': rules,
      });
    }
  });

  it('writes each output sheet with one setValues and one setRichTextValues per column of links', () => {
    // One per output sheet: Constats, the summary and the history.
    expect(small.validate.spreadsheet['Range.setValues']).toBe(3);
    expect(small.validate.spreadsheet['Range.setRichTextValues']).toBeLessThanOrEqual(6);
  });

  it('styles each output sheet with one grid per kind of style, and sets a run of equal widths at once', () => {
    for (const r of [small, large, bench]) {
      for (const method of ['Range.setFontWeights', 'Range.setFontSizes', 'Range.setBackgrounds', 'Range.setWrapStrategies']) {
        // Constats and the summary; the history's cells are plain, as a new sheet's already are.
        expect([method, r.validate.spreadsheet[method]]).toEqual([method, 2]);
      }
      for (const method of ['RangeList.setFontWeight', 'RangeList.setBackground', 'RangeList.setWrap', 'Sheet.setColumnWidth', 'Spreadsheet.getNumSheets']) {
        expect([method, r.validate.spreadsheet[method]]).toEqual([method, undefined]);
      }
    }
  });

  it('builds one rich-text value per cell of a run of links, in the script: the only thing that grows', () => {
    for (const r of [small, large]) {
      const { cells, links } = r.validate.rich;
      expect(links).toBeGreaterThan(r.validate.findings / 2);
      // The runs hold the links and the few cells between them (headers, titles, the rows left
      // for the chart under the GT table): a fixed number.
      expect(cells - links).toBeLessThanOrEqual(60);
      expect(r.validate.builders).toEqual({
        'SpreadsheetApp.newRichTextValue': cells,
        'RichTextValueBuilder.setText': cells,
        'RichTextValueBuilder.setLinkUrl': links,
        'RichTextValueBuilder.build': cells,
      });
    }
  });

  it('tells what each call is for, as the benchmark prints it', () => {
    for (const r of [small, large, bench]) {
      const total = Object.values(r.validate.spreadsheet).reduce((a, b) => a + b, 0);
      const purposes = callPurposes(r.validate.log);
      expect(Object.values(purposes).reduce((a, b) => a + b, 0)).toBe(total);
      // A first validation: four calls per input sheet for its rules, none to tell rules apart.
      expect(purposes.highlights).toBe(4 * INPUT_SHEETS);
      // One call per input sheet, and the spreadsheet's name and time zone.
      expect(purposes['bulk reads']).toBe(INPUT_SHEETS + 2);
    }
    expect(callPurposes(large.validate.log)).toEqual(callPurposes(small.validate.log));
  });

  it('reports the counts', () => {
    const total = (c: Counts) => Object.values(c.spreadsheet).reduce((a, b) => a + b, 0);
    const builders = (c: Counts) => Object.values(c.builders).reduce((a, b) => a + b, 0);
    // Printed for the record (the quality report quotes them).
    process.stdout.write(
      `Apps Script calls: validate ${total(small.validate)} / ${total(large.validate)} / ${total(bench.validate)}, ` +
        `again ${total(small.again)} / ${total(large.again)} / ${total(bench.again)}, ` +
        `clear ${total(small.clear)} / ${total(large.clear)} / ${total(bench.clear)} ` +
        `(sample / ten times larger / benchmark's small workbook); ` +
        `rich-text value builders ${builders(small.validate)} / ${builders(large.validate)} / ${builders(bench.validate)}\n`,
    );
    expect(total(small.validate)).toBe(total(large.validate));
    expect(total(bench.validate)).toBe(total(small.validate));
  });
});
