// The pane's Correspondances step (ui/mapping.ts) in headless Chromium over a scripted host: shown
// only when sheets or columns are missing and the host can write; choices by keyboard; a sheet
// turned down takes its columns and values with it; French and English words; Annuler closes.

import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { PaneFinding, PaneMappingSuggestions, PaneResult } from '../../ui/host';
import { launchChromium, ROOT, serve, webpackBuild } from './support/browser';
import { paneMappingSuggestions } from '../../ui/host-side/mapping';

jest.setTimeout(120_000);

const ORIGIN = 'https://sidebar.test/';
const XSS = '<img src=x onerror="window.__xss=1">';

const missing: PaneFinding = {
  ruleId: 'data/missing-sheet', severity: 'error', tdr: '', sheet: null, cell: null, group: null, gt: null,
  message: 'La feuille « Membres » est absente du classeur.', suggestion: '', waived: false, waiver: null,
};
const result: PaneResult = {
  language: 'fr', workbook: 'registre.xlsx', referenceDate: '2026-11-15', generatedAt: '2026-11-15T10:32:00Z',
  counts: { errors: 1, warnings: 0, infos: 0, waived: 0 }, gts: [], total: { gt: 'total', name: '', score: null, errors: 1, warnings: 0 },
  findings: [missing], sheets: null, skipped: [],
};
const both = (fr: string, en: string) => ({ fr, en });
const mapping: PaneMappingSuggestions = {
  sheets: [
    { tool: both('Membres', 'Members'), required: true, candidates: ['Liste des membres', XSS], proposed: 'Liste des membres' },
    { tool: both('Calendrier', 'Calendar'), required: true, candidates: ['Agenda 2026'], proposed: 'Agenda 2026' },
  ],
  columns: [
    { tool: both('Membres › Expert titulaire', 'Members › Primary expert'), required: false, userSheet: 'Liste des membres', candidates: ["Nom de l'expert", 'Fonction'], proposed: "Nom de l'expert" },
    { tool: both('Calendrier › Statut', 'Calendar › Status'), required: true, userSheet: 'Agenda 2026', candidates: ['Situation'], proposed: 'Situation' },
  ],
  values: [
    {
      column: both('Membres › Rôle', 'Members › Role'), userSheet: 'Liste des membres', header: 'Fonction', value: 'Animateur', count: 16,
      options: [
        { label: both('Membre', 'Member'), tool: both('Membres › Rôle › Membre', 'Members › Role › Member') },
        { label: both('Dialogue Leader', 'Dialogue Leader'), tool: both('Membres › Rôle › Dialogue Leader', 'Members › Role › Dialogue Leader') },
      ],
      proposed: 1,
    },
  ],
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

async function open(fixture: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage();
  await serve(page, ORIGIN, dir);
  await page.addInitScript((f) => {
    (window as unknown as { __PANE_FIXTURE__: unknown }).__PANE_FIXTURE__ = f;
  }, { result, displayLanguage: 'fr', autorun: true, mapping, ...fixture });
  await page.goto(`${ORIGIN}sidebar.html`);
  await page.locator('.tdr-finding').first().waitFor();
  return page;
}
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __pane: { calls: unknown[][] } }).__pane.calls);

describe('the Correspondances step of the pane', () => {
  it('is offered only when a sheet or column is missing and the host can write', async () => {
    const none = await open({ result: { ...result, findings: [{ ...missing, ruleId: 'calendar/agenda' }] } });
    expect(await none.locator('.tdr-mapping-open').isHidden()).toBe(true);
    await none.close();
    const noHost = await open({ mapping: undefined });
    expect(await noHost.locator('.tdr-mapping-open').isHidden()).toBe(true);
    await noHost.close();
  });

  it('by keyboard: a sheet turned down takes its columns and values; writes, then checks again', async () => {
    const page = await open({});
    await page.getByRole('button', { name: 'Correspondances…' }).focus();
    await page.keyboard.press('Enter');
    const membres = page.getByLabel('Membres (obligatoire)', { exact: true });
    await membres.waitFor();
    // The first choice has the focus; workbook text stays text.
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('Liste des membres');
    expect(await page.locator('.tdr-mapping option', { hasText: XSS }).count()).toBe(1);
    expect(await page.locator('.tdr-mapping img').count()).toBe(0);
    // Membres: Home goes to (aucune), i.e. the user turns the sheet down.
    await page.keyboard.press('Home');
    expect(await membres.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Écrire et vérifier' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.tdr-detail', { hasText: '2 correspondances ajoutées à la feuille « Correspondances ».' }).waitFor();
    const log = await calls(page);
    expect(log.slice(-3)).toEqual([
      ['suggestMapping'],
      ['writeMapping', [
        { item: 'Feuille', tool: 'Calendrier', user: 'Agenda 2026' },
        { item: 'Colonne', tool: 'Calendrier › Statut', user: 'Situation' },
      ], 'fr'],
      ['validate', { language: null }],
    ]);
    expect(await page.locator('.tdr-mapping').isHidden()).toBe(true);
    await page.close();
  });

  it('speaks English: the Mapping sheet, Sheet/Column/Value and the tool’s English names', async () => {
    const page = await open({ displayLanguage: 'en', result: { ...result, language: 'en' } });
    await page.getByRole('button', { name: 'Mapping…' }).click();
    await page.getByLabel('Members (required)', { exact: true }).waitFor();
    expect(await page.locator('.tdr-mapping legend').allTextContents()).toEqual([
      'Sheets', 'Columns of the sheet "Liste des membres"', 'Columns of the sheet "Agenda 2026"', 'Unknown values',
    ]);
    await page.getByRole('button', { name: 'Write and check' }).click();
    await page.locator('.tdr-detail', { hasText: 'added to the sheet "Mapping"' }).waitFor();
    const write = (await calls(page)).find((c) => c[0] === 'writeMapping')!;
    expect(write[1]).toEqual([
      { item: 'Sheet', tool: 'Members', user: 'Liste des membres' },
      { item: 'Sheet', tool: 'Calendar', user: 'Agenda 2026' },
      { item: 'Column', tool: 'Members › Primary expert', user: "Nom de l'expert" },
      { item: 'Column', tool: 'Calendar › Status', user: 'Situation' },
      { item: 'Value', tool: 'Members › Role › Dialogue Leader', user: 'Animateur' },
    ]);
    expect(write[2]).toBe('en');
    await page.close();
  });

  it('Annuler closes the step without writing and gives the focus back', async () => {
    const page = await open({});
    await page.getByRole('button', { name: 'Correspondances…' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.locator('.tdr-mapping').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Correspondances…');
    expect((await calls(page)).some((c) => c[0] === 'writeMapping')).toBe(false);
    await page.close();
  });

  // The host's suggestions (core/workbook/suggest.ts through ui/host-side/mapping.ts) for a register
  // with two candidate sheets for Membres: picking the other one shows that sheet's columns and
  // unknown words, as the core suggests them for it; the choices made elsewhere stay.
  it('another sheet picked for Membres: its own columns and values, recomputed by the core', async () => {
    const groupes = [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF'], ['GD-SANTE', 'Santé', 'Groupe de dialogue']];
    const registre = paneMappingSuggestions({
      name: 'registre.xlsx',
      sheets: [
        { name: 'Groupes', rows: groupes },
        { name: 'Liste des membres', rows: [['Instance', 'Partenaire', 'Fonction', "Nom de l'expert"], ['GD-SANTE', 'UE', 'Animateur', 'A. Traoré']] },
        { name: 'Annuaire', rows: [['Groupe de travail', 'Bailleur', 'Rôle tenu', 'Expert'], ['GD-SANTE', 'UE', 'Pilote', 'A. Traoré'], ['GT2', 'BM', 'Membre', 'B. Diallo']] },
        { name: 'Agenda 2026', rows: [['Jour', 'Nature', 'Situation'], [46300, 'Coordination GT', 'Tenue']] },
      ],
    });
    expect(registre.sheets.find((x) => x.tool.fr === 'Membres')!.proposed).toBe('Liste des membres');
    const page = await open({ mapping: registre });
    await page.getByRole('button', { name: 'Correspondances…' }).click();
    const membres = page.getByLabel('Membres (obligatoire)', { exact: true });
    await membres.waitFor();
    const legends = () => page.locator('.tdr-mapping legend').allTextContents();
    expect(await legends()).toContain('Colonnes de la feuille « Liste des membres »');
    // A choice made on another sheet's column, before Membres changes.
    const calendarColumns = await page.locator('.tdr-mapping fieldset', { hasText: 'Colonnes de la feuille « Agenda 2026 »' }).locator('select').all();
    expect(calendarColumns.length).toBeGreaterThan(0);
    const kept = calendarColumns[0];
    const keptLabel = (await kept.evaluate((e) => (e as HTMLSelectElement).labels![0].textContent))!;
    await kept.selectOption('');
    // By keyboard: the focus on Membres, the next candidate.
    await membres.focus();
    await page.keyboard.press('ArrowDown');
    expect(await membres.inputValue()).toBe('Annuaire');
    expect(await legends()).not.toContain('Colonnes de la feuille « Liste des membres »');
    expect(await legends()).toContain('Colonnes de la feuille « Annuaire »');
    expect(await page.getByLabel('Membres › PTF (obligatoire)', { exact: true }).inputValue()).toBe('Bailleur');
    expect(await page.locator('.tdr-mapping label', { hasText: '« Pilote »' }).count()).toBe(1);
    expect(await page.locator('.tdr-mapping label', { hasText: '« Animateur »' }).count()).toBe(0);
    expect(await page.getByLabel(keptLabel, { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Écrire et vérifier' }).click();
    await page.locator('.tdr-detail', { hasText: 'ajoutée' }).waitFor();
    const write = (await calls(page)).find((c) => c[0] === 'writeMapping')!;
    const rows = write[1] as { item: string; tool: string; user: string }[];
    expect(rows).toContainEqual({ item: 'Feuille', tool: 'Membres', user: 'Annuaire' });
    expect(rows).toContainEqual({ item: 'Colonne', tool: 'Membres › PTF', user: 'Bailleur' });
    expect(rows.filter((r) => r.user === 'Partenaire' || r.user === 'Fonction' || r.user === 'Animateur')).toEqual([]);
    expect(rows.filter((r) => r.tool === keptLabel.replace(' (obligatoire)', ''))).toEqual([]);
    await page.close();
  });

  it('back to the proposed sheet: its columns and values again; (aucune): none', async () => {
    const page = await open({});
    await page.getByRole('button', { name: 'Correspondances…' }).click();
    const membres = page.getByLabel('Membres (obligatoire)', { exact: true });
    await membres.waitFor();
    await membres.selectOption('');
    expect(await page.locator('.tdr-mapping legend').allTextContents()).toEqual(['Feuilles', 'Colonnes de la feuille « Agenda 2026 »']);
    await membres.selectOption('Liste des membres');
    // Everything back in its place: the same choices, in the same order, written the same.
    expect(await page.locator('.tdr-mapping legend').allTextContents()).toEqual([
      'Feuilles', 'Colonnes de la feuille « Liste des membres »', 'Colonnes de la feuille « Agenda 2026 »', 'Valeurs inconnues',
    ]);
    expect(await page.getByLabel('Membres › Expert titulaire', { exact: true }).inputValue()).toBe("Nom de l'expert");
    await page.getByRole('button', { name: 'Écrire et vérifier' }).click();
    await page.locator('.tdr-detail', { hasText: 'ajoutées' }).waitFor();
    expect((await calls(page)).find((c) => c[0] === 'writeMapping')![1]).toEqual([
      { item: 'Feuille', tool: 'Membres', user: 'Liste des membres' },
      { item: 'Feuille', tool: 'Calendrier', user: 'Agenda 2026' },
      { item: 'Colonne', tool: 'Membres › Expert titulaire', user: "Nom de l'expert" },
      { item: 'Colonne', tool: 'Calendrier › Statut', user: 'Situation' },
      { item: 'Valeur', tool: 'Membres › Rôle › Dialogue Leader', user: 'Animateur' },
    ]);
    await page.close();
  });
});
