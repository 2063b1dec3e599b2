// The Correspondances assistant in the real task pane, in headless Chromium over the fake Excel:
// on the sample register laid out its own way, the check finds the sheets missing; the pane offers
// Correspondances…, shows the suggestions as choices, writes exactly the confirmed rows in a new
// sheet (one write), leaves every other sheet as it was (R1), and checks again: the register's
// planted findings, at its own cells.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, ROOT, serve, webpackBuild } from '../ui/support/browser';
import { buildForeignSample, FOREIGN_FILE } from '../../examples/make-foreign-sample';
import { proposedRows, suggestMapping } from '../../core/workbook/suggest';
import type { WorkbookSnapshot } from '../../core/types';

jest.setTimeout(180_000);

const ORIGIN = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** What the real office.js loads in turn, served as empty scripts (as taskpane.test.ts does). */
const OFFICE_DEPENDENCY_SCRIPTS: Record<string, string> = {
  'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js': '/* MicrosoftAjax */',
  'https://res.cdn.office.net/files/fake/excel-web-16.00.js': '/* excel-web */',
};

let dist: string;
let officeDir: string;
let fakeOffice: string;
let browser: Browser;

const bare = buildForeignSample(false);
/** Excel's values: serial numbers for dates (the fake holds what Excel would). */
const EPOCH = Date.UTC(1899, 11, 30);
const excel = (c: unknown) => (c instanceof Date ? (c.getTime() - EPOCH) / 86400000 : c === undefined || c === '' ? null : c);
const sheets = bare.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(excel)) }));
const snapshot: WorkbookSnapshot = { name: FOREIGN_FILE, sheets: sheets as WorkbookSnapshot['sheets'] };
const expectedRows = proposedRows(suggestMapping(snapshot), 'fr');

beforeAll(async () => {
  dist = webpackBuild(path.join(ROOT, 'excel-addin', 'webpack.config.js'), 'production', {});
  officeDir = webpackBuild(path.join(ROOT, 'tests', 'excel-addin', 'support', 'webpack.fake-office.js'), 'development');
  fakeOffice = fs.readFileSync(path.join(officeDir, 'office.js'), 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of [dist, officeDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every sheet's cells (values and formats) and the syncs, as the fake workbook holds them. */
function state(page: Page) {
  return page.evaluate(() => {
    const wb = (window as unknown as { __fakeWorkbook: import('./support/fake-excel').FakeWorkbook }).__fakeWorkbook;
    return {
      syncs: wb.syncs,
      sheets: wb.sheets.map((s) => ({ name: s.name, cells: JSON.stringify([...s.cells].sort()) })),
    };
  });
}
function values(page: Page, name: string) {
  return page.evaluate((n) => {
    const wb = (window as unknown as { __fakeWorkbook: import('./support/fake-excel').FakeWorkbook }).__fakeWorkbook;
    const sheet = wb.sheets.find((s) => s.name === n)!;
    const rect = wb.usedRect(sheet, true);
    return rect ? wb.valuesOf(sheet, rect) : [];
  }, name);
}

describe('the Correspondances assistant in the Excel task pane', () => {
  it('proposes, writes exactly the confirmed rows, leaves the other sheets alone, and checks again', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const { refused } = await serve(page, ORIGIN, dist, { [OFFICE_JS]: fakeOffice, ...OFFICE_DEPENDENCY_SCRIPTS });
    await page.addInitScript((s) => {
      (window as unknown as { __TDR_FAKE__: unknown }).__TDR_FAKE__ = s;
    }, { name: FOREIGN_FILE, date1904: false, displayLanguage: 'fr-FR', sheets });
    await page.goto(`${ORIGIN}taskpane.html?run=1`);

    // The first check: the three required sheets are missing; the pane offers the assistant.
    await page.locator('.tdr-finding').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.tdr-finding .tdr-message').allTextContents()).toEqual(
      ['Groupes', 'Membres', 'Calendrier'].map((sheet) => expect.stringContaining(`« ${sheet} »`)),
    );
    const before = await state(page);
    const open = page.getByRole('button', { name: 'Correspondances…' });
    await open.click();

    // The choices: one select per tool name, the proposed candidate chosen; the first has the focus.
    const membres = page.getByLabel('Membres (obligatoire)', { exact: true });
    await membres.waitFor();
    expect(await membres.inputValue()).toBe('Liste des membres');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Membres › Expert titulaire', { exact: true }).inputValue()).toBe("Nom de l'expert");
    const role = page.getByLabel(/Membres › Rôle : « Animateur »/);
    expect(await role.locator('option:checked').textContent()).toBe('Dialogue Leader');
    expect(await page.locator('.tdr-mapping select').count()).toBe(expectedRows.length - 1);

    // By keyboard: the select changed with the arrow keys and back, then Enter on the button.
    await membres.focus();
    await page.keyboard.press('ArrowDown');
    expect(await membres.inputValue()).not.toBe('Liste des membres');
    await membres.selectOption('Liste des membres');
    if (process.env.TDR_SHOT) await page.screenshot({ path: process.env.TDR_SHOT, fullPage: true });
    const syncsBefore = (await state(page)).syncs;
    await page.getByRole('button', { name: 'Écrire et vérifier' }).focus();
    await page.keyboard.press('Enter');

    // The check ran again on the register's own sheets: its planted findings, at its cells.
    await page.locator('.tdr-detail', { hasText: 'ajoutées à la feuille « Correspondances »' }).waitFor({ timeout: 60_000 });
    const places = await page.locator('.tdr-finding .tdr-place').allTextContents();
    // (The pane names rules by title; the rule of each planted finding is checked in the core's tests.)
    expect(places.sort()).toEqual(bare.planted.map((p) => `${p.sheet}!${p.cell}`).sort());
    expect(await page.locator('.tdr-mapping-open').isHidden()).toBe(true);

    // The written sheet is exactly the confirmed rows; every other sheet of the user is unchanged
    // (the tool's highlight rules aside, which are not cells).
    expect(await values(page, 'Correspondances')).toEqual(expectedRows);
    const after = await state(page);
    for (const s of before.sheets) {
      if (s.name === 'Constats' || s.name.startsWith('Synthèse GEC') || s.name === 'Historique') continue;
      expect({ name: s.name, same: after.sheets.find((x) => x.name === s.name)?.cells === s.cells }).toEqual({ name: s.name, same: true });
    }
    expect(after.sheets.map((s) => s.name)).toContain('Correspondances');
    // The write: the sheet list, then the new sheet and its block in one sync; the check: four,
    // and one more to read the Correspondances sheet before the sheets it names.
    expect(after.syncs - syncsBefore).toBe(2 + 5);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });
});
