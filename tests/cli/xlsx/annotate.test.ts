import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8 } from 'fflate';
import { annotateXlsx, clearXlsx, listSheets } from '../../../cli/xlsx/annotate';
import { readXlsx, XlsxError } from '../../../cli/xlsx/read';
import { writeXlsx } from '../../../cli/xlsx/write';
import { validateWorkbook } from '../../../core/index';
import { buildPlan } from '../../../core/plan';
import type { Cell } from '../../../core/types';
import { smallWorkbook } from '../../core/plan/helpers';
import {
  annotate,
  D,
  differingParts,
  inputFiles,
  NOW,
  parts,
  ROOT,
  sameBytes,
  sheetParts,
  styleItems,
  text,
  TOOL_CF,
} from './helpers';

const INPUTS = inputFiles();

test('the inputs are there: the sample and LibreOffice-written workbooks', () => {
  const names = INPUTS.map((f) => path.relative(ROOT, f));
  expect(names).toContain('tests/cli/xlsx/fixtures/lo-rich.xlsx');
  expect(names).toContain('examples/secretariat-ptf.xlsx');
  expect(names.filter((n) => /tests\/fixtures\/lo-.*\.xlsx$/.test(n)).length).toBeGreaterThanOrEqual(1);
});

/** A workbook of rows, as the new-workbook writer makes it. */
function workbookOf(sheets: Record<string, Cell[][]>): Uint8Array {
  return writeXlsx(Object.entries(sheets).map(([name, rows]) => ({ name, rows })));
}

function smallXlsx(extra: Record<string, Cell[][]> = {}): Uint8Array {
  const sheets: Record<string, Cell[][]> = {};
  for (const s of smallWorkbook().sheets) sheets[s.name] = s.rows;
  return workbookOf({ ...sheets, ...extra });
}

const elements = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map((m) => m[0]);

describe.each(INPUTS.map((f) => [path.relative(ROOT, f), f]))('round trip: %s', (_, file) => {
  const input = new Uint8Array(fs.readFileSync(file));
  const { output, plan, report } = annotate(input, path.basename(file));
  const before = parts(input);
  const after = parts(output);
  const inputSheets = sheetParts(input);

  test('every input sheet is unchanged once the tool’s conditional formats are taken out', () => {
    let highlighted = 0;
    for (const [name, part] of inputSheets) {
      const original = strFromU8(before.get(part)!);
      const annotated = strFromU8(after.get(part)!);
      const ours = annotated.match(TOOL_CF) ?? [];
      highlighted += ours.length;
      expect({ name, xml: annotated.replace(TOOL_CF, '') }).toEqual({ name, xml: original });
      expect(ours.length).toBe(plan.highlights.filter((h) => h.sheet === name).length);
    }
    expect(highlighted).toBe(plan.highlights.length);
    expect(report.findings.some((f) => !f.waived && f.row !== null) ? highlighted : 1).toBeGreaterThan(0);
  });

  test('every other part is identical, or only gains entries', () => {
    const inputSheetParts = new Set(inputSheets.values());
    const changed = differingParts(input, output).filter((p) => !inputSheetParts.has(p));
    const added = [...after.keys()].filter((p) => !before.has(p));
    const outputParts = [...sheetParts(output).entries()].filter(([n]) => !inputSheets.has(n)).map(([, p]) => p);
    expect(outputParts).toHaveLength(2);
    // The summary's chart: its worksheet's relationships, a drawing (and its relationships), a chart.
    const chartParts = added.filter((p) => !outputParts.includes(p));
    expect(chartParts.map((p) => p.replace(/\d+(?=\.xml)/, 'N')).sort()).toEqual(
      ['xl/charts/chartN.xml', 'xl/drawings/_rels/drawingN.xml.rels', 'xl/drawings/drawingN.xml', 'xl/worksheets/_rels/sheetN.xml.rels'],
    );
    expect(chartParts).toContain(outputParts[1].replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const allowed = new Set(['xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', ...added]);
    expect(changed.filter((p) => !allowed.has(p))).toEqual([]);
  });

  test('styles.xml keeps every list item in place and appends the tool’s', () => {
    const a = strFromU8(before.get('xl/styles.xml')!);
    const b = strFromU8(after.get('xl/styles.xml')!);
    for (const [list, item] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellStyleXfs', 'xf'], ['cellXfs', 'xf'], ['cellStyles', 'cellStyle'], ['dxfs', 'dxf']]) {
      const old = styleItems(a, list, item);
      const now = styleItems(b, list, item);
      expect(now.slice(0, old.length)).toEqual(old);
    }
    const dxfs = styleItems(b, 'dxfs', 'dxf');
    for (const argb of ['FFF4CCCC', 'FFFCE8B2', 'FFCFE2F3']) expect(dxfs.some((d) => d.includes(argb))).toBe(true);
  });

  test('workbook.xml, its relationships and the content types only gain entries', () => {
    const wbA = strFromU8(before.get('xl/workbook.xml')!);
    const wbB = strFromU8(after.get('xl/workbook.xml')!);
    const sheetsA = elements(wbA, 'sheet');
    expect(elements(wbB, 'sheet').slice(0, sheetsA.length)).toEqual(sheetsA);
    for (const n of elements(wbA, 'definedName')) expect(wbB).toContain(n);
    const strip = (xml: string) =>
      xml.replace(/<sheet\b[^>]*\/>/g, '').replace(/<definedName\b[^>]*>[^<]*<\/definedName>/g, '').replace(/<definedNames><\/definedNames>/g, '');
    expect(strip(wbB)).toBe(strip(wbA));
    for (const [part, name] of [['xl/_rels/workbook.xml.rels', 'Relationship'], ['[Content_Types].xml', 'Override']]) {
      const x = strFromU8(before.get(part)!);
      const y = strFromU8(after.get(part)!);
      for (const e of elements(x, name)) expect(y).toContain(e);
      const drop = (s: string) => s.replace(new RegExp(`<${name}\\b[^>]*/>`, 'g'), '');
      expect(drop(y)).toBe(drop(x));
    }
  });

  test('the values read back are the same, and the output sheets are there', () => {
    const a = readXlsx(input, 'a.xlsx');
    const b = readXlsx(output, 'b.xlsx');
    expect(b.sheets.slice(0, a.sheets.length)).toEqual(a.sheets);
    expect(b.sheets.slice(a.sheets.length).map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(listSheets(output).filter((s) => s.ownedByTool).map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  test('validating the annotated copy gives the same report', () => {
    const again = annotate(output, path.basename(file));
    expect(again.report.findings).toEqual(report.findings);
    expect(again.report.rules).toEqual(report.rules);
  });

  test('annotating the annotated copy changes nothing: same parts, same rules, same sheets (R2)', () => {
    const again = annotate(output, path.basename(file));
    expect(differingParts(output, again.output)).toEqual([]);
    expect(again.plan.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(listSheets(again.output).some((s) => / \(\d+\)$/.test(s.name))).toBe(false);
  });

  test('clearing gives back every original part, byte for byte (R1)', () => {
    const cleared = clearXlsx(output);
    expect(differingParts(input, cleared)).toEqual([]);
    expect(differingParts(input, clearXlsx(clearXlsx(output)))).toEqual([]);
  });

  test('clearing a workbook the tool never touched changes nothing', () => {
    expect(differingParts(input, clearXlsx(input))).toEqual([]);
  });
});

describe('output sheets', () => {
  const input = smallXlsx();
  const { output, plan } = annotate(input, 'petit.xlsx');
  const names = sheetParts(output);
  const findings = text(output, names.get('Constats')!);
  const summary = text(output, names.get('Synthèse GEC 2026-11')!);

  test('frozen header, filter, internal links that jump to the cells', () => {
    expect(findings).toContain('<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/>');
    expect(findings).toContain(`<autoFilter ref="${plan.sheets[0].autoFilter}"/>`);
    const link = plan.sheets[0].links[0];
    expect(findings).toMatch(new RegExp(`<hyperlink ref="E${link.row + 1}" location="'${link.sheet}'!${link.cell}"`));
    expect(text(output, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="5" hidden="1">'Constats'!$A$5:`);
  });

  test('the summary draws its chart: drawing → chart part, bars coloured, labels, axis 0–100', () => {
    const spec = plan.sheets[1].chart!;
    expect(summary).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    const sheetPart = names.get('Synthèse GEC 2026-11')!;
    const sheetRels = text(output, sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const drawingPart = 'xl/' + /Target="\.\.\/(drawings\/drawing\d+\.xml)"/.exec(sheetRels)![1];
    const drawing = text(output, drawingPart);
    expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col>');
    const chartPart = 'xl/' + /Target="\.\.\/(charts\/chart\d+\.xml)"/.exec(text(output, drawingPart.replace('drawings/', 'drawings/_rels/') + '.rels'))![1];
    const chart = text(output, chartPart);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect(chart).toContain(`<c:f>'Synthèse GEC 2026-11'!$M$`);
    expect(chart).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(chart).toContain('<c:showVal val="1"/>');
    spec.colours.forEach((colour, i) =>
      expect(chart).toContain(`<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colour.slice(1)}"/>`),
    );
    spec.values.forEach((v, i) => v !== null && expect(chart).toContain(`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`));
    const types = text(output, '[Content_Types].xml');
    expect(types).toContain(`PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    expect(types).toContain(`PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`);
  });

  test('both output sheets print on A4 landscape, one page wide, with print titles; long texts wrap', () => {
    for (const xml of [findings, summary]) {
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    }
    const wb = text(output, 'xl/workbook.xml');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'Constats'!$5:$5</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="6">'Synthèse GEC 2026-11'!$1:$1</definedName>`);
    // A long message sits in a wrapping cell of a row tall enough for its lines.
    const row = /<row r="(\d+)" ht="(\d+)" customHeight="1">(?:(?!<\/row>).)*La coordination tripartite/.exec(summary)!;
    expect(Number(row[2])).toBeGreaterThanOrEqual(30);
    const styles = text(output, 'xl/styles.xml');
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const messageStyle = Number(new RegExp(`<c r="D${row[1]}" s="(\\d+)"`).exec(summary)![1]);
    expect(xfs[messageStyle]).toContain('<alignment wrapText="1"/>');
  });

  test('dates are date serials with the date style; the sheets are marked as the tool’s', () => {
    // 2026-11-15 is serial 46341 in the 1900 date system.
    expect(findings).toMatch(/<c r="B2" s="\d+"><v>46341<\/v><\/c>/);
    const wb = text(output, 'xl/workbook.xml');
    expect(wb).toContain('<definedName name="_tdrcheck_owned" localSheetId="5" hidden="1">"tdr-check"</definedName>');
    expect(wb).toContain('<definedName name="_tdrcheck_owned" localSheetId="6" hidden="1">"tdr-check"</definedName>');
  });

  test('in a 1904 workbook, dates use the 1904 serials', () => {
    const file = path.join(ROOT, 'tests/fixtures/lo-1904.xlsx');
    if (!fs.existsSync(file)) return; // made by the reader's fixtures; checked whenever present
    const run = annotate(new Uint8Array(fs.readFileSync(file)), 'lo-1904.xlsx');
    const xml = text(run.output, sheetParts(run.output).get('Constats')!);
    expect(xml).toMatch(/<c r="B2" s="\d+"><v>44879<\/v><\/c>/);
  });

  test('a previous month’s summary stays; this month’s is replaced', () => {
    const october = annotate(input, 'petit.xlsx');
    // Rename this month's summary to October's, as if made a month ago, keeping the tool's mark.
    const renamed = rename(october.output, 'Synthèse GEC 2026-11', 'Synthèse GEC 2026-10');
    const run = annotate(renamed, 'petit.xlsx');
    const sheets = listSheets(run.output);
    expect(sheets.filter((s) => s.ownedByTool).map((s) => s.name)).toEqual(['Synthèse GEC 2026-10', 'Constats', 'Synthèse GEC 2026-11']);
    // Clearing removes all of the tool's sheets.
    expect(listSheets(clearXlsx(run.output)).map((s) => s.name)).toEqual(listSheets(input).map((s) => s.name));
  });
});

/** Renames a sheet in workbook.xml, as a user would in Excel. */
function rename(data: Uint8Array, from: string, to: string): Uint8Array {
  const files = Object.fromEntries(parts(data));
  const wb = strFromU8(files['xl/workbook.xml']).replace(`name="${from}"`, `name="${to}"`);
  files['xl/workbook.xml'] = new TextEncoder().encode(wb);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { zipSync } = require('fflate') as typeof import('fflate');
  return zipSync(files);
}

describe("a user's sheet with the output's name (R5)", () => {
  const userRows: Cell[][] = [['Mes constats à moi'], ['ne pas effacer', 42]];
  const input = smallXlsx({ Constats: userRows });
  const userPart = sheetParts(input).get('Constats')!;
  const first = annotate(input, 'petit.xlsx');

  test('survives, and ours is written as Constats (2)', () => {
    expect(first.plan.sheets[0].name).toBe('Constats (2)');
    const sheets = listSheets(first.output);
    expect(sheets.find((s) => s.name === 'Constats')).toEqual({ name: 'Constats', ownedByTool: false });
    expect(sheets.find((s) => s.name === 'Constats (2)')).toEqual({ name: 'Constats (2)', ownedByTool: true });
    expect(sameBytes(parts(input).get(userPart), parts(first.output).get(userPart))).toBe(true);
  });

  test('re-running replaces Constats (2) and nothing else: no Constats (3)', () => {
    const second = annotate(first.output, 'petit.xlsx');
    expect(second.plan.sheets[0].name).toBe('Constats (2)');
    expect(differingParts(first.output, second.output)).toEqual([]);
  });

  test('clearing keeps it', () => {
    const cleared = clearXlsx(first.output);
    expect(differingParts(input, cleared)).toEqual([]);
    expect(readXlsx(cleared, 'x').sheets.find((s) => s.name === 'Constats')!.rows).toEqual(userRows);
  });

  test('even a plan that says so never deletes a sheet without the mark', () => {
    const plan = { ...first.plan, sheetsToDelete: ['Constats'], sheets: [] };
    const out = annotateXlsx(input, plan);
    expect(listSheets(out).map((s) => s.name)).toContain('Constats');
  });

  test('a plan built for another workbook cannot overwrite a sheet', () => {
    const { report, parsed } = validateWorkbook(readXlsx(input, 'x'), { today: D });
    const stale = buildPlan(report, parsed, { now: NOW, workbookName: 'x', existingSheets: [] });
    expect(() => annotateXlsx(input, stale)).toThrow(/Constats/);
  });
});

describe('text from the workbook stays text (S1)', () => {
  const nasty = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)'];
  const input = smallXlsx();
  const base = readXlsx(input, 'x');
  const groups = base.sheets.find((s) => s.name === 'Groupes')!.rows;
  const members = base.sheets.find((s) => s.name === 'Membres')!.rows;
  // Dialogue groups with no GT (structure/gd-parent names them) and partners without an alternate.
  const rows: Record<string, Cell[][]> = {};
  for (const s of base.sheets) rows[s.name] = s.rows;
  rows.Groupes = [...groups, ...nasty.map((code, i) => [code, `Groupe ${i}`, 'Groupe de dialogue', null, 'CPS-SJ', null, null, null])];
  rows.Membres = [...members, ...nasty.map((p, i) => [`Groupe ${i}`, p, 'Dialogue Leader', 'X', null, 'Oui', '2026-10-01', null, null] as Cell[])];
  const dirty = workbookOf(rows);
  const { output, report } = annotate(dirty, 'injection.xlsx');
  const names = sheetParts(output);
  const ours = ['Constats', 'Synthèse GEC 2026-11'].map((n) => text(output, names.get(n)!));

  test('the workbook does produce findings that quote those texts', () => {
    for (const s of nasty) expect(report.findings.some((f) => f.group === s)).toBe(true);
  });

  test('the output sheets hold no formula at all, and every text cell is an inline string', () => {
    for (const xml of ours) {
      expect(xml).not.toMatch(/<f[\s>]/);
      for (const cell of xml.match(/<c\b[^>]*>(?:(?!<\/c>)[\s\S])*<\/c>/g) ?? []) {
        if (cell.includes('<is>')) expect(cell).toMatch(/t="inlineStr"/);
        else expect(cell).toMatch(/<v>[-0-9.E+]+<\/v>/);
      }
    }
  });

  test('read back, the cells hold the very same strings', () => {
    const back = readXlsx(output, 'x');
    const constats = back.sheets.find((s) => s.name === 'Constats')!;
    const cells = constats.rows.flat();
    for (const s of nasty) expect(cells).toContain(s);
  });
});

describe('LibreOffice opens the annotated copy', () => {
  const findSoffice = () => ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p));
  const soffice = findSoffice();
  if (!soffice) {
    // The one check that may not run, and why: LibreOffice is not installed on this machine
    // (apt-get install libreoffice-calc). Everything else runs everywhere.
    test('LibreOffice is absent here, so the PDF conversion is not checked', () => expect(findSoffice()).toBeUndefined());
    return;
  }

  test(
    'converts it to PDF, and its own re-save keeps the marks that clearing needs',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-lo-'));
      try {
        const src = INPUTS.find((f) => f.endsWith('lo-rich.xlsx'))!;
        const input = new Uint8Array(fs.readFileSync(src));
        const { output } = annotate(input, 'lo-rich.xlsx');
        const copy = path.join(dir, 'annotated.xlsx');
        fs.writeFileSync(copy, output);
        const run = (...args: string[]) =>
          execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 120_000 });
        run('--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), copy);
        const pdf = fs.readFileSync(path.join(dir, 'pdf', 'annotated.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(5000);

        run('--convert-to', 'xlsx', '--outdir', path.join(dir, 'xlsx'), copy);
        const resaved = new Uint8Array(fs.readFileSync(path.join(dir, 'xlsx', 'annotated.xlsx')));
        expect(listSheets(resaved).filter((s) => s.ownedByTool).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11']);
        const cleared = clearXlsx(resaved);
        expect(listSheets(cleared).map((s) => s.name)).toEqual(listSheets(input).map((s) => s.name));
        for (const part of sheetParts(cleared).values()) expect(text(cleared, part)).not.toMatch(/tdr-check/);
        // Saved and reloaded by LibreOffice, then cleared: the same values, cell by cell.
        expect(readXlsx(cleared, 'x').sheets).toEqual(readXlsx(input, 'x').sheets);
        // And the user's own conditional format and drop-down are still there.
        const groupes = text(cleared, sheetParts(cleared).get('Groupes')!);
        expect(groupes).toMatch(/<conditionalFormatting sqref="F3:F10"><cfRule type="cellIs"/);
        expect(groupes).toMatch(/<dataValidation [^>]*sqref="C3:C6"/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

describe('errors', () => {
  test('a file that is not a package is an XlsxError', () => {
    const plan = annotate(smallXlsx()).plan;
    expect(() => annotateXlsx(new Uint8Array([1, 2, 3]), plan)).toThrow(XlsxError);
    expect(() => clearXlsx(new TextEncoder().encode('plain text'))).toThrow(XlsxError);
    expect(() => listSheets(new Uint8Array(0))).toThrow(XlsxError);
  });
});
