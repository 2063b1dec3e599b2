import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { XlsxError, isoToSerial, readXlsx, readXlsxFile } from '../../../cli/xlsx/read';
import type { Cell, WorkbookSnapshot } from '../../../core/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string): string => path.join(FIXTURES, name);

function sheet(wb: WorkbookSnapshot, name: string): Cell[][] {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${wb.sheets.map((x) => x.name).join(', ')}`);
  return s.rows;
}

/** Every value of a workbook, for "this text appears nowhere" checks. */
function allValues(wb: WorkbookSnapshot): Cell[] {
  return wb.sheets.flatMap((s) => s.rows.flat());
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    return 'not an XlsxError: ' + String(e);
  }
  return 'no error';
}

function errorOf(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('no error');
}

// ---------------------------------------------------------------------------------------------
// Files written by LibreOffice Calc (tests/fixtures/make-fixtures.sh).
// ---------------------------------------------------------------------------------------------

describe('LibreOffice fixtures', () => {
  test('lo-basic.xlsx: sheets, dates as serials, times, booleans, formulas, errors', () => {
    const wb = readXlsxFile(fixture('lo-basic.xlsx'));
    expect(wb.name).toBe('lo-basic.xlsx');
    expect(wb.date1904).toBeUndefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Groupes', 'Membres', 'Calendrier']);

    expect(sheet(wb, 'Groupes')).toEqual([
      ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'ODD', 'Actif', 'Nb membres'],
      ['GT1', 'Gouvernance & État de droit', 'GT PTF', null, null, 16, true, 2],
      ['GD-JUS', 'Justice <et> sécurité', 'Groupe de dialogue', 'GT1', 'CPS/SJ', '16; 5', false, 1],
      // '=2+3' was typed as text: it stays text. The last column is a formula's cached value.
      ['GT2', 'Développement rural', 'GT PTF', null, null, '=2+3', true, 0],
    ]);

    expect(sheet(wb, 'Membres')).toEqual([
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Email titulaire', 'Point focal Nexus', 'Début mandat', 'Fin mandat'],
      // 45658 = 2025-01-01, 46387 = 2026-12-31
      ['GT1', 'AFD', 'Coordination - en exercice', 'Marie Traoré', 'm.traore@afd.fr', 'Oui', 45658, 46387],
      // two paragraphs in one cell: a line break; an empty cell in the middle is null
      ['GT1', 'UE', 'Membre', 'Jean Dupont\n(intérim)', null, false, 45474],
      ['GD-JUS', 'BM', 'Dialogue Leader'],
    ]);

    const cal = sheet(wb, 'Calendrier');
    expect(cal[0]).toEqual(['ID', 'Date', 'Heure début', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants', 'Invités']);
    // 46096 = 2026-03-15; 0.375 = 09:00; Invités is the cached value of =2+3
    expect(cal[1]).toEqual(['R1', 46096, 0.375, 'GT1', 'Réunion du groupe', 'Tenue', 46087, 46106, 'AFD; UE; BM', 5]);
    // ID is a text formula (t="str"); the date is a date-time; CR diffusé le is =NA()
    expect(cal[2][0]).toBe('R2');
    expect(cal[2][1]).toBeCloseTo(46132 + 14.5 / 24, 6);
    expect(cal[2][2]).toBeCloseTo(14.5 / 24, 9);
    expect(cal[2].slice(3)).toEqual(['GD-JUS', 'Rencontre ministérielle', 'Prévue', 46122, '#N/A', null, 0]);
    expect(cal).toHaveLength(3);
  });

  test('lo-notes-merged.xlsx: merged title in row 1, notes ignored, text dates, blank rows kept as []', () => {
    const wb = readXlsxFile(fixture('lo-notes-merged.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Groupes', 'Membres', 'Calendrier']);

    expect(sheet(wb, 'Groupes')).toEqual([
      ['Groupes thématiques PTF – 2026'],
      ['Code', 'Nom', 'Type'],
      ['GT1', 'Gouvernance', 'GT PTF'],
      ['GD-EAU', 'Eau et assainissement', 'GD'],
    ]);

    expect(sheet(wb, 'Membres')).toEqual([
      ['Liste des membres des groupes – mise à jour du 15/03/2026'],
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Début mandat', 'Fin mandat'],
      ['GT1', 'AFD', 'Coordination - entrant', 'Awa Diallo', '15/03/2026', '14/03/2027'],
      [],
      // 46027 = 2026-01-05, a real date cell carrying a note
      ['GD-EAU', 'UNICEF', 'DL', 'Paul Koné', 46027, '05.01.2028'],
    ]);

    expect(sheet(wb, 'Calendrier')).toEqual([
      ['Date', 'Heure', 'Groupe', 'Type', 'Statut'],
      ['15/03/26', '09h00', 'GT1', 'Réunion du groupe', 'Tenue'],
      [],
      [],
      ['2026-04-02', '14:30', 'GD-EAU', 'Rencontre ministérielle', 'Prévue'],
    ]);

    const values = allValues(wb);
    for (const note of ['Code validé en GEC', 'À confirmer par courrier', 'Date de la lettre de désignation', 'SEG-PTF']) {
      expect(values).not.toContain(note);
    }
  });

  test('lo-table.xlsx: data in Excel tables (ListObjects) with autofilters reads as a plain range', () => {
    const wb = readXlsxFile(fixture('lo-table.xlsx'));
    expect(sheet(wb, 'Groupes')).toEqual([
      ['Code', 'Nom', 'Type', 'GT de rattachement'],
      ['GT3', 'Secteurs sociaux', 'GT PTF'],
      ['GD-SAN', 'Santé', 'Groupe de dialogue', 'GT3'],
      ['GD-EDU', 'Éducation', 'Groupe de dialogue', 'GT3'],
    ]);
    expect(sheet(wb, 'Calendrier')).toEqual([
      ['Date', 'Groupe', 'Type', 'Statut'],
      [46063, 'GT3', 'Coordination GT', 'Tenue'],
      [46126, 'GT3', 'Coordination GT', 'Prévue'],
    ]);
  });

  test('lo-1904.xlsx: the 1904 date system is reported and serials are left as written', () => {
    const wb = readXlsxFile(fixture('lo-1904.xlsx'));
    expect(wb.date1904).toBe(true);
    // 2026-03-15 is 46096 in the 1900 system, 46096 - 1462 in the 1904 system.
    expect(sheet(wb, 'Calendrier')).toEqual([['Date', 'Type'], [46096 - 1462, 'GEC']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Files that are not readable workbooks.
// ---------------------------------------------------------------------------------------------

describe('bad files give an XlsxError with a code and messages in both languages', () => {
  test.each([
    ['empty.xlsx', 'empty'],
    ['not-xlsx.txt', 'not-xlsx'],
    ['not-xlsx.ods', 'not-xlsx'],
    ['corrupt.xlsx', 'corrupt'],
    ['protected.xlsx', 'encrypted'],
    ['old-format.xls', 'encrypted'],
  ])('%s → %s', (file, code) => {
    const e = errorOf(() => readXlsxFile(fixture(file)));
    expect(e.code).toBe(code);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('XlsxError');
    expect(e.file).toBe(file);
    expect(e.messages.fr.length).toBeGreaterThan(10);
    expect(e.messages.en.length).toBeGreaterThan(10);
    expect(e.message).toBe(e.messages.en);
    // one readable line each
    expect(e.messages.fr).not.toMatch(/\n/);
    expect(e.messages.en).not.toMatch(/\n/);
  });

  test('a password-protected file says so, an old .xls says so', () => {
    const pw = errorOf(() => readXlsxFile(fixture('protected.xlsx')));
    expect(pw.messages.fr).toBe('Le fichier est protégé par un mot de passe : enregistrez-en une copie sans mot de passe.');
    expect(pw.messages.en).toMatch(/password/);
    const xls = errorOf(() => readXlsxFile(fixture('old-format.xls')));
    expect(xls.messages.fr).toMatch(/\.xls\b/);
    expect(xls.messages.en).toMatch(/\.xls\b/);
    // a CFB header with nothing recognisable: the combined message
    const bare = new Uint8Array(512);
    bare.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = errorOf(() => readXlsx(bare, 'x.xlsx'));
    expect(e.code).toBe('encrypted');
    expect(e.messages.en).toMatch(/password.*\.xls/);
  });

  test('an OpenDocument file is named as such', () => {
    expect(errorOf(() => readXlsxFile(fixture('not-xlsx.ods'))).messages.en).toMatch(/OpenDocument/);
  });

  test('missing path or a folder → missing', () => {
    const e = errorOf(() => readXlsxFile(path.join(FIXTURES, 'no-such-file.xlsx')));
    expect(e.code).toBe('missing');
    expect(e.file).toBe('no-such-file.xlsx');
    expect(e.messages.fr).toMatch(/introuvable/);
    const d = errorOf(() => readXlsxFile(FIXTURES));
    expect(d.code).toBe('missing');
    expect(d.messages.en).toMatch(/folder/);
  });

  test('a zip without a workbook is not-xlsx; a .xlsb is named', () => {
    expect(codeOf(() => readXlsx(zipSync({ 'a.txt': strToU8('hello') }), 'a.zip'))).toBe('not-xlsx');
    expect(codeOf(() => readXlsx(zipSync({}), 'empty.zip'))).toBe('not-xlsx');
    const xlsb = errorOf(() => readXlsx(zipSync({ 'xl/workbook.bin': new Uint8Array(10) }), 'a.xlsb'));
    expect(xlsb.code).toBe('not-xlsx');
    expect(xlsb.messages.en).toMatch(/xlsb/);
  });

  test('damaged parts are corrupt', () => {
    const base = minimalParts('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    // unterminated sheetData
    expect(codeOf(() => readXlsx(pkg({ ...base, 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>' }), 'x'))).toBe('corrupt');
    // worksheet part missing
    const noSheet: Record<string, string> = { ...base };
    delete noSheet['xl/worksheets/sheet1.xml'];
    expect(codeOf(() => readXlsx(pkg(noSheet), 'x'))).toBe('corrupt');
    // a sheet whose relationship does not exist
    expect(codeOf(() => readXlsx(pkg({ ...base, 'xl/workbook.xml': WB('<sheet name="A" sheetId="1" r:id="rId9"/>') }), 'x'))).toBe('corrupt');
    // workbook without <sheets>
    expect(codeOf(() => readXlsx(pkg({ ...base, 'xl/workbook.xml': '<workbook/>' }), 'x'))).toBe('corrupt');
    // a deflate stream that is not one
    const good = pkg(base);
    const bad = good.slice();
    const at = findBytes(bad, strToU8('xl/worksheets/sheet1.xml')) + 30;
    for (let i = at; i < at + 20 && i < bad.length; i++) bad[i] ^= 0xff;
    expect(['corrupt', 'no error']).toContain(codeOf(() => readXlsx(bad, 'x')));
  });

  test('impossible sizes and references are corrupt, without allocating for them', () => {
    expect(codeOf(() => rowsOf('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'))).toBe('corrupt');
    expect(codeOf(() => rowsOf('<sheetData><row r="1"><c r="A99999999999"><v>1</v></c></row></sheetData>'))).toBe('corrupt');
    expect(codeOf(() => rowsOf('<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>'))).toBe('corrupt');
    expect(rowsOf('<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>')[0]).toHaveLength(16384);
    // A central directory entry that claims a 2 GB sheet.
    const data = pkg(minimalParts('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'));
    const name = strToU8('xl/worksheets/sheet1.xml');
    for (let i = 0; i < data.length - 4; i++) {
      if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 1 && data[i + 3] === 2 &&
          findBytes(data.subarray(i + 46, i + 46 + name.length), name) === 0) {
        new DataView(data.buffer, data.byteOffset).setUint32(i + 24, 0x7fffffff, true);
      }
    }
    const e = errorOf(() => readXlsx(data, 'bomb.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.detail).toMatch(/impossible/);
  });

  test('truncated and scrambled files only ever throw XlsxError', () => {
    const data = fs.readFileSync(fixture('lo-basic.xlsx'));
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < data.length; n += 97) {
      const code = codeOf(() => readXlsx(data.subarray(0, n), 'cut.xlsx'));
      expect(['empty', 'not-xlsx', 'corrupt']).toContain(code);
    }
    for (let k = 0; k < 200; k++) {
      const copy = Uint8Array.from(data);
      for (let j = 0; j < 1 + Math.floor(rand() * 8); j++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
      const code = codeOf(() => readXlsx(copy, 'scrambled.xlsx'));
      expect(['no error', 'corrupt', 'not-xlsx', 'encrypted']).toContain(code);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What other writers do: hand-made packages.
// ---------------------------------------------------------------------------------------------

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELTYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function WB(sheets: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${extra}<sheets>${sheets}</sheets></workbook>`;
}

function minimalParts(sheetData: string, sst?: string): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELTYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': WB('<sheet name="Feuil1" sheetId="1" r:id="rId1"/>'),
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELTYPE}/worksheet" Target="worksheets/sheet1.xml"/>${sst !== undefined ? `<Relationship Id="rId2" Type="${RELTYPE}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${sheetData}</worksheet>`,
  };
  if (sst !== undefined) parts['xl/sharedStrings.xml'] = `<sst ${NS}>${sst}</sst>`;
  return parts;
}

function pkg(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
  return zipSync(files);
}

function findBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function rowsOf(sheetData: string, sst?: string, extra?: Record<string, string>): Cell[][] {
  return readXlsx(pkg({ ...minimalParts(sheetData, sst), ...extra }), 't.xlsx').sheets[0].rows;
}

describe('cell and row forms', () => {
  test('all cell types', () => {
    const rows = rowsOf(
      '<sheetData><row r="1">' +
        '<c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1" t="str"><f>A1&amp;"!"</f><v>a &amp; b</v></c>' +
        '<c r="C1" t="inlineStr"><is><t>inline</t></is></c>' +
        '<c r="D1" t="b"><v>1</v></c>' +
        '<c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="G1" t="d"><v>2026-03-15T00:00:00Z</v></c>' +
        '<c r="H1" t="n"><v>12.5</v></c>' +
        '<c r="I1"><v>-3E-2</v></c>' +
        '<c r="J1" s="3"/>' +
        '<c r="K1"><f>SUM(1,2)</f></c>' +
        '<c r="L1" t="e"><f>1/0</f><v>#REF!</v></c>' +
        '<c r="M1" t="d"><v>1899-12-30T09:00:00</v></c>' +
      '</row></sheetData>',
      '<si><t>shared</t></si>',
    );
    // J1 is a styled empty cell, K1 a formula without a cached value: both blank, trimmed.
    expect(rows).toEqual([['shared', 'a & b', 'inline', true, false, '#DIV/0!', 46096, 12.5, -0.03, null, null, '#REF!', 0.375]]);
  });

  test('cells and rows without r attributes are placed by position', () => {
    const rows = rowsOf(
      '<sheetData>' +
        '<row><c t="inlineStr"><is><t>A1</t></is></c><c><v>2</v></c></row>' +
        '<row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' +
        '<row r="5"><c><v>5</v></c></row>' +
        '<row><c/><c><v>6</v></c></row>' +
      '</sheetData>',
    );
    expect(rows).toEqual([['A1', 2], [null, null, 3, 4], [], [], [5], [null, 6]]);
  });

  test('rich text runs concatenated, phonetic runs ignored, entities and _xHHHH_ escapes decoded', () => {
    const rows = rowsOf(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c></row></sheetData>',
      '<si><r><rPr><b/></rPr><t>Réunion </t></r><r><t xml:space="preserve">du </t></r><r><t>groupe</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>ligne 1_x000D_\nligne 2 &#233;&#xE9; &lt;&amp;&gt; &quot;&apos;</t></si>' +
        '<si><t>_x005F_x000D_ reste littéral</t></si>' +
        '<si/>',
    );
    expect(rows).toEqual([['Réunion du groupe', '東京', 'ligne 1\r\nligne 2 éé <&> "\'', '_x000D_ reste littéral']]);
  });

  test('rows out of order, empty rows in the middle, trailing styled rows dropped', () => {
    const rows = rowsOf(
      '<sheetData>' +
        '<row r="3"><c r="B3"><v>3</v></c></row>' +
        '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="4" ht="20" customHeight="1"/>' +
        '<row r="7"><c r="A7" s="2"/><c r="B7" t="s"><v>0</v></c></row>' +
        '<row r="1000"><c r="A1000" s="2"/></row>' +
      '</sheetData>',
      '<si><t></t></si>',
    );
    expect(rows).toEqual([[1], [], [null, 3]]);
  });

  test('namespace prefixes (x:) as the Open XML SDK writes them', () => {
    const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const data = pkg({
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELTYPE}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<x:workbook ${X}><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Données &amp; co" sheetId="1" r:id="R1a"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1a" Type="${RELTYPE}/worksheet" Target="/xl/worksheets/sheet.xml"/><Relationship Id="R2" Type="${RELTYPE}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
      'xl/worksheets/sheet.xml': `<x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>in</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      'xl/sharedStrings.xml': `<x:sst ${X}><x:si><x:t>pré</x:t></x:si></x:sst>`,
    });
    const wb = readXlsx(data, 'sdk.xlsx');
    expect(wb.date1904).toBe(true);
    expect(wb.sheets).toEqual([{ name: 'Données & co', rows: [['pré', 7, 'in']] }]);
  });

  test('relative targets with .., hidden sheets, single-quoted attributes, BOM', () => {
    const data = pkg({
      'xl/workbook.xml': '\uFEFF' + WB(`<sheet name='Cachée' sheetId='1' state='hidden' r:id='rId1'/><sheet name="Vide" sheetId="2" r:id="rId2"/>`),
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELTYPE}/worksheet" Target="./sub/../worksheets/s1.xml"/><Relationship Id="rId2" Type="${RELTYPE}/worksheet" Target="worksheets/s2.xml"/></Relationships>`,
      'xl/worksheets/s1.xml': `<worksheet ${NS}><sheetData><row r='2'><c r='B2' t='n'><v>1</v></c></row></sheetData></worksheet>`,
      'xl/worksheets/s2.xml': `<worksheet ${NS}><sheetData/></worksheet>`,
    });
    expect(readXlsx(data, 'x').sheets).toEqual([
      { name: 'Cachée', rows: [[], [null, 1]] },
      { name: 'Vide', rows: [] },
    ]);
  });

  test('a shared string index out of range is blank, not a crash', () => {
    expect(rowsOf('<sheetData><row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1"><v>1</v></c></row></sheetData>', '<si><t>a</t></si>')).toEqual([[null, 1]]);
  });
});

describe('isoToSerial', () => {
  test.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2025-01-01', 45658],
    ['2026-03-15T12:00:00', 46096.5],
    ['2026-03-15T12:00:00.000Z', 46096.5],
    ['09:00:00', 0.375],
  ])('%s → %d', (iso, serial) => {
    expect(isoToSerial(iso)).toBeCloseTo(serial, 9);
  });
  test('1904 system and garbage', () => {
    expect(isoToSerial('2026-03-15', true)).toBe(46096 - 1462);
    expect(isoToSerial('1904-01-01', true)).toBe(0);
    expect(isoToSerial('pas une date')).toBeNull();
  });
});

describe('read speed sanity (no timing: the benchmark measures)', () => {
  test('a 20,000-row sheet reads back whole', () => {
    let sd = '<sheetData>';
    for (let r = 1; r <= 20000; r++) sd += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 3}</v></c><c r="B${r}"><v>${45658 + r}</v></c></row>`;
    sd += '</sheetData>';
    const rows = rowsOf(sd, '<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>');
    expect(rows).toHaveLength(20000);
    expect(rows[19999]).toEqual(['c', 65658]);
  });

  test('readXlsxFile reads the bytes only (the input file is never written)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-read-'));
    try {
      const f = path.join(dir, 'in.xlsx');
      fs.copyFileSync(fixture('lo-basic.xlsx'), f);
      const before = fs.statSync(f);
      readXlsxFile(f);
      const after = fs.statSync(f);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
