// scope.md, consolidation on the command line: the five coordinators' workbooks of the sample
// consolidate clean; four leave a GT uncovered; a GT kept twice; a partner in three coordinations;
// a corrupt file stops the run before anything is written; the new workbook's links name the
// source files and LibreOffice opens it.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { main, type Io } from '../../cli/main';
import { writeXlsx } from '../../cli/xlsx/write';
import { readXlsx } from '../../cli/xlsx/read';
import { buildCoordinatorWorkbook, COORDINATOR_GTS, coordinatorFile } from '../../examples/make-sample';
import type { NewSheet } from '../../cli/xlsx/write';
import { escapeHtml } from '../../cli/html/report';
import { ruleText } from '../../core/rules/index';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-consolidate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'coordinateurs');
const FIXTURES = path.join(__dirname, '..', 'fixtures');

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, isTTY: false, today: '2026-11-15', now: '2026-11-15T10:00:00Z' };
  const code = main(args, io);
  return { code, stdout, stderr };
}

/** A folder with the given coordinator workbooks (sheets possibly changed). */
function folder(name: string, books: Record<string, NewSheet[]>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, sheets] of Object.entries(books)) fs.writeFileSync(path.join(dir, file), writeXlsx(sheets));
  return dir;
}
const sample = (gts: readonly string[] = COORDINATOR_GTS) =>
  Object.fromEntries(gts.map((gt) => [coordinatorFile(gt), buildCoordinatorWorkbook(gt)]));

function json(args: string[]) {
  const r = run(['--json', '-', ...args]);
  return { ...r, report: JSON.parse(r.stdout) };
}

describe('tdr-check on several workbooks', () => {
  it('the sample folder: five clean workbooks give no finding and exit 0', () => {
    const r = run([SAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const gt of COORDINATOR_GTS) expect(r.stdout).toContain(`━━ ${coordinatorFile(gt)}`);
    // presentation.md §4: real plurals, no `(s)`.
    expect(r.stdout).toContain('Consolidation de 5 classeurs : 0 erreur, 0 avertissement en tout');
    expect(r.stdout).not.toContain('(s)');
  });

  it('the consolidated JSON: schemaVersion, one single-workbook report per file, the consolidated pass', () => {
    const { code, report } = json(SAMPLE_FILES());
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'referenceDate', 'language', 'workbooks', 'consolidated']);
    expect(report.workbooks.map((w: { workbook: string }) => w.workbook)).toEqual(COORDINATOR_GTS.map(coordinatorFile));
    expect(report.workbooks[1].scope).toEqual(['GT2']);
    expect(report.consolidated.findings).toEqual([]);
    expect(report.consolidated.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'consolidation/gt-coverage', 'consolidation/duplicate-group', 'consolidation/partner-roles',
    ]);
    expect(report.consolidated.summary.gts.map((g: { gt: string; workbook: string }) => `${g.gt} ${g.workbook}`)).toEqual(
      COORDINATOR_GTS.map((gt) => `${gt} ${coordinatorFile(gt)}`),
    );
  });

  it('four workbooks: consolidation/gt-coverage for the missing GT, exit 1', () => {
    const dir = folder('four', sample(['GT1', 'GT2', 'GT3', 'GT5']));
    const { code, report } = json([dir]);
    expect(code).toBe(1);
    expect(report.consolidated.findings.map((f: { ruleId: string; data?: unknown; message: string }) => `${f.ruleId} ${f.message}`)).toEqual([
      'consolidation/gt-coverage Aucun des classeurs consolidés ne couvre GT4 (Paix et sécurité).',
    ]);
    expect(report.consolidated.summary.gts[3]).toMatchObject({ gt: 'GT4', workbook: null, score: null });
  });

  it('a GT kept in two workbooks: gt-coverage and duplicate-group, anchored in the later file', () => {
    const dir = folder('twice', { ...sample(), 'z-copie-gt2.xlsx': buildCoordinatorWorkbook('GT2') });
    const { code, report } = json([dir]);
    expect(code).toBe(1);
    const found = report.consolidated.findings as { ruleId: string; workbook: string }[];
    expect(found.filter((f) => f.ruleId === 'consolidation/gt-coverage').map((f) => f.workbook)).toEqual(['z-copie-gt2.xlsx']);
    const dups = found.filter((f) => f.ruleId === 'consolidation/duplicate-group');
    expect(dups).toHaveLength(5); // GT2's five dialogue groups
    expect(new Set(dups.map((f) => f.workbook))).toEqual(new Set(['z-copie-gt2.xlsx']));
  });

  it('a partner in three coordinations: consolidation/partner-roles (info, exit 0)', () => {
    // UE leads GT4; make it GT1's and GT2's sortant too.
    const books = sample();
    for (const gt of ['GT1', 'GT2']) {
      const members = books[coordinatorFile(gt)].find((s) => s.name === 'Membres')!;
      const row = members.rows.find((r) => r[0] === gt && r[2] === 'Coordination - sortant')!;
      row[1] = 'UE';
    }
    const { code, report } = json([folder('roles', books)]);
    expect(code).toBe(0);
    const found = report.consolidated.findings as { ruleId: string; severity: string; workbook: string; message: string }[];
    expect(found.map((f) => f.ruleId)).toEqual(['consolidation/partner-roles']);
    expect(found[0]).toMatchObject({
      severity: 'info', workbook: coordinatorFile('GT4'), sheet: 'Membres',
      message: 'UE assure un rôle de coordination dans 3 GT PTF : GT1, GT2, GT4.',
    });
  });

  it('a corrupt file among them: one line naming it, exit 2, nothing written', () => {
    const dir = folder('corrupt', sample(['GT1', 'GT2']));
    fs.copyFileSync(path.join(FIXTURES, 'corrupt.xlsx'), path.join(dir, 'gt3-abime.xlsx'));
    const out = path.join(tmp, 'corrupt-out');
    const r = run(['--out', path.join(out, 'c.xlsx'), '--html', path.join(out, 'c.html'), '--json', path.join(out, 'c.json'), dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('gt3-abime.xlsx');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an empty folder, and --scope with several workbooks: exit 2 in one line', () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const r = run([empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Aucun classeur \.xlsx/);
    const s = run(['--scope', 'GT2', SAMPLE]);
    expect(s.code).toBe(2);
    expect(s.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--out writes a new workbook: Synthèse GEC over the five GT, Constats linking into the source files, Classeurs', () => {
    const dir = folder('out-src', sample(['GT1', 'GT2', 'GT3', 'GT5']));
    const out = path.join(tmp, 'out', 'consolidation.xlsx');
    const html = path.join(tmp, 'out', 'consolidation.html');
    const r = run(['--out', out, '--html', html, dir]);
    expect(r.code).toBe(1);
    const book = readXlsx(fs.readFileSync(out), 'consolidation.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Synthèse GEC 2026-11', 'Constats', 'Classeurs']);
    // presentation.md §4: no machine plural and no `n/a` in a French output.
    const texts = book.sheets.flatMap((s) => s.rows.flat()).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((v) => v.includes('(s)') || /\bn\/a\b/.test(v))).toEqual([]);
    expect(texts).toContain('Constats de conformité aux TdR – consolidation de 4 classeurs');
    expect(r.stdout).toContain('Consolidation de 4 classeurs : 1 erreur,');
    const summary = book.sheets[0].rows.map((row) => row[0]);
    for (const gt of COORDINATOR_GTS) expect(summary).toContain(gt);
    const classeurs = book.sheets[2].rows.filter((row) => String(row[0]).endsWith('.xlsx'));
    expect(classeurs.map((row) => [row[0], row[1]])).toEqual([
      ['coordination-gt1.xlsx', 'GT1'], ['coordination-gt2.xlsx', 'GT2'], ['coordination-gt3.xlsx', 'GT3'], ['coordination-gt5.xlsx', 'GT5'],
    ]);
    // The links: external relationships to the source files, relative to the output's folder.
    const zip = spawnSync('unzip', ['-p', out, 'xl/worksheets/_rels/*.rels'], { encoding: 'utf8' });
    expect(zip.stdout).toContain('Target="../out-src/coordination-gt2.xlsx" TargetMode="External"');
    const html_ = fs.readFileSync(html, 'utf8');
    expect(html_).toContain('coordination-gt2.xlsx');
    expect(html_).toContain('consolidation/gt-coverage');
    // presentation.md §3: a consolidation finding shows its rule's title and TdR words, as a
    // workbook finding does (HTML: title over the id, the words on demand; Constats: two columns).
    const { title, quote } = ruleText('consolidation/gt-coverage', 'fr');
    expect(title).toBe('Chaque GT PTF couvert par un seul classeur');
    expect(quote).toMatch(/^« Les 5 nouveaux GT PTF/);
    expect(html_).toContain(`<span title="${escapeHtml(quote)}">${escapeHtml(title)}</span><br><code>consolidation/gt-coverage</code>`);
    expect(html_).toContain(`<span class="quote">${escapeHtml(quote)}</span>`);
    const constats = book.sheets[1].rows;
    const header = constats.findIndex((row) => row[0] === 'Classeur');
    expect(constats[header].slice(-2)).toEqual(['Intitulé de la règle', 'Texte des TdR']);
    const gt4 = constats.find((row) => row[2] === 'consolidation/gt-coverage')!;
    expect(gt4.length).toBe(constats[header].length);
    expect(gt4.slice(-2)).toEqual([title, quote]);
  });

  it('the consolidated workbook opens in LibreOffice', () => {
    const soffice = spawnSync('which', ['soffice']).status === 0;
    if (!soffice) return; // the LibreOffice tests of the suite say the same
    const dir = path.join(tmp, 'lo');
    fs.mkdirSync(dir);
    const out = path.join(dir, 'c.xlsx');
    expect(run(['--out', out, SAMPLE]).code).toBe(0);
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', dir, out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8')).toMatch(/Synth.+se pour la r.+union mensuelle du GEC/);
  });
});

function SAMPLE_FILES(): string[] {
  return COORDINATOR_GTS.map((gt) => path.join(SAMPLE, coordinatorFile(gt)));
}
