// The Apps Script entry: the functions Google Sheets calls by name. Menu items and
// google.script.run reach only top-level functions, so each one is assigned to `global` below;
// gas-webpack-plugin declares them at the top of Code.js (see webpack.config.js).
//
// `onOpen` runs as a simple trigger, under limited authorisation: it builds the menu and reads
// nothing. Everything else runs once the user has granted the two scopes of appsscript.json (this
// spreadsheet; menus and the sidebar).

import type { ClearResult, PaneLang, PaneResult, TemplateResult, ValidateRequest } from '../ui/host';
import { toPaneResult } from '../ui/result';
import { addTemplate, clearSpreadsheet, selectCell, validateSpreadsheet } from './adapter';
import { AUTORUN_TOKEN, MENU_ITEMS } from './server-functions';

declare const global: Record<string, unknown>;

const TITLE = 'Conformité TdR';
const SIDEBAR_FILE = 'Sidebar';

function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createMenu(TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.fn);
  menu.addToUi();
}

/** For an installation as an add-on: the menu, as on opening. */
function onInstall(): void {
  onOpen();
}

/** The language a request asks for; anything else leaves it to Paramètres. */
function requestedLanguage(request: ValidateRequest | null | undefined): PaneLang | undefined {
  const lang = request?.language;
  return lang === 'fr' || lang === 'en' ? lang : undefined;
}

function run(request: ValidateRequest | null | undefined, showSummary: boolean): PaneResult {
  const now = new Date().toISOString();
  const { report, plan } = validateSpreadsheet(SpreadsheetApp.getActive(), {
    language: requestedLanguage(request),
    showSummary,
    now,
  });
  return toPaneResult(report, plan, now);
}

// ---------------------------------------------------------------------------------------------
// The pane's host (ui/host.ts), through google.script.run: JSON in, JSON out.
// ---------------------------------------------------------------------------------------------

/** Checks the workbook and writes the highlights, `Constats` and this month's GEC summary. */
function tdrCheckValidate(request: ValidateRequest): PaneResult {
  return run(request, false);
}

/** The same, then shows the GEC summary. */
function tdrCheckSummary(request: ValidateRequest): PaneResult {
  return run(request, true);
}

function tdrCheckSelect(sheet: string, cell: string | null): boolean {
  return selectCell(SpreadsheetApp.getActive(), String(sheet), cell === null || cell === undefined ? null : String(cell));
}

function tdrCheckClear(): ClearResult {
  return clearSpreadsheet(SpreadsheetApp.getActive());
}

function tdrCheckTemplate(language: PaneLang): TemplateResult {
  return addTemplate(SpreadsheetApp.getActive(), language === 'en' ? 'en' : 'fr');
}

// ---------------------------------------------------------------------------------------------
// The menu. Vérifier and Panneau open the pane (Vérifier makes it run at once); the others work
// without it and say what they did in a toast.
// ---------------------------------------------------------------------------------------------

function showSidebar(autorun: boolean): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
  page.setContent(page.getContent().replace(AUTORUN_TOKEN, autorun ? 'validate' : 'off')).setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}

function menuVerify(): void {
  showSidebar(true);
}

function menuPane(): void {
  showSidebar(false);
}

function menuSummary(): void {
  const result = run(null, true);
  const fr = result.language === 'fr';
  const c = result.counts;
  SpreadsheetApp.getActive().toast(
    fr
      ? `${c.errors} erreur(s), ${c.warnings} avertissement(s), ${c.infos} info(s). Feuilles écrites : ${result.sheets?.findings}, ${result.sheets?.summary}.`
      : `${c.errors} error(s), ${c.warnings} warning(s), ${c.infos} info(s). Sheets written: ${result.sheets?.findings}, ${result.sheets?.summary}.`,
    TITLE,
  );
}

function menuClear(): void {
  const ss = SpreadsheetApp.getActive();
  const r = clearSpreadsheet(ss);
  ss.toast(`${r.rules} règle(s) de surlignage et ${r.sheets.length} feuille(s) de l'outil retirées.`, TITLE);
}

function menuTemplate(): void {
  const ss = SpreadsheetApp.getActive();
  const r = addTemplate(ss, 'fr');
  ss.toast(r.sheets.length > 0 ? `Feuilles ajoutées : ${r.sheets.join(', ')}.` : 'Le classeur a déjà toutes les feuilles du modèle.', TITLE);
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.tdrCheckValidate = tdrCheckValidate;
global.tdrCheckSummary = tdrCheckSummary;
global.tdrCheckSelect = tdrCheckSelect;
global.tdrCheckClear = tdrCheckClear;
global.tdrCheckTemplate = tdrCheckTemplate;
global.menuVerify = menuVerify;
global.menuPane = menuPane;
global.menuSummary = menuSummary;
global.menuClear = menuClear;
global.menuTemplate = menuTemplate;
