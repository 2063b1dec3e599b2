// The default output: findings grouped by sheet, then the per-GT table and the totals, in the
// report's language. Colours only on a terminal (and never with NO_COLOR).

import type { Finding, GtSummary, Report } from '../core/types';
import { formatNumber, outputMessages, severityLabel } from '../core/plan/messages';
import { formatDay, isoToDay } from '../core/values';
import { cliText } from './text';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatTerminal(report: Report, colour: boolean, sheetOrder: readonly string[] = []): string {
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
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => severityLabel(s, lang).length));
  for (const sheet of sheets) {
    const findings = bySheet.get(sheet)!;
    lines.push(paint(COLOURS.bold, sheet === '' ? cliText(lang, 'workbookLevel') : sheet));
    const places = findings.map((f) => (f.sheet === null ? '—' : f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`));
    const width = Math.max(...places.map((p) => p.length));
    findings.forEach((f, i) => {
      const sev = f.waived ? cliText(lang, 'waivedTag') : severityLabel(f.severity, lang);
      const sevText = paint(f.waived ? COLOURS.dim : COLOURS[f.severity], sev.padEnd(sevWidth));
      const extra = f.waived && f.waiver ? ` (${f.waiver})` : '';
      lines.push(`  ${places[i].padEnd(width)}  ${sevText}  ${f.message}${extra}  ${paint(COLOURS.dim, f.ruleId)}`);
    });
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
    g.score === null ? t.notApplicable : `${formatNumber(g.score, lang)} %`,
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
  lines.push(
    cliText(lang, 'totals', {
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      waived: s.waived,
      date: d === null ? report.referenceDate : formatDay(d, lang),
    }) + (report.scope ? cliText(lang, 'scope', { scope: report.scope.join(', ') }) : ''),
  );
  return lines.join('\n') + '\n';
}
