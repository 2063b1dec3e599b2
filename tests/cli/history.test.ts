// The month-by-month history through the command line (presentation.md §1): the sample checked in
// October, then its copy checked again in November (a later --date), then again in November.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { main, type Io } from '../../cli/main';
import { clearXlsx, listSheets } from '../../cli/xlsx/annotate';
import { readXlsx } from '../../cli/xlsx/read';
import { writeXlsx } from '../../cli/xlsx/write';
import { formatChange } from '../../core/plan';
import type { Cell } from '../../core/types';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'examples/secretariat-ptf.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-history-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]): number {
  const io: Io = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false, now: '2026-11-15T10:00:00Z' };
  return main(args, io);
}

function sheet(file: string, name: string): Cell[][] {
  const s = readXlsx(new Uint8Array(fs.readFileSync(file)), path.basename(file)).sheets.find((x) => x.name === name);
  if (!s) throw new Error(`${file} has no sheet ${name}`);
  return s.rows;
}

function names(file: string): string[] {
  return listSheets(new Uint8Array(fs.readFileSync(file))).map((s) => s.name);
}

const october = path.join(tmp, 'octobre.xlsx');
const november = path.join(tmp, 'novembre.xlsx');
const again = path.join(tmp, 'novembre-bis.xlsx');

beforeAll(() => {
  run(['--date', '2026-10-15', '--out', october, SAMPLE]);
  run(['--date', '2026-11-15', '--out', november, october]);
  run(['--date', '2026-11-20', '--out', again, november]);
});

describe('history across two months', () => {
  test('the first run writes one row per GT for its month, in a tool-owned Historique sheet', () => {
    const rows = sheet(october, 'Historique');
    expect(rows[0]).toEqual(['Mois', 'GT', 'Conformité (%)', 'Erreurs', 'Avertissements', 'Évalués', 'En échec', 'Périmètre', 'Date de référence']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5'].map((gt) => ['2026-10', gt]));
    expect(listSheets(new Uint8Array(fs.readFileSync(october))).find((s) => s.name === 'Historique')!.ownedByTool).toBe(true);
  });

  test('a later month keeps the earlier rows and its summary sheet, and adds its own', () => {
    const rows = sheet(november, 'Historique');
    expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      ...['GT1', 'GT2', 'GT3', 'GT4', 'GT5'].map((gt) => `2026-10 ${gt}`),
      ...['GT1', 'GT2', 'GT3', 'GT4', 'GT5'].map((gt) => `2026-11 ${gt}`),
    ]);
    expect(rows.slice(1, 6)).toEqual(sheet(october, 'Historique').slice(1));
    expect(names(november)).toEqual(expect.arrayContaining(['Synthèse GEC 2026-10', 'Synthèse GEC 2026-11', 'Constats', 'Historique']));
    expect(names(november).filter((n) => n === 'Historique')).toHaveLength(1);
  });

  test('the summary shows the months and the change since the previous month, per GT', () => {
    const history = sheet(november, 'Historique').slice(1);
    const summary = sheet(november, 'Synthèse GEC 2026-11');
    const header = summary.findIndex((r) => r[0] === 'GT' && r[1] === '2026-10');
    expect(summary[header]).toEqual(['GT', '2026-10', '2026-11', 'Évolution depuis 2026-10']);
    for (let i = 0; i < 5; i++) {
      const before = history[i][2] as number;
      const now = history[i + 5][2] as number;
      const row = summary[header + 1 + i];
      expect(row.slice(0, 3)).toEqual([`GT${i + 1}`, before, now]);
      expect(row[3]).toBe(formatChange(Math.round((now - before) * 10) / 10, 'fr'));
    }
    // The sample's October and November differ somewhere (the test can see a change).
    expect(summary.slice(header + 1, header + 6).some((r) => r[3] !== '0 pt')).toBe(true);
  });

  test('the summary draws a line chart of the months beside the bar chart', () => {
    const zip = unzipSync(new Uint8Array(fs.readFileSync(november)));
    const charts = Object.keys(zip).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => strFromU8(zip[p]));
    const lines = charts.filter((c) => c.includes('<c:lineChart>'));
    // This month's summary has one; October's summary had only one month, so none.
    expect(lines).toHaveLength(1);
    expect(lines[0].match(/<c:ser>/g)).toHaveLength(5);
    expect(lines[0]).toContain("<c:f>'Synthèse GEC 2026-11'!$B$");
    expect(charts.filter((c) => c.includes('<c:barChart>'))).toHaveLength(2);
  });

  test('re-running in the same month replaces its rows: no second row for a month and GT, no new part', () => {
    const rows = sheet(again, 'Historique').slice(1);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => `${r[0]} ${r[1]}`)).size).toBe(10);
    expect(rows.slice(5).every((r) => r[8] === '2026-11-20')).toBe(true);
    const parts = (f: string) => Object.keys(unzipSync(new Uint8Array(fs.readFileSync(f)))).sort();
    expect(parts(again)).toEqual(parts(november));
  });

  test('a user’s edit to an earlier row is kept as it is', () => {
    const edited = path.join(tmp, 'edite.xlsx');
    // The user corrects October's GT1 score and writes a note in the history sheet.
    const zip = unzipSync(new Uint8Array(fs.readFileSync(november)));
    const sheetPart = Object.keys(zip).find((p) => /worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(zip[p]).includes('<t>Date de référence</t></is></c></row><row r="2">'))!;
    const xml = strFromU8(zip[sheetPart]).replace(/(<row r="2">.*?<c r="C2"[^>]*><v>)[^<]*(<\/v>)/, '$197.5$2');
    zip[sheetPart] = new TextEncoder().encode(xml);
    fs.writeFileSync(edited, zipSync(zip));
    expect(sheet(edited, 'Historique')[1][2]).toBe(97.5);
    const out = path.join(tmp, 'edite-decembre.xlsx');
    run(['--date', '2026-12-15', '--out', out, edited]);
    const rows = sheet(out, 'Historique');
    expect(rows[1]).toEqual(['2026-10', 'GT1', 97.5, ...sheet(november, 'Historique')[1].slice(3)]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...Array(5).fill('2026-10'), ...Array(5).fill('2026-11'), ...Array(5).fill('2026-12')]);
  });

  test('--clear-history starts the history again from this month', () => {
    const out = path.join(tmp, 'repart.xlsx');
    run(['--date', '2026-12-15', '--clear-history', '--out', out, november]);
    expect(sheet(out, 'Historique').slice(1).map((r) => r[0])).toEqual(Array(5).fill('2026-12'));
  });

  test('a user’s own sheet named Historique is never taken: the history goes to Historique (2)', () => {
    const mine = path.join(tmp, 'mien.xlsx');
    const input = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)), 'x.xlsx');
    fs.writeFileSync(mine, writeXlsx([...input.sheets.map((s) => ({ name: s.name, rows: s.rows })), { name: 'Historique', rows: [['mes notes']] }]));
    const out = path.join(tmp, 'mien-copie.xlsx');
    run(['--date', '2026-11-15', '--out', out, mine]);
    expect(sheet(out, 'Historique')).toEqual([['mes notes']]);
    expect(sheet(out, 'Historique (2)').slice(1)).toHaveLength(5);
    const out2 = path.join(tmp, 'mien-copie-2.xlsx');
    run(['--date', '2026-12-15', '--out', out2, out]);
    expect(sheet(out2, 'Historique')).toEqual([['mes notes']]);
    expect(sheet(out2, 'Historique (2)').slice(1)).toHaveLength(10);
  });
});

describe('clear keeps the history unless asked (R1)', () => {
  test('clearing the copy gives back every input sheet and keeps Historique; with clearHistory, it goes too', () => {
    const original = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)), 'x.xlsx').sheets;
    const copy = new Uint8Array(fs.readFileSync(november));
    const kept = readXlsx(clearXlsx(copy), 'x.xlsx').sheets;
    expect(kept.map((s) => s.name)).toEqual([...original.map((s) => s.name), 'Historique']);
    for (const s of original) expect(kept.find((k) => k.name === s.name)!.rows).toEqual(s.rows);
    expect(kept.find((s) => s.name === 'Historique')!.rows).toEqual(sheet(november, 'Historique'));
    const all = readXlsx(clearXlsx(copy, { clearHistory: true }), 'x.xlsx').sheets;
    expect(all.map((s) => s.name)).toEqual(original.map((s) => s.name));
  });

  test('the kept history uses no tool style, so that the restored styles.xml leaves no dangling index', () => {
    const cleared = unzipSync(clearXlsx(new Uint8Array(fs.readFileSync(november))));
    const original = unzipSync(new Uint8Array(fs.readFileSync(SAMPLE)));
    expect(strFromU8(cleared['xl/styles.xml'])).toBe(strFromU8(original['xl/styles.xml']));
    const history = Object.entries(cleared).find(([p, b]) => /worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(b).includes('<t>Périmètre</t>'))!;
    expect(strFromU8(history[1])).not.toMatch(/<c [^>]*\bs="/);
  });
});
