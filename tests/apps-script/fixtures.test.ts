// R1 and R2 on every workbook under examples/ and the test fixtures, through the Apps Script fake:
// validate then clear leaves every sheet as it was (values, formats, the user's rules); validating
// twice leaves what validating once does.

import * as fs from 'fs';
import * as path from 'path';
import { readXlsxFile, XlsxError } from '../../cli/xlsx/read';
import { addSheet, cellAt, newSpreadsheetModel, type SpreadsheetModel, type Value } from './fake-sheets';
import { loadGas } from './gas-runtime';
import { digest, markedSheets } from './inspect';

const ROOT = path.resolve(__dirname, '..', '..');

function workbooks(): string[] {
  const out: string[] = [];
  for (const dir of ['examples', 'tests/fixtures', 'tests/cli/xlsx/fixtures']) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.xlsx')) out.push(path.join(dir, f));
  }
  return out;
}

/** The workbook as a spreadsheet, each sheet with a user rule and a formatted header. */
function load(file: string): SpreadsheetModel | null {
  let snapshot;
  try {
    snapshot = readXlsxFile(path.join(ROOT, file));
  } catch (e) {
    if (e instanceof XlsxError) return null; // corrupt, empty or protected: not a workbook to open
    throw e;
  }
  const model = newSpreadsheetModel(path.basename(file));
  for (const s of snapshot.sheets) {
    const rows = s.rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : (c as Value))));
    const sheet = addSheet(model, s.name, rows.length ? rows : [['']]);
    cellAt(sheet, 0, 0).background = '#FFF2CC';
    sheet.rules.push({ criteria: 'CELL_NOT_EMPTY', values: [], background: '#EEEEEE', fontColor: null, bold: null, ranges: ['A1:C3'] });
  }
  return model;
}

const files = workbooks();

describe('validate, clear on every workbook of examples/ and the fixtures (R1, R2)', () => {
  it('finds the workbooks', () => {
    expect(files).toEqual(expect.arrayContaining(['examples/secretariat-ptf.xlsx', 'tests/fixtures/lo-basic.xlsx']));
  });

  it.each(files)('%s', (file) => {
    const model = load(file);
    if (model === null) {
      // Only the deliberately unreadable fixtures are left out.
      expect(file).toMatch(/corrupt|empty|protected/);
      return;
    }
    const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    const original = digest(model);
    gas.run('tdrCheckValidate', { language: null });
    expect(markedSheets(model)).toHaveLength(3);
    const once = digest(model);
    gas.run('tdrCheckValidate', { language: null });
    expect(digest(model)).toEqual(once);
    // Effacer keeps the history; asked, it goes too (presentation.md §1).
    gas.run('tdrCheckClear');
    expect(markedSheets(model).map((s) => s.name)).toEqual([expect.stringMatching(/^(Historique|Compliance history)$/)]);
    gas.run('tdrCheckClear', { history: true });
    expect(digest(model)).toEqual(original);
  });
});
