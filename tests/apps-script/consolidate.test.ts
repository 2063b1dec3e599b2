// scope.md, Consolider in the Google Sheets sidebar: headless Chromium, the built sidebar page with
// google.script.run answered by the built Code.js over the fake spreadsheet. Two real coordinators'
// .xlsx files picked in the file input are read and checked in the sidebar (the script keeps its
// two scopes); the consolidated sheets are written as the tool's own, and Effacer removes them.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { loadGas, type Gas } from './gas-runtime';
import { serveSidebar } from './sidebar-page';
import { markedSheets } from './inspect';
import { sampleSheets, spreadsheetOf } from './workbooks';
import type { SpreadsheetModel } from './fake-sheets';
import { launchChromium, ROOT } from '../ui/support/browser';

jest.setTimeout(90_000);

const COORDINATORS = path.join(ROOT, 'examples', 'coordinateurs');


describe('Consolider in the sidebar', () => {
  let browser: Browser;
  let page: Page;
  let gas: Gas;
  let model: SpreadsheetModel;
  const requests: string[] = [];
  const problems: string[] = [];
  const serverCalls: string[] = [];

  beforeAll(async () => {
    model = spreadsheetOf(sampleSheets());
    gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuPane');
    const html = model.sidebars[0];
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR' });
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      void route.abort();
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('dialog', (d) => void d.accept());
    // Apps Script serves the page with google.script.run already defined.
    await serveSidebar(page, html, gas, serverCalls);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the two files in the sidebar, a line each, and writes the consolidated sheets', async () => {
    const before = model.sheets.map((s) => s.name);
    await page.locator('#tdr-consolidate-files').setInputFiles(
      ['coordination-gt4.xlsx', 'coordination-gt5.xlsx'].map((f) => path.join(COORDINATORS, f)),
    );
    await page.waitForFunction(() => /consolidé|illisible/.test(document.querySelector('.tdr-consolidate')?.textContent ?? '') || document.querySelector('.tdr-consolidate .tdr-alert')?.textContent, undefined, { timeout: 60_000 });
    expect(await page.locator('.tdr-consolidate .tdr-alert').textContent()).toBe('');
    expect(problems).toEqual([]);
    expect(await page.locator('.tdr-consolidate-progress li').allTextContents()).toEqual([
      'coordination-gt4.xlsx : vérifié (périmètre GT4), 0 erreur(s), 0 avertissement(s)',
      'coordination-gt5.xlsx : vérifié (périmètre GT5), 0 erreur(s), 0 avertissement(s)',
    ]);
    expect(await page.locator('.tdr-consolidate .tdr-findings li').count()).toBe(3); // GT1, GT2, GT3 uncovered
    // presentation.md §3: each with its rule's title, and the TdR's words on demand.
    for (const text of await page.locator('.tdr-consolidate .tdr-findings li').allTextContents()) {
      expect(text).toContain('(Chaque GT PTF couvert par un seul classeur · consolidation/gt-coverage)');
      expect(text).toContain('Texte des TdR (II.1, II.7, I.3)');
    }
    // The files never went to the server: only the sheet names and the consolidated sheets did.
    expect(serverCalls).toEqual(['tdrCheckSheetNames', 'tdrCheckWriteSheets']);
    expect(model.sheets.map((s) => s.name)).toEqual([...before, 'Synthèse GEC 2026-11', 'Constats', 'Classeurs']);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Classeurs']);
  });

  it('Effacer removes them like the tool’s other sheets', async () => {
    await page.locator('button[data-command="clear"]').click();
    const end = Date.now() + 20_000;
    while (markedSheets(model).length > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(markedSheets(model)).toEqual([]);
  });

  it('keeps the script’s two scopes, made no request and raised no error', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'apps-script', 'appsscript.json'), 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
