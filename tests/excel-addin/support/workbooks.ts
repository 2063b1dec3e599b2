// Workbooks for the add-in tests: the sample and the fixtures as Excel holds them (serial dates,
// strings, error text), a ten-times larger sample, and a user's own formatting to prove the tool
// leaves it alone.

import * as path from 'path';
import { readXlsxFile } from '../../../cli/xlsx/read';
import type { Cell, WorkbookSnapshot } from '../../../core/types';
import { FakeWorkbook, type FakeSheet } from './fake-excel';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLE = path.join(ROOT, 'examples', 'secretariat-ptf.xlsx');
/** The sample's reference date is in its Paramètres; "today" only matters for the fixtures. */
export const TODAY = '2026-11-15';
export const NOW = new Date('2026-11-15T10:32:00Z');

export function readSnapshot(file: string): WorkbookSnapshot {
  const snapshot = readXlsxFile(file);
  snapshot.name = path.basename(file);
  return snapshot;
}

/** Excel's value of a snapshot cell: what `range.values` gives back for it. */
function excelValue(c: Cell): string | number | boolean | null {
  if (c === null || c === undefined || c === '') return null;
  if (c instanceof Date) throw new Error('Excel gives serial numbers, not Date objects');
  return c;
}

/** A fake workbook holding the snapshot's values, as Excel would after opening the file. */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbook {
  const wb = new FakeWorkbook({ name: snapshot.name ?? 'Classeur.xlsx', date1904: snapshot.date1904 === true });
  for (const s of snapshot.sheets) {
    const sheet = wb.addSheet(s.name);
    wb.setValues(sheet, s.rows.map((row) => row.map(excelValue)));
  }
  return wb;
}

/**
 * The sample with its data rows repeated `factor` times (IDs made unique where they are keys), a
 * workbook `factor` times larger with at least as many findings.
 */
export function scaleSnapshot(snapshot: WorkbookSnapshot, factor: number): WorkbookSnapshot {
  const repeated = new Set(['Membres', 'Calendrier', 'Décisions', 'Documents']);
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (!repeated.has(s.name)) return s;
      const [header, ...data] = s.rows;
      const rows: Cell[][] = [header];
      for (let k = 0; k < factor; k++) {
        for (const row of data) {
          const copy = row.slice();
          if ((s.name === 'Calendrier' || s.name === 'Décisions') && typeof copy[0] === 'string' && k > 0) copy[0] = `${copy[0]}-${k}`;
          rows.push(copy);
        }
      }
      return { name: s.name, rows };
    }),
  };
}

/**
 * The user's own formatting on the input sheets: fills, bold headers, number formats, a note-like
 * hidden name, a conditional format of their own (custom and a data bar), a chart and a frozen
 * row, and a sheet of their own. None of it may change.
 */
export function decorate(wb: FakeWorkbook): void {
  const members = wb.sheet('Membres');
  for (let c = 0; c < 12; c++) Object.assign(wb.cell(members, 0, c), { bold: true, fill: '#C6E0B4' });
  for (let r = 1; r < 20; r++) {
    wb.cell(members, r, 9).numberFormat = 'dd/mm/yyyy';
    wb.cell(members, r, 10).numberFormat = 'dd/mm/yyyy';
  }
  members.frozenRows = 1;
  members.columnWidths.set(0, 80);
  members.names.push({ name: 'Responsables', reference: '=Membres!$B$2:$B$20', comment: 'user name', visible: true });
  const userRule = wb.addRule(members, 'Custom', 'A2:A40');
  userRule.formula = '=LEN(A2)>5';
  userRule.fill = '#FFFF00';
  const bar = wb.addRule(wb.sheet('Calendrier'), 'DataBar', 'J2:J50');
  bar.fill = null;
  const calendar = wb.sheet('Calendrier');
  calendar.validations.push({ address: 'G2:G200', rule: { list: { inCellDropDown: true, source: 'Prévue,Tenue,Annulée,Reportée' } } });
  calendar.charts.push({
    type: 'Line',
    source: 'J2:J20',
    seriesBy: 'Columns',
    xValues: null,
    title: 'Participants',
    legend: false,
    min: null,
    max: null,
    position: 'P2',
    width: 300,
    height: 200,
    pointColours: [],
    dataLabels: { show: false, showValue: false, numberFormat: null },
  });
  const notes = wb.addSheet('Notes');
  wb.setValues(notes, [['Réunion du 12', '=1+1 typed by the user'], ['', 45000]]);
  wb.cell(notes, 0, 0).fill = '#FF0000';
}

/** Every cell of every sheet in `sheets` as [sheet, address, cell] (for assertions). */
export function cellsOf(wb: FakeWorkbook, sheet: FakeSheet): { r: number; c: number; cell: ReturnType<FakeWorkbook['cell']> }[] {
  return [...sheet.cells.entries()].map(([k, cell]) => {
    const [r, c] = k.split(',').map(Number);
    return { r, c, cell };
  });
}
