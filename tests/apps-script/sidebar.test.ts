// The sidebar in a real browser (Debian's Chromium, driven by playwright-core), end to end: the
// page the menu's Vérifier opens, its google.script.run calls answered by the built Code.js over
// the fake spreadsheet (arguments and results passed as JSON, as Apps Script does). It runs at
// once, lists the findings, selects a finding's cell, clears; workbook text shows as text and
// runs nothing (S2); the page asks nothing of the network.

import type { Browser, Page } from 'playwright-core';
import type { Cell } from '../../core/types';
import { loadGas, type Gas } from './gas-runtime';
import { serveSidebar } from './sidebar-page';
import { markedSheets } from './inspect';
import { sampleSheets, spreadsheetOf } from './workbooks';
import type { SpreadsheetModel } from './fake-sheets';
import { launchChromium } from '../ui/support/browser';

jest.setTimeout(90_000);

const XSS = '<img src=x onerror=alert(1)>';

/** google.script.run over a binding to Node, where Code.js answers. */

/** Waits until `read()` gives `want` (the sidebar's calls are asynchronous). */
async function until<T>(read: () => T, want: T, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (read() === want) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(read()).toBe(want);
}

function hostileWorkbook(): SpreadsheetModel {
  const sheets = sampleSheets();
  const members = sheets.find((s) => s.name === 'Membres')!;
  const row: Cell[] = members.rows[1].slice();
  row[0] = XSS;
  members.rows.push(row);
  return spreadsheetOf(sheets, 'Africa/Bamako', XSS);
}

describe('the sidebar in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let gas: Gas;
  let model: SpreadsheetModel;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const problems: string[] = [];
  const serverCalls: string[] = [];

  beforeAll(async () => {
    model = hostileWorkbook();
    gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuVerify');
    const html = model.sidebars[0];

    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      void route.abort();
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    // Apps Script serves the page with google.script.run already defined.
    await serveSidebar(page, html, gas, serverCalls);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the check at once when opened from Vérifier, and shows the counts and findings', async () => {
    await page.waitForSelector('.tdr-findings .tdr-finding', { timeout: 30_000 });
    expect(serverCalls[0]).toBe('tdrCheckValidate');
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    const counts = await page.locator('.tdr-counts .tdr-count').allTextContents();
    expect(counts).toHaveLength(4);
    const items = await page.locator('.tdr-findings .tdr-finding').count();
    expect(items).toBeGreaterThan(10);
  });

  it('shows workbook text as text and runs none of it (S2)', async () => {
    const text = await page.locator('.tdr-pane').innerText();
    expect(text).toContain(XSS);
    expect(await page.locator('.tdr-pane img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('selects the cell of a finding on a click', async () => {
    const button = page.locator('.tdr-findings button.tdr-finding-main', { hasText: 'Membres!' }).first();
    const place = (await button.locator('.tdr-place').innerText()).trim();
    await button.click();
    await until(() => model.activeRange, place.split('!')[1]);
    expect(serverCalls).toContain('tdrCheckSelect');
  });

  it('clears the tool\'s sheets and rules from the Effacer button, the history only when asked and confirmed', async () => {
    await page.locator('button[data-command="clear"]').click();
    await until(() => markedSheets(model).map((s) => s.name).join(), 'Historique');
    await page.waitForFunction(() => document.querySelector('.tdr-result')?.hasAttribute('hidden'));
    expect(model.sheets.every((s) => s.rules.every((r) => r.values[0] !== '=ISTEXT("tdr-check")'))).toBe(true);
    expect(await page.locator('p.tdr-status[role="status"]').innerText()).toMatch(/(historique est conservé|history is kept) \((feuille|sheet) Historique\)/);
    // Asked, through the pane's own confirmation, it goes too.
    await page.locator('#tdr-clear-history').check();
    await page.locator('button[data-command="clear"]').click();
    await page.locator('button[data-command="clear-confirm"]').click();
    await until(() => markedSheets(model).length, 0);
    expect(serverCalls.filter((c) => c === 'tdrCheckClear')).toHaveLength(2);
  });

  it('made no request and raised no error', () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
