// The Google Sheets sidebar: the shared pane (ui/pane.ts) over a PaneHost that calls the server's
// global functions through google.script.run. Only JSON crosses: the server sends ISO strings for
// dates, and failures arrive as an Error whose message the pane shows.

import { mountPane } from '../../ui/pane';
import type {
  ClearOptions,
  ClearResult,
  ConsolidateProgress,
  ConsolidateResult,
  PaneFile,
  PaneHost,
  PaneLang,
  PaneMappingRow,
  PaneMappingSuggestions,
  PaneResult,
  TemplateResult,
  ValidateRequest,
  WriteMappingResult,
} from '../../ui/host';
import type { ExistingSheet } from '../../core/plan/types';
import { consolidate } from '../../core/consolidate';
import { buildConsolidatedPlan } from '../../core/plan/consolidated';
import { checkFiles, toConsolidateResult } from '../../ui/consolidate-files';
import { SERVER_FUNCTIONS } from '../server-functions';

/** The part of google.script.run the sidebar uses (the client API has no published types here). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const server = runner[fn];
    if (typeof server !== 'function') {
      reject(new Error(`google.script.run.${fn} is not available`));
      return;
    }
    (server as (...a: unknown[]) => void).apply(runner, args);
  });
}

/**
 * The user's language: the server writes it into the root's `data-lang` from the user's Google
 * setting (Session.getActiveUserLocale); the browser's language when the page is opened otherwise.
 */
function userLanguage(root: HTMLElement | null): PaneLang {
  const written = root?.getAttribute('data-lang');
  if (written === 'fr' || written === 'en') return written;
  return /^en\b/i.test(navigator.language || '') ? 'en' : 'fr';
}

/**
 * Consolider (scope.md): the picked files are read and checked here, in the sidebar, so that the
 * script needs no wider scope than its two; only the consolidated sheets go to the server.
 */
async function consolidateInSidebar(
  displayLanguage: PaneLang,
  files: PaneFile[],
  request: ValidateRequest,
  onFile?: (p: ConsolidateProgress) => void,
): Promise<ConsolidateResult> {
  const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));
  const { members, language } = await checkFiles(files, request, { displayLanguage, yieldToUi }, onFile);
  const consolidation = consolidate(members, language);
  const existingSheets = await call<ExistingSheet[]>(SERVER_FUNCTIONS.sheetNames);
  const plan = buildConsolidatedPlan({ members, consolidation, language, now: new Date().toISOString(), existingSheets });
  const names = await call<string[]>(SERVER_FUNCTIONS.writeSheets, { sheets: plan.sheets, sheetsToDelete: plan.sheetsToDelete, language });
  return toConsolidateResult(members, consolidation, names, language);
}

export function sidebarHost(root: HTMLElement | null = document.getElementById('tdr-pane')): PaneHost {
  const displayLanguage = userLanguage(root);
  return {
    displayLanguage,
    consolidate: (files, request, onFile) => consolidateInSidebar(displayLanguage, files, request, onFile),
    validate: (request: ValidateRequest) => call<PaneResult>(SERVER_FUNCTIONS.validate, request),
    summary: (request: ValidateRequest) => call<PaneResult>(SERVER_FUNCTIONS.summary, request),
    select: (sheet: string, cell: string | null) => call<boolean>(SERVER_FUNCTIONS.select, sheet, cell).then(() => undefined),
    clear: (options?: ClearOptions) => call<ClearResult>(SERVER_FUNCTIONS.clear, { history: options?.history === true }),
    template: (language: PaneLang) => call<TemplateResult>(SERVER_FUNCTIONS.template, language),
    suggestMapping: () => call<PaneMappingSuggestions>(SERVER_FUNCTIONS.suggestMapping),
    writeMapping: (rows: PaneMappingRow[], language: PaneLang) => call<WriteMappingResult>(SERVER_FUNCTIONS.writeMapping, rows, language),
  };
}

// The server writes whether to run at once into the root's `data-autorun` (HtmlService would drop
// a <meta>, quality.md H3).
const root = document.getElementById('tdr-pane');
if (root) mountPane(root, sidebarHost(root), { autorun: root.getAttribute('data-autorun') === 'validate' });
