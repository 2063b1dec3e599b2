import { createHash } from 'crypto';
import { CONTENT_SECURITY_POLICY, escapeHtml, renderHtml } from '../../../cli/html/report';
import { hostileReport, QUOTES, XSS } from './fixtures';
import { ruleText } from '../../../core/rules/index';

const { report, plan } = hostileReport();
const html = renderHtml(report, plan);

describe('renderHtml', () => {
  test('one self-contained page: no element that loads anything, no URL', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(?:img|link|iframe|object|embed|audio|video|source|base|form action)\b/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  test('a strict Content-Security-Policy that lets in exactly the inline style and script', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${hash(style)}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${hash(script)}`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe/);
  });

  test('every workbook text is escaped, in content and in attributes', () => {
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(escapeHtml(XSS));
    expect(html).toContain(`data-gt="${escapeHtml(XSS)}"`);
    expect(html).toContain(`<option value="${escapeHtml(XSS)}">`);
    expect(html).toContain(escapeHtml(QUOTES));
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  test('the per-GT table, the chart, the points of attention and the findings', () => {
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr/g)).toHaveLength(6);
    const bars = html.match(/<rect /g) ?? [];
    expect(bars.length).toBe(plan.summary.gts.filter((g) => g.score !== null).length);
    expect(html).toContain('<svg id="chart"');
    expect(html).toContain(`<section id="attention"><h2>Points d&#39;attention</h2>`);
    const rows = /<table id="findings-table"[^>]*>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1].match(/<tr /g) ?? [];
    expect(rows).toHaveLength(report.findings.length);
    for (const s of ['error', 'warning', 'info']) expect(html).toContain(`<option value="${s}">`);
    // presentation.md §2/§3: the rule filter shows each rule's title in the report's language, with its id.
    for (const rule of new Set(report.findings.map((f) => f.ruleId))) {
      expect(html).toContain(`<option value="${rule}">${escapeHtml(ruleText(rule, 'fr').title)} (${rule})</option>`);
    }
    expect(html).toContain('<option value="">Toutes les règles</option>');
    expect(html).toContain('<option value="">Toutes les sévérités</option>');
    expect(html).toContain('<option value="">Tous les GT</option>');
  });

  test('in the report’s language', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Conformité par GT');
    const en = hostileReport('en');
    const page = renderHtml(en.report, en.plan);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Compliance by GT');
    expect(page).toContain('Summary for the GEC monthly meeting – November 2026');
    expect(page).not.toContain('Conformité par GT');
  });
});
