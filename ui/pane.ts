// The pane shared by the Excel task pane and the Google Sheets sidebar: the four commands, the
// progress of a run, the counts, the per-GT table and the findings, filtered by severity and GT;
// a click on a finding selects its cell. It knows nothing of the host beyond `PaneHost`.
//
// Every text from the workbook reaches the page through `textContent` (never as markup), so a
// cell holding `<img src=x onerror=…>` shows as those characters. Controls are native buttons and
// selects with labels, so the pane is usable by keyboard and screen reader alike.

import type { PaneFinding, PaneHost, PaneLang, PaneResult, PaneSeverity, ProgressStep } from './host';
import { formatDate, paneMessages, writtenSheets } from './messages';
import { mountConsolidate, type ConsolidateUi } from './consolidate';
import type { MappingAssistant } from './mapping';

export interface PaneOptions {
  /** Run a check as soon as the pane opens (the ribbon's Vérifier). */
  autorun?: boolean;
  /** Findings rendered at first and added by each "show more" (default 200). */
  pageSize?: number;
}

export interface PaneController {
  /** Runs a check as the Vérifier button does; resolves when it is over. */
  validate(): Promise<void>;
  /** The latest result, or null. */
  readonly result: PaneResult | null;
}

type SeverityFilter = 'all' | PaneSeverity | 'waived';
const NO_GT = '\u0000none';
const STEPS: readonly ProgressStep[] = ['read', 'validate', 'write'];

type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes and text or child nodes; strings become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function formatNumber(n: number, lang: PaneLang): string {
  const s = String(Math.round(n * 10) / 10);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

function place(f: PaneFinding, lang: PaneLang): string {
  if (f.sheet === null) return paneMessages(lang).workbookLevel;
  return f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`;
}

export function mountPane(root: HTMLElement, host: PaneHost, options: PaneOptions = {}): PaneController {
  const pageSize = options.pageSize ?? 200;
  // The pane speaks the user's display language, always (presentation.md §4); the language menu
  // chooses the language of the sheets the tool writes.
  const uiLang: PaneLang = host.displayLanguage;
  let requestLang: PaneLang | null = null;
  let result: PaneResult | null = null;
  let busy = false;
  let severityFilter: SeverityFilter = 'all';
  let gtFilter = 'all';
  let limit = pageSize;
  let status: { text: string; error: boolean } | null = null;
  let detail: string | null = null;

  // ---- Skeleton: built once, relabelled on a language change, so focus is never lost. ----
  root.textContent = '';
  root.classList.add('tdr-pane');
  const title = h('h1');
  const langLabel = h('label', { for: 'tdr-lang' });
  const langSelect = h('select', { id: 'tdr-lang' });
  const header = h('header', { class: 'tdr-header' }, title, h('div', { class: 'tdr-lang' }, langLabel, langSelect));

  const buttons = {
    validate: h('button', { type: 'button', class: 'tdr-primary', 'data-command': 'validate' }),
    summary: h('button', { type: 'button', 'data-command': 'summary' }),
    clear: h('button', { type: 'button', 'data-command': 'clear' }),
    template: h('button', { type: 'button', 'data-command': 'template' }),
  };
  const commands = h('div', { class: 'tdr-commands', role: 'group' }, buttons.validate, buttons.summary, buttons.clear, buttons.template);
  // Effacer keeps the month-by-month history unless asked, and asking is confirmed in the pane
  // itself (presentation.md §1; Office blocks window.confirm).
  const clearHistoryBox = h('input', { type: 'checkbox', id: 'tdr-clear-history' });
  const clearHistoryLabel = h('label', { for: 'tdr-clear-history' });
  const clearOptions = h('div', { class: 'tdr-clear-options' }, clearHistoryBox, clearHistoryLabel);
  const confirmText = h('p', { id: 'tdr-confirm-text' });
  const confirmButton = h('button', { type: 'button', class: 'tdr-danger', 'data-command': 'clear-confirm' });
  const cancelButton = h('button', { type: 'button', 'data-command': 'clear-cancel' });
  const confirmBox = h(
    'div',
    { class: 'tdr-confirm', role: 'group', 'aria-labelledby': 'tdr-confirm-text', hidden: true },
    confirmText,
    h('div', { class: 'tdr-confirm-buttons' }, confirmButton, cancelButton),
  );
  let confirming = false;

  const progress = h('progress', { class: 'tdr-progress', max: String(STEPS.length), hidden: true });
  const statusLine = h('p', { class: 'tdr-status', role: 'status', 'aria-live': 'polite' });
  const detailLine = h('p', { class: 'tdr-detail' });
  const alertLine = h('p', { class: 'tdr-alert', role: 'alert' });
  // The Correspondances assistant (ui/mapping.ts): offered when required sheets or columns are missing.
  const mappingButton = h('button', { type: 'button', class: 'tdr-mapping-open', 'data-command': 'mapping', hidden: true });
  // Loaded when first asked for, out of the pane's first script (quality.md P5); its place in
  // the page is kept by an empty slot until then.
  const assistantSlot = h('div', { hidden: true });
  let assistant: MappingAssistant | null = null;
  const mappingAssistant = async (): Promise<MappingAssistant> => {
    if (assistant) return assistant;
    const { createMappingAssistant } = await import(/* webpackChunkName: "mapping" */ './mapping');
    const made = createMappingAssistant(
      (rows, lang) => void writeMapping(rows, lang),
      () => {
        made.hide();
        mappingButton.focus();
      },
    );
    assistantSlot.replaceWith(made.element);
    return (assistant = made);
  };
  const statusBox = h('div', { class: 'tdr-status-box' }, progress, statusLine, alertLine, detailLine, mappingButton);

  const resultHeading = h('h2', { id: 'tdr-result-heading' });
  const resultBody = h('div');
  const resultSection = h('section', { class: 'tdr-result', 'aria-labelledby': 'tdr-result-heading', hidden: true }, resultHeading, resultBody);

  const gtHeading = h('h2', { id: 'tdr-gt-heading' });
  const gtBody = h('div', { class: 'tdr-table-wrap' });
  const gtSection = h('section', { class: 'tdr-gts', 'aria-labelledby': 'tdr-gt-heading', hidden: true }, gtHeading, gtBody);

  const findingsHeading = h('h2', { id: 'tdr-findings-heading' });
  const severityLabel = h('label', { for: 'tdr-filter-severity' });
  const severitySelect = h('select', { id: 'tdr-filter-severity' });
  const gtLabel = h('label', { for: 'tdr-filter-gt' });
  const gtSelect = h('select', { id: 'tdr-filter-gt' });
  const filters = h(
    'div',
    { class: 'tdr-filters' },
    h('div', {}, severityLabel, severitySelect),
    h('div', {}, gtLabel, gtSelect),
  );
  const shownLine = h('p', { class: 'tdr-shown', 'aria-live': 'polite' });
  const list = h('ul', { class: 'tdr-findings', 'aria-labelledby': 'tdr-findings-heading' });
  const moreButton = h('button', { type: 'button', class: 'tdr-more', hidden: true });
  const findingsSection = h(
    'section',
    { class: 'tdr-findings-section', 'aria-labelledby': 'tdr-findings-heading', hidden: true },
    findingsHeading,
    filters,
    shownLine,
    list,
    moreButton,
  );

  const main = h('main', {}, header, commands, clearOptions, confirmBox, statusBox, assistantSlot, resultSection, gtSection, findingsSection);
  root.append(main);
  // scope.md: Consolider, for a host that can (ui/consolidate.ts).
  let consolidateBusy = false;
  const consolidateUi: ConsolidateUi | null = host.consolidate
    ? mountConsolidate(main, host, {
        language: () => uiLang,
        requestLanguage: () => requestLang,
        onBusy: (b) => {
          consolidateBusy = b;
          renderStatus();
        },
      })
    : null;

  // ---- Rendering. ----

  function relabel(): void {
    const t = paneMessages(uiLang);
    root.lang = uiLang;
    title.textContent = t.title;
    langLabel.textContent = t.language;
    const langValue = requestLang ?? '';
    langSelect.replaceChildren(
      h('option', { value: '' }, t.languageWorkbook),
      h('option', { value: 'fr', lang: 'fr' }, 'Français'),
      h('option', { value: 'en', lang: 'en' }, 'English'),
    );
    langSelect.value = langValue;
    commands.setAttribute('aria-label', t.commands);
    const label = (b: HTMLButtonElement, text: string, hint: string) => {
      b.textContent = text;
      b.title = hint;
    };
    label(buttons.validate, t.validate, t.validateHint);
    label(buttons.summary, t.summary, t.summaryHint);
    label(buttons.clear, t.clear, t.clearHint);
    label(buttons.template, t.template, t.templateHint);
    clearHistoryLabel.textContent = t.clearHistory;
    clearOptions.title = t.clearHistoryHint;
    confirmText.textContent = t.confirmClearHistory;
    confirmButton.textContent = t.confirmClear;
    cancelButton.textContent = t.cancel;
    label(mappingButton, t.mappingOpen, t.mappingOpenHint);
    progress.setAttribute('aria-label', t.progress);
    resultHeading.textContent = t.result;
    gtHeading.textContent = t.gtTable;
    findingsHeading.textContent = t.findings;
    severityLabel.textContent = t.filterSeverity;
    gtLabel.textContent = t.filterGt;
    consolidateUi?.relabel(uiLang);
    renderStatus();
    renderResult();
  }

  function renderStatus(): void {
    const t = paneMessages(uiLang);
    for (const b of Object.values(buttons)) b.disabled = busy || consolidateBusy || confirming;
    clearHistoryBox.disabled = busy || consolidateBusy || confirming;
    confirmBox.hidden = !confirming;
    main.setAttribute('aria-busy', busy ? 'true' : 'false');
    progress.hidden = !busy;
    const text = status?.text ?? (result === null && !busy ? t.notYet : '');
    statusLine.textContent = status?.error ? '' : text;
    alertLine.textContent = status?.error ? text : '';
    detailLine.textContent = detail ?? '';
    mappingButton.hidden = !(host.suggestMapping && host.writeMapping && needsMapping(result));
    mappingButton.disabled = busy || consolidateBusy;
  }

  function setProgress(step: ProgressStep | null): void {
    if (step === null) {
      progress.removeAttribute('value');
      return;
    }
    progress.value = STEPS.indexOf(step) + 1;
    status = { text: paneMessages(uiLang).step[step], error: false };
    renderStatus();
  }

  function renderResult(): void {
    resultSection.hidden = gtSection.hidden = findingsSection.hidden = result === null;
    if (result === null) return;
    const t = paneMessages(uiLang);
    const r = result;

    const counts = h('ul', { class: 'tdr-counts' });
    const count = (cls: string, label: string, n: number) =>
      counts.append(h('li', { class: cls }, h('span', { class: 'tdr-count' }, String(n)), ' ', label));
    count('tdr-sev-error', t.counts.errors, r.counts.errors);
    count('tdr-sev-warning', t.counts.warnings, r.counts.warnings);
    count('tdr-sev-info', t.counts.infos, r.counts.infos);
    count('tdr-waived', t.counts.waived, r.counts.waived);
    const facts = h(
      'dl',
      { class: 'tdr-facts' },
      h('dt', {}, t.workbook),
      h('dd', {}, r.workbook),
      h('dt', {}, t.referenceDate),
      h('dd', {}, formatDate(r.referenceDate, uiLang)),
      // scope.md: the scope beside the reference date.
      ...(r.scope ? [h('dt', {}, t.scope), h('dd', {}, r.scope.join(', '))] : []),
    );
    resultBody.replaceChildren(counts, facts);

    const score = (s: number | null) => (s === null ? t.notApplicable : `${formatNumber(s, uiLang)} %`);
    const thead = h('thead', {}, h('tr', {}, ...t.gtHeader.map((c) => h('th', { scope: 'col' }, c))));
    const row = (label: string, name: string, g: PaneResult['total'], cls?: string) =>
      h(
        'tr',
        { class: cls },
        h('th', { scope: 'row', title: name || undefined }, label),
        h('td', { class: 'tdr-num' }, score(g.score)),
        h('td', { class: 'tdr-num' }, String(g.errors)),
        h('td', { class: 'tdr-num' }, String(g.warnings)),
      );
    const tbody = h('tbody', {}, ...r.gts.map((g) => row(g.gt, g.name, g)), row(t.total, '', r.total, 'tdr-total'));
    gtBody.replaceChildren(h('table', {}, h('caption', { class: 'tdr-visually-hidden' }, t.gtTable), thead, tbody));

    renderFilters();
    renderFindings();
  }

  function renderFilters(): void {
    if (result === null) return;
    const t = paneMessages(uiLang);
    severitySelect.replaceChildren(
      h('option', { value: 'all' }, t.allSeverities),
      h('option', { value: 'error' }, t.severityPlural.error),
      h('option', { value: 'warning' }, t.severityPlural.warning),
      h('option', { value: 'info' }, t.severityPlural.info),
      h('option', { value: 'waived' }, t.waivedFilter),
    );
    severitySelect.value = severityFilter;
    // The reference GTs in table order, then any other GT a finding names, then "no GT".
    const gts = new Set(result.gts.map((g) => g.gt));
    let outside = false;
    for (const f of result.findings) {
      if (f.gt === null) outside = true;
      else gts.add(f.gt);
    }
    gtSelect.replaceChildren(
      h('option', { value: 'all' }, t.allGts),
      ...[...gts].map((g) => h('option', { value: g }, g)),
      ...(outside ? [h('option', { value: NO_GT }, t.outsideGt)] : []),
    );
    if (gtFilter !== 'all' && gtFilter !== NO_GT && !gts.has(gtFilter)) gtFilter = 'all';
    if (gtFilter === NO_GT && !outside) gtFilter = 'all';
    gtSelect.value = gtFilter;
  }

  function matches(f: PaneFinding): boolean {
    if (severityFilter === 'waived' ? !f.waived : severityFilter !== 'all' && (f.waived || f.severity !== severityFilter)) {
      return false;
    }
    if (gtFilter === 'all') return true;
    return gtFilter === NO_GT ? f.gt === null : f.gt === gtFilter;
  }

  function renderFindings(): void {
    if (result === null) return;
    const t = paneMessages(uiLang);
    const shown = result.findings.filter(matches);
    const items = shown.slice(0, limit).map(findingItem);
    if (result.findings.length === 0) items.push(h('li', { class: 'tdr-empty' }, t.noFindings));
    else if (shown.length === 0) items.push(h('li', { class: 'tdr-empty' }, t.noMatch));
    list.replaceChildren(...items);
    shownLine.textContent = t.shown(Math.min(shown.length, limit), result.findings.length);
    const rest = shown.length - limit;
    moreButton.hidden = rest <= 0;
    moreButton.textContent = t.more(Math.min(rest, pageSize));
  }

  function findingItem(f: PaneFinding): HTMLLIElement {
    const t = paneMessages(uiLang);
    const where = place(f, uiLang);
    const rule = result?.rules?.[f.ruleId];
    const badge = f.waived ? t.waived : t.severity[f.severity];
    const content = [
      h('span', { class: 'tdr-badge' }, badge),
      ' ',
      h('span', { class: 'tdr-place' }, where),
      ' ',
      h('span', { class: 'tdr-rule' }, [rule?.title[uiLang], f.ruleId, f.tdr].filter((x) => x).join(' · ')),
      h('span', { class: 'tdr-message' }, f.message),
    ];
    const sheet = f.sheet;
    const main =
      sheet === null
        ? h('div', { class: 'tdr-finding-main' }, ...content)
        : h('button', { type: 'button', class: 'tdr-finding-main', title: t.goTo(where) }, ...content);
    if (sheet !== null) {
      main.addEventListener('click', () => {
        host.select(sheet, f.cell).catch((e: unknown) => {
          status = { text: t.selectFailed(messageOf(e)), error: true };
          renderStatus();
        });
      });
    }
    const li = h('li', { class: `tdr-finding tdr-sev-${f.waived ? 'waived' : f.severity}` }, main);
    if (f.suggestion) li.append(h('p', { class: 'tdr-suggestion' }, h('span', { class: 'tdr-visually-hidden' }, `${t.suggestion} : `), f.suggestion));
    if (f.waived && f.waiver) li.append(h('p', { class: 'tdr-waiver' }, `${t.waiver} : ${f.waiver}`));
    // presentation.md §3: the TdR's words on demand, under the finding.
    if (rule?.quote) {
      li.append(h('details', { class: 'tdr-quote' }, h('summary', {}, t.tdrText(f.tdr)), h('p', {}, rule.quote)));
    }
    return li;
  }

  // ---- Commands. ----

  async function command(work: () => Promise<void>, startText: string): Promise<void> {
    if (busy) return;
    busy = true;
    status = { text: startText, error: false };
    detail = null;
    setProgress(null);
    renderStatus();
    try {
      await work();
    } catch (e) {
      status = { text: paneMessages(uiLang).failed(messageOf(e)), error: true };
    } finally {
      busy = false;
      renderStatus();
    }
  }

  function showResult(r: PaneResult): void {
    result = r;
    limit = pageSize;
    const t = paneMessages(uiLang);
    const skipped = r.skipped ?? [];
    status = skipped.length > 0 ? { text: t.skipped(skipped), error: true } : { text: t.done(r.counts.errors, r.counts.warnings, r.counts.infos), error: false };
    detail = r.sheets ? t.wrote(writtenSheets(r.sheets)) : null;
    if (skipped.length > 0) detail = `${t.done(r.counts.errors, r.counts.warnings, r.counts.infos)} ${detail ?? ''}`.trim();
    relabel();
  }

  const validate = (summary: boolean) =>
    command(async () => {
      const request = { language: requestLang };
      const onProgress = (step: ProgressStep) => setProgress(step);
      showResult(await (summary ? host.summary(request, onProgress) : host.validate(request, onProgress)));
    }, paneMessages(uiLang).running);

  mappingButton.addEventListener('click', () =>
    void command(async () => {
      const [suggestions, shown] = await Promise.all([host.suggestMapping!(), mappingAssistant()]);
      status = null;
      shown.show(suggestions, uiLang);
    }, paneMessages(uiLang).mappingLoading),
  );
  /** Writes the confirmed rows, then checks again (the result replaces the old one). */
  const writeMapping = (rows: Parameters<NonNullable<PaneHost['writeMapping']>>[0], lang: PaneLang) =>
    command(async () => {
      const written = await host.writeMapping!(rows, lang);
      assistant?.hide();
      const request = { language: requestLang };
      showResult(await host.validate(request, (step: ProgressStep) => setProgress(step)));
      detail = [paneMessages(uiLang).mappingWritten(written.added, written.sheet), detail].filter((x) => x).join(' ');
    }, paneMessages(uiLang).mappingWriting);

  buttons.validate.addEventListener('click', () => void validate(false));
  buttons.summary.addEventListener('click', () => void validate(true));
  const clear = (history: boolean) =>
    command(async () => {
      const r = await host.clear({ history });
      result = null;
      clearHistoryBox.checked = false;
      const t = paneMessages(uiLang);
      const skipped = r.skipped ?? [];
      const kept = r.historyKept ? ` ${t.historyKept(r.historyKept)}` : '';
      status = { text: t.cleared(r.rules, r.sheets.length) + kept + (skipped.length > 0 ? ` ${t.skipped(skipped)}` : ''), error: skipped.length > 0 };
      renderResult();
    }, paneMessages(uiLang).clearing);
  /** Leaves the confirmation; `cancelled` says so and gives the focus back to Effacer. */
  const endConfirm = (cancelled: boolean) => {
    confirming = false;
    if (cancelled) status = { text: paneMessages(uiLang).clearCancelled, error: false };
    renderStatus();
    if (cancelled) buttons.clear.focus();
  };
  buttons.clear.addEventListener('click', () => {
    if (busy) return;
    if (!clearHistoryBox.checked) return void clear(false);
    // The history is the only record of past months: asked twice, the safe answer focused.
    confirming = true;
    renderStatus();
    cancelButton.focus();
  });
  confirmButton.addEventListener('click', () => {
    endConfirm(false);
    void clear(true);
  });
  cancelButton.addEventListener('click', () => endConfirm(true));
  confirmBox.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      endConfirm(true);
    }
  });
  buttons.template.addEventListener('click', () =>
    void command(async () => {
      const r = await host.template(requestLang ?? uiLang);
      const t = paneMessages(uiLang);
      status = { text: r.sheets.length > 0 ? t.templateAdded(r.sheets) : t.templateNothing, error: false };
    }, paneMessages(uiLang).templating),
  );

  langSelect.addEventListener('change', () => {
    const v = langSelect.value;
    requestLang = v === 'fr' || v === 'en' ? v : null;
    if (result !== null && requestLang !== null && requestLang !== result.language) {
      status = { text: paneMessages(uiLang).languageChanged, error: false };
    }
    relabel();
    langSelect.focus();
  });
  severitySelect.addEventListener('change', () => {
    severityFilter = severitySelect.value as SeverityFilter;
    limit = pageSize;
    renderFindings();
  });
  gtSelect.addEventListener('change', () => {
    gtFilter = gtSelect.value;
    limit = pageSize;
    renderFindings();
  });
  moreButton.addEventListener('click', () => {
    const first = limit;
    limit += pageSize;
    renderFindings();
    // Keyboard users land on the first newly shown finding.
    const next = list.children[first]?.querySelector<HTMLElement>('.tdr-finding-main');
    next?.focus();
  });

  relabel();
  const controller: PaneController = {
    validate: () => validate(false),
    get result() {
      return result;
    },
  };
  if (options.autorun) void controller.validate();
  return controller;
}

/** Whether a result calls for the Correspondances assistant: a required sheet or column was not found. */
function needsMapping(result: PaneResult | null): boolean {
  return result !== null && result.findings.some((f) => f.ruleId === 'data/missing-sheet' || f.ruleId === 'data/missing-column');
}

function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
