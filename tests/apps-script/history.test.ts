// The month-by-month history in Google Sheets (presentation.md §1), through the built Code.js on
// the fake spreadsheet: the sample checked with its reference date in November, then in December
// (the secretariat changes Paramètres › Date de référence), then in December again.

import { formatChange } from '../../core/plan';
import type { PaneResult } from '../../ui/host';
import { cellAt, type SpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas, type Gas } from './gas-runtime';
import { digest, histogram, isRuleBuilderCall, isValueBuilderCall, markedSheets, sheetNamed, valuesOf } from './inspect';
import { appsScriptDate, LARGE_COPIES, sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-12-15T10:32:00Z';
const GTS = ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'];
/** A zone away from UTC: the dates read back must not slip a day. */
const ZONE = 'Europe/Paris';

/** Sets the workbook's reference date (Paramètres, row 2, column B) as the user types it. */
function referenceDate(model: SpreadsheetModel, y: number, m: number, d: number): void {
  const params = sheetNamed(model, 'Paramètres');
  const row = valuesOf(params).findIndex((r) => r[0] === 'Date de référence');
  cellAt(params, row, 1).value = appsScriptDate(new Date(Date.UTC(y, m - 1, d)), ZONE);
}

function validate(gas: Gas): PaneResult {
  return acrossScriptRun(gas.run('tdrCheckValidate', { language: null }) as PaneResult);
}

/** The November run, then the December one, on a fresh copy of the sample (`copies` times larger). */
function twoMonths(copies = 1): { model: SpreadsheetModel; gas: Gas; december: string[] } {
  const model = spreadsheetOf(sampleSheets(copies), ZONE);
  const gas = loadGas(model, { now: NOW });
  referenceDate(model, 2026, 11, 15);
  validate(gas);
  referenceDate(model, 2026, 12, 15);
  gas.resetCalls();
  validate(gas);
  return { model, gas, december: gas.calls() };
}

const run = twoMonths();

describe('history across two months in Google Sheets', () => {
  it('keeps November\'s rows as they were and adds December\'s, in the tool\'s Historique sheet', () => {
    const rows = valuesOf(sheetNamed(run.model, 'Historique'));
    expect(rows[0]).toEqual(['Mois', 'GT', 'Conformité (%)', 'Erreurs', 'Avertissements', 'Évalués', 'En échec', 'Périmètre', 'Date de référence']);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([...GTS.map((g) => `2026-11 ${g}`), ...GTS.map((g) => `2026-12 ${g}`)]);
    // The reference dates stay the days they were, in a zone away from UTC.
    expect(rows.slice(1).map((r) => r[8])).toEqual([...Array(5).fill('2026-11-15'), ...Array(5).fill('2026-12-15')]);
    expect(markedSheets(run.model).map((s) => s.name)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Synthèse GEC 2026-12', 'Historique']);
  });

  it('shows the months and the change since November in December\'s summary', () => {
    const history = valuesOf(sheetNamed(run.model, 'Historique')).slice(1);
    const summary = valuesOf(sheetNamed(run.model, 'Synthèse GEC 2026-12'));
    const header = summary.findIndex((r) => r[0] === 'GT' && r[1] === '2026-11');
    expect(summary[header].slice(0, 4)).toEqual(['GT', '2026-11', '2026-12', 'Évolution depuis 2026-11']);
    GTS.forEach((gt, i) => {
      const before = history[i][2] as number;
      const now = history[i + 5][2] as number;
      expect(summary[header + 1 + i].slice(0, 4)).toEqual([gt, before, now, formatChange(Math.round((now - before) * 10) / 10, 'fr')]);
    });
    // The sample's November and December differ somewhere (the test can see a change).
    expect(summary.slice(header + 1, header + 6).some((r) => r[3] !== '0 pt')).toBe(true);
  });

  it('draws the 12-month line chart once, from the trend table, rows as series, beside the bars', () => {
    const summary = sheetNamed(run.model, 'Synthèse GEC 2026-12');
    const values = valuesOf(summary);
    const header = values.findIndex((r) => r[0] === 'GT' && r[1] === '2026-11');
    expect(summary.charts.map((c) => c.type)).toEqual(['COLUMN', 'LINE']);
    const line = summary.charts[1];
    expect(line.ranges).toEqual([`A${header + 1}:C${header + 6}`]);
    expect(line.transpose).toBe(true);
    expect(line.numHeaders).toBe(1);
    expect(line.options).toMatchObject({ title: 'Conformité par mois (%)', 'vAxis.viewWindow.min': 0, 'vAxis.viewWindow.max': 100 });
    expect(Object.keys(line.options.series as object)).toHaveLength(5);
    // Beside the bar chart, on the same rows.
    expect(line.position[0]).toBe(summary.charts[0].position[0]);
    expect(line.position[1]).toBeGreaterThan(summary.charts[0].position[1]);
    // November's summary had one month only: bars, no lines.
    expect(sheetNamed(run.model, 'Synthèse GEC 2026-11').charts.map((c) => c.type)).toEqual(['COLUMN']);
  });

  it('re-validating in the same month adds no row and no chart (R2)', () => {
    const { model, gas } = twoMonths();
    const once = digest(model);
    validate(gas);
    expect(digest(model)).toEqual(once);
    expect(valuesOf(sheetNamed(model, 'Historique'))).toHaveLength(11);
    expect(sheetNamed(model, 'Synthèse GEC 2026-12').charts).toHaveLength(2);
  });

  it('Effacer keeps the history; with the option it goes, and every input sheet is as before (R1)', () => {
    const model = spreadsheetOf(sampleSheets(), ZONE);
    const gas = loadGas(model, { now: NOW });
    const original = digest(model);
    validate(gas);
    const kept = acrossScriptRun(gas.run('tdrCheckClear', { history: false })) as { sheets: string[]; historyKept: string | null };
    expect(kept).toMatchObject({ sheets: ['Constats', 'Synthèse GEC 2026-11'], historyKept: 'Historique' });
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Historique']);
    // The next month's check finds the kept rows again.
    referenceDate(model, 2026, 12, 15);
    validate(gas);
    expect(valuesOf(sheetNamed(model, 'Historique')).slice(1).map((r) => r[0])).toEqual([...Array(5).fill('2026-11'), ...Array(5).fill('2026-12')]);
    gas.run('tdrCheckClear', { history: true });
    referenceDate(model, 2026, 11, 15);
    expect(digest(model)).toEqual(original);
  });

  it('reads the history in one call and draws the chart with the same calls on a workbook ten times larger (P4)', () => {
    const large = twoMonths(LARGE_COPIES);
    const counts = (calls: string[]) =>
      Object.fromEntries(
        Object.entries(histogram(calls.filter((c) => !isValueBuilderCall(c) && !isRuleBuilderCall(c))))
          // Recognising the rules already on the sheets depends on their number, as in calls.test.ts.
          .filter(([k]) => !/^(ConditionalFormatRule|BooleanCondition)\./.test(k)),
      );
    expect(counts(large.december)).toEqual(counts(run.december));
    const chartCalls = (calls: string[]) => calls.filter((c) => c.startsWith('EmbeddedChartBuilder.') || c === 'Sheet.insertChart');
    expect(chartCalls(large.december)).toEqual(chartCalls(run.december));
    expect(run.december.filter((c) => c === 'EmbeddedChartBuilder.asLineChart')).toHaveLength(1);
  });
});
