// scope.md: --scope wins over Paramètres › Périmètre; the outputs say the scope.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../cli/main';
import { readXlsx } from '../../cli/xlsx/read';

const SAMPLE = path.join(__dirname, '..', '..', 'examples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-scope-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, isTTY: false, today: '2026-11-15', now: '2026-11-15T10:00:00Z' };
  return { code: main(args, io), stdout, stderr };
}

describe('--scope', () => {
  it('a coordinator workbook says its scope beside the reference date and checks clean', () => {
    const r = run([path.join(SAMPLE, 'coordinateurs', 'coordination-gt2.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/date de référence 15\/11\/2026 — Périmètre : GT2/);
  });

  it('wins over Périmètre: GT3 in scope of the GT2 workbook gives gt-set and gd-placement outOfScope', () => {
    const r = run(['--scope', 'GT3', '--json', '-', path.join(SAMPLE, 'coordinateurs', 'coordination-gt2.xlsx')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.scope).toEqual(['GT3']);
    expect(report.summary.gts.map((g: { gt: string }) => g.gt)).toEqual(['GT3']);
    const ids = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect(ids.has('structure/gt-set')).toBe(true);
    expect(ids.has('structure/gd-placement')).toBe(true);
  });

  it('an unknown GT: exit 2 in one line', () => {
    const r = run(['--scope', 'GT9', path.join(SAMPLE, 'secretariat-ptf.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GT9/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the GEC summary and Constats of a scoped --out say the scope; the summary lists only its GT', () => {
    const out = path.join(tmp, 'gt2.xlsx');
    expect(run(['--out', out, path.join(SAMPLE, 'coordinateurs', 'coordination-gt2.xlsx')]).code).toBe(0);
    const book = readXlsx(fs.readFileSync(out), 'gt2.xlsx');
    const summary = book.sheets.find((s) => s.name.startsWith('Synthèse GEC'))!;
    expect(summary.rows[1].slice(2, 4)).toEqual(['Périmètre', 'GT2']);
    const gtColumn = summary.rows.map((r) => r[0]);
    expect(gtColumn).toContain('GT2');
    expect(gtColumn).not.toContain('GT1');
    const findings = book.sheets.find((s) => s.name === 'Constats')!;
    expect(findings.rows[1].slice(2, 4)).toEqual(['Périmètre', 'GT2']);
  });
});
