// The shared pane in headless Chromium, built as the Apps Script sidebar is (one HTML file) and
// driven by a scripted host: it runs with visible progress, shows the counts, the per-GT table and
// the findings, filters them, selects a cell on click or keyboard, speaks French and English, and
// shows workbook text as text (S2).

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { PaneFinding, PaneResult } from '../../ui/host';
import { launchChromium, ROOT, serve, webpackBuild } from './support/browser';

jest.setTimeout(120_000);

const XSS = '<img src=x onerror="window.__xss=1">';
/** French count and noun as the pane writes them: 0 and 1 are singular. */
const n = (k: number, one: string, other: string) => `${k} ${k <= 1 ? one : other}`;
const ORIGIN = 'https://sidebar.test/';

function finding(i: number, over: Partial<PaneFinding> = {}): PaneFinding {
  const severity = (['error', 'warning', 'info'] as const)[i % 3];
  return {
    ruleId: `rule/r${i}`,
    severity,
    tdr: 'III.5',
    sheet: 'Membres',
    cell: `F${i + 2}`,
    group: 'GD-SANTE',
    gt: `GT${(i % 5) + 1}`,
    message: `Message ${i}`,
    suggestion: `Suggestion ${i}`,
    waived: false,
    waiver: null,
    ...over,
  };
}

const findings: PaneFinding[] = [
  finding(0, { message: `Le groupe « ${XSS} » est inconnu.`, group: XSS, sheet: `Feuille ${XSS}`, cell: 'B3' }),
  finding(1, { gt: null }),
  finding(2, { sheet: null, cell: null, message: 'La feuille « Groupes » est absente du classeur.' }),
  finding(3, { waived: true, waiver: `réunion d'urgence ${XSS}` }),
  ...Array.from({ length: 246 }, (_, i) => finding(i + 4)),
];

const result: PaneResult = {
  language: 'fr',
  workbook: `secretariat ${XSS}.xlsx`,
  referenceDate: '2026-11-15',
  generatedAt: '2026-11-15T10:32:00Z',
  counts: {
    errors: findings.filter((f) => !f.waived && f.severity === 'error').length,
    warnings: findings.filter((f) => !f.waived && f.severity === 'warning').length,
    infos: findings.filter((f) => !f.waived && f.severity === 'info').length,
    waived: 1,
  },
  gts: [1, 2, 3, 4, 5].map((n) => ({ gt: `GT${n}`, name: n === 1 ? XSS : `GT ${n}`, score: n === 5 ? null : 90.04 + n, errors: n, warnings: 2 * n })),
  total: { gt: 'total', name: '', score: 87.5, errors: 15, warnings: 30 },
  findings,
  sheets: { findings: 'Constats', summary: 'Synthèse GEC 2026-11' },
  skipped: [],
  rules: { 'rule/r0': { title: { fr: 'Expert permanent', en: 'Permanent expert' }, quote: `« Chaque PTF […] désigne un(e) expert (e) permanent ${XSS} »` } },
};

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = webpackBuild(path.join(ROOT, 'tests', 'ui', 'support', 'webpack.pane.js'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(fixture: Record<string, unknown> = {}): Promise<{ page: Page; refused: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { refused } = await serve(page, ORIGIN, dir);
  await page.addInitScript((f) => {
    (window as unknown as { __PANE_FIXTURE__: unknown }).__PANE_FIXTURE__ = f;
  }, { result, displayLanguage: 'fr', pageSize: 100, ...fixture });
  await page.goto(`${ORIGIN}sidebar.html`);
  return { page, refused, dialogs };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __pane: { calls: unknown[][] } }).__pane.calls);

describe('the pane, as one HTML file', () => {
  it('is a single file: style and script inline, nothing loaded', () => {
    const html = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');
    expect(fs.readdirSync(dir)).toEqual(['sidebar.html']);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).toMatch(/<style>[^<]*\.tdr-pane/);
    expect(html).not.toMatch(/\beval\s*\(|new Function\s*\(/);
  });

  it('shows progress while a check runs, then the counts, the GT table and the findings', async () => {
    const { page, refused } = await open({ hold: true });
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.locator('progress')).toBeVisibleSoon();
    expect(await page.getByRole('status').textContent()).toBe('Lecture du classeur…');
    expect(await page.getByRole('button', { name: 'Vérifier' }).isDisabled()).toBe(true);
    await page.evaluate(() => (window as unknown as { __pane: { release(): void } }).__pane.release());
    await page.locator('.tdr-finding').first().waitFor();
    expect(await page.locator('progress').isHidden()).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe(
      `Vérification terminée : ${n(result.counts.errors, 'erreur', 'erreurs')}, ${n(result.counts.warnings, 'avertissement', 'avertissements')}, ${n(result.counts.infos, 'info', 'infos')}.`,
    );
    expect(await page.locator('.tdr-counts li').allTextContents()).toEqual([
      `${result.counts.errors} Erreurs`,
      `${result.counts.warnings} Avertissements`,
      `${result.counts.infos} Infos`,
      '1 Dérogés',
    ]);
    const rows = await page.locator('.tdr-gts tbody tr').allTextContents();
    expect(rows).toEqual(['GT191 %12', 'GT292 %24', 'GT393 %36', 'GT494 %48', 'GT5non évalué510', 'Total87,5 %1530']);
    expect(await page.locator('.tdr-finding').count()).toBe(100);
    expect(await page.locator('.tdr-shown').textContent()).toBe('100 constats affichés sur 250');
    expect(await calls(page)).toEqual([['validate', { language: null }]]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('shows the rule title with each finding and the TdR words on demand (presentation.md §3)', async () => {
    const { page } = await open({ autorun: true });
    const first = page.locator('.tdr-finding').first();
    await first.waitFor();
    expect(await first.locator('.tdr-rule').textContent()).toBe('Expert permanent · rule/r0 · III.5');
    const details = first.locator('details.tdr-quote');
    expect(await details.locator('summary').textContent()).toBe('Texte des TdR (III.5)');
    expect(await details.locator('p').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('p').textContent()).toBe(`« Chaque PTF […] désigne un(e) expert (e) permanent ${XSS} »`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // A rule without a quote (or unknown to the result) has no details line.
    expect(await page.locator('.tdr-finding').nth(1).locator('details').count()).toBe(0);
    expect(await page.getByLabel('Sévérité').locator('option').first().textContent()).toBe('Toutes les sévérités');
    expect(await page.getByLabel('GT', { exact: true }).locator('option').first().textContent()).toBe('Tous les GT');
    await page.close();
  });

  it('filters by severity and GT, and pages through the rest', async () => {
    const { page } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    await page.getByLabel('Sévérité').selectOption('warning');
    const warnings = findings.filter((f) => !f.waived && f.severity === 'warning');
    expect(await page.locator('.tdr-finding').count()).toBe(Math.min(100, warnings.length));
    expect(await page.locator('.tdr-finding .tdr-badge').allTextContents()).toEqual(Array(Math.min(100, warnings.length)).fill('avertissement'));
    await page.getByLabel('GT', { exact: true }).selectOption('GT3');
    const both = warnings.filter((f) => f.gt === 'GT3');
    expect(await page.locator('.tdr-finding').count()).toBe(both.length);
    expect(await page.locator('.tdr-shown').textContent()).toBe(`${both.length} ${both.length > 1 ? 'constats affichés' : 'constat affiché'} sur 250`);
    await page.getByLabel('Sévérité').selectOption('waived');
    await page.getByLabel('GT', { exact: true }).selectOption('all');
    expect(await page.locator('.tdr-finding .tdr-badge').allTextContents()).toEqual(['dérogé']);
    await page.getByLabel('Sévérité').selectOption('all');
    await page.getByLabel('GT', { exact: true }).selectOption({ label: 'Hors GT' });
    expect(await page.locator('.tdr-finding .tdr-place').allTextContents()).toEqual(['Membres!F3']);
    await page.getByLabel('GT', { exact: true }).selectOption('all');
    await page.getByRole('button', { name: 'Afficher 100 de plus' }).click();
    expect(await page.locator('.tdr-finding').count()).toBe(200);
    await page.getByRole('button', { name: 'Afficher 50 de plus' }).click();
    expect(await page.locator('.tdr-finding').count()).toBe(250);
    expect(await page.locator('.tdr-more').isHidden()).toBe(true);
    await page.close();
  });

  it('selects the cell of a finding on a click and by keyboard', async () => {
    const { page } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    await page.locator('.tdr-finding-main', { has: page.locator('.tdr-message', { hasText: /^Message 5$/ }) }).click();
    // Keyboard: Tab from the GT filter reaches the first finding; Enter selects it.
    await page.getByLabel('GT', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('tdr-finding-main');
    await page.keyboard.press('Enter');
    expect((await calls(page)).slice(1)).toEqual([
      ['select', 'Membres', 'F7'],
      ['select', `Feuille ${XSS}`, 'B3'],
    ]);
    // A workbook-level finding has nothing to select: it is not a button.
    expect(await page.locator('.tdr-finding', { hasText: 'absente du classeur' }).locator('button').count()).toBe(0);
    await page.close();
  });

  it('tells when the cell cannot be selected', async () => {
    const { page } = await open({ autorun: true, failSelect: 'La feuille a été supprimée.' });
    await page.locator('.tdr-finding-main').first().click();
    expect(await page.getByRole('alert').textContent()).toBe('Impossible d’aller à la cellule : La feuille a été supprimée.');
    await page.close();
  });

  it('shows workbook text as text, never as markup (S2)', async () => {
    const { page, dialogs, refused } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    await page.waitForTimeout(100);
    expect(await page.locator('#tdr-pane img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(refused).toEqual([]);
    expect(await page.locator('.tdr-finding').first().textContent()).toContain(`Le groupe « ${XSS} » est inconnu.`);
    expect(await page.locator('.tdr-finding').first().textContent()).toContain(`Feuille ${XSS}!B3`);
    expect(await page.locator('.tdr-facts dd').first().textContent()).toBe(`secretariat ${XSS}.xlsx`);
    expect(await page.locator('.tdr-gts tbody th').first().getAttribute('title')).toBe(XSS);
    await page.getByLabel('Sévérité').selectOption('waived');
    expect(await page.locator('.tdr-waiver').textContent()).toBe(`Dérogation : réunion d'urgence ${XSS}`);
    await page.close();
  });

  it('speaks the user\'s display language throughout, whatever the language of the sheets (presentation.md §4)', async () => {
    const { page } = await open({ displayLanguage: 'en' });
    expect(await page.getByRole('button', { name: 'Check' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe('Click Check to check the workbook.');
    // The run writes French sheets (the workbook's language): the pane stays English.
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('.tdr-finding').first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Findings' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toMatch(/^Check done:/);
    expect(await page.evaluate(() => document.getElementById('tdr-pane')!.lang)).toBe('en');
    // Dates as English writes them (ISO, as the English outputs).
    expect(await page.locator('.tdr-facts dd').nth(1).textContent()).toBe('2026-11-15');
    // The language menu chooses the sheets' language; the pane does not switch (it is English
    // already: the sheets, French, are what changes).
    await page.getByLabel('Language of the sheets').selectOption('en');
    expect(await page.getByRole('heading', { level: 2, name: 'Findings' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe("Language changed: click Check to write the tool's sheets again in this language.");
    expect(await page.evaluate(() => document.getElementById('tdr-pane')!.lang)).toBe('en');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('Check done:', { exact: false }).waitFor();
    expect((await calls(page)).map((c) => c[1])).toEqual([{ language: null }, { language: 'en' }]);
    expect(await page.getByLabel('Severity').count()).toBe(1);
    await page.close();
  });

  it('writes dates as French does in a French pane', async () => {
    const { page } = await open({ autorun: true, result: { ...result, language: 'en' } });
    await page.locator('.tdr-finding').first().waitFor();
    expect(await page.locator('.tdr-facts dd').nth(1).textContent()).toBe('15/11/2026');
    expect(await page.getByRole('heading', { level: 2, name: 'Constats' }).count()).toBe(1);
    await page.close();
  });

  it('says which sheets the host refused and why, in its language (H4)', async () => {
    const skipped = [
      { sheet: 'Membres', reason: 'protected', detail: 'You are trying to edit a protected cell or object.' },
      { sheet: 'Constats', reason: 'refused', detail: 'GeneralException' },
    ];
    const { page } = await open({ autorun: true, result: { ...result, skipped } });
    await page.locator('.tdr-finding').first().waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Feuilles non traitées (les autres l’ont été) : Membres (feuille protégée), Constats (refus du tableur : GeneralException). Retirez la protection (ou demandez le droit de modifier), puis relancez.',
    );
    expect(await page.locator('.tdr-detail').textContent()).toMatch(/^Vérification terminée : .* Feuilles écrites : Constats, Synthèse GEC 2026-11\.$/);
    await page.close();
  });

  it('labels every control, for keyboard and screen reader', async () => {
    const { page } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    const unlabelled = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll('button, select'))) {
        const labelled =
          (el.textContent ?? '').trim() !== '' && el.tagName === 'BUTTON'
            ? true
            : el.id !== '' && document.querySelector(`label[for="${el.id}"]`) !== null;
        if (!labelled) out.push(el.outerHTML.slice(0, 80));
      }
      return out;
    });
    expect(unlabelled).toEqual([]);
    expect(await page.getByRole('group', { name: 'Commandes' }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(1);
    await page.close();
  });

  it('runs Effacer and Modèle and reports what they did', async () => {
    const { page } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    await page.getByRole('button', { name: 'Effacer' }).click();
    await page.getByText('Retirées : 3 règles de surlignage et 2 feuilles de l’outil. L’historique est conservé (feuille Historique).').waitFor();
    expect(await page.locator('.tdr-findings-section').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Modèle' }).click();
    await page.getByText('Rien à ajouter', { exact: false }).waitFor();
    expect((await calls(page)).slice(1)).toEqual([['clear', { history: false }], ['template', 'fr']]);
    await page.close();
  });

  it('clears the history only when asked and confirmed in the pane, by keyboard, never through window.confirm', async () => {
    const { page, dialogs } = await open({ autorun: true });
    await page.locator('.tdr-finding').first().waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-command') ?? document.activeElement?.id ?? '');
    const box = page.getByRole('checkbox', { name: 'Effacer aussi l’historique' });
    expect(await box.isChecked()).toBe(false);
    expect(await page.locator('.tdr-confirm').isHidden()).toBe(true);
    // Ticked by keyboard, then Effacer: the pane asks, the safe answer focused; Échap cancels.
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Effacer', exact: true }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: /Effacer aussi l’historique \?/ });
    await expect(confirm).toBeVisibleSoon();
    expect(await confirm.innerText()).toMatch(/mois passés \(feuille Historique\) seront supprimés définitivement/);
    expect(await focused()).toBe('clear-cancel');
    expect(await page.getByRole('button', { name: 'Vérifier' }).isDisabled()).toBe(true);
    if (process.env.TDR_SHOT) {
      // As wide as a task pane.
      await page.setViewportSize({ width: 360, height: 520 });
      await page.screenshot({ path: process.env.TDR_SHOT });
    }
    await page.keyboard.press('Escape');
    expect(await confirm.isHidden()).toBe(true);
    expect(await focused()).toBe('clear');
    await page.getByText('Effacement annulé : rien n’a été retiré.').waitFor();
    expect((await calls(page)).slice(1)).toEqual([]);
    // Asked again and confirmed (Maj+Tab from Annuler to the confirming button, then Entrée).
    await page.keyboard.press('Enter');
    await expect(confirm).toBeVisibleSoon();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('clear-confirm');
    await page.keyboard.press('Enter');
    await page.getByText('Retirées : 3 règles de surlignage et 3 feuilles de l’outil.', { exact: true }).waitFor();
    expect((await calls(page)).slice(1)).toEqual([['clear', { history: true }]]);
    // The option does not stay on: the next Effacer keeps the history again.
    expect(await box.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Effacer', exact: true }).click();
    await page.getByText(/L’historique est conservé/).waitFor();
    expect((await calls(page)).slice(1)).toEqual([['clear', { history: true }], ['clear', { history: false }]]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('asks in English in an English pane', async () => {
    const { page } = await open({ displayLanguage: 'en', autorun: true, result: { ...result, language: 'en' } });
    await page.locator('.tdr-finding').first().waitFor();
    await page.getByRole('checkbox', { name: 'Also clear the history' }).check();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    const confirm = page.getByRole('group', { name: /Also clear the history\?/ });
    await expect(confirm).toBeVisibleSoon();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Clear cancelled: nothing was removed.').waitFor();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByRole('button', { name: 'Clear, history included' }).click();
    await page.getByText('Removed: 3 highlight rules and 3 tool sheets.', { exact: true }).waitFor();
    expect((await calls(page)).slice(1)).toEqual([['clear', { history: true }]]);
    await page.close();
  });
});

// A small readable wait for visibility, without Playwright's test runner.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeVisibleSoon(): Promise<R>;
    }
  }
}
expect.extend({
  async toBeVisibleSoon(locator: import('playwright-core').Locator) {
    try {
      await locator.waitFor({ state: 'visible', timeout: 5000 });
      return { pass: true, message: () => 'visible' };
    } catch {
      return { pass: false, message: () => 'not visible within 5 s' };
    }
  },
});
