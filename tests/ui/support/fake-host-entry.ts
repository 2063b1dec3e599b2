// A scripted PaneHost for the pane's browser test: it answers with the result the test puts in
// `window.__PANE_FIXTURE__`, records every call in `window.__pane.calls`, and holds a check until
// the test calls `window.__pane.release()` (to see the progress while it runs).

import type { PaneHost, PaneLang, PaneMappingSuggestions, PaneResult, ProgressStep, ValidateRequest } from '../../../ui/host';
import { mountPane } from '../../../ui/pane';

interface Fixture {
  result: PaneResult;
  displayLanguage: PaneLang;
  hold?: boolean;
  autorun?: boolean;
  pageSize?: number;
  failSelect?: string;
  /** The Correspondances suggestions; without them the host has no assistant. */
  mapping?: PaneMappingSuggestions;
}

const w = window as unknown as { __PANE_FIXTURE__: Fixture; __pane: { calls: unknown[][]; release(): void } };
const fixture = w.__PANE_FIXTURE__;
const calls: unknown[][] = [];
let release: (() => void) | null = null;
w.__pane = { calls, release: () => release?.() };

async function check(kind: string, request: ValidateRequest, onProgress?: (step: ProgressStep) => void): Promise<PaneResult> {
  calls.push([kind, request]);
  onProgress?.('read');
  if (fixture.hold) await new Promise<void>((resolve) => (release = resolve));
  onProgress?.('validate');
  onProgress?.('write');
  return { ...fixture.result, language: request.language ?? fixture.result.language };
}

const host: PaneHost = {
  displayLanguage: fixture.displayLanguage,
  validate: (request, onProgress) => check('validate', request, onProgress),
  summary: (request, onProgress) => check('summary', request, onProgress),
  async select(sheet, cell) {
    calls.push(['select', sheet, cell]);
    if (fixture.failSelect) throw new Error(fixture.failSelect);
  },
  async clear(options) {
    calls.push(['clear', options ?? null]);
    // As the hosts do: the history sheet stays unless asked.
    return options?.history
      ? { rules: 3, sheets: ['Constats', 'Synthèse GEC 2026-11', 'Historique'], historyKept: null }
      : { rules: 3, sheets: ['Constats', 'Synthèse GEC 2026-11'], historyKept: 'Historique' };
  },
  async template(language) {
    calls.push(['template', language]);
    return { sheets: [] };
  },
};

if (fixture.mapping) {
  const mapping = fixture.mapping;
  host.suggestMapping = async () => {
    calls.push(['suggestMapping']);
    return mapping;
  };
  host.writeMapping = async (rows, language) => {
    calls.push(['writeMapping', rows, language]);
    return { sheet: language === 'fr' ? 'Correspondances' : 'Mapping', added: rows.length };
  };
}

mountPane(document.getElementById('tdr-pane')!, host, { autorun: fixture.autorun, pageSize: fixture.pageSize });
