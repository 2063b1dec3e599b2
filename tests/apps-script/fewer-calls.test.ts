// The calls saved per run (issue 16 §3), each against the fake refusing what Sheets refuses, and
// each with its way back when Sheets answers otherwise than the adapter counts on:
//
// - a bulk read is one `getSheetValues(1, 1, -1, -1)`; on a sheet without content (which the
//   reference leaves undescribed, and the fake refuses) `getDataRange().getValues()` as before;
// - a new sheet is fitted from Sheets' 1000 rows in one call; a smaller new sheet makes that call
//   refuse, and its size is then asked;
// - a style grid of Sheets' defaults only is not sent; a filter over the whole block is set on the
//   block's range; the active sheet's id is asked only when a sheet of the tool is replaced.
//
// What is written is the same either way: the state after the run is compared whole.

import { callPurposes } from '../../bench/host-calls';
import type { OutputSheet, PlanCell } from '../../core/plan';
import type { Value } from './fake-sheets';
import { addSheet, cellAt, newSpreadsheetModel, type SpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas, type Gas } from './gas-runtime';
import { sheetNamed } from './inspect';
import { fullState } from './state';
import { sampleSheets, spreadsheetOf } from './workbooks';
import { plainOutputSheet } from '../support/output-sheet';

const NOW = '2026-11-15T10:32:00Z';

function validate(model: SpreadsheetModel): { gas: Gas; result: unknown; calls: string[] } {
  const gas = loadGas(model, { now: NOW });
  gas.resetCalls();
  const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null }));
  return { gas, result, calls: gas.calls() };
}

/** The result without its timing, to compare two runs. */
function findings(result: unknown): unknown {
  return (result as { findings: unknown }).findings;
}

describe('the fake: getSheetValues as the reference describes it', () => {
  const model = newSpreadsheetModel('t');
  const when = new Date(Date.UTC(2026, 10, 15));
  const rows: Value[][] = [
    ['Nom', 'Date', 'Actif', 'Nombre'],
    ['a', when, true, 3],
    ['', '', false, 0],
  ];
  const data = addSheet(model, 'Data', rows);
  // A formula whose result is blank still counts as content (getLastRow, getDataRange)…
  cellAt(data, 4, 1).formula = '=""';
  // …a cell only formatted does not.
  cellAt(data, 9, 6).numberFormat = 'dd/mm/yyyy';
  addSheet(model, 'Vide', []);
  const gas = loadGas(model, { now: NOW });
  const ss = gas.spreadsheet();

  it('gives what getDataRange().getValues() gives: the same extent, the same values and types', () => {
    const one = ss.getSheetByName('Data')!.getSheetValues(1, 1, -1, -1);
    const two = ss.getSheetByName('Data')!.getDataRange().getValues();
    expect(one).toEqual(two);
    expect(one).toHaveLength(5);
    expect(one[0]).toHaveLength(4);
    expect(Object.prototype.toString.call(one[1][1])).toBe('[object Date]');
    expect((one[1][1] as Date).getTime()).toBe(when.getTime());
    expect(one[1].slice(2)).toEqual([true, 3]);
    expect(one[2]).toEqual(['', '', false, 0]);
    expect(one[4]).toEqual(['', '', '', '']);
  });

  it('reads a given block, and refuses a block of no rows (a sheet without content) or outside the grid', () => {
    expect(ss.getSheetByName('Data')!.getSheetValues(2, 3, 2, -1)).toEqual([
      [true, 3],
      [false, 0],
    ]);
    expect(() => ss.getSheetByName('Vide')!.getSheetValues(1, 1, -1, -1)).toThrow(/at least 1/);
    expect(() => ss.getSheetByName('Data')!.getSheetValues(1, 1, 1001, 1)).toThrow(/outside the dimensions/);
    // getDataRange gives an empty sheet's A1.
    expect(ss.getSheetByName('Vide')!.getDataRange().getValues()).toEqual([['']]);
  });
});

describe('a bulk read is one call, and two where Sheets refuses it', () => {
  it('reads each input sheet with getSheetValues only', () => {
    const { calls } = validate(spreadsheetOf(sampleSheets()));
    expect(calls.filter((c) => c === 'Sheet.getSheetValues')).toHaveLength(7);
    expect(calls).not.toContain('Sheet.getDataRange');
    expect(calls).not.toContain('Range.getValues');
  });

  it('reads the same, and writes the same, when every getSheetValues is refused', () => {
    const usual = spreadsheetOf(sampleSheets());
    const refused = spreadsheetOf(sampleSheets());
    refused.refuse = (call) => (call === 'Sheet.getSheetValues' ? 'Exception: Service error' : null);
    const a = validate(usual);
    const b = validate(refused);
    expect(findings(b.result)).toEqual(findings(a.result));
    expect(fullState(refused)).toEqual(fullState(usual));
    // Each refused read is followed by the two calls it replaces.
    const reads = b.calls.filter((c) => /^(Sheet\.getSheetValues|Sheet\.getDataRange|Range\.getValues)$/.test(c));
    expect(reads).toEqual(new Array(7).fill(['Sheet.getSheetValues', 'Sheet.getDataRange', 'Range.getValues']).flat());
  });

  it('checks a workbook whose input sheet is wholly empty: that sheet read through getDataRange', () => {
    const model = spreadsheetOf(sampleSheets());
    const documents = sheetNamed(model, 'Documents');
    documents.cells = [];
    const { result, calls } = validate(model);
    expect(calls.filter((c) => c === 'Sheet.getSheetValues')).toHaveLength(7);
    expect(calls.filter((c) => c === 'Sheet.getDataRange')).toHaveLength(1);
    expect(calls.filter((c) => c === 'Range.getValues')).toHaveLength(1);
    // The core saw the sheet, empty: it says so (a missing register is another finding).
    const onDocuments = (findings(result) as { sheet?: string }[]).filter((f) => f.sheet === 'Documents');
    expect(onDocuments.length).toBeGreaterThan(0);
  });
});

/** A plain output sheet of `rows` rows of text (no title, header, bold row nor wrapped column). */
function plainSheet(name: string, rows: number, extra: Partial<OutputSheet> = {}): OutputSheet {
  const cells: PlanCell[][] = Array.from({ length: rows }, (_, r) => [`r${r + 1}`, r + 1, 'x']);
  return plainOutputSheet(name, cells, { columnWidths: [10, 10, 10], ...extra });
}

/** Writes output sheets through Consolider's entry point (the same writer as a validation's). */
function writeSheets(sheets: OutputSheet[], newSheetRows?: number): { model: SpreadsheetModel; calls: string[] } {
  const model = spreadsheetOf(sampleSheets());
  if (newSheetRows !== undefined) model.newSheetRows = newSheetRows;
  const gas = loadGas(model, { now: NOW });
  gas.resetCalls();
  gas.run('tdrCheckWriteSheets', { sheets, sheetsToDelete: [] });
  return { model, calls: gas.calls() };
}

const RESIZE = /^Sheet\.(getMaxRows|insertRowsAfter|deleteRows)$/;

describe('a new sheet is fitted to its rows in one call', () => {
  it('deletes the rows beyond, adds the missing ones, and leaves one just right alone', () => {
    const { model, calls } = writeSheets([plainSheet('Court', 40), plainSheet('Long', 1500), plainSheet('Juste', 1000)]);
    expect(sheetNamed(model, 'Court').maxRows).toBe(40);
    expect(sheetNamed(model, 'Long').maxRows).toBe(1500);
    expect(sheetNamed(model, 'Juste').maxRows).toBe(1000);
    expect(calls.filter((c) => RESIZE.test(c))).toEqual(['Sheet.deleteRows', 'Sheet.insertRowsAfter']);
    expect(sheetNamed(model, 'Long').cells[1499]?.[0]?.value).toBe('r1500');
  });

  it('asks the size of a new sheet smaller than Sheets makes them, and fits it the same', () => {
    const sheets = [plainSheet('Court', 40), plainSheet('Long', 1500)];
    const usual = writeSheets(sheets);
    const small = writeSheets(sheets, 30);
    expect(fullState(small.model)).toEqual(fullState(usual.model));
    // The call that refused (rows out of bounds), then the size, then the fit.
    expect(small.calls.filter((c) => RESIZE.test(c))).toEqual([
      'Sheet.deleteRows',
      'Sheet.getMaxRows',
      'Sheet.insertRowsAfter',
      'Sheet.insertRowsAfter',
      'Sheet.getMaxRows',
      'Sheet.insertRowsAfter',
    ]);
  });

  it('writes the sample the same when new sheets are smaller than 1000 rows', () => {
    const usual = spreadsheetOf(sampleSheets());
    const small = spreadsheetOf(sampleSheets());
    small.newSheetRows = 20;
    validate(usual);
    const { calls } = validate(small);
    expect(fullState(small)).toEqual(fullState(usual));
    expect(calls.filter((c) => c === 'Sheet.getMaxRows')).toHaveLength(3);
  });

  it('keeps every row written when a new sheet is larger than 1000 rows (blank rows under the block)', () => {
    const { model } = writeSheets([plainSheet('Court', 40)], 1200);
    const sheet = sheetNamed(model, 'Court');
    expect(sheet.maxRows).toBe(240);
    expect(sheet.cells[39]?.[0]?.value).toBe('r40');
  });
});

describe('styles and filter: only what a new sheet does not already hold', () => {
  const STYLE = /^Range\.(setFontWeights|setFontSizes|setBackgrounds|setWrapStrategies)$/;

  it('sends no grid for a plain sheet, and only the grids that say something otherwise', () => {
    expect(writeSheets([plainSheet('Nu', 5)]).calls.filter((c) => STYLE.test(c))).toEqual([]);
    const titled = writeSheets([plainSheet('Titre', 5, { titleRows: [0] })]);
    expect(titled.calls.filter((c) => STYLE.test(c))).toEqual(['Range.setFontWeights', 'Range.setFontSizes']);
    expect(cellAt(sheetNamed(titled.model, 'Titre'), 0, 0)).toMatchObject({ fontWeight: 'bold', fontSize: 14 });
    const header = writeSheets([plainSheet('Entête', 5, { headerRows: [0] })]);
    expect(header.calls.filter((c) => STYLE.test(c))).toEqual(['Range.setFontWeights', 'Range.setBackgrounds', 'Range.setWrapStrategies']);
  });

  it("sets a filter over the whole block on the block's range, and asks any other range", () => {
    const whole = writeSheets([plainSheet('Tout', 5, { autoFilter: 'A1:C5' })]);
    expect(sheetNamed(whole.model, 'Tout').filter).toBe('A1:C5');
    expect(whole.calls.filter((c) => c === 'Sheet.getRange')).toHaveLength(1);
    const part = writeSheets([plainSheet('Partie', 5, { autoFilter: 'A2:C5' })]);
    expect(sheetNamed(part.model, 'Partie').filter).toBe('A2:C5');
    expect(part.calls.filter((c) => c === 'Sheet.getRange')).toHaveLength(2);
  });
});

describe("the active sheet's id", () => {
  it('is not asked by a first validation, which shows the same sheet again', () => {
    const model = spreadsheetOf(sampleSheets());
    model.activeSheetId = sheetNamed(model, 'Membres').id;
    const { calls } = validate(model);
    expect(calls.slice(calls.indexOf('Spreadsheet.getActiveSheet'), calls.indexOf('Spreadsheet.getActiveSheet') + 2)).toEqual([
      'Spreadsheet.getActiveSheet',
      'Spreadsheet.getSheets',
    ]);
    expect(model.activeSheetId).toBe(sheetNamed(model, 'Membres').id);
  });

  it('is asked once before the sheets of the tool are replaced', () => {
    const model = spreadsheetOf(sampleSheets());
    validate(model);
    model.activeSheetId = sheetNamed(model, 'Constats').id;
    const { calls } = validate(model);
    const deleting = calls.indexOf('Spreadsheet.deleteSheet');
    expect(calls[deleting - 1]).toBe('Sheet.getSheetId');
    expect(model.activeSheetId).toBe(sheetNamed(model, 'Constats').id);
    // The benchmark counts it with the output sheets (what it is asked for), not the highlights.
    const around = calls.slice(deleting - 2, deleting + 1);
    // (After the rules mark is brought up to date.)
    expect(around).toEqual(['DeveloperMetadata.setValue', 'Sheet.getSheetId', 'Spreadsheet.deleteSheet']);
    expect(callPurposes(['Spreadsheet.getSheets', 'Sheet.getConditionalFormatRules', ...around])).toMatchObject({ highlights: 1, 'output sheets': 2 });
  });
});
