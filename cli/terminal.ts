// The default output: findings grouped by sheet, then the per-GT table and the totals, in the
// report's language. Colours only on a terminal (and never with NO_COLOR).

import type { Finding, GtSummary, Report } from '../core/types';
import { formatNumber, outputMessages, severityLabel } from '../core/plan/messages';
import { formatDay, isoToDay } from '../core/values';
import { cliText } from './text';
import { ruleText } from '../core/rules/index';

export interface TerminalOptions {
  /** The terminal's width: messages wrap to it with a hanging indent. None: one line each. */
  width?: number;
  /** Print the suggestion and the rule (title, TdR words) under each finding. */
  verbose?: boolean;
}

/** Narrowest text column worth a hanging indent; below it, continuation lines start at 4. */
const MIN_TEXT_WIDTH = 24;

/**
 * Words of `text` in lines of at most `width` characters (a word longer than that, such as a
 * long path, stays whole on its own line: rule ids and cell addresses are never cut).
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // French typography: « and the next word, a word and its » : ; ! ? stay on one line.
  const glued = text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
  for (const word of glued.split(/ +/).map((w) => w.replace(/\u00a0/g, ' '))) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatTerminal(report: Report, colour: boolean, sheetOrder: readonly string[] = [], options: TerminalOptions = {}): string {
  const lang = report.language;
  const t = outputMessages(lang);
  const paint = (code: string, s: string) => (colour ? code + s + COLOURS.reset : s);
  const lines: string[] = [];
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const k = f.sheet ?? '';
    (bySheet.get(k) ?? bySheet.set(k, []).get(k)!).push(f);
  }
  if (report.findings.length === 0) lines.push(t.noFindings);
  // Workbook-level findings first, then the sheets in workbook order.
  const rank = (s: string) => (s === '' ? -1 : sheetOrder.indexOf(s) < 0 ? 1e9 : sheetOrder.indexOf(s));
  const sheets = [...bySheet.keys()].sort((a, b) => rank(a) - rank(b));
  const sevWidth = Math.max(cliText(lang, 'waivedTag').length, ...(['error', 'warning', 'info'] as const).map((s) => severityLabel(s, lang).length));
  const place = (f: Finding) => (f.sheet === null ? '—' : f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`);
  // One address column for the whole output, so that the messages start at the same place.
  const placeWidth = Math.max(0, ...report.findings.map((f) => place(f).length));
  const indent = 2 + placeWidth + 2 + sevWidth + 2;
  const textWidth = options.width === undefined ? Infinity : options.width - indent;
  const hanging = textWidth >= MIN_TEXT_WIDTH ? ' '.repeat(indent) : '    ';
  const wrapWidth = textWidth >= MIN_TEXT_WIDTH ? textWidth : Math.max(MIN_TEXT_WIDTH, (options.width ?? 0) - hanging.length);
  const firstWidth = Number.isFinite(textWidth) ? Math.max(textWidth, MIN_TEXT_WIDTH) : Infinity;
  /** The message's lines (without the head): the first as wide as the text column, then hanging. */
  const textLines = (text: string): string[] => {
    if (!Number.isFinite(textWidth)) return [text];
    const words = wrapWords(text, firstWidth);
    const rest = words.slice(1).join(' ');
    return [words[0], ...(rest ? wrapWords(rest, wrapWidth) : [])];
  };
  for (const sheet of sheets) {
    const findings = bySheet.get(sheet)!;
    lines.push(paint(COLOURS.bold, sheet === '' ? cliText(lang, 'workbookLevel') : sheet));
    for (const f of findings) {
      const sev = f.waived ? cliText(lang, 'waivedTag') : severityLabel(f.severity, lang);
      const sevText = paint(f.waived ? COLOURS.dim : COLOURS[f.severity], sev.padEnd(sevWidth));
      const extra = f.waived && f.waiver ? ` (${f.waiver})` : '';
      const head = `  ${place(f).padEnd(placeWidth)}  ${sevText}  `;
      const text = textLines(`${f.message}${extra}`);
      // The rule id, whole and dimmed, two spaces after the message, or on a line of its own.
      const last = text.length - 1;
      const id = paint(COLOURS.dim, f.ruleId);
      if (text[last].length + 2 + f.ruleId.length <= (last === 0 ? firstWidth : wrapWidth)) text[last] += `  ${id}`;
      else text.push(id);
      lines.push(head + text[0], ...text.slice(1).map((l) => hanging + l));
      if (options.verbose) {
        const under = (text: string) => (Number.isFinite(textWidth) ? wrapWords(text, wrapWidth).map((l) => hanging + l) : [hanging + text]);
        if (f.suggestion) lines.push(...under(cliText(lang, 'suggestionLabel', { text: f.suggestion })));
        const { title, quote } = ruleText(f.ruleId, lang);
        lines.push(
          ...under(quote ? cliText(lang, 'ruleLabel', { title, tdr: f.tdr, quote }) : cliText(lang, 'ruleLabelNoQuote', { title })).map((l) =>
            paint(COLOURS.dim, l),
          ),
        );
      }
    }
    lines.push('');
  }
  lines.push(paint(COLOURS.bold, t.gtTableTitle));
  const header = [
    cliText(lang, 'colGt'),
    cliText(lang, 'colScore'),
    cliText(lang, 'colErrors'),
    cliText(lang, 'colWarnings'),
    cliText(lang, 'colEvaluated'),
    cliText(lang, 'colFailed'),
  ];
  const row = (g: GtSummary, name: string) => [
    name,
    g.score === null ? t.notEvaluated : `${formatNumber(g.score, lang)} %`,
    String(g.errors),
    String(g.warnings),
    String(g.evaluated),
    String(g.failed),
  ];
  const rows = [header, ...report.summary.gts.map((g) => row(g, g.gt)), row(report.summary.total, t.total)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  rows.forEach((r, i) => {
    const text = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
    lines.push('  ' + (i === 0 || i === rows.length - 1 ? paint(COLOURS.bold, text) : text));
  });
  lines.push('');
  const s = report.summary;
  const d = isoToDay(report.referenceDate);
  const totals = (
    cliText(lang, 'totals', {
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      waived: s.waived,
      date: d === null ? report.referenceDate : formatDay(d, lang),
    }) + (report.scope ? cliText(lang, 'scope', { scope: report.scope.join(', ') }) : '')
  );
  lines.push(...(options.width === undefined ? [totals] : wrapWords(totals, Math.max(MIN_TEXT_WIDTH, options.width))));
  return lines.join('\n') + '\n';
}
