// The HTML report as the GEC handout (presentation.md §1-2), in headless Chromium: the sample
// checked in October, then its copy in November, so that the report has a trend. On a phone
// (390 px) the page never scrolls sideways; printed (print emulation, A4 landscape) the filters
// are hidden, every column of the GT table fits the page and every finding is shown.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { main, type Io } from '../../../cli/main';
import { CHART_COLOURS } from '../../../core/plan/types';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

function run(args: string[]): void {
  const io: Io = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, now: '2026-11-15T10:00:00Z' };
  main(args, io);
}

describe('the HTML report on a phone and on paper', () => {
  let dir: string;
  let url: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is required for this test: ${CHROMIUM} is missing (apt-get install chromium)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-handout-'));
    const october = path.join(dir, 'octobre.xlsx');
    const html = path.join(dir, 'rapport.html');
    run(['--date', '2026-10-15', '--out', october, path.join(ROOT, 'examples/secretariat-ptf.xlsx')]);
    run(['--date', '2026-11-15', '--html', html, october]);
    url = `file://${html}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
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

  test('at 390 px the page does not scroll sideways; the wide tables scroll inside their box', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const gt = await page.evaluate(() => {
      const box = document.querySelector('#gt-table')!.parentElement!;
      return { scroll: box.scrollWidth, client: box.clientWidth, overflow: getComputedStyle(box).overflowX };
    });
    expect(gt.scroll).toBeGreaterThan(gt.client);
    expect(gt.overflow).toBe('auto');
    // The charts shrink to the screen.
    for (const id of ['#chart', '#trend-chart']) expect((await page.locator(id).boundingBox())!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(dir, 'phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  test('at 390 px the points of attention and the findings read as cards, each line under its column’s name', async () => {
    for (const id of ['#attention-table', '#findings-table']) {
      const card = await page.evaluate((sel) => {
        const table = document.querySelector(sel)!;
        const row = table.querySelector('tbody tr')!;
        const cell = Array.from(row.querySelectorAll('td')).find((td) => td.textContent!.length > 60)!;
        return {
          head: getComputedStyle(table.querySelector('thead')!).display,
          row: getComputedStyle(row).display,
          label: getComputedStyle(cell, '::before').content,
          header: Array.from(table.querySelectorAll('thead th'))[Array.from(row.children).indexOf(cell)].textContent,
          width: cell.getBoundingClientRect().width,
          scroll: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
        };
      }, id);
      expect(card.head).toBe('none');
      expect(card.row).toBe('block');
      // The long text spans the card, not a narrow column to scroll to.
      expect(card.label).toBe(JSON.stringify(card.header));
      expect(card.width).toBeGreaterThan(300);
      expect(card.scroll).toBe(0);
    }
    // The filters still hide whole cards.
    await page.selectOption('#filter-severity', 'error');
    const shown = await page.$$eval('#findings-table tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(await page.$$eval('#findings-table tbody tr', (rows) => rows.length));
    await page.selectOption('#filter-severity', '');
    await page.screenshot({ path: path.join(dir, 'phone-cards.png'), fullPage: true });
  });

  test('the bars are coloured by each GT’s worst finding, and labelled with the score', async () => {
    const bars = await page.$$eval('#chart rect.bar', (rs) => rs.map((r) => ({ worst: r.getAttribute('data-worst'), fill: r.getAttribute('fill') })));
    expect(bars).toHaveLength(5);
    for (const b of bars) expect(b.fill).toBe(CHART_COLOURS[b.worst as keyof typeof CHART_COLOURS]);
    // The sample has GTs with an error and GTs with warnings only: two colours.
    expect(new Set(bars.map((b) => b.fill)).size).toBeGreaterThan(1);
    const labels = await page.$$eval('#chart text', (ts) => ts.map((t) => t.textContent));
    expect(labels).toEqual(expect.arrayContaining(['96,7', '98,8']));
  });

  test('the trend: two months per GT and the change since October', async () => {
    const head = await page.$$eval('#trend-table th', (ths) => ths.map((t) => t.textContent));
    expect(head).toEqual(['GT', '2026-10', '2026-11', 'Évolution depuis 2026-10']);
    const rows = await page.$$eval('#trend-table tbody tr', (trs) => (trs as HTMLTableRowElement[]).map((tr) => Array.from(tr.cells, (c) => c.textContent)));
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r[3]).toMatch(/^([+−]\d+(,\d)? pts?|0 pt)$/);
    expect(await page.$$eval('#trend-chart polyline', (p) => p.length)).toBe(5);
  });

  test('printed: A4 landscape, filters hidden, every GT column on the page, every finding shown', async () => {
    await page.selectOption('#filter-severity', 'error');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1047, height: 740 }); // A4 landscape less 10 mm margins, at 96 dpi
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('filters')!).display)).toBe('none');
    const fits = await page.evaluate(() => {
      const table = document.getElementById('gt-table')!;
      return { right: table.getBoundingClientRect().right, width: document.documentElement.clientWidth, cols: table.querySelectorAll('thead th').length };
    });
    expect(fits.cols).toBe(14);
    expect(fits.right).toBeLessThanOrEqual(fits.width);
    const shown = await page.$$eval('#findings-table tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(await page.$$eval('#findings-table tbody tr', (rows) => rows.length));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
    expect(Number(size[1])).toBeCloseTo(841.9, 0);
    expect(Number(size[2])).toBeCloseTo(595.3, 0);
    await page.emulateMedia({ media: 'screen' });
    await page.selectOption('#filter-severity', '');
  });

  // presentation.md §2-3: on paper every finding shows its rule's title and the TdR's words, which
  // on screen wait behind a closed <details>.
  test('printed: every finding shows its rule title and TdR quote, the closed details included', async () => {
    const quoteShown = () =>
      page.$$eval('#findings-table tbody details', (ds) =>
        ds.map((d) => (d.querySelector('.quote') as HTMLElement).checkVisibility() && (d.querySelector('.quote') as HTMLElement).getBoundingClientRect().height > 0),
      );
    expect((await quoteShown()).length).toBeGreaterThan(10);
    expect(await quoteShown()).not.toContain(true); // on screen: closed
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1047, height: 740 });
    // The stylesheet alone shows them (no beforeprint in print emulation).
    expect(await page.$$eval('#findings-table tbody details[open]', (ds) => ds.length)).toBe(0);
    expect(await quoteShown()).not.toContain(false);
    // And the printed PDF holds each quote's words (pdftotext), beside the rule's title.
    const file = path.join(dir, 'rapport.pdf');
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const quotes = await page.$$eval('#findings-table tbody .quote', (qs) => [...new Set(qs.map((q) => q.textContent!))]);
    const titles = await page.$$eval('#findings-table tbody td:nth-child(2) span', (ts) => [...new Set(ts.map((t) => t.textContent!))]);
    // A quote's first words (a long one breaks across lines and pages; pdftotext may hyphenate).
    for (const q of quotes) expect(text).toContain(q.replace(/\s+/g, ' ').split(' ').slice(0, 4).join(' '));
    for (const t of titles) expect(text).toContain(t.split(' ')[0]);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
  });

  test('beforeprint opens the closed details and afterprint closes them again, the reader’s open one kept', async () => {
    const state = () => page.$$eval('#findings-table tbody details', (ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    await page.locator('#findings-table tbody details summary').first().click();
    const before = await state();
    expect(before[0]).toBe(true);
    expect(before.slice(1)).not.toContain(true);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await state()).not.toContain(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await state()).toEqual(before);
    await page.locator('#findings-table tbody details summary').first().click();
    expect(problems).toEqual([]);
  });
});
