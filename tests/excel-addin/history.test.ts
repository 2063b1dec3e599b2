// The month-by-month history in Excel (presentation.md §1), through the fake Office.js: the sample
// checked with its reference date in November, then in December (the secretariat changes
// Paramètres › Date de référence), then in December again.

import { formatChange } from '../../core/plan';
import { validateInExcel } from '../../excel-addin/src/excel-host';
import { clearTool } from '../../excel-addin/src/office/clear';
import { FakeWorkbook, type FakeSheet } from './support/fake-excel';
import { fakeFromSnapshot, readSnapshot, SAMPLE, scaleSnapshot, TODAY } from './support/workbooks';

const GTS = ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'];
const env = { now: () => new Date('2026-12-15T10:32:00Z'), today: TODAY };
const sample = readSnapshot(SAMPLE);

/** Sets Paramètres › Date de référence as the user types it (a serial of the 1900 system). */
function referenceDate(wb: FakeWorkbook, y: number, m: number, d: number): void {
  const params = wb.sheet('Paramètres');
  const row = [...params.cells.entries()].find(([, c]) => c.value === 'Date de référence')![0].split(',')[0];
  wb.cell(params, Number(row), 1).value = wb.dateSerial(y, m, d);
}

async function validate(wb: FakeWorkbook) {
  const before = wb.syncs;
  const run = await wb.run((ctx) => validateInExcel(ctx, env, { language: null }));
  return { ...run, syncs: wb.syncsSince(before) };
}

/** The sheet's values as rows (what a user sees). */
function rows(sheet: FakeSheet): unknown[][] {
  const out: unknown[][] = [];
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(',').map(Number);
    (out[r] ??= [])[col] = c.value;
  }
  return Array.from(out, (r) => Array.from(r ?? [], (v) => v ?? ''));
}

/** November, then December, on a fresh copy of the sample (`factor` times larger). */
async function twoMonths(factor = 1) {
  const wb = fakeFromSnapshot(factor === 1 ? sample : scaleSnapshot(sample, factor));
  referenceDate(wb, 2026, 11, 15);
  await validate(wb);
  referenceDate(wb, 2026, 12, 15);
  const december = await validate(wb);
  return { wb, december };
}

describe('the fake charts as Excel does', () => {
  it('makes one series per row with seriesBy Rows, and refuses a series past them', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Feuil1');
    wb.setValues(s, [[1, 2], [3, 4], [5, 6]]);
    const code = await wb
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Feuil1');
        const chart = ws.charts.add('Line', ws.getRange('A1:B3'), 'Rows');
        chart.series.getItemAt(2).name = 'GT3';
        await ctx.sync();
        chart.series.getItemAt(3).name = 'GT4';
        await ctx.sync();
      })
      .then(() => '', (e: { code?: string }) => e.code ?? String(e));
    expect(code).toBe('ItemNotFound');
    expect(s.charts[0].series!.map((x) => [x.values, x.name])).toEqual([['A1:B1', null], ['A2:B2', null], ['A3:B3', 'GT3']]);
  });
});

describe('history across two months in Excel', () => {
  let run: Awaited<ReturnType<typeof twoMonths>>;
  beforeAll(async () => {
    run = await twoMonths();
  });

  it('keeps November\'s rows as they were and adds December\'s, in the tool\'s marked Historique sheet', async () => {
    const history = rows(run.wb.sheet('Historique'));
    expect(history[0]).toEqual(['Mois', 'GT', 'Conformité (%)', 'Erreurs', 'Avertissements', 'Évalués', 'En échec', 'Périmètre', 'Date de référence']);
    expect(history.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([...GTS.map((g) => `2026-11 ${g}`), ...GTS.map((g) => `2026-12 ${g}`)]);
    expect(history.slice(1).map((r) => r[8])).toEqual([...Array(5).fill('2026-11-15'), ...Array(5).fill('2026-12-15')]);
    expect(run.wb.sheets.slice(-4).map((s) => s.name)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Synthèse GEC 2026-12', 'Historique']);
    expect(run.december.plan.sheetsToDelete).toEqual(['Constats', 'Historique']);
  });

  it('shows the months and the change since November in December\'s summary', () => {
    const history = rows(run.wb.sheet('Historique')).slice(1);
    const summary = rows(run.wb.sheet('Synthèse GEC 2026-12'));
    const header = summary.findIndex((r) => r[0] === 'GT' && r[1] === '2026-11');
    expect(summary[header].slice(0, 4)).toEqual(['GT', '2026-11', '2026-12', 'Évolution depuis 2026-11']);
    GTS.forEach((gt, i) => {
      const before = history[i][2] as number;
      const now = history[i + 5][2] as number;
      expect(summary[header + 1 + i].slice(0, 4)).toEqual([gt, before, now, formatChange(Math.round((now - before) * 10) / 10, 'fr')]);
    });
    expect(summary.slice(header + 1, header + 6).some((r) => r[3] !== '0 pt')).toBe(true);
  });

  it('draws the 12-month line chart once: rows as series, named and coloured, the months along the axis', () => {
    const out = run.december.plan.sheets.find((s) => s.kind === 'summary')!;
    const spec = out.trendChart!;
    const charts = run.wb.sheet('Synthèse GEC 2026-12').charts;
    expect(charts.map((c) => c.type)).toEqual(['ColumnClustered', 'Line']);
    const line = charts[1];
    expect(line).toMatchObject({ seriesBy: 'Rows', title: spec.title, min: 0, max: 100, position: `${spec.anchor}:${spec.end}` });
    expect(line.series).toEqual(
      spec.series.map((s) => ({ values: s.range, name: s.name, xValues: spec.monthsRange, lineColour: s.colour })),
    );
    expect(line.series!.map((s) => s.name)).toEqual(GTS);
    // November's summary had one month: bars only.
    expect(run.wb.sheet('Synthèse GEC 2026-11').charts.map((c) => c.type)).toEqual(['ColumnClustered']);
  });

  it('re-validating in the same month adds no row and no chart (R2)', async () => {
    const { wb } = await twoMonths();
    const once = JSON.stringify(wb.state());
    await validate(wb);
    expect(JSON.stringify(wb.state())).toBe(once);
  });

  it('reads in 2 syncs and writes in 2, with the same chart calls, on the sample and a workbook ten times larger (P4)', async () => {
    const large = await twoMonths(10);
    const chartCalls = (syncs: typeof large.december.syncs) =>
      syncs.flatMap((s) => s.calls).filter((c) => c.startsWith('chart') || c.startsWith('charts.'));
    for (const r of [run.december, large.december]) {
      expect(r.syncs).toHaveLength(4);
      expect(r.syncs.every((s) => s.error === null)).toBe(true);
    }
    expect(chartCalls(large.december.syncs)).toEqual(chartCalls(run.december.syncs));
    expect(chartCalls(run.december.syncs).filter((c) => c === 'charts.add(Line)')).toHaveLength(1);
  });

  it('Effacer keeps the history; with the option it goes, and the workbook is as before (R1)', async () => {
    const wb = fakeFromSnapshot(sample);
    const before = JSON.stringify(wb.state());
    await validate(wb);
    const kept = await wb.run((ctx) => clearTool(ctx));
    expect(kept).toMatchObject({ sheets: ['Constats', 'Synthèse GEC 2026-11'], historyKept: 'Historique' });
    expect(wb.sheets.map((s) => s.name)).toEqual([...sample.sheets.map((s) => s.name), 'Historique']);
    // The next check reads the kept rows again.
    referenceDate(wb, 2026, 12, 15);
    await validate(wb);
    expect(rows(wb.sheet('Historique')).slice(1).map((r) => r[0])).toEqual([...Array(5).fill('2026-11'), ...Array(5).fill('2026-12')]);
    const all = await wb.run((ctx) => clearTool(ctx, { history: true }));
    expect(all.sheets).toEqual(['Constats', 'Synthèse GEC 2026-12', 'Historique']);
    referenceDate(wb, 2026, 11, 15);
    expect(JSON.stringify(wb.state())).toBe(before);
  });

  it('a user\'s own sheet named Historique is read by name but never taken: the history goes to Historique (2)', async () => {
    const wb = fakeFromSnapshot(sample);
    const mine = wb.addSheet('Historique');
    wb.setValues(mine, [['Mois', 'GT', 'Conformité (%)'], ['2026-10', 'GT1', 12]]);
    const mineBefore = JSON.stringify([...mine.cells]);
    const first = await validate(wb);
    expect(first.plan.summary.trend!.months).toEqual(['2026-11']);
    expect(rows(wb.sheet('Historique (2)')).slice(1).map((r) => r[0])).toEqual(Array(5).fill('2026-11'));
    referenceDate(wb, 2026, 12, 15);
    await validate(wb);
    expect(rows(wb.sheet('Historique (2)'))).toHaveLength(11);
    expect(JSON.stringify([...mine.cells])).toBe(mineBefore);
    await wb.run((ctx) => clearTool(ctx, { history: true }));
    expect(JSON.stringify([...wb.sheet('Historique').cells])).toBe(mineBefore);
    expect(wb.findSheet('Historique (2)')).toBeUndefined();
  });
});
