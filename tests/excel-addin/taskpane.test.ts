// The built add-in: bundle size (P5), no eval (S4), its Content-Security-Policy and requests (S3),
// and the real task pane in headless Chromium over the fake Excel: it runs, lists the findings,
// filters, selects cells, escapes workbook text (S2); the ribbon's function commands work.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { validateWorkbook } from '../../core';
import { launchChromium, ROOT, serve, webpackBuild } from '../ui/support/browser';
import { readSnapshot, SAMPLE } from './support/workbooks';

jest.setTimeout(180_000);

const ORIGIN = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const BASE_URL = 'https://addin.example.org/tdr-check/';
const MAX_SCRIPT = 250 * 1024;
const XSS = '<img src=x onerror="window.__xss=1">';
/** What the real office.js loads in turn, served as empty scripts (the fake office.js loads them). */
const OFFICE_DEPENDENCY_SCRIPTS: Record<string, string> = {
  'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js': '/* MicrosoftAjax */',
  'https://res.cdn.office.net/files/fake/excel-web-16.00.js': '/* excel-web */',
};

let dist: string;
let officeDir: string;
let fakeOffice: string;
let browser: Browser;

/** The sample as Excel holds it, with workbook text that must not become markup. */
const snapshot = readSnapshot(SAMPLE);
const members = snapshot.sheets.find((s) => s.name === 'Membres')!;
members.rows[3][0] = XSS;
const expected = validateWorkbook(snapshot).report;

const scripts = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

beforeAll(async () => {
  dist = webpackBuild(path.join(ROOT, 'excel-addin', 'webpack.config.js'), 'production', { ADDIN_BASE_URL: BASE_URL });
  officeDir = webpackBuild(path.join(ROOT, 'tests', 'excel-addin', 'support', 'webpack.fake-office.js'), 'development');
  fakeOffice = fs.readFileSync(path.join(officeDir, 'office.js'), 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of [dist, officeDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the build', () => {
  it('holds the pages, their scripts, the stylesheet, the icons and the manifest', () => {
    const files = fs.readdirSync(dist).sort();
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'pane.css', 'legacy.js', 'manifest.xml', 'assets']));
    expect(scripts(dist).filter((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
    expect(scripts(dist).filter((f) => /^commands\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
    const manifest = read('manifest.xml');
    for (const icon of manifest.match(/assets\/[\w-]+\.png/g) ?? []) expect(fs.existsSync(path.join(dist, icon))).toBe(true);
  });

  it('keeps each script of the pane and the commands under 250 KB (P5)', () => {
    for (const f of scripts(dist).filter((x) => x !== 'legacy.js')) {
      const size = fs.statSync(path.join(dist, f)).size;
      expect({ file: f, size, under: size <= MAX_SCRIPT }).toEqual({ file: f, size, under: true });
    }
  });

  it('has no eval and no new Function in any script (S4)', () => {
    for (const f of scripts(dist)) {
      const js = read(f);
      expect(js).not.toMatch(/(^|[^.\w$])eval\s*\(/);
      expect(js).not.toMatch(/new\s+Function\s*\(/);
      expect(js).not.toMatch(/(^|[^.\w$])Function\s*\(\s*["'`]/);
      expect(js).not.toMatch(/set(Timeout|Interval)\(\s*["'`]/);
    }
  });

  it('gives both pages a Content-Security-Policy without inline or eval scripts (S3)', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = read(page);
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1];
      // H2: every origin office.js loads from (the hosted library, its Ajax dependency, Office's
      // newer CDN), and nothing else.
      expect(scriptSrc.split(/\s+/).sort()).toEqual(["'self'", 'https://*.cdn.office.net', 'https://ajax.aspnetcdn.com', 'https://appsforoffice.microsoft.com']);
      for (const directive of ['connect-src', 'frame-src', 'img-src']) {
        const list = new RegExp(`${directive} ([^;]+)`).exec(csp)![1].split(/\s+/);
        expect(list).toEqual(expect.arrayContaining(['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com', 'https://*.cdn.office.net']));
      }
      expect(csp).not.toMatch(/unsafe-eval/);
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.every((t) => /\bsrc=/.test(t))).toBe(true);
      expect(html).toContain(OFFICE_JS);
    }
  });

  it('writes legacy.js in ES5, for the old webviews it must speak to', () => {
    const js = read('legacy.js');
    expect(js).not.toMatch(/=>|\bconst\b|\blet\b|`|\bclass\b/);
    expect(js).toContain('tdr-legacy');
  });

  it('rewrites the manifest for the server given by ADDIN_BASE_URL', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('https://localhost:3000/');
    expect(manifest).toContain(`${BASE_URL}taskpane.html?run=1`);
    expect(manifest).toContain(`${BASE_URL}commands.html`);
  });
});

interface Opened {
  page: Page;
  refused: string[];
  errors: string[];
  dialogs: string[];
}

async function open(file: string, spec: Record<string, unknown> = {}, init?: () => void): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { refused } = await serve(page, ORIGIN, dist, { [OFFICE_JS]: fakeOffice, ...OFFICE_DEPENDENCY_SCRIPTS });
  await page.addInitScript((s) => {
    (window as unknown as { __TDR_FAKE__: unknown }).__TDR_FAKE__ = s;
  }, {
    name: snapshot.name,
    date1904: false,
    displayLanguage: 'fr-FR',
    sheets: snapshot.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c === undefined ? null : c))) })),
    ...spec,
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${ORIGIN}${file}`);
  return { page, refused, errors, dialogs };
}

interface FakeView {
  syncs: number;
  sheets: string[];
  active: string | null;
  selection: string | null;
  rules: number;
}

/** What the test needs of the fake workbook living in the page. */
function fake(page: Page): Promise<FakeView> {
  return page.evaluate(() => {
    const wb = (window as unknown as { __fakeWorkbook: import('./support/fake-excel').FakeWorkbook }).__fakeWorkbook;
    return {
      syncs: wb.syncs,
      sheets: wb.sheets.map((s) => s.name),
      active: wb.active?.name ?? null,
      selection: wb.active?.selection ?? null,
      rules: wb.sheets.reduce((n, s) => n + s.rules.length, 0),
    };
  });
}

describe('the task pane in Chromium over the fake Excel', () => {
  it('runs when opened from Vérifier, lists the findings, filters, selects, escapes', async () => {
    const { page, refused, errors, dialogs } = await open('taskpane.html?run=1');
    await page.locator('.tdr-finding').first().waitFor({ timeout: 60_000 });
    const s = expected.summary;
    expect(await page.locator('.tdr-counts .tdr-count').allTextContents()).toEqual([s.errors, s.warnings, s.infos, s.waived].map(String));
    expect(await page.locator('.tdr-shown').textContent()).toBe(
      `${Math.min(200, expected.findings.length)} ${Math.min(200, expected.findings.length) > 1 ? 'constats affichés' : 'constat affiché'} sur ${expected.findings.length}`,
    );
    expect(await page.locator('.tdr-gts tbody tr').count()).toBe(s.gts.length + 1);

    // The run: two syncs to read, two to write; the output sheets are there.
    expect((await fake(page)).syncs).toBe(4);
    expect((await fake(page)).sheets.slice(-3)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);

    // Filter: the errors only.
    await page.getByLabel('Sévérité').selectOption('error');
    expect(await page.locator('.tdr-finding').count()).toBe(Math.min(200, s.errors));
    expect(new Set(await page.locator('.tdr-finding .tdr-badge').allTextContents())).toEqual(new Set(['erreur']));

    // Workbook text stays text.
    const xss = expected.findings.find((f) => f.message.includes(XSS) && !f.waived)!;
    expect(xss).toBeDefined();
    await page.getByLabel('Sévérité').selectOption(xss.severity);
    const item = page.locator('.tdr-finding', { hasText: XSS }).first();
    expect(await item.locator('.tdr-message').textContent()).toBe(xss.message);
    expect(await page.locator('#tdr-pane img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // A click selects the cell in the workbook.
    await item.locator('.tdr-finding-main').click();
    await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: { active: { name: string } } }).__fakeWorkbook.active.name === 'Membres');
    expect((await fake(page)).selection).toBe(xss.cell);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('enforces its Content-Security-Policy: an injected inline script does not run', async () => {
    const { page } = await open('taskpane.html');
    await page.getByRole('button', { name: 'Vérifier' }).waitFor();
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inline?: number }).__inline ?? null;
    });
    expect(ran).toBeNull();
    await page.close();
  });

  it('waits for the user when opened without run=1', async () => {
    const { page, errors } = await open('taskpane.html');
    await page.getByRole('button', { name: 'Vérifier' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Cliquez sur Vérifier pour contrôler le classeur.');
    expect((await fake(page)).syncs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks English in an English Excel', async () => {
    const { page } = await open('taskpane.html', { displayLanguage: 'en-US' });
    await page.getByRole('button', { name: 'Check' }).waitFor();
    expect(await page.title()).toBe('TdR compliance');
    await page.close();
  });

  it('says so on an Excel without ExcelApi 1.9', async () => {
    const { page } = await open('taskpane.html?run=1', { excelApi19: false });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/ExcelApi 1\.9/);
    expect((await fake(page)).syncs).toBe(0);
    await page.close();
  });

  it('shows a clear message on a webview too old for the pane', async () => {
    const { page } = await open('taskpane.html?run=1', {}, () => {
      delete (Array.prototype as { flatMap?: unknown }).flatMap;
    });
    await page.locator('#tdr-legacy').waitFor({ state: 'visible' });
    expect(await page.locator('#tdr-legacy').textContent()).toContain('Microsoft Edge WebView2');
    expect(await page.locator('#tdr-pane').isHidden()).toBe(true);
    expect((await fake(page)).syncs).toBe(0);
    await page.close();
  });

  it('H2: a policy allowing only appsforoffice.microsoft.com stops office.js (the fake refuses); ours lets it start', async () => {
    const html = read('taskpane.html');
    const old = html.replace(/(script-src [^;]*)/, "script-src 'self' https://appsforoffice.microsoft.com");
    expect(old).not.toBe(html);
    fs.writeFileSync(path.join(dist, 'old-csp.html'), old);
    try {
      const before = await open('old-csp.html?run=1');
      expect(await before.page.evaluate(() => (window as unknown as { __officeLoaded: Promise<string> }).__officeLoaded)).toMatch(
        /could not load https:\/\/ajax\.aspnetcdn\.com/,
      );
      // The pane never starts: it still says "Loading" and nothing was read.
      expect(await before.page.locator('#tdr-pane').textContent()).toContain('Chargement');
      expect((await fake(before.page)).syncs).toBe(0);
      await before.page.close();
    } finally {
      fs.rmSync(path.join(dist, 'old-csp.html'));
    }
    const now = await open('taskpane.html');
    expect(await now.page.evaluate(() => (window as unknown as { __officeLoaded: Promise<string> }).__officeLoaded)).toBe('loaded');
    await now.page.locator('.tdr-commands button').first().waitFor();
    expect(now.refused).toEqual([]);
    await now.page.close();
  });

  it('runs the ribbon’s function commands from commands.html', async () => {
    const { page, errors, refused } = await open('commands.html');
    const command = (name: string) =>
      page.evaluate(
        (n) =>
          new Promise<void>((resolve) => {
            (window as unknown as Record<string, (e: { completed(): void }) => void>)[n]({ completed: resolve });
          }),
        name,
      );
    await page.waitForFunction(() => typeof (window as unknown as { tdrCheckSummary?: unknown }).tdrCheckSummary === 'function');
    await command('tdrCheckSummary');
    expect((await fake(page)).active).toBe('Synthèse GEC 2026-11');
    expect((await fake(page)).rules).toBeGreaterThan(0);
    // The ribbon's Effacer keeps the history (presentation.md §1; only the pane can clear it).
    await command('tdrCheckClear');
    expect((await fake(page)).sheets).toEqual([...snapshot.sheets.map((s) => s.name), 'Historique']);
    expect((await fake(page)).rules).toBe(0);
    await command('tdrCheckTemplate');
    expect((await fake(page)).sheets).toEqual([...snapshot.sheets.map((s) => s.name), 'Historique']);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);

    // H6: a command Excel refuses opens a dialog saying so, in the user's language, and completes
    // once the user closes it.
    await page.evaluate(() => {
      (window as unknown as { __fakeWorkbook: { refuse: (c: string) => string | null } }).__fakeWorkbook.refuse = (c) => (c.startsWith('worksheets.load') ? 'GeneralException' : null);
    });
    await command('tdrCheckClear');
    const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}notice.html`);
    const text = decodeURIComponent(url.hash.slice(1));
    expect(text).toMatch(/^La commande « Effacer » n’a pas abouti : GeneralException/);
    await page.close();

    // The dialog's page shows that text as text.
    const notice = await open(`notice.html${url.search}#${encodeURIComponent(`${text} ${XSS}`)}`);
    await notice.page.waitForFunction(() => (document.getElementById('tdr-notice-text')?.textContent ?? '') !== '');
    expect(await notice.page.locator('#tdr-notice-text').textContent()).toBe(`${text} ${XSS}`);
    expect(await notice.page.locator('img').count()).toBe(0);
    expect(notice.errors).toEqual([]);
    expect(notice.refused).toEqual([]);
    await notice.page.close();
  });
});
