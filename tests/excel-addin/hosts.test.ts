// What Excel really does (quality.md "Hosts"), modelled by the fake and met by the add-in: for
// each behaviour, a test that the fake refuses or does what Excel does, then one that the shell
// copes with it.
//
//   H1  copying a sheet copies its sheet-scoped names: a user's copy of Constats carries the mark
//   H4  a protected sheet, a protected workbook structure, a refusal of one write
//   H5  only the input sheets are read; block reads on the 5,000,000-cell limit; rules < 500 areas
//   H6  a failing ribbon command tells the user, in their language

import { buildHighlights } from '../../core/plan/highlights';
import type { Finding } from '../../core/types';
import { validateInExcel } from '../../excel-addin/src/excel-host';
import { applyPlan } from '../../excel-addin/src/office/apply';
import { clearTool } from '../../excel-addin/src/office/clear';
import { readWorkbook } from '../../excel-addin/src/office/read';
import { failureText, noticeUrl, showNotice, UnsupportedHostError, type DialogUi } from '../../excel-addin/src/notify';
import { FakeWorkbook, MAX_READ_CELLS, type FakeSheet } from './support/fake-excel';
import { fakeFromSnapshot, NOW, readSnapshot, SAMPLE, TODAY } from './support/workbooks';

const env = { now: () => NOW, today: TODAY };
const sample = readSnapshot(SAMPLE);

async function validate(wb: FakeWorkbook, show?: 'summary') {
  const before = wb.syncs;
  const run = await wb.run((ctx) => validateInExcel(ctx, env, { language: null }, { show }));
  return { ...run, syncs: wb.syncsSince(before) };
}

async function refusedWith(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return '';
}

const toolRules = (s: FakeSheet) => s.rules.filter((r) => r.formula === '=ISTEXT("tdr-check")');
const cellsOf = (s: FakeSheet) => JSON.stringify([...s.cells.entries()]);

describe('H1: a copy of a tool sheet is the user\'s', () => {
  it('the fake copies a sheet with its sheet-scoped names, the mark included, under a new id', async () => {
    const wb = new FakeWorkbook();
    const constats = wb.markAsTool(wb.addSheet('Constats'));
    const copy = wb.copySheet(constats);
    expect(copy.name).toBe('Constats (2)');
    expect(copy.names.map((n) => n.reference)).toEqual(constats.names.map((n) => n.reference));
    expect(wb.sheetId(copy)).not.toBe(wb.sheetId(constats));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Constats', 'Constats (2)']);
  });

  it('validating again, then clearing, never touches the user\'s copy of Constats', async () => {
    const wb = fakeFromSnapshot(sample);
    await validate(wb);
    const copy = wb.copySheet(wb.sheet('Constats'));
    copy.cells.set('0,0', { value: 'mes notes' });
    const before = cellsOf(copy);
    const read = await wb.run((ctx) => readWorkbook(ctx, { values: false }));
    expect(read.sheets.filter((s) => s.ownedByTool).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    const second = await validate(wb);
    expect(second.plan.sheetsToDelete).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    expect(cellsOf(wb.sheet('Constats (2)'))).toBe(before);
    const cleared = await wb.run((ctx) => clearTool(ctx));
    expect(cleared.sheets).toEqual(['Constats', 'Synthèse GEC 2026-11']);
    expect(cellsOf(wb.sheet('Constats (2)'))).toBe(before);
  });
});

describe('H4: protected sheets and refusals', () => {
  it('the fake refuses writes to a protected sheet and sheet changes in a protected structure', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Membres');
    s.protected = true;
    expect(await refusedWith(() => wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Membres').getRanges('A1').conditionalFormats.add('Custom');
      await ctx.sync();
    }))).toBe('AccessDenied');
    expect(await refusedWith(() => wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Membres').getRange('A1').values = [['x']];
      await ctx.sync();
    }))).toBe('AccessDenied');
    wb.structureProtected = true;
    expect(await refusedWith(() => wb.run(async (ctx) => {
      ctx.workbook.worksheets.add('Constats');
      await ctx.sync();
    }))).toBe('AccessDenied');
    wb.refuse = (call) => (call.startsWith('workbook.load') ? 'GeneralException' : null);
    expect(await refusedWith(() => wb.run(async (ctx) => {
      ctx.workbook.load('name');
      await ctx.sync();
    }))).toBe('GeneralException');
  });

  it('a protected input sheet keeps its rules; the others are highlighted and the sheets written', async () => {
    const wb = fakeFromSnapshot(sample);
    wb.sheet('Membres').protected = true;
    const run = await validate(wb);
    expect(run.skipped).toEqual([{ sheet: 'Membres', reason: 'protected', detail: '' }]);
    expect(toolRules(wb.sheet('Membres'))).toEqual([]);
    expect(toolRules(wb.sheet('Calendrier')).length).toBeGreaterThan(0);
    expect(wb.sheets.slice(-3).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    expect(run.syncs.every((s) => s.error === null)).toBe(true);
  });

  it('a protected structure: highlights done, no sheet added, and the pane told why', async () => {
    const wb = fakeFromSnapshot(sample);
    wb.structureProtected = true;
    const run = await validate(wb);
    expect(run.skipped.map((s) => [s.sheet, s.reason])).toEqual([
      ['Constats', 'protected'],
      ['Synthèse GEC 2026-11', 'protected'],
      ['Historique', 'protected'],
    ]);
    expect(wb.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(toolRules(wb.sheet('Membres')).length).toBeGreaterThan(0);
  });

  it('a refusal halfway leaves no "~tdr-check old" sheet: the old sheets are back, the others done', async () => {
    const wb = fakeFromSnapshot(sample);
    await validate(wb);
    const oldSummary = cellsOf(wb.sheet('Synthèse GEC 2026-11'));
    // Excel refuses the summary's chart (on the second run).
    wb.refuse = (call) => (call.startsWith('charts.add') ? 'GeneralException' : null);
    const run = await validate(wb, 'summary');
    expect(run.skipped.map((s) => [s.sheet, s.reason])).toEqual([['Synthèse GEC 2026-11', 'refused']]);
    expect(run.skipped[0].detail).toMatch(/GeneralException/);
    expect(wb.sheets.filter((s) => s.name.startsWith('~tdr-check'))).toEqual([]);
    // Constats was replaced; the old summary is back under its name, still the tool's.
    expect(wb.sheets.slice(-3).map((s) => s.name)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Historique']);
    expect(cellsOf(wb.sheet('Synthèse GEC 2026-11'))).toBe(oldSummary);
    const read = await wb.run((ctx) => readWorkbook(ctx, { values: false }));
    expect(read.sheets.filter((s) => s.ownedByTool).map((s) => s.name).sort()).toEqual(['Constats', 'Historique', 'Synthèse GEC 2026-11']);
    expect(toolRules(wb.sheet('Membres')).length).toBeGreaterThan(0);
    // Once Excel lets it, the next run is whole again.
    wb.refuse = null;
    expect((await validate(wb)).skipped).toEqual([]);
  });

  it('clearing skips a protected sheet\'s rules and says so, and clears the rest', async () => {
    const wb = fakeFromSnapshot(sample);
    await validate(wb);
    wb.sheet('Membres').protected = true;
    const cleared = await wb.run((ctx) => clearTool(ctx));
    expect(cleared.skipped).toEqual([{ sheet: 'Membres', reason: 'protected', detail: '' }]);
    expect(cleared.sheets).toEqual(['Constats', 'Synthèse GEC 2026-11']);
    expect(toolRules(wb.sheet('Calendrier'))).toEqual([]);
  });
});

describe('H5: what Excel reads and how much', () => {
  it('the fake refuses to read more than 5,000,000 cells at once', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Notes');
    s.cells.set('0,0', { value: 'a' });
    s.cells.set(`${Math.ceil(MAX_READ_CELLS / 100)},99`, { value: 'z' });
    expect(await refusedWith(() => wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Notes').getUsedRangeOrNullObject(true).load('values');
      await ctx.sync();
    }))).toBe('RangeExceedsLimit');
  });

  it('never reads the values of a sheet the core does not read, however large', async () => {
    const wb = fakeFromSnapshot(sample);
    const notes = wb.addSheet('Mes notes');
    notes.cells.set('0,0', { value: 'a' });
    notes.cells.set('999999,200', { value: 'z' }); // 200 million cells
    const run = await validate(wb);
    expect(run.syncs.slice(0, 2).every((s) => s.error === null)).toBe(true);
    expect(run.syncs.slice(0, 2).flatMap((s) => s.calls).filter((c) => c.includes('values')).length).toBe(
      sample.sheets.filter((s) => ['Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres'].includes(s.name)).length,
    );
    expect(run.report.findings.length).toBeGreaterThan(0);
  });

  it('falls back to block reads when an input sheet passes the cell limit, and reads the same', async () => {
    const plain = fakeFromSnapshot(sample);
    const expected = (await plain.run((ctx) => readWorkbook(ctx))).snapshot;
    const wb = fakeFromSnapshot(sample);
    const members = sample.sheets.find((s) => s.name === 'Membres')!;
    const cells = members.rows.length * Math.max(...members.rows.map((r) => r.length));
    // A smaller limit stands for Excel's 5,000,000 cells: Membres alone passes it.
    wb.limits.cells = cells - 1;
    const before = wb.syncs;
    const read = await wb.run((ctx) => readWorkbook(ctx));
    const syncs = wb.log.slice(before);
    expect(syncs[1].error).toBe('RangeExceedsLimit');
    // Blocks, halved until each read passes; none refused at the end.
    expect(syncs.length).toBeGreaterThan(3);
    expect(syncs[syncs.length - 1].error).toBe(null);
    expect(read.snapshot).toEqual(expected);
  });

  it('the fake refuses a conditional format of 500 areas; the add-in splits its highlights below it', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Membres');
    const many = Array.from({ length: 500 }, (_, i) => `A${2 * i + 1}`).join(',');
    expect(() => wb.addRule(s, 'Custom', many)).toThrow(/500 areas/);
    // 1,200 scattered findings on one sheet: every rule stays under 500 areas, and Excel takes them.
    const findings = Array.from({ length: 1200 }, (_, i) => ({ sheet: 'Membres', row: 2 * i + 1, col: 0, severity: 'error', waived: false }) as unknown as Finding);
    const highlights = buildHighlights(findings);
    expect(highlights.length).toBe(3);
    const plan = { highlights, sheets: [], sheetsToDelete: [], markerFormula: 'ISTEXT("tdr-check")' } as unknown as Parameters<typeof applyPlan>[1];
    const result = await wb.run(async (ctx) => applyPlan(ctx, plan, await readWorkbook(ctx)));
    expect(result.skipped).toEqual([]);
    expect(s.rules.map((r) => r.address.split(',').length)).toEqual([202, 499, 499]);
  });
});

describe('H6: a failing ribbon command tells the user', () => {
  it('says which command failed and why, in French and in English', () => {
    expect(failureText('tdrCheckClear', 'fr', new Error('AccessDenied: the sheet is protected'))).toBe(
      'La commande « Effacer » n’a pas abouti : AccessDenied: the sheet is protected',
    );
    expect(failureText('tdrCheckTemplate', 'en', new Error('GeneralException'))).toBe('The Template command did not complete: GeneralException');
    expect(failureText('tdrCheckSummary', 'fr', new UnsupportedHostError())).toMatch(/« Synthèse GEC » n’a pas abouti : ce complément demande Excel avec ExcelApi 1\.9/);
    expect(noticeUrl('https://h/x/commands.html', 'en', 'a b#c')).toBe('https://h/x/notice.html?lang=en#a%20b%23c');
  });

  it('opens a dialog and waits for the user to close it; says it in the console only when no dialog opens', async () => {
    const opened: string[] = [];
    let handlers: Record<string, () => void> = {};
    const ui: DialogUi = {
      displayDialogAsync(url, _o, callback) {
        opened.push(url);
        handlers = {};
        callback({ status: 'succeeded', value: { close: () => undefined, addEventHandler: (t: string, h: () => void) => (handlers[t] = h) } } as never);
      },
    };
    let done = false;
    const shown = showNotice(ui, 'https://h/commands.html', 'fr', 'texte').then(() => (done = true));
    await Promise.resolve();
    expect(opened).toEqual(['https://h/notice.html?lang=fr#texte']);
    expect(done).toBe(false);
    handlers.dialogMessageReceived();
    await shown;
    expect(done).toBe(true);

    const errors: unknown[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((m) => void errors.push(m));
    try {
      const refusing: DialogUi = { displayDialogAsync: (_u, _o, cb) => cb({ status: 'failed' } as never) };
      await showNotice(refusing, 'https://h/', 'en', 'text');
      await showNotice(undefined, 'https://h/', 'en', 'text 2');
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual(['text', 'text 2']);
  });
});
