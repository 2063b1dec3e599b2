// Old build against new, in one process (the machine is shared: timings from two processes are
// not comparable). Loads the core of another build (a copy of `build/` made before a change),
// checks that both give byte-identical JSON reports on the bench workbooks, the sample, the test
// fixtures and other seeds of the generator, then times parse, whole core and the floor (one pass
// over every cell, bench.ts's floorPass) interleaved, old and new in turn.
//
//   npx tsc -p tsconfig.build.json && cp -r build /tmp/build-old     (before the change)
//   ... change, npx tsc -p tsconfig.build.json ...
//   node --expose-gc build/bench/compare.js /tmp/build-old [--runs 7] [--no-time] [--scale 1]

import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as newCore from '../core';
import { parseWorkbook as newParse } from '../core/workbook/parse';
import { RULE_IDS } from '../core/rules';
import type { WorkbookSnapshot } from '../core/types';
import { isoToDay } from '../core/values';
import { readXlsx } from '../cli/xlsx/read';
import { writeXlsx } from '../cli/xlsx/write';
import { floorPass } from './bench';
import { BENCH_REFERENCE_DATE, generateWorkbook } from './generate';

type Core = typeof newCore;
type Parse = typeof newParse;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

const root = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  const oldDir = argv.find((a) => !a.startsWith('--') && !/^\d/.test(a));
  if (!oldDir) {
    process.stderr.write('usage: node --expose-gc build/bench/compare.js OLD_BUILD_DIR [--runs N] [--no-time] [--scale S]\n');
    return 2;
  }
  const oldCore = require(path.resolve(oldDir, 'core')) as Core;
  const oldParse = (require(path.resolve(oldDir, 'core/workbook/parse')) as { parseWorkbook: Parse }).parseWorkbook;
  const runs = Number(arg(argv, '--runs') ?? 7);
  const scale = Number(arg(argv, '--scale') ?? 1);

  // Identical reports.
  const cases: [string, () => WorkbookSnapshot][] = [];
  const fromFile = (f: string) => () => readXlsx(new Uint8Array(fs.readFileSync(f)), path.basename(f));
  // Every workbook of examples/ (the sample, the coordinators' workbooks, the register in its own
  // layout) and every readable .xlsx fixture of the tests.
  const xlsxUnder = (dir: string): string[] =>
    fs.existsSync(path.join(root, dir))
      ? fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? xlsxUnder(path.join(dir, e.name)) : /\.xlsx$/.test(e.name) ? [path.join(dir, e.name)] : [],
        )
      : [];
  for (const f of [...xlsxUnder('examples'), ...xlsxUnder('tests')]) {
    const make = fromFile(path.join(root, f));
    try {
      make();
    } catch {
      continue; // a fixture the reader refuses on purpose (corrupt, protected)
    }
    cases.push([f, make]);
  }
  for (const seed of [1, 2, 3]) {
    cases.push([`generated 0.05, seed ${seed}`, () => readXlsx(writeXlsx(generateWorkbook(0.05, seed)), `seed-${seed}.xlsx`)]);
  }
  cases.push(['bench small (0.1)', () => readXlsx(writeXlsx(generateWorkbook(0.1)), 'bench-small.xlsx')]);
  cases.push(['bench large (1)', () => readXlsx(writeXlsx(generateWorkbook(1)), 'bench-large.xlsx')]);
  let differ = 0;
  for (const [name, make] of cases) {
    const snap = make();
    for (const options of [{ today: BENCH_REFERENCE_DATE }, { today: BENCH_REFERENCE_DATE, language: 'en' as const }]) {
      const a = JSON.stringify(oldCore.validate(snap, options));
      const b = JSON.stringify(newCore.validate(snap, options));
      const same = a === b;
      if (!same) differ++;
      process.stdout.write(`${same ? 'same' : 'DIFFERENT'}  ${name} (${options.language ?? 'fr'}), ${a.length} bytes\n`);
    }
  }
  if (argv.includes('--no-time')) return differ ? 1 : 0;

  // Timings, interleaved.
  let snap: WorkbookSnapshot | null = readXlsx(writeXlsx(generateWorkbook(scale)), 'bench.xlsx');
  const parseOptions = { today: isoToDay(BENCH_REFERENCE_DATE)!, knownRuleIds: RULE_IDS };
  // Wall time, and the process's CPU time (user + system): on a shared machine the CPU time
  // leaves out the time spent waiting for a core.
  const t: Record<string, number[]> = { floor: [], oldParse: [], newParse: [], oldCore: [], newCore: [] };
  const cpu: Record<string, number[]> = { floor: [], oldParse: [], newParse: [], oldCore: [], newCore: [] };
  const time = (label: string, f: () => unknown) => {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    t[label].push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu[label].push((c.user + c.system) / 1000);
  };
  const s = snap;
  for (let i = 0; i < runs; i++) {
    time('floor', () => floorPass(s));
    time(i % 2 ? 'newParse' : 'oldParse', () => (i % 2 ? newParse : oldParse)(s, parseOptions));
    time(i % 2 ? 'oldParse' : 'newParse', () => (i % 2 ? oldParse : newParse)(s, parseOptions));
    time(i % 2 ? 'newCore' : 'oldCore', () => (i % 2 ? newCore : oldCore).validate(s, { today: BENCH_REFERENCE_DATE }));
    time(i % 2 ? 'oldCore' : 'newCore', () => (i % 2 ? oldCore : newCore).validate(s, { today: BENCH_REFERENCE_DATE }));
  }
  snap = null;
  for (const [what, series] of [['wall', t], ['cpu', cpu]] as const) {
    const m = (k: string) => median(series[k]);
    process.stdout.write(`\nscale ${scale}, ${what} time, median of ${runs}, interleaved (ms)\n`);
    for (const k of Object.keys(series)) process.stdout.write(`${k.padEnd(9)} ${m(k).toFixed(1).padStart(8)}   [${series[k].map((x) => x.toFixed(0)).join(' ')}]\n`);
    // The load changes from one run to the next: the median of each run's new/old ratio is
    // steadier than the ratio of the medians.
    const pairs = (k: string) => median(series['new' + k].map((x, i) => x / series['old' + k][i])).toFixed(3);
    process.stdout.write(`core/floor: old ${(m('oldCore') / m('floor')).toFixed(2)}, new ${(m('newCore') / m('floor')).toFixed(2)}; new/old, median of the runs' ratios: core ${pairs('Core')}, parse ${pairs('Parse')}\n`);
  }
  return differ ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
