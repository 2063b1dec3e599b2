// tdr-check --suggest-mapping: the proposed Correspondances rows as a table to paste (standard
// output), the alternatives on standard error; pasted back, the check runs on the user's sheets.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../cli/main';
import { suggestionText } from '../../cli/suggest-mapping';
import { writeXlsx } from '../../cli/xlsx/write';
import { buildForeignSample } from '../../examples/make-foreign-sample';
import { SAMPLE_FILE } from '../../examples/make-sample';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-suggest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, isTTY: false, today: '2026-11-15' };
  return { code: main(args, io), stdout, stderr };
}

describe('tdr-check --suggest-mapping', () => {
  const bare = buildForeignSample(false).sheets;
  const file = path.join(tmp, 'registre.xlsx');
  fs.writeFileSync(file, writeXlsx(bare));

  it('prints the proposed rows as a tab-separated table, writes nothing, exits 0', () => {
    const r = run(['--suggest-mapping', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['Élément', "Nom de l'outil", 'Nom dans ce classeur']);
    expect(lines).toContainEqual(['Feuille', 'Membres', 'Liste des membres']);
    expect(lines).toContainEqual(['Colonne', 'Membres › Expert titulaire', "Nom de l'expert"]);
    expect(lines).toContainEqual(['Valeur', 'Membres › Rôle › Dialogue Leader', 'Animateur']);
    expect(lines.every((l) => l.length === 3)).toBe(true);
    expect(r.stderr).toContain('Membres → Liste des membres');
    expect(fs.readdirSync(tmp)).toEqual(['registre.xlsx']);
  });

  it('in English with --lang en; the table pasted as the Mapping sheet makes the check find the sample’s gaps', () => {
    const r = run(['--suggest-mapping', '--lang', 'en', file]);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['Item', 'Tool name', 'Name in this workbook']);
    const mapped = path.join(tmp, 'mapped.xlsx');
    fs.writeFileSync(mapped, writeXlsx([...bare, { name: 'Mapping', rows }]));
    const check = run(['--json', '-', mapped]);
    const report = JSON.parse(check.stdout);
    const planted = buildForeignSample(true).planted;
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(planted.map((p) => p.ruleId).sort());
    fs.rmSync(mapped);
  });

  it('on the tool’s own layout: nothing to propose, on standard error only', () => {
    const r = run(['--suggest-mapping', '--lang', 'en', path.join(__dirname, '..', '..', 'examples', SAMPLE_FILE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Nothing to propose/);
  });
});

describe('a register word the tool cannot place', () => {
  // One role cell says a word no tool value resembles: the note counts its cells in real plurals
  // and writes the colon as each language does (presentation.md §4).
  const sheets = buildForeignSample(false).sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.slice()) }));
  const members = sheets.find((s) => s.name === 'Liste des membres')!;
  const role = members.rows[0].indexOf('Fonction');
  members.rows[1][role] = 'Zorglub';
  const note = (lang: 'fr' | 'en') => suggestionText({ name: 'registre.xlsx', sheets }, lang).stderr.split('\n').find((l) => l.includes('Zorglub'));

  it('is named with its one cell, in French and in English', () => {
    expect(note('fr')).toMatch(/^« Zorglub » \(1 cellule, colonne « Fonction » de « Liste des membres »\) : aucune valeur proposée/);
    expect(note('en')).toMatch(/^"Zorglub" \(1 cell, column "Fonction" of "Liste des membres"\): no value proposed/);
    members.rows[2][role] = 'Zorglub';
    expect(note('fr')).toContain('(2 cellules,');
    expect(note('en')).toContain('(2 cells,');
    expect(note('fr')).not.toContain('(s)');
  });

  it('other candidates follow the language’s colon', () => {
    const en = suggestionText({ name: 'registre.xlsx', sheets }, 'en').stderr;
    expect(en).toContain('(other candidates: ');
    expect(en).not.toContain(' : ');
    expect(suggestionText({ name: 'registre.xlsx', sheets }, 'fr').stderr).toContain('(autres candidats : ');
  });
});

describe('tdr-check --suggest-mapping with several workbooks', () => {
  it('is refused: one register at a time (exit 2, one line)', () => {
    const r = run(['--suggest-mapping', '--lang', 'en', path.join(__dirname, '..', '..', 'examples', SAMPLE_FILE), path.join(__dirname, '..', '..', 'examples', 'registre-ptf.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^--suggest-mapping proposes the mapping of one workbook at a time, got: .*\n$/);
  });
});
