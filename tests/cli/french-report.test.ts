// presentation.md §4: a French report on a workbook with findings reads as French: no machine
// plural `(s)` and no `n/a`, in the terminal, the HTML report and the output sheets of the .xlsx.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../cli/main';
import { readXlsx } from '../../cli/xlsx/read';
import { writeXlsx } from '../../cli/xlsx/write';
import { buildSample, SAMPLE_REFERENCE_DATE } from '../../examples/make-sample';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-fr-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, isTTY: false, today: SAMPLE_REFERENCE_DATE, now: '2026-11-15T10:00:00Z', columns: 100 };
  const code = main(args, io);
  return { code, stdout, stderr };
}

const MACHINE = /\(s\)|\bn\/a\b/i;

describe('a French report with findings', () => {
  const input = path.join(tmp, 'registre.xlsx');
  fs.writeFileSync(input, writeXlsx(buildSample().sheets.map((s) => ({ name: s.name, rows: s.rows }))));
  const out = path.join(tmp, 'annote.xlsx');
  const html = path.join(tmp, 'rapport.html');
  const r = run(['--verbose', '--out', out, '--html', html, input]);

  it('has findings and writes its outputs', () => {
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/avertissement/);
    expect(fs.existsSync(out) && fs.existsSync(html)).toBe(true);
  });

  it('the terminal: no (s), no n/a', () => {
    expect(r.stdout).not.toMatch(MACHINE);
    expect(r.stdout).toMatch(/il y a \d+ jours/);
  });

  it('the HTML report: no (s), no n/a, filters agreed in gender, rule titles', () => {
    const text = fs.readFileSync(html, 'utf8');
    expect(text).not.toMatch(MACHINE);
    expect(text).toContain('Toutes les règles');
    expect(text).toContain('Toutes les sévérités');
    expect(text).not.toMatch(/>Tous</);
    expect(text).toContain('Renouvellement du point focal Nexus (membership/nexus-renewal)');
    expect(text).toContain('(renouveler tous les ans) »');
  });

  it('the output sheets of the .xlsx: no (s), no n/a; titles and TdR words in Constats', () => {
    const book = readXlsx(fs.readFileSync(out), 'annote.xlsx');
    const outputs = book.sheets.filter((s) => s.name === 'Constats' || s.name.startsWith('Synthèse GEC'));
    expect(outputs).toHaveLength(2);
    for (const s of outputs) {
      for (const row of s.rows) for (const c of row) if (typeof c === 'string') expect({ sheet: s.name, c, machine: MACHINE.test(c) }).toMatchObject({ machine: false });
    }
    const constats = outputs.find((s) => s.name === 'Constats')!;
    const header = constats.rows.find((row) => row[0] === 'Sévérité')!;
    expect(header.slice(10)).toEqual(['Intitulé de la règle', 'Texte des TdR']);
    const renewal = constats.rows.find((row) => row[1] === 'membership/nexus-renewal')!;
    expect(renewal[10]).toBe('Renouvellement du point focal Nexus');
    expect(renewal[11]).toMatch(/^« \[…\] désigner un point focal Nexus .*»$/);
  });
});
