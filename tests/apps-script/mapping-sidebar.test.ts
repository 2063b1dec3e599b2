// The Correspondances assistant in the Google Sheets sidebar, end to end in headless Chromium: the
// built Code.js over the fake spreadsheet answers google.script.run. On the sample register laid
// out its own way the check finds the sheets missing; the sidebar offers Correspondances…, the
// user confirms, the server writes exactly those rows in a new sheet (a handful of calls, never
// one per row), the other sheets keep every cell (R1), and the check runs again on them.

import type { Browser, Page } from 'playwright-core';
import { loadGas, type Gas } from './gas-runtime';
import { serveSidebar } from './sidebar-page';
import { everyCell, sheetNamed, valuesOf } from './inspect';
import { spreadsheetOf } from './workbooks';
import type { SpreadsheetModel } from './fake-sheets';
import { launchChromium } from '../ui/support/browser';
import { buildForeignSample, FOREIGN_FILE } from '../../examples/make-foreign-sample';
import { proposedRows, suggestMapping } from '../../core/workbook/suggest';

jest.setTimeout(120_000);


describe('the Correspondances assistant in the Sheets sidebar', () => {
  const bare = buildForeignSample(false);
  let browser: Browser;
  let page: Page;
  let gas: Gas;
  let model: SpreadsheetModel;
  const problems: string[] = [];
  const serverCalls: string[] = [];

  beforeAll(async () => {
    model = spreadsheetOf(bare.sheets, 'Africa/Bamako', FOREIGN_FILE);
    gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuVerify');
    const html = model.sidebars[0];
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', (route) => void route.abort());
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    // Apps Script serves the page with google.script.run already defined.
    await serveSidebar(page, html, gas, serverCalls);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('proposes, writes the confirmed rows, and checks the register’s own sheets again', async () => {
    await page.waitForSelector('.tdr-findings .tdr-finding', { timeout: 30_000 });
    const before = new Map(bare.sheets.map((s) => [s.name, JSON.stringify(everyCell(sheetNamed(model, s.name)))]));
    await page.getByRole('button', { name: 'Correspondances…' }).click();
    const calendar = page.getByLabel('Calendrier (obligatoire)', { exact: true });
    await calendar.waitFor({ timeout: 30_000 });
    expect(await calendar.inputValue()).toBe('Agenda 2026');
    expect(serverCalls).toContain('tdrCheckSuggestMapping');

    // The user turns down the PTF directory: its sheet, and its column, are not written.
    await page.getByLabel('PTF', { exact: true }).selectOption('');
    const callsBefore = model.calls.length;
    await page.getByRole('button', { name: 'Écrire et vérifier' }).press('Enter');
    await page.locator('.tdr-detail', { hasText: 'Correspondances' }).waitFor({ timeout: 30_000 });

    // Exactly the confirmed rows (all proposed, but PTF's), as plain text.
    const snapshot = { name: FOREIGN_FILE, sheets: bare.sheets.map((s) => ({ name: s.name, rows: s.rows })) };
    const confirmed = proposedRows(suggestMapping(snapshot), 'fr').filter((r) => r[1] !== 'PTF' && !r[1].startsWith('PTF ›'));
    expect(valuesOf(sheetNamed(model, 'Correspondances'))).toEqual(confirmed);
    // The write: the sheet list, one new sheet, one block set as text, its header in bold.
    const after = model.calls.slice(callsBefore);
    const write = after.slice(after.indexOf('Spreadsheet.insertSheet'), after.indexOf('Range.setFontWeight') + 1);
    expect(write).toEqual(['Spreadsheet.insertSheet', 'Sheet.getRange', 'Range.setNumberFormat', 'Range.setValues', 'Sheet.getRange', 'Range.setFontWeight']);
    // R1: every cell of the user's sheets as it was.
    for (const [name, cells] of before) expect({ name, same: JSON.stringify(everyCell(sheetNamed(model, name))) === cells }).toEqual({ name, same: true });

    // The check ran again through the new sheet: the planted findings at the register's cells.
    const places = await page.locator('.tdr-finding .tdr-place').allTextContents();
    // (The pane names rules by title; the rule of each planted finding is checked in the core's tests.)
    expect(places.sort()).toEqual(bare.planted.map((p) => `${p.sheet}!${p.cell}`).sort());
    expect(serverCalls.slice(-2)).toEqual(['tdrCheckWriteMapping', 'tdrCheckValidate']);
    expect(problems).toEqual([]);
  });
});
