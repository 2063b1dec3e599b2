// P4: host round trips do not grow with the data. The same calls, method by method, on the
// sample and on a workbook ten times larger: one bulk read per input sheet, a fixed number of
// calls per written sheet, none per row or cell.
//
// Rich-text links are made with value builders (`SpreadsheetApp.newRichTextValue()…build()`),
// one per linked cell: they build objects inside the script and do not reach the spreadsheet,
// which receives them in one `setRichTextValues` per column. They are counted apart.

import { acrossScriptRun, loadGas } from './gas-runtime';
import { histogram, isValueBuilderCall, markedSheets } from './inspect';
import { LARGE_COPIES, rowCount, sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';
const INPUT_SHEETS = 7;

interface Counts {
  spreadsheet: Record<string, number>;
  builders: Record<string, number>;
  /** Cells of the output sheets written as rich text, and those with a link. */
  rich: { cells: number; links: number };
  findings: number;
}

function split(calls: string[], rich: Counts['rich'], findings: number): Counts {
  return {
    spreadsheet: histogram(calls.filter((c) => !isValueBuilderCall(c))),
    builders: histogram(calls.filter(isValueBuilderCall)),
    rich,
    findings,
  };
}

/** Calls of: a first check, a second one, clearing. */
function run(copies: number): { validate: Counts; again: Counts; clear: Counts; rows: number } {
  const sheets = sampleSheets(copies);
  const model = spreadsheetOf(sheets);
  const gas = loadGas(model, { now: NOW });
  const rich = () => {
    const cells = markedSheets(model).flatMap((s) => s.cells.flatMap((row) => (row ?? []).filter((c) => c?.rich)));
    return { cells: cells.length, links: cells.filter((c) => c.link !== null).length };
  };

  gas.resetCalls();
  const first = acrossScriptRun(gas.run('tdrCheckValidate', { language: null })) as { findings: unknown[] };
  const validate = split(gas.calls(), rich(), first.findings.length);
  gas.resetCalls();
  gas.run('tdrCheckValidate', { language: null });
  const again = split(gas.calls(), rich(), first.findings.length);
  gas.resetCalls();
  gas.run('tdrCheckClear');
  const clear = split(gas.calls(), { cells: 0, links: 0 }, 0);
  return { validate, again, clear, rows: rowCount(sheets) };
}

const small = run(1);
const large = run(LARGE_COPIES);

describe('calls to the spreadsheet (P4)', () => {
  it('compares a workbook ten times larger, with many more findings', () => {
    expect(large.rows).toBeGreaterThanOrEqual(10 * small.rows);
    expect(large.validate.findings).toBeGreaterThan(5 * small.validate.findings);
  });

  it('reads each input sheet with one getValues', () => {
    for (const r of [small, large]) {
      expect(r.validate.spreadsheet['Range.getValues']).toBe(INPUT_SHEETS);
      expect(r.validate.spreadsheet['Sheet.getDataRange']).toBe(INPUT_SHEETS);
    }
  });

  it('makes the same calls, method by method, on both workbooks', () => {
    expect(large.validate.spreadsheet).toEqual(small.validate.spreadsheet);
    expect(large.again.spreadsheet).toEqual(small.again.spreadsheet);
    expect(large.clear.spreadsheet).toEqual(small.clear.spreadsheet);
  });

  it('writes each output sheet with one setValues and one setRichTextValues per column of links', () => {
    expect(small.validate.spreadsheet['Range.setValues']).toBe(2);
    expect(small.validate.spreadsheet['Range.setRichTextValues']).toBeLessThanOrEqual(6);
    expect(small.validate.spreadsheet['Sheet.setConditionalFormatRules']).toBeLessThanOrEqual(INPUT_SHEETS);
  });

  it('builds one rich-text value per cell of a run of links, in the script: the only thing that grows', () => {
    for (const r of [small, large]) {
      const { cells, links } = r.validate.rich;
      expect(links).toBeGreaterThan(r.validate.findings / 2);
      // The runs hold the links and the few text cells between them (headers, titles).
      expect(cells - links).toBeLessThanOrEqual(40);
      expect(r.validate.builders).toEqual({
        'SpreadsheetApp.newRichTextValue': cells,
        'RichTextValueBuilder.setText': cells,
        'RichTextValueBuilder.setLinkUrl': links,
        'RichTextValueBuilder.build': cells,
      });
    }
  });

  it('reports the counts', () => {
    const total = (c: Counts) => Object.values(c.spreadsheet).reduce((a, b) => a + b, 0);
    const builders = (c: Counts) => Object.values(c.builders).reduce((a, b) => a + b, 0);
    // Printed for the record (the quality report quotes them).
    process.stdout.write(
      `Apps Script calls: validate ${total(small.validate)} / ${total(large.validate)}, again ${total(small.again)} / ${total(large.again)}, ` +
        `clear ${total(small.clear)} / ${total(large.clear)} (sample / ten times larger); ` +
        `rich-text value builders ${builders(small.validate)} / ${builders(large.validate)}\n`,
    );
    expect(total(small.validate)).toBe(total(large.validate));
  });
});
