import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { main, type Io } from '../../cli/main';
import { writeXlsx } from '../../cli/xlsx/write';
import { readXlsx } from '../../cli/xlsx/read';
import type { Cell } from '../../core/types';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env,
    isTTY: false,
    today: '2026-11-15',
  };
  const code = main(args, io);
  return { code, stdout, stderr };
}

function workbook(file: string, sheets: Record<string, Cell[][]>): string {
  const p = path.join(tmp, file);
  fs.writeFileSync(p, writeXlsx(Object.entries(sheets).map(([name, rows]) => ({ name, rows }))));
  return p;
}

const groups: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'Thématique portée', 'Résultats attendus'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', '', '', 'Santé', 'Couverture'],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CPS-SSDSPF', '', ''],
];
const members: Cell[][] = [
  ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant'],
  ['GD-SANTE', 'UE', 'Dialogue Leader', 'A. Traoré', ''],
];
const calendar: Cell[][] = [['Date', 'Type', 'Statut', 'Groupe']];

describe('tdr-check', () => {
  const good = workbook('registre.xlsx', { Groupes: groups, Membres: members, Calendrier: calendar });

  it('prints findings grouped by sheet, the per-GT table and the totals, and exits 1 on errors', () => {
    const r = run(['--date', '2026-11-15', good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Groupes$/m);
    expect(r.stdout).toMatch(/Membres!E2\s+avertissement\s+.*membership\/alternate/);
    expect(r.stdout).toContain('Conformité par GT');
    expect(r.stdout).toMatch(/date de référence 15\/11\/2026/);
  });

  it('speaks English with --lang en', () => {
    const r = run(['--lang', 'en', '--date', '2026-11-15', good]);
    expect(r.stdout).toContain('Compliance by GT');
    expect(r.stdout).toMatch(/Membres!E2\s+warning/);
  });

  it('writes the JSON report with exactly the specified fields', () => {
    const out = path.join(tmp, 'r.json');
    const r = run(['--json', out, '--date', '2026-11-15', good]);
    expect(r.code).toBe(1);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'workbook', 'referenceDate', 'language', 'findings', 'rules', 'summary']);
    expect(json.schemaVersion).toBe(1);
    expect(json.tool).toEqual({ name: 'tdr-check', version: '1.0.0' });
    expect(json.workbook).toBe('registre.xlsx');
    expect(json.referenceDate).toBe('2026-11-15');
    expect(json.rules).toHaveLength(48);
    expect(Object.keys(json.findings[0])).toEqual([
      'ruleId', 'severity', 'tdr', 'sheet', 'cell', 'row', 'group', 'gt', 'message', 'suggestion', 'waived', 'waiver',
    ]);
    const alt = json.findings.find((f: { ruleId: string }) => f.ruleId === 'membership/alternate');
    expect(alt).toMatchObject({ severity: 'warning', tdr: 'III.5', sheet: 'Membres', cell: 'E2', row: 2, group: 'GD-SANTE', gt: 'GT2', waived: false, waiver: null });
    expect(Object.keys(json.summary)).toEqual(['errors', 'warnings', 'infos', 'waived', 'gts']);
    expect(json.summary.gts.map((g: { gt: string }) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    expect(Object.keys(json.summary.gts[0])).toEqual(['gt', 'score', 'errors', 'warnings']);
  });

  it('writes the JSON to standard output when no file is given, and nothing else', () => {
    const r = run(['--json', good, '--date', '2026-11-15']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('--max-warnings turns too many warnings into exit 1, and 0 otherwise', () => {
    const clean = workbook('clean.xlsx', {
      Groupes: [['Code', 'Nom', 'Type']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut']],
      Paramètres: [['Paramètre', 'Valeur'], ['structure/gt-set', 'off'], ['structure/gd-missing', 'off']],
    });
    expect(run(['--quiet', clean]).code).toBe(0);
    const warn = workbook('warn.xlsx', {
      Groupes: [['Code', 'Nom', 'Type']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut'], ['2026-01-10', 'GEC', 'Prévue']],
      Paramètres: [['Paramètre', 'Valeur'], ['structure/gt-set', 'off'], ['structure/gd-missing', 'off'], ['calendar/gec-monthly', 'off']],
    });
    expect(run(['--quiet', warn]).code).toBe(0);
    expect(run(['--quiet', '--max-warnings', '0', warn]).code).toBe(1);
    expect(run(['--quiet', '--max-warnings', '5', warn]).code).toBe(0);
  });

  it('--quiet prints nothing', () => {
    const r = run(['--quiet', '--date', '2026-11-15', good]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  describe('cannot run: exit 2, one readable line, no stack, no output file', () => {
    const cases: [string, () => string][] = [
      ['a missing file', () => path.join(tmp, 'absent.xlsx')],
      ['an empty file', () => (fs.writeFileSync(path.join(tmp, 'empty.xlsx'), ''), path.join(tmp, 'empty.xlsx'))],
      [
        'a corrupt file (truncated zip)',
        () => {
          const data = fs.readFileSync(good);
          fs.writeFileSync(path.join(tmp, 'cut.xlsx'), data.subarray(0, Math.floor(data.length / 2)));
          return path.join(tmp, 'cut.xlsx');
        },
      ],
      ['a text file named .xlsx', () => (fs.writeFileSync(path.join(tmp, 'text.xlsx'), 'Code;Nom\n'), path.join(tmp, 'text.xlsx'))],
      ['a file that is not .xlsx', () => (fs.writeFileSync(path.join(tmp, 'notes.txt'), 'hello'), path.join(tmp, 'notes.txt'))],
      [
        'a password-protected file (an OLE container)',
        () => {
          const cfb = Buffer.alloc(1024);
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
          fs.writeFileSync(path.join(tmp, 'locked.xlsx'), cfb);
          return path.join(tmp, 'locked.xlsx');
        },
      ],
      // A folder is a consolidation (scope.md); one without any workbook is named as such.
      ['a folder without any .xlsx', () => (fs.mkdirSync(path.join(tmp, 'vide'), { recursive: true }), path.join(tmp, 'vide'))],
    ];
    for (const [name, make] of cases) {
      it(name, () => {
        const json = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
        const file = make();
        const r = run(['--json', json, file]);
        expect(r.code).toBe(2);
        // presentation.md §5: the one-line error names the file.
        expect(r.stderr).toContain(path.basename(file));
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stderr.length).toBeGreaterThan(20);
        expect(fs.existsSync(json)).toBe(false);
      });
    }

    it('says it in English with --lang en', () => {
      const r = run(['--lang', 'en', path.join(tmp, 'absent.xlsx')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/file|found/i);
    });

    it.each([
      [['--date', '31/02/2026', 'x.xlsx'], /JJ\/MM\/AAAA/],
      [['--date', 'demain', 'x.xlsx'], /« demain »/],
      [['--lang', 'de', 'x.xlsx'], /fr ou en/],
      [['--bogus', 'x.xlsx'], /--bogus/],
      [[], /classeur/],
      // scope.md: several workbooks are consolidated; a missing one is named.
      [['a.xlsx', 'b.xlsx'], /a\.xlsx/],
      [['--max-warnings', 'many', 'x.xlsx'], /max-warnings/],
    ])('bad options %j', (args, pattern) => {
      const r = run(args as string[]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern as RegExp);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('refuses to write over the input workbook', () => {
      const before = fs.readFileSync(good);
      const r = run(['--json', good, good]);
      expect(r.code).toBe(2);
      expect(fs.readFileSync(good).equals(before)).toBe(true);
    });
  });

  it('--out and --html write the annotated copy and the report, and never the input', () => {
    const before = fs.readFileSync(good);
    const out = path.join(tmp, 'sub', 'copie.xlsx');
    const html = path.join(tmp, 'sub', 'rapport.html');
    const r = run(['--date', '2026-11-15', '--out', out, '--html', html, good]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Écrit : ${out}`);
    expect(fs.readFileSync(good).equals(before)).toBe(true);
    const copy = readXlsx(fs.readFileSync(out), 'copie.xlsx');
    expect(copy.sheets.map((s) => s.name)).toEqual(['Groupes', 'Membres', 'Calendrier', 'Constats', 'Synthèse GEC 2026-11', 'Historique']);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    // No temporary file is left beside the outputs.
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['copie.xlsx', 'rapport.html']);
  });

  it('--template writes the template in the chosen language and exits 0', () => {
    const fr = path.join(tmp, 'modele.xlsx');
    const en = path.join(tmp, 'template.xlsx');
    expect(run(['--template', fr]).code).toBe(0);
    expect(run(['--lang', 'en', '--template', en]).code).toBe(0);
    expect(readXlsx(fs.readFileSync(fr), 'm').sheets.map((s) => s.name)).toContain('Calendrier');
    expect(readXlsx(fs.readFileSync(en), 't').sheets.map((s) => s.name)).toContain('Calendar');
  });

  it('--help and --version', () => {
    expect(run(['--help']).stdout).toContain('Usage');
    expect(run(['--version']).stdout).toBe('tdr-check 1.0.0\n');
  });

  it('the installed bin runs as a separate process (npx tdr-check)', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'tdr-check.js');
    const r = spawnSync(process.execPath, [bin, '--json', '-', '--date', '2026-11-15', good], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});

// presentation.md §4 and §5: the command line's niceties.
describe('tdr-check: dates, file errors, wrapping, --verbose', () => {
  const good = workbook('niceties.xlsx', { Groupes: groups, Membres: members, Calendrier: calendar });

  it('--date takes the forms a date cell takes (15/11/2026, 15.11.2026, 2026-11-15)', () => {
    for (const d of ['15/11/2026', '15.11.2026', '2026-11-15', '15-11-2026']) {
      const r = run(['--json', '--date', d, good]);
      expect(JSON.parse(r.stdout).referenceDate).toBe('2026-11-15');
    }
  });

  it('a missing workbook is named in the error, as typed', () => {
    const missing = path.join(tmp, 'nulle-part', 'registre-2026.xlsx');
    const r = run([missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${missing} : Le fichier est introuvable ou illisible : vérifiez le chemin indiqué.\n`);
  });

  it('a file that cannot be written is said in plain words, without Node error codes', () => {
    // A folder to create where a file already stands (Node: EEXIST or ENOTDIR).
    const under = path.join(good, 'rapport.html');
    let r = run(['--html', under, '--date', '2026-11-15', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Impossible d'écrire .*rapport\.html : (un fichier porte déjà le nom d'un dossier à créer sur ce chemin|un élément du chemin est un fichier, pas un dossier)\.\n$/);
    expect(r.stderr).not.toMatch(/E[A-Z]{3,}|errno|mkdir|syscall/);
    // An existing folder in place of the file.
    const folder = fs.mkdtempSync(path.join(tmp, 'dossier-'));
    r = run(['--lang', 'en', '--html', folder, '--date', '2026-11-15', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Could not write ${folder}: it is a folder, not a file.\n`);
  });

  /** Runs with a terminal width (the Io stands for a TTY of that many columns). */
  function runWide(args: string[], columns: number) {
    let stdout = '';
    const io: Io = { stdout: (s) => (stdout += s), stderr: () => undefined, env: {}, isTTY: false, today: '2026-11-15', columns };
    main(args, io);
    return stdout;
  }

  it('wraps to the terminal width with a hanging indent, rule ids whole, one address column', () => {
    const report = JSON.parse(run(['--json', '--date', '2026-11-15', good]).stdout);
    const out = runWide(['--date', '2026-11-15', good], 72);
    const findingLines = out.split('\n\n').slice(0, -2).join('\n').split('\n').filter((l) => l.startsWith('  '));
    for (const l of out.split('\n')) expect(l.length).toBeLessThanOrEqual(72);
    // Every finding's first line starts its message at the same column, across sheets.
    const firsts = findingLines.filter((l) => /^ {2}\S/.test(l));
    expect(firsts.length).toBe(report.findings.length);
    const column = (l: string) => l.search(/(erreur|avertissement|info|dérogation) +\S/) + l.slice(l.search(/(erreur|avertissement|info|dérogation) /)).search(/ \S/) + 1;
    const starts = new Set(firsts.map(column));
    expect(starts.size).toBe(1);
    const [start] = [...starts];
    // Continuation lines hang under the message.
    const continuations = findingLines.filter((l) => /^ {3,}/.test(l));
    expect(continuations.length).toBeGreaterThan(0);
    for (const l of continuations) expect(l.search(/\S/)).toBe(start);
    // Every rule id is whole on one line.
    for (const f of report.findings) expect(out).toMatch(new RegExp(`(^| )${f.ruleId.replace('/', '\\/')}$`, 'm'));
    // Without a width, one line per finding.
    const flat = run(['--date', '2026-11-15', good]).stdout;
    expect(flat.split('\n').filter((l) => /^ {2}\S/.test(l) && /\/[a-z-]+$/.test(l))).toHaveLength(report.findings.length);
  });

  it('keeps a long word whole on its own line rather than cutting it', () => {
    const { wrapWords } = require('../../cli/terminal') as typeof import('../../cli/terminal');
    expect(wrapWords('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapWords('voir membership/nexus-focal-point', 10)).toEqual(['voir', 'membership/nexus-focal-point']);
    expect(wrapWords('', 10)).toEqual(['']);
    // French typography: « stays with the next word, » : ; with the previous one.
    expect(wrapWords('une coordination « tripartites » ici', 19)).toEqual(['une coordination', '« tripartites » ici']);
    expect(wrapWords('pour le groupe : Santé', 15)).toEqual(['pour le', 'groupe : Santé']);
  });

  it('--verbose prints the suggestion and the rule with its TdR words under each finding', () => {
    const plain = run(['--date', '2026-11-15', good]).stdout;
    expect(plain).not.toContain('Suggestion :');
    const r = run(['--verbose', '--date', '2026-11-15', good]);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('membership/alternate'));
    expect(lines[at + 1]).toMatch(/^\s+Suggestion : \S/);
    expect(lines[at + 2]).toMatch(/^\s+Règle « Suppléant \(binôme\) » \(III\.5\) : « \[…\] désigne un\(e\) expert \(e\) permanent .*»$/);
    const en = run(['--verbose', '--lang', 'en', '--date', '2026-11-15', good]).stdout;
    expect(en).toMatch(/^\s+Suggestion: \S/m);
    expect(en).toMatch(/^\s+Rule "Alternate" \(III\.5\): « \[…\]/m);
  });

  it('the totals line counts in real plurals', () => {
    const fr = run(['--date', '2026-11-15', good]).stdout;
    expect(fr).toMatch(/\d+ erreurs?, \d+ avertissements?, \d+ infos?, 0 dérogation appliquée — date de référence 15\/11\/2026/);
    expect(fr).not.toContain('(s)');
  });
});

describe('tdr-check on a fresh template (presentation.md §6)', () => {
  it('gives a short list: no error, one info per empty sheet and per Groupes column to fill', () => {
    const file = path.join(tmp, 'modele-neuf.xlsx');
    expect(run(['--template', file]).code).toBe(0);
    const r = run(['--json', '--date', '15/11/2026', file]);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    // Six lines in all: the CPS, Thématique portée and Résultats attendus columns of Groupes, then
    // Membres, Calendrier and Documents (in place of 24 per-group warnings).
    expect(report.summary.warnings).toBe(0);
    expect(report.findings.map((f: { ruleId: string; sheet: string; cell: string | null }) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ['data/empty-sheet', 'Groupes', 'E1'],
      ['data/empty-sheet', 'Groupes', 'G1'],
      ['data/empty-sheet', 'Groupes', 'H1'],
      ['data/empty-sheet', 'Membres', null],
      ['data/empty-sheet', 'Calendrier', null],
      ['data/empty-sheet', 'Documents', null],
    ]);
    // The template's own drop-downs and Paramètres read back without a data finding.
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('data/') && f.ruleId !== 'data/empty-sheet')).toEqual([]);
    const book = readXlsx(fs.readFileSync(file), 'modele-neuf.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['Lisez-moi', 'Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres']);
  });
});
