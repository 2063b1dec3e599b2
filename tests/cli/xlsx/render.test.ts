// The annotated copy as LibreOffice prints it (presentation.md §1): the sample's copy converted to
// PDF by headless LibreOffice, the pages read back with poppler (pdftotext, pdfinfo, pdftoppm).
// Each page's footer names its sheet (`&A`), which tells the output sheets' pages apart.
// Needs Debian's libreoffice-calc and poppler-utils (.ci/run installs them).

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHART_COLOURS } from '../../../core/plan/types';
import { annotate, ROOT } from './helpers';

const SOFFICE = '/usr/bin/soffice';

interface Page {
  number: number;
  text: string;
  landscape: boolean;
}

/** Converts an .xlsx to PDF with a private LibreOffice profile; returns the PDF's path. */
function toPdf(xlsx: Uint8Array, dir: string): string {
  if (!fs.existsSync(SOFFICE)) throw new Error(`${SOFFICE} is missing: install Debian's libreoffice-calc (.ci/run does).`);
  const file = path.join(dir, 'copie.xlsx');
  fs.writeFileSync(file, xlsx);
  const profile = 'file://' + path.join(dir, 'profile');
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return path.join(dir, 'copie.pdf');
}

function pages(pdf: string): Page[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = new Map<number, boolean>();
  for (const m of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)) sizes.set(Number(m[1]), Number(m[2]) > Number(m[3]));
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const out: Page[] = [];
  for (let n = 1; n <= count; n++) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
    out.push({ number: n, text, landscape: sizes.get(n) ?? false });
  }
  return out;
}

/** The page as RGB pixels (a binary PPM from pdftoppm). */
function pixels(pdf: string, page: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '60', pdf], { maxBuffer: 64 << 20 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Pixels within a small distance of `#RRGGBB`. */
function countColour(rgb: Buffer, colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    if (Math.abs(rgb[i] - r) + Math.abs(rgb[i + 1] - g) + Math.abs(rgb[i + 2] - b) < 40) n++;
  }
  return n;
}

describe('the sample’s annotated copy, printed by LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-render-'));
  const input = new Uint8Array(fs.readFileSync(path.join(ROOT, 'examples/secretariat-ptf.xlsx')));
  const { output, plan } = annotate(input, 'secretariat-ptf.xlsx');
  const summaryName = plan.sheets[1].name;
  let all: Page[] = [];
  let pdf = '';

  beforeAll(() => {
    pdf = toPdf(output, dir);
    all = pages(pdf);
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const ofSheet = (name: string) => all.filter((p) => new RegExp(`^\\s*${name}\\s+Page \\d+ / \\d+\\s*$`, 'm').test(p.text));

  test('the GEC summary is one or two A4 landscape pages, its title whole', () => {
    const summary = ofSheet(summaryName);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(2);
    for (const p of summary) expect(p.landscape).toBe(true);
    // The title repeats on each page (print titles), never cut.
    for (const p of summary) expect(p.text).toContain(plan.summary.title);
    // Every GT row and every column header is on the first page: fitted to the width.
    for (const h of ['Conformité', 'Détail', 'Avertissements', 'Documents']) expect(summary[0].text).toContain(h);
    expect(summary[0].text).toMatch(/GT5\s/);
  });

  test('Constats prints on landscape pages, every column, the header repeated on each', () => {
    const findings = ofSheet('Constats');
    expect(findings.length).toBeGreaterThanOrEqual(1);
    for (const p of findings) {
      expect(p.landscape).toBe(true);
      expect(p.text).toMatch(/Sévérité\s+Règle\s+Réf\. TdR\s+Feuille\s+Cellule\s+Groupe\s+GT\s+Message\s+Suggestion\s+Dérogation/);
    }
  });

  test('the chart is drawn on the summary’s first page: its title, the GT axis, bars in each worst-finding colour', () => {
    const first = ofSheet(summaryName)[0];
    expect(first.text).toContain(plan.sheets[1].chart!.title);
    expect(first.text).toMatch(/GT1\s+GT2\s+GT3\s+GT4\s+GT5/);
    const { rgb } = pixels(pdf, first.number);
    const colours = new Set(plan.sheets[1].chart!.colours);
    expect(colours.size).toBeGreaterThan(1);
    for (const colour of colours) expect(countColour(rgb, colour)).toBeGreaterThan(300);
    // A colour no bar has is not on the page (the test can tell colours apart).
    for (const colour of Object.values(CHART_COLOURS)) if (!colours.has(colour)) expect(countColour(rgb, colour)).toBeLessThan(50);
  });
});
