// `npm run bench`: the speed and scale bars of quality.md (P1, P2, P3, P4, P6, P7), measured in one
// run on this machine. Timings are medians; the bars are checked as ratios of the same run where
// quality.md says so. `--json` prints one JSON object and nothing else on standard output.
//
//   npm run bench            a readable table
//   npm run --silent bench -- --json   {"small":{"coreMs":n,"floorMs":n},"large":{"coreMs":n,"floorMs":n,"xlsxReadMs":n},"cliSampleMs":n,"hostCalls":{...}}
//   npm run bench -- --json bench.json the same object in a file (npm's own lines stay on the terminal)
//
// The floor (P3): one pass over every cell of the same snapshot, reading each value's type and,
// for text, its length: the least any validation must do. Timed in the same process, interleaved
// with the core runs, so that the ratio holds on a busy machine.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { validateWorkbook } from '../core';
import type { WorkbookSnapshot } from '../core/types';
import { readXlsx } from '../cli/xlsx/read';
import { writeXlsx } from '../cli/xlsx/write';
import { BENCH_REFERENCE_DATE, generateWorkbook, scaled } from './generate';
import { hostCalls, type HostCallNotes, type HostCalls } from './host-calls';
import { consolidate } from '../core/consolidate';
import { buildSample, COORDINATOR_GTS, cutCoordinatorWorkbook } from '../examples/make-sample';
import type { NewSheet } from '../cli/xlsx/write';

export interface BenchResult {
  small: { coreMs: number; floorMs: number };
  /** textScanMs: not a bar; what reading every character of the text costs, beside the floor. */
  large: { coreMs: number; floorMs: number; textScanMs: number; xlsxReadMs: number };
  cliSampleMs: number;
  hostCalls: HostCalls;
  /** P7: five coordinators' workbooks checked one by one, and consolidated (checks + the pass). */
  consolidation: {
    sample: { oneByOneMs: number; consolidatedMs: number };
    large: { oneByOneMs: number; consolidatedMs: number };
  };
}

/** Details that only the table shows. */
interface BenchNotes {
  findings: { small: number; large: number };
  xlsxBytes: number;
  cliArgs: string[];
  cliNote: string | null;
  hostCalls: HostCallNotes;
}

const CORE_RUNS = 5;
const READ_RUNS = 3;
const CLI_RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/**
 * P3's floor: one pass over every cell, reading each value's type and, for text, its length.
 * Returns a sum of what it read, so that the engine cannot drop the loop.
 */
export function floorPass(snapshot: WorkbookSnapshot): number {
  let sum = 0;
  for (const sheet of snapshot.sheets) {
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        const t = typeof v;
        if (t === 'string') sum += (v as string).length;
        else if (t === 'number') sum += 1;
        else if (t === 'boolean') sum += 2;
        else if (t === 'object' && v !== null) sum += 3; // a Date
      }
    }
  }
  return sum;
}

/**
 * Not a bar: the floor's pass that also reads every character of each text (a checker must: it
 * splits lists, matches names, reads dates typed as text). It says how much of P3's ratio is the
 * reading of the text itself, which the floor leaves out.
 */
export function textScanPass(snapshot: WorkbookSnapshot): number {
  let sum = 0;
  for (const sheet of snapshot.sheets) {
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        const t = typeof v;
        if (t === 'string') {
          const text = v as string;
          for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
        } else if (t === 'number') sum += 1;
        else if (t === 'boolean') sum += 2;
        else if (t === 'object' && v !== null) sum += 3;
      }
    }
  }
  return sum;
}

/** The core, the floor and the text scan on one snapshot, run after one another each time. */
function timeCore(snapshot: WorkbookSnapshot): { ms: number; floorMs: number; textScanMs: number; findings: number } {
  const times: number[] = [];
  const floors: number[] = [];
  const scans: number[] = [];
  let findings = 0;
  let sink = 0;
  for (let i = 0; i < CORE_RUNS; i++) {
    gc();
    const t0 = performance.now();
    const { report } = validateWorkbook(snapshot, { today: BENCH_REFERENCE_DATE });
    times.push(performance.now() - t0);
    findings = report.findings.length;
    gc();
    const t1 = performance.now();
    sink += floorPass(snapshot);
    floors.push(performance.now() - t1);
    gc();
    const t2 = performance.now();
    sink += textScanPass(snapshot);
    scans.push(performance.now() - t2);
  }
  if (sink < 0) throw new Error('unreachable');
  return { ms: median(times), floorMs: median(floors), textScanMs: median(scans), findings };
}

function timeRead(bytes: Uint8Array): { ms: number; snapshot: WorkbookSnapshot } {
  const times: number[] = [];
  let snapshot: WorkbookSnapshot | null = null;
  for (let i = 0; i < READ_RUNS; i++) {
    snapshot = null;
    gc();
    const t0 = performance.now();
    snapshot = readXlsx(bytes, 'bench-large.xlsx');
    times.push(performance.now() - t0);
  }
  return { ms: median(times), snapshot: snapshot! };
}

// Timed runs per size, and passes per run: one pass over the sample takes about 10 ms, where a
// scheduler's hiccup weighs as much as the consolidation; ten passes a run make it about 100 ms.
const CONSOLIDATION_RUNS = { sample: 15, large: 7 } as const;
const CONSOLIDATION_PASSES = { sample: 10, large: 1 } as const;

/** The five coordinators' workbooks cut from a partnership's sheets, as snapshots. */
function fiveWorkbooks(sheets: readonly NewSheet[]): WorkbookSnapshot[] {
  return COORDINATOR_GTS.map((gt) => ({
    name: `coordination-${gt.toLowerCase()}.xlsx`,
    sheets: cutCoordinatorWorkbook(sheets, gt).map((s) => ({ name: s.name, rows: s.rows })),
  }));
}

/**
 * P7: the same five workbooks checked one by one, then consolidated (each checked, then the
 * consolidated pass); medians of the time per pass, runs interleaved so that both see the same
 * machine.
 */
function timeConsolidation(
  books: readonly WorkbookSnapshot[],
  runs: number,
  passes: number,
): { oneByOneMs: number; consolidatedMs: number } {
  const one: number[] = [];
  const all: number[] = [];
  const oneByOne = () => {
    gc();
    const t0 = performance.now();
    for (let p = 0; p < passes; p++) for (const b of books) validateWorkbook(b, { today: BENCH_REFERENCE_DATE });
    one.push((performance.now() - t0) / passes);
  };
  const consolidated = () => {
    gc();
    const t0 = performance.now();
    for (let p = 0; p < passes; p++) {
      const members = books.map((b) => ({ file: b.name!, ...validateWorkbook(b, { today: BENCH_REFERENCE_DATE }) }));
      consolidate(members, 'fr');
    }
    all.push((performance.now() - t0) / passes);
  };
  // A warm-up of each, then runs in alternating order (the first run of a process is the slowest).
  oneByOne();
  consolidated();
  one.length = all.length = 0;
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      oneByOne();
      consolidated();
    } else {
      consolidated();
      oneByOne();
    }
  }
  return { oneByOneMs: round1(median(one)), consolidatedMs: round1(median(all)) };
}

/** The command line's whole run on the sample (a fresh process: start, read, validate, write). */
function timeCli(root: string): { ms: number; args: string[]; note: string | null } {
  const bin = path.join(root, 'bin', 'tdr-check.js');
  const sample = path.join(root, 'examples', 'secretariat-ptf.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-bench-'));
  try {
    const full = [sample, '--out', path.join(dir, 'out.xlsx'), '--html', path.join(dir, 'report.html'), '--json', path.join(dir, 'report.json')];
    const jsonOnly = [sample, '--json', path.join(dir, 'report.json')];
    let args = full;
    let note: string | null = null;
    const run = (a: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [bin, ...a], { encoding: 'utf8', cwd: root });
      return { ms: performance.now() - t0, status: r.status, stderr: r.stderr };
    };
    let first = run(args);
    if (first.status === 2) {
      // The command line cannot write everything yet (--out and --html still to come): time what
      // it can do, and say so.
      note = `full run refused (${first.stderr.trim().split('\n')[0]}); timed with --json only`;
      args = jsonOnly;
      first = run(args);
      if (first.status === 2) throw new Error(`tdr-check failed on the sample: ${first.stderr.trim()}`);
    }
    const times = [first.ms];
    for (let i = 1; i < CLI_RUNS; i++) times.push(run(args).ms);
    return { ms: median(times), args: args.map((a) => (a.startsWith(dir) ? path.basename(a) : a.startsWith(root) ? path.relative(root, a) : a)), note };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBench(root: string, log: (s: string) => void): Promise<{ result: BenchResult; notes: BenchNotes }> {
  // Each size is measured in a lean heap, as a real run holds it: the workbook as read, not also
  // the generator's copy (a heap full of other data makes every garbage collection dearer).
  log('small workbook: generating, writing as .xlsx, reading...');
  const smallBytes = writeXlsx(generateWorkbook(0.1));
  let small: WorkbookSnapshot | null = readXlsx(smallBytes, 'bench-small.xlsx');
  log('validating the small workbook...');
  const coreSmall = timeCore(small);
  small = null;

  log('large workbook: generating, writing as .xlsx...');
  const largeBytes = writeXlsx(generateWorkbook(1));
  log('reading the large .xlsx...');
  const read = timeRead(largeBytes);
  log('validating the large workbook...');
  const coreLarge = timeCore(read.snapshot);
  read.snapshot = null as unknown as WorkbookSnapshot;

  log('running the command line on the sample...');
  const cli = timeCli(root);

  log("consolidating five workbooks: the sample's coordinators, and the large workbook split in five...");
  const consolidation = {
    sample: timeConsolidation(fiveWorkbooks(buildSample({ clean: true }).sheets), CONSOLIDATION_RUNS.sample, CONSOLIDATION_PASSES.sample),
    large: timeConsolidation(fiveWorkbooks(generateWorkbook(1)), CONSOLIDATION_RUNS.large, CONSOLIDATION_PASSES.large),
  };

  log('counting host calls (Excel and Apps Script fakes)...');
  const host = await hostCalls(
    { sheets: generateWorkbook(0.1), snapshot: readXlsx(smallBytes, 'bench-small.xlsx') },
    { sheets: generateWorkbook(1), snapshot: readXlsx(largeBytes, 'bench-large.xlsx') },
    BENCH_REFERENCE_DATE,
  );

  return {
    result: {
      small: { coreMs: round1(coreSmall.ms), floorMs: round1(coreSmall.floorMs) },
      large: { coreMs: round1(coreLarge.ms), floorMs: round1(coreLarge.floorMs), textScanMs: round1(coreLarge.textScanMs), xlsxReadMs: round1(read.ms) },
      cliSampleMs: round1(cli.ms),
      hostCalls: host.calls,
      consolidation,
    },
    notes: {
      findings: { small: coreSmall.findings, large: coreLarge.findings },
      xlsxBytes: largeBytes.length,
      cliArgs: cli.args,
      cliNote: cli.note,
      hostCalls: host.notes,
    },
  };
}

/** The bars of quality.md checked on one result: [id, measure, bar, ok]. */
export function bars(r: BenchResult): [string, string, string, boolean | null][] {
  const ratio2 = r.large.coreMs / r.small.coreMs;
  const ratio3 = r.large.coreMs / r.large.floorMs;
  const hc = r.hostCalls;
  // Excel: reads beyond 2 on the large workbook are the chunks of sheets over the request limit,
  // which P4 allows (one sync per chunk); the table says how many.
  const sameExcel = hc.excel
    ? hc.excel.small.readSyncs <= 2 && hc.excel.small.writeSyncs === hc.excel.large.writeSyncs && hc.excel.large.writeSyncs <= 3
    : null;
  const sameGas = hc.appsScript ? JSON.stringify(hc.appsScript.small) === JSON.stringify(hc.appsScript.large) : null;
  return [
    ['P1', `core, large: ${r.large.coreMs} ms`, '< 1500 ms', r.large.coreMs < 1500],
    ['P2', `large / small: ${ratio2.toFixed(2)}`, '≤ 12', ratio2 <= 12],
    ['P3', `core / floor, large: ${ratio3.toFixed(2)}`, '≤ 4 (aim 2)', ratio3 <= 4],
    ['P4', hc.excel ? `Excel syncs: read ${hc.excel.small.readSyncs}/${hc.excel.large.readSyncs}, write ${hc.excel.small.writeSyncs}/${hc.excel.large.writeSyncs} (small/large)` : 'Excel: no counts (see below)',
      'read ≤ 2 (+1 per chunk), write ≤ 3, same', sameExcel],
    ['P4', hc.appsScript ? `Apps Script calls: read ${hc.appsScript.small.reads}/${hc.appsScript.large.reads}, write ${hc.appsScript.small.writes}/${hc.appsScript.large.writes} (small/large)` : 'Apps Script: no counts (see below)', 'same counts', sameGas],
    ['P6', `command line on the sample: ${r.cliSampleMs} ms`, '< 3000 ms', r.cliSampleMs < 3000],
    ...(['sample', 'large'] as const).map((k): [string, string, string, boolean] => {
      const c = r.consolidation[k];
      const ratio = c.consolidatedMs / c.oneByOneMs;
      return ['P7', `consolidated / one by one, ${k} in five: ${ratio.toFixed(2)} (${c.consolidatedMs}/${c.oneByOneMs} ms)`, '≤ 1.20', ratio <= 1.2];
    }),
  ];
}

export function formatTable(r: BenchResult, notes: BenchNotes): string {
  const small = scaled(0.1);
  const large = scaled(1);
  const shape = (c: typeof small) => `${c.groups} groups, ${c.members} members, ${c.meetings} meetings, ${c.decisions} decisions, ${c.documents} documents`;
  const lines: string[] = [];
  lines.push(`tdr-check bench — node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`.trim());
  lines.push(`small: ${shape(small)}`);
  lines.push(`large: ${shape(large)} (${(notes.xlsxBytes / 1e6).toFixed(1)} MB as .xlsx)`);
  lines.push('');
  const rows: [string, string, string][] = [
    ['measure', 'ms', 'note'],
    ['core, small (median of 5)', String(r.small.coreMs), `${notes.findings.small} findings`],
    ['core, large (median of 5)', String(r.large.coreMs), `${notes.findings.large} findings`],
    ['floor, small (median of 5)', String(r.small.floorMs), 'one pass over every cell: type, text length'],
    ['floor, large (median of 5)', String(r.large.floorMs), ''],
    ['every character read, large (median of 5)', String(r.large.textScanMs), `the floor, also reading each text: ${(r.large.textScanMs / r.large.floorMs).toFixed(1)} × the floor (not a bar)`],
    [`5 coordinators, one by one / consolidated (median of ${CONSOLIDATION_RUNS.sample} runs of ${CONSOLIDATION_PASSES.sample}, per pass)`, `${r.consolidation.sample.oneByOneMs}/${r.consolidation.sample.consolidatedMs}`, 'the sample cut in five'],
    [`5 parts, one by one / consolidated (median of ${CONSOLIDATION_RUNS.large})`, `${r.consolidation.large.oneByOneMs}/${r.consolidation.large.consolidatedMs}`, 'the large workbook cut in five'],
    ['.xlsx read, large (median of 3)', String(r.large.xlsxReadMs), ''],
    ['command line, sample (median of 3)', String(r.cliSampleMs), `tdr-check ${notes.cliArgs.join(' ')}`],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) lines.push(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  if (notes.cliNote) lines.push(`  (command line: ${notes.cliNote})`);
  lines.push('');
  lines.push(`${'bar'.padEnd(4)} ${'measured'.padEnd(62)} ${'bar'.padEnd(44)} ok`);
  for (const [id, measure, bar, ok] of bars(r)) {
    lines.push(`${id.padEnd(4)} ${measure.padEnd(62)} ${bar.padEnd(44)} ${ok === null ? 'n/a' : ok ? 'yes' : 'NO'}`);
  }
  if (notes.hostCalls.excel) lines.push(`  (Excel host calls: ${notes.hostCalls.excel})`);
  if (notes.hostCalls.appsScript) lines.push(`  (Apps Script host calls: ${notes.hostCalls.appsScript})`);
  if (r.hostCalls.excel && r.hostCalls.excel.large.readSyncs > 2) {
    lines.push(`  (Excel: the large workbook's reads beyond 2 are chunks of ${notes.hostCalls.excelChunkCells ?? '?'} cells, one sync each)`);
  }
  if (r.hostCalls.appsScript) {
    const sample = r.hostCalls.appsScript.sample;
    lines.push('');
    lines.push(`Apps Script calls of a first validation of the sample: ${sample.reads} reads, ${sample.writes} writes`);
    for (const [method, n] of Object.entries(sample.byMethod)) lines.push(`  ${String(n).padStart(4)}  ${method}`);
  }
  if (notes.hostCalls.appsScriptDiff) {
    lines.push(`  (Apps Script calls that differ, small→large: ${notes.hostCalls.appsScriptDiff};`);
    lines.push('   builder calls, made inside the script, are not counted)');
  }
  return lines.join('\n') + '\n';
}

/**
 * Where `--json` sends the JSON object: '-' (standard output), a file (`--json FILE`,
 * `--json=FILE`), or null without --json. A file stays clean whatever npm prints around the
 * script (npm's "> bench" banner goes to standard output unless `npm run --silent`).
 */
export function jsonTarget(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--json=')) return a.slice(7) || '-';
    if (a === '--json') {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('-') ? next : '-';
    }
  }
  return null;
}

export async function main(argv: readonly string[], root: string): Promise<number> {
  const target = jsonTarget(argv);
  const json = target !== null;
  // Only a JSON object on standard output silences the progress lines and the table; with a file,
  // both are shown as without --json.
  const toStdout = target === '-';
  const log = (s: string) => {
    if (!toStdout) process.stderr.write(s + '\n');
  };
  const { result, notes } = await runBench(root, log);
  if (json) {
    if (target === '-') process.stdout.write(JSON.stringify(result) + '\n');
    else fs.writeFileSync(target!, JSON.stringify(result) + '\n');
    if (notes.cliNote) process.stderr.write(`note: command line ${notes.cliNote}\n`);
    if (notes.hostCalls.excel) process.stderr.write(`note: hostCalls.excel is null: ${notes.hostCalls.excel}\n`);
    if (notes.hostCalls.appsScript) process.stderr.write(`note: hostCalls.appsScript is null: ${notes.hostCalls.appsScript}\n`);
  }
  if (!toStdout) {
    process.stdout.write(formatTable(result, notes));
  }
  return 0;
}
