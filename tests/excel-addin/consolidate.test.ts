// scope.md, Consolider in the Excel task pane: headless Chromium over the fake Excel, two real
// coordinators' .xlsx files picked in the file input, read and checked in the page; a progress
// line per file, the consolidated result in the pane, the consolidated sheets written into the
// open workbook as the tool's own (Effacer removes them), no request but office.js.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, ROOT, serve, webpackBuild } from '../ui/support/browser';
import { readSnapshot, SAMPLE } from './support/workbooks';

jest.setTimeout(180_000);

const ORIGIN = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const COORDINATORS = path.join(ROOT, 'examples', 'coordinateurs');
/** What the real office.js loads in turn, served as empty scripts (the fake office.js loads them). */
const OFFICE_DEPENDENCY_SCRIPTS: Record<string, string> = {
  'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js': '/* MicrosoftAjax */',
  'https://res.cdn.office.net/files/fake/excel-web-16.00.js': '/* excel-web */',
};
const FILES = ['coordination-gt1.xlsx', 'coordination-gt2.xlsx'].map((f) => path.join(COORDINATORS, f));

let dist: string;
let officeDir: string;
let fakeOffice: string;
let browser: Browser;
const snapshot = readSnapshot(SAMPLE);

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

async function open(): Promise<{ page: Page; refused: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => void d.accept());
  const { refused } = await serve(page, ORIGIN, dist, { [OFFICE_JS]: fakeOffice, ...OFFICE_DEPENDENCY_SCRIPTS });
  await page.addInitScript((s) => {
    (window as unknown as { __TDR_FAKE__: unknown }).__TDR_FAKE__ = s;
  }, {
    name: snapshot.name,
    date1904: false,
    displayLanguage: 'fr-FR',
    sheets: snapshot.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c === undefined ? null : c))) })),
  });
  await page.goto(`${ORIGIN}taskpane.html`);
  return { page, refused, errors };
}

const sheets = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheets: { name: string }[] } }).__fakeWorkbook.sheets.map((s) => s.name));

describe('Consolider in the Excel task pane', () => {
  it('reads two coordinators’ workbooks in the page, shows a line per file and the result, writes the tool’s sheets', async () => {
    const { page, refused, errors } = await open();
    await page.getByRole('button', { name: 'Consolider' }).waitFor();
    const before = await sheets(page);
    await page.locator('#tdr-consolidate-files').setInputFiles(FILES);
    await page.locator('.tdr-consolidate .tdr-status', { hasText: 'consolidé' }).waitFor({ timeout: 60_000 });

    expect(await page.locator('.tdr-consolidate-progress li').allTextContents()).toEqual([
      'coordination-gt1.xlsx : vérifié (périmètre GT1), 0 erreur(s), 0 avertissement(s)',
      'coordination-gt2.xlsx : vérifié (périmètre GT2), 0 erreur(s), 0 avertissement(s)',
    ]);
    // Three GT are covered by no file picked: consolidation/gt-coverage, no workbook holds the cell.
    const findings = await page.locator('.tdr-consolidate .tdr-findings li').allTextContents();
    expect(findings).toHaveLength(3);
    for (const [i, gt] of ['GT3', 'GT4', 'GT5'].entries()) {
      expect(findings[i]).toContain(`ne couvre ${gt}`);
      expect(findings[i]).toContain('consolidation/gt-coverage');
      // presentation.md §3: the rule's title with the finding, the TdR's words on demand.
      expect(findings[i]).toContain('(Chaque GT PTF couvert par un seul classeur · consolidation/gt-coverage)');
    }
    const quote = page.locator('.tdr-consolidate .tdr-findings li').first().locator('details.tdr-quote');
    expect(await quote.locator('summary').textContent()).toBe('Texte des TdR (II.1, II.7, I.3)');
    expect(await quote.locator('p').textContent()).toMatch(/^« Les 5 nouveaux GT PTF, qui sont désormais alignés sur ceux du CREDD/);
    const rows = await page.locator('.tdr-consolidate tbody tr').allTextContents();
    expect(rows[0]).toContain('coordination-gt1.xlsx');
    expect(rows[1]).toContain('coordination-gt2.xlsx');

    const after = await sheets(page);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Classeurs']);

    // Effacer removes the consolidated sheets like the tool's others.
    await page.getByRole('button', { name: 'Effacer' }).click();
    await page.waitForFunction((n) => (window as unknown as { __fakeWorkbook: { sheets: unknown[] } }).__fakeWorkbook.sheets.length === n, before.length);
    expect(await sheets(page)).toEqual(before);

    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('a file that cannot be read is named, and nothing is written', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Consolider' }).waitFor();
    const before = await sheets(page);
    await page.locator('#tdr-consolidate-files').setInputFiles([
      { name: 'coordination-gt1.xlsx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(FILES[0]) },
      { name: 'abime.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK not a zip') },
    ]);
    await page.locator('.tdr-consolidate .tdr-alert', { hasText: 'abime.xlsx' }).waitFor({ timeout: 60_000 });
    const lines = await page.locator('.tdr-consolidate-progress li').allTextContents();
    expect(lines[1]).toMatch(/^abime\.xlsx : illisible/);
    expect(await sheets(page)).toEqual(before);
    await page.close();
  });
});
