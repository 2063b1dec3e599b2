// What Google Sheets really does (quality.md "Hosts"), modelled by the fake and met by the script:
// for each behaviour, a test that the fake refuses what Sheets refuses, then one that the built
// Code.js copes with it.
//
//   H3  HtmlService drops <meta> tags but viewport: the sidebar's flags travel in attributes
//   H4  a protected sheet the user may not edit, or any refusal of one write: the other sheets are
//       still done, nothing is left half-written, the result says which sheet and why
//   H7  the tool's developer metadata is PROJECT-visible (the default, DOCUMENT, is everyone's)
//   and: getRangeList([]) refused; onOpen under AuthMode.NONE cannot open the spreadsheet;
//   tryLock gives up when another execution holds the lock.

import type { PaneResult } from '../../ui/host';
import { FakeLockService, FakeSpreadsheet, FakeSpreadsheetApp, newSpreadsheetModel, newSheetModel, servedHtml, type Runtime, type SpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas } from './gas-runtime';
import { digest, isToolRule, markedSheets, sheetNamed } from './inspect';
import { sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';

function runtime(model: SpreadsheetModel): Runtime {
  return { model, date: (ms) => new Date(ms), htmlDir: __dirname };
}

function withSheet(name: string, protection?: { canEdit: boolean }): SpreadsheetModel {
  const model = newSpreadsheetModel('t');
  const sheet = newSheetModel(name, 1);
  if (protection) sheet.protection = protection;
  model.sheets.push(sheet);
  model.activeSheetId = 1;
  return model;
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('H3: HtmlService drops <meta> tags but viewport', () => {
  it('the fake serves a page without them', () => {
    const page = '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="tdr-autorun" content="validate"></head>';
    expect(servedHtml(page)).toBe('<head><meta name="viewport" content="width=device-width"></head>');
  });

  it('the script writes the sidebar\'s flags on its root element, which survive', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model);
    gas.run('menuVerify');
    expect(model.sidebars[0]).toMatch(/id="?tdr-pane"?[^>]* data-autorun="?validate"?/);
    expect(model.sidebars[0]).not.toMatch(/tdr-autorun/);
  });
});

describe('H4: a protected sheet, or a refusal of one write', () => {
  it('the fake refuses writes to a protected sheet the user may not edit, and lets an editor write', () => {
    const locked = withSheet('Membres', { canEdit: false });
    const ss = new FakeSpreadsheet(runtime(locked));
    const sheet = ss.getSheetByName('Membres')!;
    expect(thrown(() => sheet.setConditionalFormatRules([]))).toMatch(/protected cell or object/);
    expect(thrown(() => sheet.getRange('A1').setValues([['x']]))).toMatch(/protected/);
    expect(sheet.getProtections(new FakeSpreadsheetApp(runtime(locked)).ProtectionType.SHEET).map((p) => p.canEdit())).toEqual([false]);
    const mine = withSheet('Membres', { canEdit: true });
    expect(() => new FakeSpreadsheet(runtime(mine)).getSheetByName('Membres')!.setConditionalFormatRules([])).not.toThrow();
  });

  it('the fake can make any one call fail, as a host refusal would', () => {
    const model = withSheet('A');
    model.refuse = (call) => (call === 'Sheet.getName' ? 'Exception: Service unavailable' : null);
    expect(thrown(() => new FakeSpreadsheet(runtime(model)).getSheetByName('A')!.getName())).toBe('Exception: Service unavailable');
  });

  it('the script highlights every other sheet, writes its sheets and says which sheet it skipped and why', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model, { now: NOW });
    sheetNamed(model, 'Membres').protection = { canEdit: false };
    const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null })) as PaneResult;
    expect(result.skipped).toEqual([expect.objectContaining({ sheet: 'Membres', reason: 'protected' })]);
    expect(sheetNamed(model, 'Membres').rules.some(isToolRule)).toBe(false);
    expect(sheetNamed(model, 'Calendrier').rules.some(isToolRule)).toBe(true);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    // The pane's words for it.
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('the script leaves a protected old sheet of its own in place, writes the others, and clears the rest', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model, { now: NOW });
    gas.run('tdrCheckValidate', { language: null });
    sheetNamed(model, 'Constats').protection = { canEdit: false };
    const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null })) as PaneResult;
    expect(result.skipped).toEqual([expect.objectContaining({ sheet: 'Constats', reason: 'protected' })]);
    // The old Constats stays (not deleted, no second copy); the summary was replaced.
    expect(model.sheets.filter((s) => s.name.startsWith('Constats'))).toHaveLength(1);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    const cleared = acrossScriptRun(gas.run('tdrCheckClear', { history: true })) as { sheets: string[]; skipped: { sheet: string; reason: string }[] };
    expect(cleared.sheets).toEqual(['Synthèse GEC 2026-11', 'Historique']);
    expect(cleared.skipped).toEqual([expect.objectContaining({ sheet: 'Constats', reason: 'protected' })]);
  });

  it('the script removes an output sheet Sheets refused halfway, and still writes the other', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model, { now: NOW });
    // The summary's chart is refused.
    model.refuse = (call) => (call === 'Sheet.insertChart' ? 'Exception: Service Spreadsheets failed while accessing document' : null);
    const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null })) as PaneResult;
    expect(result.skipped).toEqual([
      { sheet: 'Synthèse GEC 2026-11', reason: 'refused', detail: 'Service Spreadsheets failed while accessing document' },
    ]);
    expect(model.sheets.some((s) => s.name === 'Synthèse GEC 2026-11')).toBe(false);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Historique']);
    expect(sheetNamed(model, 'Membres').rules.some(isToolRule)).toBe(true);
    // The menu says it too, in the user's language.
    model.refuse = undefined;
    model.toasts.length = 0;
    sheetNamed(model, 'Membres').protection = { canEdit: false };
    gas.run('menuSummary');
    expect(model.toasts[0]).toMatch(/Feuilles non traitées \(les autres l’ont été\) : Membres \(feuille protégée\)\. Retirez la protection/);
  });

  it('an unprotected workbook gives no skipped sheet', () => {
    const model = spreadsheetOf(sampleSheets());
    const result = acrossScriptRun(loadGas(model, { now: NOW }).run('tdrCheckValidate', { language: null })) as PaneResult;
    expect(result.skipped).toEqual([]);
  });
});

describe('H7: the tool\'s developer metadata is private to the script', () => {
  it('the fake makes metadata added without a visibility DOCUMENT-visible', () => {
    const model = withSheet('A');
    const rt = runtime(model);
    const sheet = new FakeSpreadsheet(rt).getSheetByName('A')!;
    sheet.addDeveloperMetadata('k', 'v');
    sheet.addDeveloperMetadata('k2', 'v', new FakeSpreadsheetApp(rt).DeveloperMetadataVisibility.PROJECT);
    expect(model.sheets[0].metadata.map((m) => m.visibility)).toEqual(['DOCUMENT', 'PROJECT']);
  });

  it('the script marks its sheets with PROJECT visibility', () => {
    const model = spreadsheetOf(sampleSheets());
    loadGas(model, { now: NOW }).run('tdrCheckValidate', { language: null });
    const marks = markedSheets(model).flatMap((s) => s.metadata);
    expect(marks).toHaveLength(3);
    expect(marks.every((m) => m.visibility === 'PROJECT')).toBe(true);
  });
});

describe('getRangeList, onOpen\'s authorisation, the lock', () => {
  it('the fake refuses getRangeList([]) as Sheets does; the script never asks it (a sheet with nothing to highlight)', () => {
    const model = withSheet('A');
    expect(thrown(() => new FakeSpreadsheet(runtime(model)).getSheetByName('A')!.getRangeList([]))).toMatch(/don't match the method signature/);
    // The sample's Documents sheet has no finding: the check still runs.
    const sample = spreadsheetOf(sampleSheets());
    expect(() => loadGas(sample, { now: NOW }).run('tdrCheckValidate', { language: null })).not.toThrow();
  });

  it('the fake gives no spreadsheet under AuthMode.NONE, and gives it under LIMITED', () => {
    const model = withSheet('A');
    const app = new FakeSpreadsheetApp(runtime(model));
    model.authMode = 'NONE';
    expect(thrown(() => app.getActive())).toMatch(/You do not have permission to call SpreadsheetApp.getActive/);
    expect(() => app.getUi().createMenu('x')).not.toThrow();
    model.authMode = 'LIMITED';
    expect(app.getActive().getName()).toBe('t');
  });

  it('the script builds its menu under AuthMode.NONE, in French when the user\'s language is neither', () => {
    const model = spreadsheetOf(sampleSheets());
    model.userLocale = 'de';
    const gas = loadGas(model);
    gas.run('onOpen', { authMode: 'NONE' });
    expect(model.menus.map((m) => m.title)).toEqual(['Conformité TdR']);
    // It tried the spreadsheet's locale, was refused, and went on.
    expect(gas.calls()).toContain('SpreadsheetApp.getActive');
    model.locale = 'en_GB';
    gas.run('onOpen', { authMode: 'LIMITED' });
    expect(model.menus.map((m) => m.title)).toEqual(['Conformité TdR', 'TdR compliance']);
    expect(digest(model)).toEqual(digest(spreadsheetOf(sampleSheets())));
  });

  it('the fake\'s tryLock gives up while another execution holds the lock; waitLock throws', () => {
    const model = withSheet('A');
    model.lock.elsewhere = true;
    const lock = new FakeLockService(runtime(model)).getDocumentLock()!;
    expect(lock.tryLock(10_000)).toBe(false);
    expect(thrown(() => lock.waitLock(10_000))).toMatch(/Lock timeout/);
    expect(model.lock.waits).toEqual([10_000, 10_000]);
    // The script's side: tests/apps-script/lock.test.ts (it says so and writes nothing).
  });
});
