// Consolider (scope.md): the secretariat picks the coordinators' `.xlsx` files; the host reads and
// checks them in the page (nothing leaves the computer), consolidates them and writes the
// consolidated sheets into the open workbook. This section of the pane shows a line per file as
// it is checked, then the partnership's GT table and the consolidation's findings. Workbook text
// reaches the page through textContent only (S2).

import type { ConsolidateProgress, ConsolidateResult, PaneFile, PaneHost, PaneLang } from './host';
import { paneMessages } from './messages';

export interface ConsolidateUi {
  relabel(lang: PaneLang): void;
  /** Consolidates the given files as the file input does (tests and hosts without a picker). */
  run(files: PaneFile[]): Promise<void>;
  readonly result: ConsolidateResult | null;
}

export interface ConsolidateOptions {
  language: () => PaneLang;
  /** The language asked for the outputs (null: the workbooks'). */
  requestLanguage: () => PaneLang | null;
  /** Disables the pane's other commands while a consolidation runs. */
  onBusy?: (busy: boolean) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function score(s: number | null, lang: PaneLang): string {
  if (s === null) return paneMessages(lang).notApplicable;
  const text = String(Math.round(s * 10) / 10);
  return `${lang === 'fr' ? text.replace('.', ',') : text} %`;
}

export function mountConsolidate(parent: HTMLElement, host: PaneHost, options: ConsolidateOptions): ConsolidateUi {
  const consolidate = host.consolidate!.bind(host);
  let lang = options.language();
  let result: ConsolidateResult | null = null;
  const lines: ConsolidateProgress[] = [];
  let error: string | null = null;

  const heading = el('h2', { id: 'tdr-consolidate-heading' });
  const button = el('button', { type: 'button', 'data-command': 'consolidate' });
  const input = el('input', { type: 'file', multiple: '', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', id: 'tdr-consolidate-files', hidden: '' });
  const hint = el('p', { class: 'tdr-detail' });
  const progress = el('ul', { class: 'tdr-consolidate-progress', 'aria-live': 'polite' });
  // Live regions without the status and alert roles: those belong to the pane's own lines.
  const status = el('p', { class: 'tdr-status', 'aria-live': 'polite' });
  const alert = el('p', { class: 'tdr-alert', 'aria-live': 'assertive' });
  const body = el('div', { class: 'tdr-table-wrap' });
  const section = el('section', { class: 'tdr-consolidate', 'aria-labelledby': 'tdr-consolidate-heading' });
  section.append(heading, hint, button, input, progress, status, alert, body);
  parent.append(section);

  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const picked = Array.from(input.files ?? []);
    input.value = '';
    if (picked.length === 0) return;
    void Promise.all(picked.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() }))).then(run);
  });

  async function run(files: PaneFile[]): Promise<void> {
    lines.length = 0;
    result = null;
    error = null;
    button.disabled = true;
    options.onBusy?.(true);
    render();
    try {
      result = await consolidate(files, { language: options.requestLanguage() }, (p) => {
        lines.push(p);
        render();
      });
    } catch (e) {
      error = String((e as { message?: unknown })?.message ?? e);
    } finally {
      button.disabled = false;
      options.onBusy?.(false);
      render();
    }
  }

  function render(): void {
    const t = paneMessages(lang);
    progress.replaceChildren(
      ...lines.map((p) =>
        el(
          'li',
          { class: p.status === 'failed' ? 'tdr-sev-error' : 'tdr-consolidate-ok' },
          p.status === 'failed' ? t.consolidateFailed(p.file, p.reason) : t.consolidateChecked(p.file, p.scope, p.errors, p.warnings),
        ),
      ),
    );
    alert.textContent = error ?? '';
    status.textContent = result ? t.consolidateDone(result.workbooks.length, result.sheets.join(', ')) : '';
    body.replaceChildren();
    if (!result) return;
    const r = result;
    const table = el('table', { class: 'tdr-gt-table' });
    const head = el('tr');
    for (const c of ['GT', t.consolidateFile, t.gtHeader[1] ?? '', t.counts.errors, t.counts.warnings]) head.append(el('th', { scope: 'col' }, c));
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const g of [...r.gts, { ...r.total, workbook: '' }]) {
      const tr = el('tr');
      tr.append(
        el('th', { scope: 'row' }, g.gt === 'total' ? t.total : g.gt),
        el('td', {}, g.workbook),
        el('td', {}, score(g.score, lang)),
        el('td', {}, String(g.errors)),
        el('td', {}, String(g.warnings)),
      );
      table.tBodies[0].append(tr);
    }
    const findings = el('ul', { class: 'tdr-findings' });
    if (r.findings.length === 0) findings.append(el('li', {}, t.consolidateNone));
    for (const f of r.findings) {
      const where = f.workbook ? `${f.workbook}${f.sheet ? ` › ${f.sheet}${f.cell ? `!${f.cell}` : ''}` : ''}` : '';
      // presentation.md §3, as the pane's own findings: the rule's title, and the TdR's words on demand.
      const rule = r.rules?.[f.ruleId];
      const id = [rule?.title[lang], f.ruleId].filter((x) => x).join(' · ');
      const li = el('li', { class: `tdr-sev-${f.severity}` }, `${where ? `${where} — ` : ''}${f.message} (${id})`);
      if (rule?.quote) {
        const details = el('details', { class: 'tdr-quote' });
        details.append(el('summary', {}, t.tdrText(f.tdr)), el('p', {}, rule.quote));
        li.append(details);
      }
      findings.append(li);
    }
    body.append(table, findings);
  }

  function relabel(next: PaneLang): void {
    lang = next;
    const t = paneMessages(lang);
    heading.textContent = t.consolidateHeading;
    button.textContent = t.consolidate;
    button.title = t.consolidateHint;
    hint.textContent = t.consolidateHint;
    render();
  }

  relabel(lang);
  return {
    relabel,
    run,
    get result() {
      return result;
    },
  };
}
