// The package edits in detail: where the highlights go in a worksheet, styles.xml in its various
// shapes, workbook-level bookkeeping (names, views, titles) when sheets come and go.

import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateXlsx, clearXlsx, listSheets } from '../../../cli/xlsx/annotate';
import { addToolStyles, MINIMAL_STYLES, recogniseToolStyles } from '../../../cli/xlsx/tool-styles';
import { writeXlsx } from '../../../cli/xlsx/write';
import { crc32, readZip } from '../../../cli/xlsx/zip';
import type { Plan } from '../../../core/plan/types';
import { annotate, differingParts, parts, sheetParts, text } from './helpers';

const RICH = new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures/lo-rich.xlsx')));

function edit(data: Uint8Array, changes: Record<string, string | null>): Uint8Array {
  const files = unzipSync(data);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete files[name];
    else files[name] = strToU8(value);
  }
  return zipSync(files);
}

function topLevel(xml: string): string[] {
  const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe('highlights in a worksheet', () => {
  const { output } = annotate(RICH, 'lo-rich.xlsx');
  const groupes = text(output, 'xl/worksheets/sheet1.xml');

  test("after the user's conditional formats and mergeCells, before dataValidations", () => {
    const names = topLevel(groupes);
    const cf = names.map((n, i) => (n === 'conditionalFormatting' ? i : -1)).filter((i) => i >= 0);
    expect(cf.length).toBeGreaterThan(1);
    expect(names.indexOf('mergeCells')).toBeLessThan(cf[0]);
    expect(names.indexOf('dataValidations')).toBe(cf[cf.length - 1] + 1);
    // The user's rule first, untouched.
    expect(groupes).toContain('<conditionalFormatting sqref="F3:F10"><cfRule type="cellIs" priority="2"');
  });

  test("priorities above the user's, dxfs pointing at the severity fills", () => {
    const rules = [...groupes.matchAll(/<cfRule type="expression" dxfId="(\d+)" priority="(\d+)">/g)];
    expect(rules.length).toBeGreaterThan(0);
    const styles = text(output, 'xl/styles.xml');
    const dxfs = [...styles.matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => m[0]);
    rules.forEach((r, i) => {
      expect(Number(r[2])).toBe(3 + i);
      expect(dxfs[Number(r[1])]).toMatch(/FFF4CCCC|FFFCE8B2|FFCFE2F3/);
    });
  });

  test('a worksheet whose main namespace has a prefix gets prefixed elements', () => {
    const base = writeXlsx([{ name: 'Groupes', rows: [['Code'], ['GT1']] }]);
    const sheet = strFromU8(unzipSync(base)['xl/worksheets/sheet1.xml'])
      .replace('<worksheet xmlns=', '<x:worksheet xmlns:x=')
      .replace(/<(\/?)(?!x:|\?)([a-zA-Z]+)/g, '<$1x:$2');
    const input = edit(base, { 'xl/worksheets/sheet1.xml': sheet });
    const plan: Plan = {
      language: 'fr',
      markerFormula: 'ISTEXT("tdr-check")',
      highlights: [{ sheet: 'Groupes', severity: 'error', colour: '#F4CCCC', ranges: ['A2'] }],
      sheetsToDelete: [],
      sheets: [],
      summary: null as never,
    };
    const out = annotateXlsx(input, plan);
    const xml = text(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<x:conditionalFormatting sqref="A2"><x:cfRule type="expression" dxfId="0" priority="1"><x:formula>ISTEXT\("tdr-check"\)<\/x:formula><\/x:cfRule><\/x:conditionalFormatting><x:pageMargins/);
    expect(differingParts(input, clearXlsx(out))).toEqual([]);
  });
});

describe('styles.xml in every shape', () => {
  const shapes: Record<string, string> = {
    'no dxfs, no numFmts': MINIMAL_STYLES,
    'empty dxfs (Excel)': MINIMAL_STYLES.replace('</cellStyles>', '</cellStyles><dxfs count="0"/><tableStyles count="0"/>'),
    'empty dxfs with a space': MINIMAL_STYLES.replace('</cellStyles>', '</cellStyles><dxfs count="0" />'),
    'lists without counts': MINIMAL_STYLES.replace(/ count="\d+"/g, '').replace('</cellStyles>', '</cellStyles><dxfs><dxf><font><b/></font></dxf></dxfs>'),
    'prefixed namespace': MINIMAL_STYLES.replace('<styleSheet xmlns=', '<x:styleSheet xmlns:x=').replace(/<(\/?)(?!x:|\?)([a-zA-Z]+)/g, '<$1x:$2'),
  };

  test.each(Object.entries(shapes))('%s: added at the ends, recognised, given back exactly', (_, xml) => {
    const added = addToolStyles(xml);
    expect(added.xml).not.toBe(xml);
    const known = recogniseToolStyles(added.xml, added.state);
    expect(known).not.toBeNull();
    expect(known!.original).toBe(xml);
    expect(known!.styles).toEqual(added.styles);
    // Tampered with (as by an Excel re-save): not recognised, so never truncated.
    expect(recogniseToolStyles(added.xml.replace('FFF4CCCC', 'FF000000'), added.state)).toBeNull();
  });

  test('indexes point past the existing items', () => {
    const { styles, xml } = addToolStyles(shapes['lists without counts']);
    expect(styles.dxf).toEqual({ error: 1, warning: 2, info: 3 });
    expect(styles.xf.title).toBe(1);
    expect(xml).toMatch(/<numFmt numFmtId="164" formatCode="dd\/mm\/yyyy"\/>/);
    // title, header, bold, link, two date formats plain and bold, wrapped and bold wrapped text.
    expect(xml).toMatch(/<cellXfs count="11">/);
  });

  test('a package without styles.xml gets one, and clearing takes it away again', () => {
    const base = writeXlsx([{ name: 'Groupes', rows: [['Code'], ['GT1']] }]);
    const files = unzipSync(base);
    const rels = strFromU8(files['xl/_rels/workbook.xml.rels']).replace(/<Relationship [^>]*styles"[^>]*\/>/, '');
    const types = strFromU8(files['[Content_Types].xml']).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, '');
    const input = edit(base, { 'xl/styles.xml': null, 'xl/_rels/workbook.xml.rels': rels, '[Content_Types].xml': types });
    const { output } = annotate(input, 'bare.xlsx');
    expect(parts(output).has('xl/styles.xml')).toBe(true);
    expect(text(output, '[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    expect(differingParts(input, clearXlsx(output))).toEqual([]);
    expect(differingParts(output, annotate(output, 'bare.xlsx').output)).toEqual([]);
  });
});

describe('sheets coming and going', () => {
  test("a user's sheet added after the tool's keeps its names and view when the tool's go", () => {
    const first = annotate(RICH, 'lo-rich.xlsx').output;
    // The user adds a sheet after ours, with a sheet-scoped name, and makes it the active tab.
    const files = unzipSync(first);
    const n = listSheets(first).length;
    let wb = strFromU8(files['xl/workbook.xml']);
    wb = wb.replace('</sheets>', '<sheet name="Notes" sheetId="99" r:id="rId99"/></sheets>');
    wb = wb.replace('</definedNames>', `<definedName name="Zone" localSheetId="${n}">Notes!$A$1</definedName></definedNames>`);
    wb = wb.replace(/activeTab="\d+"/, `activeTab="${n}"`);
    files['xl/workbook.xml'] = strToU8(wb);
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(files['xl/_rels/workbook.xml.rels']).replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/></Relationships>'),
    );
    files['xl/worksheets/notes.xml'] = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
    const withNotes = zipSync(files);

    const cleared = clearXlsx(withNotes);
    const after = text(cleared, 'xl/workbook.xml');
    expect(listSheets(cleared).map((s) => s.name)).toEqual(['Groupes', 'Membres', 'Calendrier', 'Notes']);
    expect(after).toContain('<definedName name="Zone" localSheetId="3">Notes!$A$1</definedName>');
    expect(after).toMatch(/activeTab="3"/);
    expect(after).not.toMatch(/_tdrcheck/);
    expect(parts(cleared).has('xl/worksheets/notes.xml')).toBe(true);
  });

  test('a renamed output sheet still carries the mark and is cleared', () => {
    const first = annotate(RICH, 'lo-rich.xlsx').output;
    const wb = text(first, 'xl/workbook.xml').replace('name="Constats"', 'name="Mes constats"');
    const renamed = edit(first, { 'xl/workbook.xml': wb });
    expect(listSheets(renamed).find((s) => s.name === 'Mes constats')).toEqual({ name: 'Mes constats', ownedByTool: true });
    expect(differingParts(RICH, clearXlsx(renamed))).toEqual([]);
  });

  test("docProps/app.xml's titles follow the sheets, when it lists them", () => {
    const names = listSheets(RICH).map((s) => s.name);
    const app =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Feuilles de calcul</vt:lpstr></vt:variant>' +
      `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">` +
      names.map((n) => `<vt:lpstr>${n}</vt:lpstr>`).join('') +
      '</vt:vector></TitlesOfParts></Properties>';
    const input = edit(RICH, { 'docProps/app.xml': app });
    const { output } = annotate(input, 'lo-rich.xlsx');
    const after = text(output, 'docProps/app.xml');
    expect(after).toContain(`<vt:i4>${names.length + 2}</vt:i4>`);
    expect(after).toContain(`<vt:vector size="${names.length + 2}" baseType="lpstr">`);
    expect(after).toContain('<vt:lpstr>Calendrier</vt:lpstr><vt:lpstr>Constats</vt:lpstr><vt:lpstr>Synthèse GEC 2026-11</vt:lpstr>');
    expect(differingParts(input, clearXlsx(output))).toEqual([]);
  });

  test('sheet parts, relationship ids and sheet ids are the lowest free ones, so reruns agree', () => {
    const { output } = annotate(RICH, 'lo-rich.xlsx');
    const sheets = sheetParts(output);
    expect(sheets.get('Constats')).toBe('xl/worksheets/sheet4.xml');
    expect(sheets.get('Synthèse GEC 2026-11')).toBe('xl/worksheets/sheet5.xml');
    expect(text(output, 'xl/workbook.xml')).toMatch(/<sheet name="Constats" sheetId="4" r:id="rId\d+"\/>/);
  });
});

describe('the zip', () => {
  test('unchanged parts keep their compressed bytes; changed ones are valid deflate with a right CRC', () => {
    const { output } = annotate(RICH, 'lo-rich.xlsx');
    const raw = (data: Uint8Array, name: string) => {
      const entry = readZip(data).find((e) => e.name === name)!;
      return entry.raw!;
    };
    // sharedStrings.xml is never touched: same compressed bytes, same CRC, same time.
    const a = raw(RICH, 'xl/sharedStrings.xml');
    const b = raw(output, 'xl/sharedStrings.xml');
    expect(Buffer.compare(Buffer.from(a.data), Buffer.from(b.data))).toBe(0);
    expect([b.crc, b.time, b.date]).toEqual([a.crc, a.time, a.date]);
    // Every entry of the output reads back through an independent reader (fflate), CRCs checked.
    const files = unzipSync(output);
    for (const e of readZip(output)) expect(crc32(files[e.name])).toBe(e.raw!.crc);
  });

  test('crc32 is the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
