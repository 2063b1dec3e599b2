// Both hosts give the same findings as the command line for the same data (outputs.md §5): the
// sample workbook read by `tdr-check --json` from its .xlsx (date serials), and the same workbook
// as Apps Script gives it (Date objects in the spreadsheet's time zone, times on 1899-12-30),
// checked by the built Code.js. Several time zones: a Date means the day the user typed only when
// read in the spreadsheet's zone.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../cli/main';
import { writeXlsx } from '../../cli/xlsx/write';
import { SAMPLE_FILE } from '../../examples/make-sample';
import type { PaneResult } from '../../ui/host';
import { acrossScriptRun, loadGas } from './gas-runtime';
import { sheetNamed, valuesOf } from './inspect';
import { LARGE_COPIES, sampleSheets, spreadsheetOf } from './workbooks';

const SAMPLE = path.resolve(__dirname, '..', '..', 'examples', SAMPLE_FILE);

interface CliFinding {
  ruleId: string;
  severity: string;
  tdr: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  group: string | null;
  gt: string | null;
  message: string;
  suggestion: string;
  waived: boolean;
  waiver: string | null;
}

interface CliReport {
  referenceDate: string;
  language: string;
  findings: CliFinding[];
  summary: { errors: number; warnings: number; infos: number; waived: number; gts: { gt: string; score: number | null; errors: number; warnings: number }[] };
}

function cliJson(file: string): CliReport {
  let out = '';
  let err = '';
  const code = main(['--json', '-', file], { stdout: (s) => (out += s), stderr: (s) => (err += s), env: {}, isTTY: false, today: '2026-11-15' });
  expect(err).toBe('');
  expect(code).toBeLessThan(2);
  return JSON.parse(out) as CliReport;
}

function appsScript(copies: number, timeZone: string): { result: PaneResult; constats: (string | number | boolean)[][] } {
  const model = spreadsheetOf(sampleSheets(copies), timeZone);
  const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
  const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null }) as PaneResult);
  return { result, constats: valuesOf(sheetNamed(model, result.sheets!.findings)) };
}

/** The JSON report's fields the pane also carries (all but `row`, which `cell` implies). */
function comparable(f: CliFinding) {
  const { row, ...rest } = f;
  void row;
  return rest;
}

function expectSame(cli: CliReport, gas: { result: PaneResult; constats: (string | number | boolean)[][] }) {
  const { result } = gas;
  expect(result.findings.length).toBeGreaterThan(10);
  expect(result.findings).toEqual(cli.findings.map(comparable));
  expect(result.referenceDate).toBe(cli.referenceDate);
  expect(result.language).toBe(cli.language);
  expect(result.counts).toEqual({ errors: cli.summary.errors, warnings: cli.summary.warnings, infos: cli.summary.infos, waived: cli.summary.waived });
  expect(result.gts.map((g) => ({ gt: g.gt, score: g.score, errors: g.errors, warnings: g.warnings }))).toEqual(cli.summary.gts);

  // The Constats sheet lists the same findings, in the same order.
  const header = gas.constats.findIndex((r) => r[0] === 'Sévérité');
  const rows = gas.constats.slice(header + 1, header + 1 + cli.findings.length);
  expect(rows.map((r) => [r[1], r[3], r[4], r[7], r[8]])).toEqual(
    cli.findings.map((f) => [f.ruleId, f.sheet ?? '', f.cell ?? '', f.message, f.suggestion]),
  );
}

describe('parity with the command line', () => {
  const sampleCli = cliJson(SAMPLE);

  it.each(['Africa/Bamako', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'])('on the sample, in a spreadsheet set to %s', (zone) => {
    expectSame(sampleCli, appsScript(1, zone));
  });

  it('on a workbook ten times larger', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-gas-'));
    try {
      const file = path.join(dir, SAMPLE_FILE);
      fs.writeFileSync(file, writeXlsx(sampleSheets(LARGE_COPIES)));
      const cli = cliJson(file);
      expect(cli.findings.length).toBeGreaterThan(5 * sampleCli.findings.length);
      expectSame(cli, appsScript(LARGE_COPIES, 'Africa/Bamako'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
