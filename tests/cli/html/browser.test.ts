// The HTML report in a real browser (S2): Debian's Chromium, driven by playwright-core. It renders,
// the filters hide and show rows, hostile workbook text shows as text and runs nothing, and no
// request leaves the page.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../../cli/html/report';
import { hostileReport, QUOTES, XSS } from './fixtures';

// Debian's chromium (.ci/run installs it). Required: without it this suite fails, it does not skip.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

describe('the HTML report in headless Chromium', () => {
  const { report, plan } = hostileReport();
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is required for this test: ${CHROMIUM} is missing (apt-get install chromium)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-html-'));
    const file = path.join(dir, 'rapport.html');
    fs.writeFileSync(file, renderHtml(report, plan));
    url = `file://${file}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const visibleRows = () =>
    page.$$eval('#findings-table tbody tr', (rows) =>
      rows
        .filter((r) => !(r as HTMLElement).hidden && (r as HTMLElement).offsetParent !== null)
        .map((r) => ({ severity: r.getAttribute('data-severity'), gt: r.getAttribute('data-gt'), rule: r.getAttribute('data-rule'), waived: r.getAttribute('data-waived') })),
    );

  test('it renders: title, per-GT table, chart, points of attention, findings', async () => {
    expect(await page.textContent('h1')).toBe(plan.summary.title);
    expect(await page.$$eval('#gt-table tbody tr', (r) => r.length)).toBe(6);
    const box = await page.locator('#chart').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(await page.$$eval('#chart rect', (r) => r.length)).toBe(plan.summary.gts.filter((g) => g.score !== null).length);
    expect(await page.$$eval('#attention-table tbody tr', (r) => r.length)).toBe(plan.summary.attention.length);
    expect((await visibleRows()).length).toBe(report.findings.length);
    expect(problems).toEqual([]);
  });

  test('the severity filter hides and shows rows', async () => {
    await page.selectOption('#filter-severity', 'error');
    const errors = report.findings.filter((f) => f.severity === 'error' && !f.waived).length;
    const rows = await visibleRows();
    expect(errors).toBeGreaterThan(0);
    expect(rows).toHaveLength(errors);
    expect(rows.every((r) => r.severity === 'error' && r.waived === '0')).toBe(true);
    expect(await page.textContent('#shown')).toBe(`${errors} ${errors > 1 ? 'constats affichés' : 'constat affiché'} sur ${report.findings.length}`);
    await page.selectOption('#filter-severity', '');
    expect((await visibleRows()).length).toBe(report.findings.length);
  });

  test('the GT and rule filters combine', async () => {
    await page.selectOption('#filter-gt', XSS);
    const forGt = report.findings.filter((f) => f.gt === XSS);
    expect(forGt.length).toBeGreaterThan(0);
    expect((await visibleRows()).every((r) => r.gt === XSS)).toBe(true);
    expect((await visibleRows()).length).toBe(forGt.length);
    const rule = forGt[0].ruleId;
    await page.selectOption('#filter-rule', rule);
    expect((await visibleRows()).length).toBe(forGt.filter((f) => f.ruleId === rule).length);
    await page.selectOption('#filter-gt', '');
    expect((await visibleRows()).length).toBe(report.findings.filter((f) => f.ruleId === rule).length);
    await page.selectOption('#filter-rule', '');
    expect((await visibleRows()).length).toBe(report.findings.length);
  });

  test('a group named with HTML shows as text and runs nothing', async () => {
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain(XSS);
    expect(text).toContain(QUOTES);
    expect(await page.$$eval('img', (i) => i.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(dialogs).toEqual([]);
  });

  test('no request leaves the page', () => {
    expect(requests.filter((r) => r !== url)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
