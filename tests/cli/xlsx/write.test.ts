import { columnName as columnLetters } from '../../../core/a1';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx } from '../../../cli/xlsx/read';
import {
  NewSheet,
  dateToSerial,
  escapeXml,
  sheetNameProblem,
  writeFileAtomic,
  writeXlsx,
} from '../../../cli/xlsx/write';
import type { Cell } from '../../../core/types';

/** Text that must stay text (security bar S1). */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '=1+1', '\t=cmd'];

function parts(data: Uint8Array): Record<string, string> {
  const files = unzipSync(data);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) out[k] = strFromU8(v);
  return out;
}

function sampleSheets(): NewSheet[] {
  return [
    {
      name: 'Groupes',
      rows: [
        ['Code', 'Nom', 'Type', 'Actif', 'Créé le'],
        ['GT1', 'Gouvernance & État de droit', 'GT PTF', true, new Date(Date.UTC(2025, 0, 1))],
        ['GD-JUS', 'Justice <et> sécurité', 'Groupe de dialogue', false, 45658],
        [null, undefined, '', null],
        ['GT2', '  espaces  ', 'GT PTF', null, null],
      ],
      columnWidths: [10, 30, 22, 8, 12],
      dateColumns: [4],
      frozenRows: 1,
      boldRows: [0],
      autoFilterRow: 0,
      validations: [
        { range: 'C2:C200', list: ['GT PTF', 'Groupe de dialogue', 'Groupe de dialogue ad hoc', 'Cluster'] },
      ],
    },
    {
      name: 'Calendrier',
      rows: [
        ['Date', 'Heure début', 'Groupe', 'Participants', 'Invités', 'Texte'],
        [46096, 0.375, 'GT1', 'AFD; UE', 12, FORMULA_LIKE[0]],
        [new Date(Date.UTC(2026, 3, 20, 14, 30)), new Date(Date.UTC(1899, 11, 30, 9, 0)), 'GD-JUS', 'ligne 1\nligne 2', 0, FORMULA_LIKE[1]],
        [null, null, null, null, 12.5, FORMULA_LIKE[2]],
        [null, null, null, null, -0.25, FORMULA_LIKE[3]],
      ],
      dateColumns: [0],
      timeColumns: [1],
      validations: [{ range: 'C2:C500', list: "'Groupes'!$A$2:$A$200" }],
    },
  ];
}

describe('writeXlsx → readXlsx round trip', () => {
  test('values come back as written (Dates as serials)', () => {
    const wb = readXlsx(writeXlsx(sampleSheets()), 'w.xlsx');
    expect(wb.date1904).toBeUndefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Groupes', 'Calendrier']);
    expect(wb.sheets[0].rows).toEqual([
      ['Code', 'Nom', 'Type', 'Actif', 'Créé le'],
      ['GT1', 'Gouvernance & État de droit', 'GT PTF', true, 45658],
      ['GD-JUS', 'Justice <et> sécurité', 'Groupe de dialogue', false, 45658],
      [],
      ['GT2', '  espaces  ', 'GT PTF'],
    ]);
    const cal = wb.sheets[1].rows;
    expect(cal[1]).toEqual([46096, 0.375, 'GT1', 'AFD; UE', 12, FORMULA_LIKE[0]]);
    expect(cal[2][0]).toBeCloseTo(46132 + 14.5 / 24, 9);
    expect(cal[2][1]).toBeCloseTo(0.375, 9);
    expect(cal[2].slice(2)).toEqual(['GD-JUS', 'ligne 1\nligne 2', 0, FORMULA_LIKE[1]]);
    expect(cal[3]).toEqual([null, null, null, null, 12.5, FORMULA_LIKE[2]]);
    expect(cal[4]).toEqual([null, null, null, null, -0.25, FORMULA_LIKE[3]]);
  });

  test('text that looks like a formula is written as a string cell, never as a formula', () => {
    const data = writeXlsx([{ name: 'S1', rows: FORMULA_LIKE.map((s) => [s]) }]);
    const p = parts(data);
    for (const [name, xml] of Object.entries(p)) {
      expect({ name, hasF: /<f[\s>]/.test(xml) }).toEqual({ name, hasF: false });
    }
    const sheetXml = p['xl/worksheets/sheet1.xml'];
    expect(sheetXml.match(/<c [^>]*>/g)).toHaveLength(FORMULA_LIKE.length);
    for (const c of sheetXml.match(/<c [^>]*>/g) ?? []) expect(c).toMatch(/ t="s"/);
    expect(readXlsx(data, 'x').sheets[0].rows).toEqual(FORMULA_LIKE.map((s) => [s]));
  });

  test('awkward text: XML specials, invalid characters stripped, _xHHHH_ kept literal, CR kept, Unicode, long text', () => {
    const long = 'é'.repeat(40000);
    const rows: Cell[][] = [
      ['a & b < c > d " e \' f'],
      ['bell\u0007 nul\u0000 vt\u000b ok\uFFFF'],
      ['_x000D_ literal'],
      ['windows\r\nline'],
      ['emoji 🇲🇱 lone \uD800 surrogate'],
      [long],
      [' lead', 'trail ', '\ttab'],
    ];
    const back = readXlsx(writeXlsx([{ name: 'Texte', rows }]), 'x').sheets[0].rows;
    expect(back[0]).toEqual(['a & b < c > d " e \' f']);
    expect(back[1]).toEqual(['bell nul vt ok']);
    expect(back[2]).toEqual(['_x000D_ literal']);
    expect(back[3]).toEqual(['windows\r\nline']);
    expect(back[4]).toEqual(['emoji 🇲🇱 lone  surrogate']);
    expect((back[5][0] as string).length).toBe(32767);
    expect(back[6]).toEqual([' lead', 'trail ', '\ttab']);
  });

  test('non-finite numbers and invalid Dates become error values, not broken XML', () => {
    const back = readXlsx(writeXlsx([{ name: 'N', rows: [[NaN, Infinity, new Date(NaN), 1e21, 1e-7, -0]] }]), 'x').sheets[0].rows;
    expect(back).toEqual([['#NUM!', '#NUM!', '#VALUE!', 1e21, 1e-7, 0]]);
  });

  test('the 1904 date system', () => {
    const data = writeXlsx([{ name: 'D', rows: [[new Date(Date.UTC(2026, 2, 15)), 100]], dateColumns: [1] }], { date1904: true });
    expect(parts(data)['xl/workbook.xml']).toMatch(/<workbookPr date1904="1"/);
    const wb = readXlsx(data, 'x');
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0].rows).toEqual([[46096 - 1462, 100]]);
  });

  test('dates and times get a date or time format; bold rows a bold font', () => {
    const p = parts(writeXlsx(sampleSheets()));
    const styles = p['xl/styles.xml'];
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const fmtOf = (s: number): string => /numFmtId="(\d+)"/.exec(xfs[s])![1];
    const fontOf = (s: number): string => /fontId="(\d+)"/.exec(xfs[s])![1];
    const codes: Record<string, string> = {};
    for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) codes[m[1]] = m[2];
    const styleOfCell = (xml: string, ref: string): number => {
      const m = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml);
      if (!m) throw new Error('no cell ' + ref);
      return m[1] ? +m[1] : 0;
    };
    const s1 = p['xl/worksheets/sheet1.xml'];
    const s2 = p['xl/worksheets/sheet2.xml'];
    expect(codes[fmtOf(styleOfCell(s1, 'E2'))]).toBe('dd/mm/yyyy');
    expect(codes[fmtOf(styleOfCell(s1, 'E3'))]).toBe('dd/mm/yyyy');
    expect(codes[fmtOf(styleOfCell(s2, 'B2'))]).toBe('hh:mm');
    expect(codes[fmtOf(styleOfCell(s2, 'A3'))]).toBe('dd/mm/yyyy');
    expect(fontOf(styleOfCell(s1, 'A1'))).toBe('1');
    expect(fontOf(styleOfCell(s1, 'A2'))).toBe('0');
    expect(styles).toMatch(/<font><b\/>/);
    // a Date outside any date column: date-time format when it has a time
    const free = parts(writeXlsx([{ name: 'F', rows: [[new Date(Date.UTC(2026, 0, 2, 10, 0)), new Date(Date.UTC(2026, 0, 2))]] }]));
    const fxml = free['xl/worksheets/sheet1.xml'];
    const fxfs = [...free['xl/styles.xml'].slice(free['xl/styles.xml'].indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const fcode = (ref: string): string => codes[/numFmtId="(\d+)"/.exec(fxfs[styleOfCell(fxml, ref)])![1]];
    expect(fcode('A1')).toBe('dd/mm/yyyy hh:mm');
    expect(fcode('B1')).toBe('dd/mm/yyyy');
  });

  test('worksheet elements follow the schema order', () => {
    const xml = parts(writeXlsx(sampleSheets()))['xl/worksheets/sheet1.xml'];
    const order = ['<dimension', '<sheetViews', '<sheetFormatPr', '<cols', '<sheetData', '<autoFilter', '<dataValidations', '<pageMargins'];
    const at = order.map((t) => xml.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="2" max="2" width="30" customWidth="1"/>');
    expect(xml).toContain('<autoFilter ref="A1:E5"/>');
    expect(xml).toContain('<formula1>&quot;GT PTF,Groupe de dialogue,Groupe de dialogue ad hoc,Cluster&quot;</formula1>');
    const xml2 = parts(writeXlsx(sampleSheets()))['xl/worksheets/sheet2.xml'];
    expect(xml2).toContain(`<formula1>'Groupes'!$A$2:$A$200</formula1>`);
    const wbXml = parts(writeXlsx(sampleSheets()))['xl/workbook.xml'];
    expect(wbXml).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Groupes!$A$1:$E$5</definedName>');
  });

  test('package: content types and relationships name every part', () => {
    const p = parts(writeXlsx(sampleSheets()));
    expect(Object.keys(p)[0]).toBe('[Content_Types].xml');
    for (const part of Object.keys(p)) {
      if (part.endsWith('.rels') || part === '[Content_Types].xml') continue;
      expect(p['[Content_Types].xml']).toContain(`PartName="/${part}"`);
    }
    for (const x of Object.values(p)) expect(x.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  test('the output is reproducible', () => {
    expect(Buffer.from(writeXlsx(sampleSheets())).equals(Buffer.from(writeXlsx(sampleSheets())))).toBe(true);
  });

  test('invalid sheet names, duplicates, ranges and lists are refused', () => {
    for (const bad of ['', 'a'.repeat(32), 'a/b', 'a\\b', 'a?', 'a*', 'a:b', '[a]', "'a", "a'", 'History', 'tab\u0001']) {
      expect(sheetNameProblem(bad)).not.toBeNull();
      expect(() => writeXlsx([{ name: bad, rows: [] }])).toThrow(RangeError);
    }
    for (const good of ['Groupes', 'Résultats TdR', 'a'.repeat(31), "l'année", 'Données (2026)']) expect(sheetNameProblem(good)).toBeNull();
    expect(() => writeXlsx([{ name: 'A', rows: [] }, { name: 'a', rows: [] }])).toThrow(/two sheets/);
    expect(() => writeXlsx([])).toThrow(RangeError);
    expect(() => writeXlsx([{ name: 'A', rows: [], validations: [{ range: 'C2:C;', list: ['x'] }] }])).toThrow(/range/);
    expect(() => writeXlsx([{ name: 'A', rows: [], validations: [{ range: 'C2', list: ['a,b'] }] }])).toThrow(/comma/);
    expect(() => writeXlsx([{ name: 'A', rows: [], validations: [{ range: 'C2', list: ['x'.repeat(300)] }] }])).toThrow(/255/);
  });

  test('an empty sheet is valid', () => {
    const p = parts(writeXlsx([{ name: 'Vide', rows: [] }]));
    expect(p['xl/worksheets/sheet1.xml']).toContain('<sheetData/>');
    expect(readXlsx(writeXlsx([{ name: 'Vide', rows: [[null, '']] }]), 'x').sheets[0].rows).toEqual([]);
  });
});

describe('helpers', () => {
  test('columnLetters', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
  test('dateToSerial', () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 0, 1)))).toBe(45658);
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 30, 9)))).toBeCloseTo(0.375, 12);
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 2)), true)).toBe(1);
  });
  test('escapeXml', () => {
    expect(escapeXml('<a href="x">&\u0001</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-write-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('writes a new file and replaces an old one whole, leaving no temporary file', () => {
    const f = path.join(dir, 'out.xlsx');
    writeFileAtomic(f, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(f)]).toEqual([1, 2, 3]);
    writeFileAtomic(f, new Uint8Array(100000).fill(7));
    expect(fs.readFileSync(f).length).toBe(100000);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('on failure nothing is left behind and the old file is untouched', () => {
    // The target is a folder: the rename fails after the temporary file was written.
    const target = path.join(dir, 'taken');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'x');
    expect(() => writeFileAtomic(target, new Uint8Array([1]))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
    expect(fs.readdirSync(target)).toEqual(['keep']);
    // The folder does not exist: nothing is created.
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'out.xlsx'), new Uint8Array([1]))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });
});

// ---------------------------------------------------------------------------------------------
// LibreOffice opens what the writer writes.
// ---------------------------------------------------------------------------------------------

function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (dir && fs.existsSync(p)) return p;
  }
  return null;
}

const SOFFICE = findSoffice();
const loTest = SOFFICE ? test : test.skip;
const loName = SOFFICE
  ? 'LibreOffice opens the written file: CSV export and re-saved .xlsx give the same values'
  : 'LibreOffice round trip (skipped: soffice not found on PATH; install libreoffice-calc to run it)';

/** Parses LibreOffice's CSV (comma, double quotes, UTF-8). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

loTest(loName, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-lo-'));
  try {
    const src = path.join(dir, 'written.xlsx');
    fs.writeFileSync(src, writeXlsx(sampleSheets()));
    const profile = 'file://' + path.join(dir, 'profile');
    const run = (args: string[]): void => {
      execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], {
        cwd: dir, stdio: 'pipe', timeout: 120000,
      });
    };
    // CSV of every sheet (token 12 = -1: one file per sheet), values as shown, UTF-8.
    run(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1', '--outdir', path.join(dir, 'csv'), src]);
    // LibreOffice's own .xlsx of the same workbook.
    run(['--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo'), src]);

    const csv = (sheet: string): string[][] => parseCsv(fs.readFileSync(path.join(dir, 'csv', `written-${sheet}.csv`), 'utf8'));
    expect(csv('Groupes')).toEqual([
      ['Code', 'Nom', 'Type', 'Actif', 'Créé le'],
      ['GT1', 'Gouvernance & État de droit', 'GT PTF', 'TRUE', '01/01/2025'],
      ['GD-JUS', 'Justice <et> sécurité', 'Groupe de dialogue', 'FALSE', '01/01/2025'],
      ['', '', '', '', ''],
      ['GT2', '  espaces  ', 'GT PTF', '', ''],
    ]);
    expect(csv('Calendrier')).toEqual([
      ['Date', 'Heure début', 'Groupe', 'Participants', 'Invités', 'Texte'],
      ['15/03/2026', '09:00', 'GT1', 'AFD; UE', '12', FORMULA_LIKE[0]],
      ['20/04/2026', '09:00', 'GD-JUS', 'ligne 1\nligne 2', '0', FORMULA_LIKE[1]],
      ['', '', '', '', '12.5', FORMULA_LIKE[2]],
      ['', '', '', '', '-0.25', FORMULA_LIKE[3]],
    ]);

    // Re-saved by LibreOffice and read again: the same values; strings still strings.
    const ours = readXlsx(fs.readFileSync(src), 'written.xlsx');
    const theirs = readXlsx(fs.readFileSync(path.join(dir, 'lo', 'written.xlsx')), 'written.xlsx');
    expect(theirs.sheets.map((s) => s.name)).toEqual(ours.sheets.map((s) => s.name));
    for (let i = 0; i < ours.sheets.length; i++) {
      const a = ours.sheets[i].rows;
      const b = theirs.sheets[i].rows;
      expect(b.length).toBe(a.length);
      a.forEach((row, r) => row.forEach((v, c) => {
        if (typeof v === 'number') expect(b[r][c]).toBeCloseTo(v, 9);
        else expect(b[r][c] ?? null).toEqual(v);
      }));
    }
    const loSheet = strFromU8(unzipSync(fs.readFileSync(path.join(dir, 'lo', 'written.xlsx')))['xl/worksheets/sheet2.xml']);
    expect(loSheet).not.toMatch(/<f[\s>]/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 240000);
