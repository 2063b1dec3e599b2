// Reading a workbook through Office.js (the fake): the snapshot, the date system, the tool's marks,
// and the number of round trips (P4).

import { readWorkbook, SHEET_MARK_NAME, isToolFormula } from '../../excel-addin/src/office/read';
import { FakeWorkbook } from './support/fake-excel';
import { fakeFromSnapshot, readSnapshot, SAMPLE, scaleSnapshot } from './support/workbooks';

/** The snapshot's cells with blanks dropped, to compare hosts that write blanks differently. */
function nonBlank(rows: unknown[][]): [number, number, unknown][] {
  const out: [number, number, unknown][] = [];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && v !== '' && out.push([r, c, v])));
  return out;
}

describe('readWorkbook', () => {
  const sample = readSnapshot(SAMPLE);

  it('reads every sheet as the .xlsx reader does, in two syncs', async () => {
    const wb = fakeFromSnapshot(sample);
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(wb.syncs).toBe(2);
    expect(read.snapshot.name).toBe('secretariat-ptf.xlsx');
    expect(read.snapshot.date1904).toBe(false);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    read.snapshot.sheets.forEach((s, i) => expect(nonBlank(s.rows)).toEqual(nonBlank(sample.sheets[i].rows)));
  });

  it('needs the same two syncs on a workbook ten times larger', async () => {
    const large = scaleSnapshot(sample, 10);
    const rows = (s: typeof sample) => s.sheets.reduce((n, x) => n + x.rows.length, 0);
    expect(rows(large)).toBeGreaterThan(rows(sample) * 7);
    const wb = fakeFromSnapshot(large);
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(wb.syncs).toBe(2);
    expect(read.snapshot.sheets.find((s) => s.name === 'Membres')!.rows.length).toBe(large.sheets.find((s) => s.name === 'Membres')!.rows.length);
  });

  it('places a used range that does not start at A1 at its sheet row and column', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Groupes');
    wb.setValues(sheet, [[], [], [null, null, 'Code', 'Nom'], [null, null, 'GT1', 'Économie']]);
    const read = await wb.run((ctx) => readWorkbook(ctx));
    const rows = read.snapshot.sheets[0].rows;
    expect(rows[0]).toEqual([]);
    expect(rows[2]).toEqual([null, null, 'Code', 'Nom']);
    expect(rows[3]).toEqual([null, null, 'GT1', 'Économie']);
  });

  it('gives an empty sheet no rows', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Feuil1');
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(read.snapshot.sheets).toEqual([{ name: 'Feuil1', rows: [] }]);
  });

  it('keeps dates as serials and errors as their text', async () => {
    const wb = new FakeWorkbook();
    wb.setValues(wb.addSheet('Calendrier'), [['Date', 'Statut'], [46341, '#N/A'], [0.375, true]]);
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(read.snapshot.sheets[0].rows).toEqual([['Date', 'Statut'], [46341, '#N/A'], [0.375, true]]);
  });

  it('tells the 1904 date system from the 1900 one', async () => {
    for (const date1904 of [false, true]) {
      const wb = new FakeWorkbook({ date1904 });
      wb.addSheet('Groupes');
      const read = await wb.run((ctx) => readWorkbook(ctx));
      expect(read.date1904).toBe(date1904);
      expect(read.snapshot.date1904).toBe(date1904);
    }
  });

  it("finds the tool's sheets by their hidden mark and its rules by their formula", async () => {
    const wb = new FakeWorkbook();
    const groups = wb.addSheet('Groupes');
    const mine = wb.addRule(groups, 'Custom', 'A2:A3');
    mine.formula = '=ISTEXT("tdr-check")';
    const user = wb.addRule(groups, 'Custom', 'B2');
    user.formula = '=ISTEXT(B2)';
    wb.addRule(groups, 'DataBar', 'C2:C9');
    wb.markAsTool(wb.addSheet('Constats'));
    // A mark of an earlier version (no id) or naming another sheet is not the tool's (H1).
    wb.addSheet('Synthèse GEC 2026-10').names.push({ name: SHEET_MARK_NAME, reference: '="tdr-check"', comment: '', visible: false });
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(read.sheets.map((s) => [s.name, s.ownedByTool])).toEqual([
      ['Groupes', false],
      ['Constats', true],
      ['Synthèse GEC 2026-10', false],
    ]);
    expect(read.sheets[0].toolRules).toHaveLength(1);
    expect(read.sheets[0].toolRules[0].id).toBe(mine.id);
  });

  it('recognises the marker formula however Excel spaces it', () => {
    expect(isToolFormula('=ISTEXT("tdr-check")')).toBe(true);
    expect(isToolFormula('= istext( "tdr-check" )')).toBe(true);
    expect(isToolFormula('=ISTEXT("other")')).toBe(false);
    expect(isToolFormula(null)).toBe(false);
  });

  it('reads a sheet too large for one response in blocks, with the same values', async () => {
    const large = scaleSnapshot(sample, 10);
    const whole = await fakeFromSnapshot(large).run((ctx) => readWorkbook(ctx));
    const wb = fakeFromSnapshot(large);
    wb.limits.response = 150_000;
    const read = await wb.run((ctx) => readWorkbook(ctx));
    expect(read.snapshot).toEqual(whole.snapshot);
    expect(wb.log[1].error).toBe('ResponsePayloadSizeLimitExceeded');
    expect(wb.log.slice(2).every((s) => s.error === null || s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(wb.log.every((s) => s.error !== null || s.responseBytes <= 150_000)).toBe(true);
    expect(wb.syncs).toBeGreaterThan(3);
  });
});
