// The Sheets bar chart of the compliance by GT (presentation.md §1, issue 13): each bar in the
// colour of its GT's worst finding, as in the .xlsx and the HTML report. SpreadsheetApp's chart
// builder colours a series, not a bar, so the summary holds, in hidden columns right of its
// table, one series per class (error, warning, none) with each GT's score in its class's series
// only; the series are stacked, so each GT keeps one bar.

import { CHART_COLOURS, type OutputSheet } from '../../core/plan';
import { chartColumns } from '../../apps-script/adapter/output-sheets';
import type { ChartModel, SheetModel } from './fake-sheets';
import { loadGas } from './gas-runtime';
import { histogram, markedSheets, sheetNamed } from './inspect';
import { LARGE_COPIES, sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';
const COLUMNS = ['O', 'P', 'Q'];

function validated(copies = 1) {
  const model = spreadsheetOf(sampleSheets(copies));
  const gas = loadGas(model, { now: NOW });
  gas.resetCalls();
  gas.run('tdrCheckValidate', { language: null });
  const summary = sheetNamed(model, 'Synthèse GEC 2026-11');
  return { model, gas, summary, chart: summary.charts[0] as ChartModel };
}

const value = (s: SheetModel, r: number, c: number) => s.cells[r]?.[c]?.value ?? '';

describe('the Sheets bar chart of the compliance by GT', () => {
  const { summary, chart, gas } = validated();

  it('is a column chart over the GT labels and three series in hidden columns of the summary', () => {
    expect(summary.charts).toHaveLength(1);
    expect(chart.type).toBe('COLUMN');
    expect(chart.ranges).toEqual(['A8:A12', 'O8:Q12']);
    expect(summary.hiddenColumns).toEqual([15, 16, 17]);
    // Hidden data is plotted only when the chart says so; no row of the ranges is a header.
    expect(chart.hiddenDimensionStrategy).toBe('SHOW_BOTH');
    expect(chart.numHeaders).toBe(0);
  });

  it('colours each series as its class, labels every bar, stacks them, axis 0–100, no legend', () => {
    expect(chart.options.series).toEqual({
      0: { color: CHART_COLOURS.error, dataLabel: 'value' },
      1: { color: CHART_COLOURS.warning, dataLabel: 'value' },
      2: { color: CHART_COLOURS.none, dataLabel: 'value' },
    });
    expect(chart.options.isStacked).toBe(true);
    expect(chart.options['vAxis.viewWindow.min']).toBe(0);
    expect(chart.options['vAxis.viewWindow.max']).toBe(100);
    expect(chart.options['legend.position']).toBe('none');
  });

  it("puts each GT's score in the column of its worst finding only, the one the table's counts give", () => {
    const classes: string[] = [];
    for (let r = 7; r <= 11; r++) {
      const errors = value(summary, r, 10);
      const warnings = value(summary, r, 11);
      const worst = Number(errors) > 0 ? 0 : Number(warnings) > 0 ? 1 : 2;
      const cells = [14, 15, 16].map((c) => value(summary, r, c));
      expect([value(summary, r, 0), cells]).toEqual([value(summary, r, 0), cells.map((_, k) => (k === worst ? value(summary, r, 12) : ''))]);
      classes.push(COLUMNS[worst]);
    }
    // The sample has GTs with errors and GTs with warnings only: two colours at least.
    expect(new Set(classes).size).toBeGreaterThanOrEqual(2);
  });

  it('writes nothing else in those columns, and nothing of the plan is hidden', () => {
    summary.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (c >= 14 && cell.value !== '') expect(r >= 7 && r <= 11 && c <= 16).toBe(true);
      }),
    );
  });

  it('costs one call more than a chart of one series: hiding the columns', () => {
    const h = histogram(gas.calls());
    expect(h['Sheet.hideColumns']).toBe(1);
    expect(h['Sheet.newChart']).toBe(1);
    expect(h['Sheet.insertChart']).toBe(1);
  });

  it('is the same on a workbook ten times larger', () => {
    const large = validated(LARGE_COPIES);
    expect(large.chart).toEqual(chart);
    expect(large.summary.hiddenColumns).toEqual(summary.hiddenColumns);
  });

  it('is replaced, not added to, by a second validation', () => {
    const { model, gas: g } = validated();
    g.run('tdrCheckValidate', { language: null });
    expect(markedSheets(model).flatMap((s) => s.charts)).toHaveLength(1);
  });
});

describe('the series cells (chartColumns)', () => {
  const plan = (values: (number | null)[], colours: string[]) =>
    ({
      chart: {
        title: 't',
        categories: values.map((_, i) => `GT${i + 1}`),
        values,
        colours,
        categoriesRange: 'A8:A10',
        valuesRange: 'M8:M10',
        anchor: 'A15',
        end: 'F33',
      },
    }) as unknown as OutputSheet;

  it('puts a GT with nothing evaluated in no series, and each other GT in its own', () => {
    const data = chartColumns(plan([50, null, 100], [CHART_COLOURS.error, CHART_COLOURS.none, CHART_COLOURS.none]), 14);
    expect(data).toEqual({ col: 14, row: 7, cells: [[50, '', ''], ['', '', ''], ['', '', 100]] });
  });

  it('gives nothing for a sheet without a chart', () => {
    expect(chartColumns({ chart: null } as unknown as OutputSheet, 14)).toBeNull();
  });
});
