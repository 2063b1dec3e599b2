// `tdr-check --html report.html` (outputs.md §4): one self-contained page, in the report's
// language, that works offline: the per-GT table, the compliance chart as inline SVG, the points
// of attention, the coming rotations, meetings and overdue decisions, and the findings with
// filters by severity, GT and rule.
//
// Security (S2): every text from the workbook goes through `escapeHtml`, in content and in
// attributes alike; the script only toggles `hidden` and sets `textContent`; a Content-Security-
// Policy allows nothing but this page's own style and script (by hash): no request can leave it.

import { place } from '../../core/plan/sheets';
import { createHash } from 'crypto';
import { documentsText, formatTimestamp } from '../../core/plan/sheets';
import { formatNumber, outputMessages, severityLabel } from '../../core/plan/messages';
import { formatChange } from '../../core/plan/history';
import { CHART_COLOURS, worstOf, type GecSummary, type GtLine, type Plan, type Trend } from '../../core/plan/types';
import type { Lang, Report } from '../../core/types';
import { formatDay, isoToDay } from '../../core/values';
import { pluralCategory } from '../../core/messages';
import { ruleText } from '../../core/rules/index';

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

const STYLE = `
:root { color-scheme: light; --error: #F4CCCC; --warning: #FCE8B2; --info: #CFE2F3; --line: #d0d7de; --head: #D9E2F3; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; padding: 24px; max-width: 1400px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: #57606a; margin: 0 0 12px; }
.counts { display: flex; gap: 8px; flex-wrap: wrap; list-style: none; padding: 0; margin: 12px 0; }
.counts li { padding: 4px 10px; border-radius: 12px; border: 1px solid var(--line); }
.counts .error { background: var(--error); } .counts .warning { background: var(--warning); } .counts .info { background: var(--info); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--head); position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; }
tr.sev-error td:first-child { background: var(--error); }
tr.sev-warning td:first-child { background: var(--warning); }
tr.sev-info td:first-child { background: var(--info); }
tr.waived td { color: #57606a; }
.filters { display: flex; gap: 16px; flex-wrap: wrap; align-items: end; margin: 8px 0; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: #57606a; }
.filters select { font: inherit; padding: 2px 4px; min-width: 140px; }
.empty { color: #57606a; font-style: italic; }
details summary { cursor: pointer; }
details .quote { display: block; font-style: italic; min-width: 16em; }
td code { font-size: 11px; color: #57606a; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
/* A phone (390 px): the page never scrolls sideways; a wide table scrolls inside its own box. */
.scroll { overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.charts figure { margin: 0; flex: 1 1 320px; max-width: 640px; }
.charts figure > svg { width: 100%; height: auto; display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; padding: 0; margin: 4px 0 0; font-size: 12px; color: #57606a; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
.legend .c-error { background: ${CHART_COLOURS.error}; } .legend .c-warning { background: ${CHART_COLOURS.warning}; } .legend .c-none { background: ${CHART_COLOURS.none}; }
td.up { color: #38761D; } td.down { color: #990000; }
h1, p, td { overflow-wrap: break-word; }
@media (max-width: 600px) {
  body { padding: 12px; }
  h1 { font-size: 19px; }
  .filters select { min-width: 0; max-width: 100%; width: 100%; }
  /* A flex item is as wide as its content unless told: the rule filter's titles are long. */
  .filters label { flex: 1 1 140px; min-width: 0; max-width: 100%; }
}
@media screen and (max-width: 600px) {
  /* The long-text tables as cards: one row a card, one labelled line per non-empty cell. */
  table.cards thead { display: none; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; padding: 4px 0; }
  table.cards tr[hidden] { display: none; }
  table.cards td { border: 0; padding: 2px 8px; }
  table.cards td:empty { display: none; }
  table.cards td::before { content: attr(data-label); display: block; font-size: 11px; color: #57606a; }
  table.cards tr td:first-child { border-radius: 6px 6px 0 0; }
}
/* On paper: A4 landscape, every column and every finding, no filters. */
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10px; }
  th { position: static; }
  .filters { display: none; }
  .scroll { overflow: visible; }
  table { font-size: 8.5px; page-break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  #findings-table tr[hidden] { display: table-row; }
  .charts { break-inside: avoid; }
  .charts figure { flex-basis: 45%; }
  h2 { break-after: avoid; }
  /* Every finding with its rule's TdR words: a closed <details> shows its content on paper
     (Chromium 131+; the script opens them around printing for other browsers). */
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; cursor: auto; }
  details > summary::-webkit-details-marker { display: none; }
  td code { font-size: 7.5px; }
}
`;

const SCRIPT = `
(function () {
  // Printed, every TdR quote shows: the closed <details> open for the print and close again after
  // (the ones the reader had opened stay open).
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details:not([open])');
    for (var i = 0; i < all.length; i++) { all[i].open = true; opened.push(all[i]); }
  });
  window.addEventListener('afterprint', function () {
    while (opened.length) opened.pop().open = false;
  });
})();
(function () {
  var table = document.getElementById('findings-table');
  if (!table) return;
  var rows = table.tBodies[0].rows;
  var shown = document.getElementById('shown');
  var one = shown.getAttribute('data-one'), other = shown.getAttribute('data-other');
  var plural = new Intl.PluralRules(document.documentElement.lang);
  var filters = ['severity', 'gt', 'rule'].map(function (name) { return document.getElementById('filter-' + name); });
  function matches(row) {
    var severity = filters[0].value, gt = filters[1].value, rule = filters[2].value;
    var waived = row.getAttribute('data-waived') === '1';
    if (severity === 'waived') { if (!waived) return false; }
    else if (severity !== '' && (waived || row.getAttribute('data-severity') !== severity)) return false;
    if (gt !== '' && row.getAttribute('data-gt') !== gt) return false;
    if (rule !== '' && row.getAttribute('data-rule') !== rule) return false;
    return true;
  }
  function apply() {
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = matches(rows[i]);
      rows[i].hidden = !ok;
      if (ok) n++;
    }
    var template = plural.select(n) === 'one' ? one : other;
    shown.textContent = template.replace('{n}', String(n)).replace('{total}', String(rows.length));
  }
  filters.forEach(function (select) { select.addEventListener('change', apply); });
  apply();
})();
`;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The page's Content-Security-Policy: its own style and script, nothing else. */
export const CONTENT_SECURITY_POLICY =
  `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; ` +
  "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

const NO_GT = '-';

function day(iso: string | null, lang: Lang): string {
  if (iso === null) return '';
  const d = isoToDay(iso);
  return d === null ? iso : formatDay(d, lang);
}

function num(n: number | null, lang: Lang, na: string): string {
  return n === null ? na : formatNumber(n, lang);
}

function cells(values: string[], numeric: ReadonlySet<number> = new Set()): string {
  return values.map((v, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('');
}

/**
 * Cells that carry their column's header as `data-label`: on a phone the long-text tables show
 * each row as a card, one labelled line per cell, instead of a table scrolled sideways.
 */
function labelledCells(values: string[], headers: readonly string[], offset = 0): string {
  return values.map((v, i) => `<td data-label="${escapeHtml(headers[offset + i] ?? '')}">${escapeHtml(v)}</td>`).join('');
}

/** A table in its own horizontal scroller, so that the page itself never scrolls sideways. */
function scroller(table: string): string {
  return `<div class="scroll">${table}</div>`;
}

function headRow(headers: readonly string[]): string {
  return `<thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
}

function gtTable(summary: GecSummary): string {
  const lang = summary.language;
  const t = outputMessages(lang);
  const na = t.notApplicable;
  const row = (line: GtLine, label: string, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>` +
    cells(
      [
        label,
        String(line.dialogueGroups),
        String(line.activePartners),
        line.leads.join(', '),
        day(line.leadEnd, lang),
        day(line.lastCoordination, lang),
        String(line.meetingsHeld),
        num(line.participation, lang, na),
        `${line.nexusValid}/${line.nexusTotal}`,
        documentsText(line, lang),
        String(line.errors),
        String(line.warnings),
        num(line.score, lang, t.notEvaluated),
        line.evaluated > 0 ? t.scoreDetail(line.failed, line.evaluated) : '',
      ],
      new Set([1, 2, 6, 7, 10, 11, 12]),
    ) +
    '</tr>';
  const body = summary.gts.map((l) => row(l, l.name && l.name !== l.gt ? `${l.gt} – ${l.name}` : l.gt)).join('');
  return scroller(`<table id="gt-table">${headRow(t.gtHeader)}<tbody>${body}${row(summary.total, t.total, 'total')}</tbody></table>`);
}

/**
 * A bar chart of compliance by GT, 0-100 %, as inline SVG: each bar coloured by the GT's worst
 * finding (red error, amber warning, green none), like the workbook's chart, its score above it.
 * It scales to its container (viewBox), so that it fits a phone.
 */
export function complianceChart(summary: GecSummary): string {
  const lang = summary.language;
  const t = outputMessages(lang);
  const width = 600;
  const height = 260;
  const left = 40;
  const bottom = 30;
  const top = 24;
  const plotHeight = height - top - bottom;
  const slot = (width - left - 10) / Math.max(1, summary.gts.length);
  const barWidth = Math.min(60, slot * 0.6);
  const y = (v: number) => top + plotHeight * (1 - v / 100);
  const parts: string[] = [];
  for (const v of [0, 20, 40, 60, 80, 100]) {
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#57606a">${v}</text>`);
  }
  summary.gts.forEach((g, i) => {
    const cx = left + slot * i + slot / 2;
    const score = g.score;
    const label = num(score, lang, t.notEvaluated);
    if (score !== null) {
      const h = Math.max(0, Math.min(100, score));
      const worst = worstOf(g);
      parts.push(
        `<rect class="bar" data-worst="${worst}" x="${(cx - barWidth / 2).toFixed(1)}" y="${y(h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(0) - y(h)).toFixed(1)}" fill="${CHART_COLOURS[worst]}">` +
          `<title>${escapeHtml(`${g.gt}: ${label} % (${t.scoreDetail(g.failed, g.evaluated)})`)}</title></rect>`,
      );
    }
    parts.push(`<text x="${cx.toFixed(1)}" y="${(score === null ? y(0) : y(Math.max(0, Math.min(100, score)))) - 6}" text-anchor="middle" font-weight="600">${escapeHtml(label)}</text>`);
    parts.push(`<text x="${cx.toFixed(1)}" y="${height - 10}" text-anchor="middle">${escapeHtml(g.gt)}</text>`);
  });
  const legend = (['error', 'warning', 'none'] as const)
    .map((w) => `<li><i class="c-${w}"></i>${escapeHtml(t.worstLegend[w])}</li>`)
    .join('');
  return (
    `<figure><svg id="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">` +
    `<title id="chart-title">${escapeHtml(t.chartTitle)}</title>${parts.join('')}</svg><ul class="legend">${legend}</ul></figure>`
  );
}

const TREND_COLOURS = ['#3C78D8', '#8E7CC3', '#45818E', '#A61C00', '#BF9000'];

/** The 12-month lines as inline SVG (two months or more), up to 100 from the lowest score. */
export function trendChart(trend: Trend, lang: Lang): string {
  const t = outputMessages(lang);
  const values = trend.gts.flatMap((g) => g.scores).filter((v): v is number => v !== null);
  if (trend.months.length < 2 || values.length === 0) return '';
  const width = 600;
  const height = 260;
  const left = 44;
  const right = 16;
  const top = 16;
  const bottom = 30;
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  const x = (i: number) => left + ((width - left - right) * i) / (trend.months.length - 1);
  const y = (v: number) => top + (height - top - bottom) * (1 - (v - low) / (100 - low));
  const parts: string[] = [];
  const step = (100 - low) / 4;
  for (let k = 0; k <= 4; k++) {
    const v = low + step * k;
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#57606a">${escapeHtml(formatNumber(Math.round(v * 10) / 10, lang))}</text>`);
  }
  const last = trend.months.length - 1;
  trend.months.forEach((m, i) => {
    const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
    parts.push(`<text x="${x(i).toFixed(1)}" y="${height - 10}" text-anchor="${anchor}">${escapeHtml(m)}</text>`);
  });
  trend.gts.forEach((g, k) => {
    const colour = TREND_COLOURS[k % TREND_COLOURS.length];
    const points = g.scores.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`));
    const path = points.filter((p): p is string => p !== null).join(' ');
    if (path) parts.push(`<polyline class="line" data-gt="${escapeHtml(g.gt)}" points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of points) if (p) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${colour}"/>`);
  });
  const legend = trend.gts
    // An SVG swatch: the page's policy allows no inline style attribute.
    .map((g, k) => `<li><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" fill="${TREND_COLOURS[k % TREND_COLOURS.length]}"/></svg> ${escapeHtml(g.gt)}</li>`)
    .join('');
  return (
    `<figure><svg id="trend-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="trend-title">` +
    `<title id="trend-title">${escapeHtml(t.trendChartTitle)}</title>${parts.join('')}</svg>` +
    `<ul class="legend">${legend}</ul></figure>`
  );
}

/** The 12-month table: a row per GT, a column per month, and the change since the previous. */
function trendTable(trend: Trend, lang: Lang): string {
  const t = outputMessages(lang);
  const head = headRow([t.filterGt, ...trend.months, t.trendChange(trend.previousMonth)]);
  const body = trend.gts
    .map((g) => {
      const cls = g.change === null || g.change === 0 ? '' : g.change > 0 ? ' class="up"' : ' class="down"';
      const scores = g.scores.map((v) => `<td class="num">${escapeHtml(num(v, lang, ''))}</td>`).join('');
      return `<tr><td>${escapeHtml(g.gt)}</td>${scores}<td${cls}>${escapeHtml(formatChange(g.change, lang))}</td></tr>`;
    })
    .join('');
  return scroller(`<table id="trend-table">${head}<tbody>${body}</tbody></table>`);
}

function attentionSection(summary: GecSummary, findingsName: string): string {
  const t = outputMessages(summary.language);
  if (summary.attention.length === 0) return `<p class="empty">${escapeHtml(t.noAttention)}</p>`;
  const body = summary.attention
    .map(
      (a) =>
        `<tr class="sev-${a.severity}">` +
        labelledCells([a.gt ?? t.outsideGt, a.group ?? '', `${ruleText(a.ruleId, summary.language).title} (${a.ruleId})`, a.message, place(a.sheet, a.cell, a.workbook)], t.attentionHeader) +
        '</tr>',
    )
    .join('');
  const more = summary.moreAttention > 0 ? `<p>${escapeHtml(t.moreAttention(summary.moreAttention, findingsName))}</p>` : '';
  return scroller(`<table id="attention-table" class="cards">${headRow(t.attentionHeader)}<tbody>${body}</tbody></table>`) + more;
}

function listSection(headers: readonly string[], rows: string[][], empty: string, numeric: number[] = []): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const n = new Set(numeric);
  return scroller(`<table>${headRow(headers)}<tbody>${rows.map((r) => `<tr>${cells(r, n)}</tr>`).join('')}</tbody></table>`);
}

function fill(template: string, n: number, total: number): string {
  return template.replace('{n}', String(n)).replace('{total}', String(total));
}

function shownTemplate(shown: { one: string; other: string }, n: number, lang: Lang): string {
  return pluralCategory(n, lang) === 'one' ? shown.one : shown.other;
}

function options(values: { value: string; label: string }[], all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`]
    .concat(values.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`))
    .join('');
}

function findingsSection(report: Report): string {
  const lang = report.language;
  const t = outputMessages(lang);
  const gts = [...new Set(report.findings.map((f) => f.gt ?? NO_GT))].sort((a, b) => (a === NO_GT ? 1 : b === NO_GT ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const severityOptions = (['error', 'warning', 'info'] as const).map((s) => ({ value: s as string, label: severityLabel(s, lang) }));
  if (report.findings.some((f) => f.waived)) severityOptions.push({ value: 'waived', label: t.waivedLabel });
  const filters =
    `<form class="filters" id="filters" role="search">` +
    `<label>${escapeHtml(t.filterSeverity)}<select id="filter-severity">${options(severityOptions, t.filterAllSeverities)}</select></label>` +
    `<label>${escapeHtml(t.filterGt)}<select id="filter-gt">${options(gts.map((g) => ({ value: g, label: g === NO_GT ? t.outsideGt : g })), t.filterAllGts)}</select></label>` +
    `<label>${escapeHtml(t.filterRule)}<select id="filter-rule">${options(rules.map((r) => ({ value: r, label: `${ruleText(r, lang).title} (${r})` })), t.filterAllRules)}</select></label>` +
    `<output id="shown" data-one="${escapeHtml(t.shown.one)}" data-other="${escapeHtml(t.shown.other)}">${escapeHtml(fill(shownTemplate(t.shown, report.findings.length, lang), report.findings.length, report.findings.length))}</output>` +
    `</form>`;
  const headers = [t.findingsHeader[0], t.findingsHeader[1], t.findingsHeader[2], t.findingsHeader[4], ...t.findingsHeader.slice(5, 10)];
  const body = report.findings
    .map((f) => {
      const cls = `sev-${f.severity}${f.waived ? ' waived' : ''}`;
      const place = f.sheet === null ? '' : f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`;
      const { title, quote } = ruleText(f.ruleId, lang);
      return (
        `<tr class="${cls}" data-severity="${f.severity}" data-gt="${escapeHtml(f.gt ?? NO_GT)}" data-rule="${escapeHtml(f.ruleId)}" data-waived="${f.waived ? 1 : 0}">` +
        labelledCells([severityLabel(f.severity, lang)], headers) +
        // presentation.md §3: the rule's title over its id, the TdR's words on demand (the
        // paragraph opens them; the title's tooltip shows them too).
        `<td data-label="${escapeHtml(headers[1])}"><span title="${escapeHtml(quote || t.noQuote)}">${escapeHtml(title)}</span><br><code>${escapeHtml(f.ruleId)}</code></td>` +
        `<td data-label="${escapeHtml(headers[2])}">${quote ? `<details><summary>${escapeHtml(f.tdr)}</summary><span class="quote">${escapeHtml(quote)}</span></details>` : escapeHtml(f.tdr)}</td>` +
        labelledCells(
          [place, f.group ?? '', f.gt ?? '', f.message, f.suggestion, f.waived ? f.waiver || t.waivedNoReason : ''],
          headers,
          3,
        ) +
        '</tr>'
      );
    })
    .join('');
  const table = report.findings.length
    ? scroller(`<table id="findings-table" class="cards">${headRow(headers)}<tbody>${body}</tbody></table>`)
    : scroller(`<table id="findings-table" class="cards">${headRow(headers)}<tbody></tbody></table>`) + `<p class="empty">${escapeHtml(t.noFindings)}</p>`;
  return filters + table;
}

/** The whole HTML report. */
export function renderHtml(report: Report, plan: Plan): string {
  const summary = plan.summary;
  const lang = report.language;
  const t = outputMessages(lang);
  const findingsName = plan.sheets.find((s) => s.kind === 'findings')?.name ?? t.findingsSheet;
  const { errors, warnings, infos, waived } = report.summary;
  const meta = [
    `${t.referenceDate} : ${day(summary.referenceDate, lang)}${summary.scope ? ` — ${t.scope} : ${summary.scope.join(', ')}` : ''}`,
    `${t.workbook} : ${summary.workbook}`,
    `${t.generatedAt} ${formatTimestamp(summary.generatedAt, lang)}`,
  ].map((s) => (lang === 'en' ? s.replace(' : ', ': ') : s));
  const rotations = summary.rotations.map((r) => [r.gt, r.partner, day(r.end, lang), String(r.daysLeft), r.incoming.join(', '), place(r.sheet, r.cell, r.workbook)]);
  const meetings = summary.upcomingMeetings.map((m) => [day(m.date, lang), m.time, m.type, m.group, m.status, place(m.sheet, m.cell, m.workbook)]);
  const decisions = summary.overdueDecisions?.map((d) => [day(d.due, lang), String(d.daysLate), d.group, d.decision, d.owner, place(d.sheet, d.cell, d.workbook)]);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t.htmlTitle(report.workbook || summary.workbook))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(summary.title)}</h1>`,
    `<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>`,
    '<ul class="counts">' +
      `<li class="error">${escapeHtml(t.counts.errors)} <strong>${errors}</strong></li>` +
      `<li class="warning">${escapeHtml(t.counts.warnings)} <strong>${warnings}</strong></li>` +
      `<li class="info">${escapeHtml(t.counts.infos)} <strong>${infos}</strong></li>` +
      `<li>${escapeHtml(t.counts.waived)} <strong>${waived}</strong></li>` +
      '</ul>',
    '</header>',
    '<main>',
    `<section id="gts"><h2>${escapeHtml(t.gtTableTitle)}</h2>${gtTable(summary)}</section>`,
    `<section id="compliance"><h2>${escapeHtml(t.chartTitle)}</h2><div class="charts">${complianceChart(summary)}${summary.trend ? trendChart(summary.trend, lang) : ''}</div></section>`,
    summary.trend && summary.trend.months.length > 0
      ? `<section id="trend"><h2>${escapeHtml(t.trendTitle)}</h2>${trendTable(summary.trend, lang)}</section>`
      : '',
    `<section id="attention"><h2>${escapeHtml(t.attentionTitle)}</h2>${attentionSection(summary, findingsName)}</section>`,
    `<section id="rotations"><h2>${escapeHtml(t.rotationsTitle)}</h2>${listSection(t.rotationsHeader, rotations, t.noRotations, [3])}</section>`,
    `<section id="meetings"><h2>${escapeHtml(t.meetingsTitle)}</h2>${listSection(t.meetingsHeader, meetings, t.noMeetings)}</section>`,
    decisions === undefined
      ? ''
      : `<section id="decisions"><h2>${escapeHtml(t.decisionsTitle)}</h2>${listSection(t.decisionsHeader, decisions, t.noDecisions, [1])}</section>`,
    `<section id="findings"><h2>${escapeHtml(t.findingsTitleShort)}</h2>${findingsSection(report)}</section>`,
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
