// The Apps Script entry: the functions Google Sheets calls by name. Menu items and
// google.script.run reach only top-level functions, so each one is assigned to `global` below;
// gas-webpack-plugin declares them at the top of Code.js (see webpack.config.js).
//
// `onOpen` runs as a simple trigger, under limited authorisation: it builds the menu, in the
// user's language, and reads nothing else. Everything else runs once the user has granted the two
// scopes of appsscript.json (this spreadsheet; menus and the sidebar).
//
// The commands that write (check, GEC summary, clear, template) run one at a time on a spreadsheet:
// each holds the document lock (LockService needs no scope), and one that cannot get it within
// LOCK_WAIT_MS says so, in the user's language, instead of writing alongside another.

import type {
  ClearOptions,
  ClearResult,
  PaneLang,
  PaneMappingRow,
  PaneMappingSuggestions,
  PaneResult,
  TemplateResult,
  ValidateRequest,
  WriteMappingResult,
} from '../ui/host';
import { paneMessages, writtenSheets } from '../ui/messages';
import { toPaneResult } from '../ui/result';
import { addTemplate, clearSpreadsheet, selectCell, sheetNames, validateSpreadsheet, writeSheets } from './adapter';
import type { ExistingSheet, OutputSheet } from '../core/plan/types';
import { AUTORUN_TOKEN, LANGUAGE_TOKEN, MENU_ITEMS, MENU_TITLE } from './server-functions';
import { suggestInSpreadsheet, writeMappingInSpreadsheet } from './adapter/mapping';

declare const global: Record<string, unknown>;

const SIDEBAR_FILE = 'Sidebar';

/** How long a command waits for one already running on the spreadsheet (another user's, say). */
const LOCK_WAIT_MS = 10_000;

/** `en`, `en_GB` → English; `fr`, `fr_ML` → French; anything else → null. */
function languageOfLocale(locale: unknown): PaneLang | null {
  if (typeof locale !== 'string') return null;
  if (/^en(?:$|[-_])/i.test(locale)) return 'en';
  if (/^fr(?:$|[-_])/i.test(locale)) return 'fr';
  return null;
}

/**
 * The user's language, for the menu and what it says: the user's own setting (Session, which
 * needs no scope), else the spreadsheet's locale (File › Settings; read only when the user's says
 * neither French nor English, and not at all when the run may not read the spreadsheet), else
 * French.
 */
function userLanguage(): PaneLang {
  try {
    const lang = languageOfLocale(Session.getActiveUserLocale());
    if (lang) return lang;
  } catch {
    // No session information here: the spreadsheet's locale decides.
  }
  try {
    const lang = languageOfLocale(SpreadsheetApp.getActive().getSpreadsheetLocale());
    if (lang) return lang;
  } catch {
    // Not allowed to read the spreadsheet (an add-on's onOpen before its first use).
  }
  return 'fr';
}

const BUSY: Readonly<Record<PaneLang, string>> = {
  fr: "Une autre commande de Conformité TdR est en cours sur ce classeur (peut-être lancée par quelqu'un d'autre). Réessayez dans un instant.",
  en: 'Another TdR compliance command is running on this spreadsheet (perhaps started by someone else). Try again in a moment.',
};

/** A command that did not start: another one holds the spreadsheet. */
class BusyError extends Error {}

/**
 * Runs `work` holding the spreadsheet's document lock; throws a BusyError, in `language()`, when
 * another run keeps it beyond LOCK_WAIT_MS. Pending writes are flushed before the lock is let go,
 * so the next run reads them.
 */
function exclusively<T>(language: () => PaneLang, work: () => T): T {
  // Null outside a document (never for this bound script): then there is no one to share with.
  const lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock();
  if (lock === null) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError(BUSY[language()]);
  try {
    return work();
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/** A menu command: what `exclusively` refuses is said in a toast rather than as a script error. */
function fromMenu(work: (lang: PaneLang) => void): void {
  const lang = userLanguage();
  try {
    exclusively(() => lang, () => work(lang));
  } catch (e) {
    if (!(e instanceof BusyError)) throw e;
    SpreadsheetApp.getActive().toast(e.message, MENU_TITLE[lang]);
  }
}

function onOpen(): void {
  const lang = userLanguage();
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE[lang]);
  for (const item of MENU_ITEMS) menu.addItem(item.label[lang], item.fn);
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

/**
 * Checks and writes; the caller holds the lock. The result speaks the user's language (the pane's,
 * presentation.md §4), whatever the language of the sheets written.
 */
function run(request: ValidateRequest | null | undefined, showSummary: boolean): PaneResult {
  const now = new Date().toISOString();
  const { report, plan, skipped } = validateSpreadsheet(SpreadsheetApp.getActive(), {
    language: requestedLanguage(request),
    showSummary,
    now,
  });
  return toPaneResult(report, plan, now, { displayLanguage: userLanguage(), skipped });
}

// ---------------------------------------------------------------------------------------------
// The pane's host (ui/host.ts), through google.script.run: JSON in, JSON out.
// ---------------------------------------------------------------------------------------------

/** Checks the workbook and writes the highlights, `Constats` and this month's GEC summary. */
function tdrCheckValidate(request: ValidateRequest): PaneResult {
  // The pane shows what is refused in the user's language, whatever the sheets' (presentation.md §4).
  return exclusively(userLanguage, () => run(request, false));
}

/** The same, then shows the GEC summary. */
function tdrCheckSummary(request: ValidateRequest): PaneResult {
  return exclusively(userLanguage, () => run(request, true));
}

function tdrCheckSelect(sheet: string, cell: string | null): boolean {
  return selectCell(SpreadsheetApp.getActive(), String(sheet), cell === null || cell === undefined ? null : String(cell));
}

/** Effacer from the pane: the history sheet goes only when the pane asks (after the user confirmed). */
function tdrCheckClear(options?: ClearOptions | null): ClearResult {
  const history = options?.history === true;
  return exclusively(userLanguage, () => clearSpreadsheet(SpreadsheetApp.getActive(), { history }));
}

/** Consolider (scope.md): the spreadsheet's sheets, so that the sidebar can name its own. */
function tdrCheckSheetNames(): ExistingSheet[] {
  return sheetNames(SpreadsheetApp.getActive());
}

/** Consolider: writes the consolidated sheets the sidebar made from the picked files. */
function tdrCheckWriteSheets(request: { sheets: OutputSheet[]; sheetsToDelete: string[] }): string[] {
  return exclusively(userLanguage, () => writeSheets(SpreadsheetApp.getActive(), request.sheets, request.sheetsToDelete ?? []));
}

function tdrCheckTemplate(language: PaneLang): TemplateResult {
  const lang = language === 'en' ? 'en' : 'fr';
  return exclusively(userLanguage, () => addTemplate(SpreadsheetApp.getActive(), lang));
}

/** The Correspondances assistant: suggestions (read only), then the confirmed rows written. */
function tdrCheckSuggestMapping(): PaneMappingSuggestions {
  return suggestInSpreadsheet(SpreadsheetApp.getActive());
}

function tdrCheckWriteMapping(rows: PaneMappingRow[], language: PaneLang): WriteMappingResult {
  const lang = language === 'en' ? 'en' : 'fr';
  return exclusively(userLanguage, () => writeMappingInSpreadsheet(SpreadsheetApp.getActive(), rows, lang));
}

// ---------------------------------------------------------------------------------------------
// The menu. Vérifier and Panneau open the pane (Vérifier makes it run at once); the others work
// without it and say what they did in a toast.
// ---------------------------------------------------------------------------------------------

/**
 * Opens the sidebar. What it needs to know (run at once; the user's language) is written into
 * attributes of its root element: HtmlService drops <meta> tags (quality.md H3).
 */
function showSidebar(autorun: boolean): void {
  const lang = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
  const content = page.getContent().replace(AUTORUN_TOKEN, autorun ? 'validate' : 'off').replace(LANGUAGE_TOKEN, lang);
  page.setContent(content).setTitle(MENU_TITLE[lang]);
  SpreadsheetApp.getUi().showSidebar(page);
}

function menuVerify(): void {
  showSidebar(true);
}

function menuPane(): void {
  showSidebar(false);
}

/** Checks and shows the summary; says the counts in the language of the sheets written. */
function menuSummary(): void {
  fromMenu(() => {
    const lang = userLanguage();
    const result = run(null, true);
    const t = paneMessages(lang);
    const c = result.counts;
    const sheets = result.sheets ? ` ${t.wrote(writtenSheets(result.sheets))}` : '';
    const skipped = result.skipped.length > 0 ? ` ${t.skipped(result.skipped)}` : '';
    SpreadsheetApp.getActive().toast(t.done(c.errors, c.warnings, c.infos) + sheets + skipped, MENU_TITLE[lang]);
  });
}

function menuClear(): void {
  fromMenu((lang) => {
    const ss = SpreadsheetApp.getActive();
    // The menu's Effacer keeps the history, and says so (presentation.md §1).
    const r = clearSpreadsheet(ss);
    const t = paneMessages(lang);
    const skipped = r.skipped.length > 0 ? ` ${t.skipped(r.skipped)}` : '';
    const kept = r.historyKept ? ` ${t.historyKept(r.historyKept)}` : '';
    ss.toast(t.cleared(r.rules, r.sheets.length) + kept + skipped, MENU_TITLE[lang]);
  });
}

/** Adds the missing input sheets, French ones (the workbook's first language); says so in the user's. */
function menuTemplate(): void {
  fromMenu((lang) => {
    const ss = SpreadsheetApp.getActive();
    const r = addTemplate(ss, 'fr');
    const t = paneMessages(lang);
    ss.toast(r.sheets.length > 0 ? t.templateAdded(r.sheets) : t.templateNothing, MENU_TITLE[lang]);
  });
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.tdrCheckValidate = tdrCheckValidate;
global.tdrCheckSummary = tdrCheckSummary;
global.tdrCheckSelect = tdrCheckSelect;
global.tdrCheckClear = tdrCheckClear;
global.tdrCheckTemplate = tdrCheckTemplate;
global.tdrCheckSheetNames = tdrCheckSheetNames;
global.tdrCheckWriteSheets = tdrCheckWriteSheets;
global.tdrCheckSuggestMapping = tdrCheckSuggestMapping;
global.tdrCheckWriteMapping = tdrCheckWriteMapping;
global.menuVerify = menuVerify;
global.menuPane = menuPane;
global.menuSummary = menuSummary;
global.menuClear = menuClear;
global.menuTemplate = menuTemplate;
