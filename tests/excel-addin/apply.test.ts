// Validating through Office.js (the fake): what is written, the round trips (P4), the request
// sizes, and that clearing gives the workbook back as it was (R1, R2, R5, S1).

import { buildPlan } from '../../core/plan';
import type { OutputSheet, Plan } from '../../core/plan/types';
import { validateInExcel } from '../../excel-addin/src/excel-host';
import { applyPlan } from '../../excel-addin/src/office/apply';
import { clearTool } from '../../excel-addin/src/office/clear';
import { readWorkbook, SHEET_MARK_NAME } from '../../excel-addin/src/office/read';
import { selectCell } from '../../excel-addin/src/office/select';
import { FakeWorkbook, type FakeSheet } from './support/fake-excel';
import { decorate, fakeFromSnapshot, NOW, readSnapshot, SAMPLE, scaleSnapshot, TODAY } from './support/workbooks';
import { plainOutputSheet } from '../support/output-sheet';

const env = { now: () => NOW, today: TODAY };
const sample = readSnapshot(SAMPLE);

async function validate(wb: FakeWorkbook, language: 'fr' | 'en' | null = null, show?: 'summary') {
  const before = wb.syncs;
  const run = await wb.run((ctx) => validateInExcel(ctx, env, { language }, { show }));
  return { ...run, syncs: wb.syncsSince(before) };
}

function text(sheet: FakeSheet, r: number, c: number): unknown {
  return sheet.cells.get(`${r},${c}`)?.value;
}

describe('validate in Excel', () => {
  it('reads in 2 syncs and writes in 2, on the sample and on a workbook ten times larger (P4)', async () => {
    const small = await validate(fakeFromSnapshot(sample));
    const large = await validate(fakeFromSnapshot(scaleSnapshot(sample, 10)));
    // Writing takes two requests: the new sheets' ids are needed for their marks (H1).
    expect(small.syncs).toHaveLength(4);
    expect(large.syncs).toHaveLength(4);
    // The larger workbook really gives a larger plan.
    expect(large.report.findings.length).toBeGreaterThan(small.report.findings.length * 5);
    for (const run of [small, large]) {
      expect(run.syncs.every((s) => s.error === null)).toBe(true);
      expect(Math.max(...run.syncs.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
      expect(Math.max(...run.syncs.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    }
    // No call per finding: the links go in one call per column of links, whatever their number.
    const linkCalls = (run: typeof small) => run.syncs[3].calls.filter((c) => /hyperlink|setCellProperties/.test(c)).length;
    const linkColumns = (run: typeof small) => run.plan.sheets.reduce((n, s) => n + new Set(s.links.map((l) => l.col)).size, 0);
    expect(linkCalls(small)).toBe(linkColumns(small));
    expect(linkCalls(large)).toBe(linkColumns(large));
    expect(linkCalls(large)).toBe(linkCalls(small));
  });

  it('splits a write over Excel on the web’s request limit instead of failing', async () => {
    const wb = fakeFromSnapshot(scaleSnapshot(sample, 10));
    wb.limits.request = 300_000;
    const before = wb.syncs;
    const read = await wb.run(async (ctx) => {
      const r = await readWorkbook(ctx);
      const { validateWorkbook } = await import('../../core');
      const { report, parsed } = validateWorkbook(r.snapshot, { today: TODAY });
      const plan = buildPlan(report, parsed, { now: '2026-11-15T10:32:00Z', workbookName: r.workbookName, existingSheets: [] });
      await applyPlan(ctx, plan, r, { requestBudget: 250_000 });
      return plan;
    });
    const writes = wb.syncsSince(before).slice(2);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((s) => s.error === null && s.requestBytes <= 300_000)).toBe(true);
    expect(wb.findSheet(read.sheets[0].name)).toBeDefined();
  });

  it('colours the anchored cells with one marked rule per sheet and severity, ranges under 8,192 characters', async () => {
    const wb = fakeFromSnapshot(scaleSnapshot(sample, 10));
    const { plan } = await validate(wb);
    const toolRules = wb.sheets.flatMap((s) => s.rules.filter((r) => r.formula === '=ISTEXT("tdr-check")').map((r) => ({ sheet: s.name, ...r })));
    expect(toolRules).toHaveLength(plan.highlights.length);
    expect(plan.highlights.length).toBeGreaterThan(0);
    plan.highlights.forEach((h) => {
      const rule = toolRules.find((r) => r.sheet === h.sheet && r.address === h.ranges.join(','));
      expect(rule).toMatchObject({ type: 'Custom', fill: h.colour });
      expect(rule!.address.length).toBeLessThan(8192);
    });
  });

  it('never writes an input sheet’s cells, and clearing gives the workbook back as it was (R1)', async () => {
    const wb = fakeFromSnapshot(sample);
    decorate(wb);
    const before = JSON.stringify(wb.state());
    const cellsBySheet = () => new Map(wb.sheets.map((s) => [s.name, JSON.stringify([...s.cells])]));
    const inputs = cellsBySheet();
    await validate(wb);
    const after = cellsBySheet();
    for (const [name, cells] of inputs) expect(after.get(name)).toBe(cells);
    // Effacer keeps the history (presentation.md §1): every input sheet as it was, the history beside them.
    const cleared = await wb.run((ctx) => clearTool(ctx));
    expect(cleared.sheets).toEqual(['Constats', 'Synthèse GEC 2026-11']);
    expect(cleared.historyKept).toBe('Historique');
    expect(cleared.rules).toBeGreaterThan(0);
    const state = wb.state() as { sheets: { name: string }[] };
    expect(JSON.stringify({ ...state, sheets: state.sheets.filter((s) => s.name !== 'Historique') })).toBe(before);
    // Asked, the history goes too, and the workbook is exactly as it was.
    const all = await wb.run((ctx) => clearTool(ctx, { history: true }));
    expect(all).toEqual({ rules: 0, sheets: ['Historique'], skipped: [], historyKept: null });
    expect(JSON.stringify(wb.state())).toBe(before);
  });

  it('gives the same workbook when validating twice as once (R2)', async () => {
    const once = fakeFromSnapshot(sample);
    decorate(once);
    await validate(once);
    const twice = fakeFromSnapshot(sample);
    decorate(twice);
    await validate(twice);
    const second = await validate(twice);
    expect(twice.state()).toEqual(once.state());
    // The second run found and replaced the first run's rules and sheets.
    expect(second.plan.sheetsToDelete).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
  });

  it("never replaces a user's sheet that has an output sheet's name (R5)", async () => {
    const wb = fakeFromSnapshot(sample);
    const user = wb.addSheet('Constats');
    wb.setValues(user, [['mes constats à moi']]);
    const { plan } = await validate(wb);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Constats (2)', 'Synthèse GEC 2026-11', 'Historique']);
    expect(text(wb.sheet('Constats'), 0, 0)).toBe('mes constats à moi');
    await validate(wb);
    await wb.run((ctx) => clearTool(ctx, { history: true }));
    expect(text(wb.sheet('Constats'), 0, 0)).toBe('mes constats à moi');
    expect(wb.findSheet('Constats (2)')).toBeUndefined();
  });

  it('writes the Constats sheet: marked, frozen header, filter, links to each finding’s cell', async () => {
    const wb = fakeFromSnapshot(sample);
    const { plan, report } = await validate(wb);
    const out = plan.sheets.find((s) => s.kind === 'findings')!;
    const sheet = wb.sheet(out.name);
    expect(sheet.names).toEqual([{ name: SHEET_MARK_NAME, reference: `="tdr-check ${wb.sheetId(sheet)}"`, comment: 'tdr-check', visible: false }]);
    expect(sheet.frozenRows).toBe(out.frozenRows);
    expect(sheet.autoFilter).toBe(out.autoFilter);
    const anchored = report.findings.filter((f) => f.sheet !== null && f.cell !== null);
    const links = [...sheet.cells.values()].filter((c) => c.hyperlink).map((c) => c.hyperlink!.documentReference);
    expect(links).toHaveLength(anchored.length);
    expect(links).toContain(`'${anchored[0].sheet}'!${anchored[0].cell}`);
    // Each link cell still shows the cell's address as text.
    const first = out.links[0];
    expect(text(sheet, first.row, first.col)).toBe(out.rows[first.row][first.col]);
    expect(out.columnWidths.every((_, c) => sheet.columnWidths.has(c))).toBe(true);
  });

  it('writes every value of the plan, dates as serials with the date format', async () => {
    for (const date1904 of [false, true]) {
      const wb = fakeFromSnapshot({ ...sample, date1904 });
      const { plan } = await validate(wb);
      for (const out of plan.sheets) {
        const sheet = wb.sheet(out.name);
        out.rows.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = sheet.cells.get(`${r},${c}`);
            if (v === null || v === '') return expect(cell?.value ?? '').toBe('');
            if (typeof v === 'object') {
              const expected = Date.UTC(...(v.date.split('-').map(Number).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number])) / 86_400_000;
              expect(cell?.value).toBe(date1904 ? expected + 24107 : expected + 25569);
              return expect(cell?.numberFormat).toBe(out.dateFormat);
            }
            expect(cell?.value).toBe(v);
            expect(cell?.formula).toBeUndefined();
          }),
        );
      }
    }
  });

  it('draws the compliance chart of the summary sheet from its GT rows', async () => {
    const wb = fakeFromSnapshot(sample);
    const { plan } = await validate(wb, null, 'summary');
    const out = plan.sheets.find((s) => s.kind === 'summary')!;
    const sheet = wb.sheet(out.name);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: 'ColumnClustered',
        source: out.chart!.valuesRange,
        xValues: out.chart!.categoriesRange,
        title: out.chart!.title,
        legend: false,
        min: 0,
        max: 100,
        position: `${out.chart!.anchor}:${out.chart!.end}`,
        // Each bar in its GT's worst-finding colour, the score as a label.
        pointColours: out.chart!.colours,
        dataLabels: { show: true, showValue: true, numberFormat: '0.0' },
      }),
    ]);
    expect(new Set(out.chart!.colours).size).toBeGreaterThan(1);
    expect(wb.active?.name).toBe(out.name);
  });

  it('sets up the output sheets to print: A4 landscape, one page wide, print titles, wrapped texts, rows fitted', async () => {
    const wb = fakeFromSnapshot(sample);
    const { plan } = await validate(wb);
    for (const out of plan.sheets) {
      const sheet = wb.sheet(out.name);
      expect(sheet.pageLayout).toEqual({
        orientation: 'Landscape',
        paperSize: 'A4',
        centerHorizontally: true,
        zoom: { horizontalFitToPages: 1 },
        printTitleRows: `$${out.print.titleRows![0] + 1}:$${out.print.titleRows![1] + 1}`,
      });
      expect(sheet.autofitRows).toHaveLength(1);
      for (const c of out.wrapColumns) expect(sheet.cells.get(`${out.rows.length - 1},${c}`)?.wrap).toBe(true);
      for (const r of out.headerRows) expect(sheet.cells.get(`${r},0`)?.wrap).toBe(true);
    }
    // The input sheets' page setup is not touched.
    expect(wb.sheet('Membres').pageLayout.orientation).toBe('Portrait');
  });

  it('the chart and page-setup calls are the same on the sample and on a workbook ten times larger (P4)', async () => {
    const calls = async (wb: FakeWorkbook) => {
      const run = await validate(wb);
      // The calls, their addresses aside (a larger sheet has longer columns).
      return run.syncs.flatMap((s) => s.calls).filter((c) => /chart|pageLayout|wrapText|autofitRows/.test(c)).map((c) => c.replace(/\([\d,]+\)\./g, '(…).'));
    };
    const small = await calls(fakeFromSnapshot(sample));
    const large = await calls(fakeFromSnapshot(scaleSnapshot(sample, 10)));
    expect(small.length).toBeGreaterThan(10);
    expect(large).toEqual(small);
  });

  it('writes the outputs in English with --lang en', async () => {
    const wb = fakeFromSnapshot(sample);
    const { plan } = await validate(wb, 'en');
    expect(plan.sheets.map((s) => s.name)).toEqual(['Findings', 'GEC summary 2026-11', 'Compliance history']);
    expect(wb.findSheet('Findings')).toBeDefined();
  });
});

describe('text from the workbook is written as text (S1)', () => {
  const nasty = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '3/5', '0012', 'TRUE', "'quoted", '#N/A'];

  function planWith(rows: OutputSheet['rows']): Plan {
    const sheet = plainOutputSheet('Constats', rows);
    return {
      language: 'fr',
      markerFormula: 'ISTEXT("tdr-check")',
      highlights: [],
      sheetsToDelete: [],
      sheets: [sheet],
      summary: null as unknown as Plan['summary'],
    };
  }

  it('keeps formulas, signs, dates and numbers-as-text literally', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Groupes');
    await wb.run(async (ctx) => applyPlan(ctx, planWith([nasty]), await readWorkbook(ctx)));
    const sheet = wb.sheet('Constats');
    nasty.forEach((s, c) => {
      const cell = sheet.cells.get(`0,${c}`)!;
      expect(cell.value).toBe(s);
      expect(cell.formula).toBeUndefined();
      expect(cell.error).toBeUndefined();
    });
  });

  it('the fake would have taken them as formulas without the escape (the test can fail)', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('Feuil1');
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Feuil1').getRangeByIndexes(0, 0, 1, 4).values = [nasty.slice(0, 4)];
      await ctx.sync();
    });
    nasty.slice(0, 4).forEach((_, c) => expect(sheet.cells.get(`0,${c}`)!.formula).toBeDefined());
  });

  it('end to end: workbook text that looks like a formula reaches the output sheets as text', async () => {
    const snapshot = readSnapshot(SAMPLE);
    const members = snapshot.sheets.find((s) => s.name === 'Membres')!;
    members.rows[1][0] = '=HYPERLINK("http://x","y")';
    members.rows[2][1] = '@SUM(A1)';
    const wb = fakeFromSnapshot(snapshot);
    const { plan } = await validate(wb);
    const written = plan.sheets.flatMap((s) => [...wb.sheet(s.name).cells.values()]);
    expect(written.some((c) => c.formula !== undefined)).toBe(false);
    const texts = written.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('=HYPERLINK("http://x","y")'))).toBe(true);
  });
});

describe('select, clear', () => {
  it('selects a finding’s cell in one sync', async () => {
    const wb = fakeFromSnapshot(sample);
    const before = wb.syncs;
    await wb.run((ctx) => selectCell(ctx, 'Membres', 'F12'));
    expect(wb.syncs - before).toBe(1);
    expect(wb.active?.name).toBe('Membres');
    expect(wb.sheet('Membres').selection).toBe('F12');
  });

  it('clears in three syncs whatever the size, and removes nothing of the user’s', async () => {
    for (const factor of [1, 10]) {
      const wb = fakeFromSnapshot(scaleSnapshot(sample, factor));
      decorate(wb);
      const before = JSON.stringify(wb.state());
      await validate(wb);
      const mark = wb.syncs;
      await wb.run((ctx) => clearTool(ctx, { history: true }));
      expect(wb.syncs - mark).toBe(3);
      expect(JSON.stringify(wb.state())).toBe(before);
    }
  });

  it('keeps one sheet when the workbook holds nothing but the tool’s', async () => {
    const wb = new FakeWorkbook();
    wb.markAsTool(wb.addSheet('Constats'));
    wb.markAsTool(wb.addSheet('Synthèse GEC 2026-11'));
    const cleared = await wb.run((ctx) => clearTool(ctx));
    expect(cleared.sheets).toEqual(['Synthèse GEC 2026-11']);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Constats']);
  });
});
