import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx } from '../../../cli/xlsx/read';
import { templateXlsx } from '../../../cli/xlsx/template';
import { validateWorkbook } from '../../../core/index';
import { SHEETS } from '../../../core/workbook/schema';
import { buildTemplatePlan } from '../../../core/plan/template';
import { sheetParts } from './helpers';

describe.each(['fr', 'en'] as const)('templateXlsx(%s)', (lang) => {
  const data = templateXlsx(lang);
  const files = unzipSync(data);
  const sheets = sheetParts(data);
  const xml = (name: string) => strFromU8(files[sheets.get(name)!]);
  const styles = strFromU8(files['xl/styles.xml']);
  const names = lang === 'fr' ? ['Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres'] : ['Groups', 'Members', 'Calendar', 'Decisions', 'Documents', 'Partners', 'Settings'];

  test('every input sheet with the headers of the language, Groupes pre-filled, after a Lisez-moi sheet', () => {
    const book = readXlsx(data, 'modele.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual([lang === 'fr' ? 'Lisez-moi' : 'Read me', ...names]);
    const inputs = book.sheets.slice(1);
    SHEETS.forEach((spec, i) => expect(inputs[i].rows[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c[lang])));
    expect(inputs[0].rows).toHaveLength(32);
    expect(inputs[0].rows[1].slice(0, 3)).toEqual(['GT1', 'Economie inclusive et durable', 'GT PTF']);
  });

  test('frozen header rows', () => {
    for (const n of names) expect(xml(n)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  test('drop-downs for the enumerations and the Groupe columns', () => {
    const groups = names[0];
    expect(xml(names[1])).toContain(`sqref="A2:A1000"><formula1>'${groups}'!$A$2:$A$1000</formula1>`);
    expect(xml(names[2])).toContain(`sqref="E2:E1000"><formula1>'${groups}'!$A$2:$A$1000</formula1>`);
    const types = lang === 'fr' ? '&quot;GT PTF,Groupe de dialogue,Groupe de dialogue ad hoc,Cluster&quot;' : '&quot;GT PTF,Dialogue group,Ad hoc dialogue group,Humanitarian cluster&quot;';
    expect(xml(groups)).toContain(`sqref="C2:C1000"><formula1>${types}</formula1>`);
    expect(xml(names[2])).toMatch(/sqref="F2:F1000"><formula1>&quot;[^<]*Tro[iï]ka&quot;<\/formula1>/);
    // presentation.md §6: GT de rattachement from the GT PTF rows only; PTF from the PTF sheet, as
    // a warning (a partner may be typed before its PTF row), the enumerations blocking as before.
    expect(xml(groups)).toContain(`<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D1000"><formula1>'${groups}'!$A$2:$A$6</formula1>`);
    expect(xml(names[1])).toContain(`errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="B2:B1000"><formula1>'${names[5]}'!$A$2:$A$1000</formula1>`);
    expect(xml(groups)).toContain(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C1000">`);
  });

  test('date and time columns carry their number format', () => {
    const code = lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].filter((m) => m[2] === code).map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const isDate = (xf: string) => ids.some((id) => xf.includes(`numFmtId="${id}"`));
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*\/>/g)].map((m) => m[0]);
    const styleOf = (sheet: string, col: number) => Number(new RegExp(`<col min="${col}" max="${col}"[^>]*style="(\\d+)"`).exec(xml(sheet))![1]);
    // Membres: Désignation Nexus, Début mandat, Fin mandat (I, J, K).
    for (const col of [9, 10, 11]) expect(isDate(xfs[styleOf(names[1], col)])).toBe(true);
    // Calendrier: Date (B); Heure début (C) is a time.
    expect(isDate(xfs[styleOf(names[2], 2)])).toBe(true);
    expect(isDate(xfs[styleOf(names[2], 3)])).toBe(false);
    const time = /<numFmt numFmtId="(\d+)" formatCode="hh:mm"\/>/.exec(styles)![1];
    expect(xfs[styleOf(names[2], 3)]).toContain(`numFmtId="${time}"`);
    expect(xml(names[1])).not.toMatch(/<col min="1" max="1"[^>]*style=/);
  });

  test('Lisez-moi prints on one A4 page: portrait, fitted to one page wide and tall', () => {
    const readme = xml(lang === 'fr' ? 'Lisez-moi' : 'Read me');
    expect(readme).toMatch(/^[^]*?<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><dimension /);
    expect(readme).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/></worksheet>');
    // The input sheets keep the application's default page setup.
    for (const n of names) expect(xml(n)).not.toContain('<pageSetup');
  });

  test('the core reads it with the chosen language and no data error', () => {
    const { report } = validateWorkbook(readXlsx(data, 'modele.xlsx'), { today: '2026-11-15' });
    expect(report.language).toBe(lang);
    expect(report.findings.filter((f) => f.ruleId.startsWith('data/') && f.severity === 'error')).toEqual([]);
  });
});

// Lisez-moi "explains, in a page" (presentation.md §6): the template converted to PDF by headless
// LibreOffice (as tests/cli/xlsx/render.test.ts does), its first page holds every line whole and
// the second page is already Groupes.
describe('Lisez-moi, printed by LibreOffice', () => {
  const SOFFICE = '/usr/bin/soffice';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-readme-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(['fr', 'en'] as const)('in %s: one A4 page, no line cut', (lang) => {
    if (!fs.existsSync(SOFFICE)) throw new Error(`${SOFFICE} is missing: install Debian's libreoffice-calc (.ci/run does).`);
    const file = path.join(dir, `modele-${lang}.xlsx`);
    fs.writeFileSync(file, templateXlsx(lang));
    const profile = 'file://' + path.join(dir, 'profile');
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const pdf = file.replace(/xlsx$/, 'pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
    // A4 portrait: 595 x 842 points.
    expect(info).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+ pts/);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const first = page(1);
    const lines = buildTemplatePlan(lang).sheets[0].rows.map((r) => String(r[0] ?? '').trim()).filter((l) => l !== '');
    for (const line of lines) expect(first).toContain(line);
    const second = page(2);
    expect(second).toMatch(/^\s*Code /);
    for (const line of lines) expect(second).not.toContain(line);
  }, 120_000);
});
