// Quality bar P4: the host calls of the Excel and Apps Script shells, on the small and the large
// synthetic workbook, as their call-counting test fakes count them (`tests/excel-addin/support/`,
// `tests/apps-script/`). The counts must not grow with the data.
//
// The shells and their fakes are TypeScript outside the command line's build, so they are loaded
// through TypeScript's own transpiler (a `require` hook, transpile only). The Apps Script fake
// runs the built bundle `dist/apps-script/Code.js` (`npm run build:apps-script`). When a shell,
// its fake or its bundle is missing, its counts are null, with the reason: never made up.

import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../core/types';
import type { NewSheet } from '../cli/xlsx/write';

export interface ExcelCalls {
  readSyncs: number;
  writeSyncs: number;
}
export interface AppsScriptCalls {
  reads: number;
  writes: number;
}
/** The calls of one validation by method (`Sheet.getSheetValues`: 7), reads first. */
export type CallsByMethod = Record<string, number>;
/** The calls of one validation by what they are for (see `callPurposes`). */
export type CallsByPurpose = Record<CallPurpose, number>;
export interface HostCalls {
  excel: { small: ExcelCalls; large: ExcelCalls } | null;
  /** `sample`: a first validation of the sample workbook, with its calls by method. */
  appsScript: {
    small: AppsScriptCalls;
    large: AppsScriptCalls;
    sample: AppsScriptCalls & { byMethod: CallsByMethod; byPurpose: CallsByPurpose };
  } | null;
}
export interface HostCallNotes {
  excel: string | null;
  appsScript: string | null;
  /** Excel: cells per read request (a sheet above it is read in several syncs, allowed by P4). */
  excelChunkCells: number | null;
  /** Apps Script: the calls whose number differs between the small and the large workbook. */
  appsScriptDiff: string | null;
}

/** The workbook both ways a shell may need it. */
export interface BenchWorkbook {
  /** As written (dates as serials, with the date and time columns marked). */
  sheets: NewSheet[];
  /** As the .xlsx reader gives it back (what Excel holds: serials, strings, error text). */
  snapshot: WorkbookSnapshot;
}

/** The project root (this file runs from `bench/` or from `build/bench/`). */
const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

const FILES = {
  excelHost: 'excel-addin/src/excel-host.ts',
  excelFake: 'tests/excel-addin/support/workbooks.ts',
  excelRead: 'excel-addin/src/office/read.ts',
  gasRuntime: 'tests/apps-script/gas-runtime.ts',
  gasWorkbooks: 'tests/apps-script/workbooks.ts',
  gasInspect: 'tests/apps-script/inspect.ts',
  gasBundle: 'dist/apps-script/Code.js',
};

let hooked = false;
/** Lets `require` load TypeScript (transpile only), for the shells' sources and fakes. */
function hookTypeScript(): void {
  if (hooked) return;
  hooked = true;
  type Loader = (m: { _compile(code: string, file: string): void }, file: string) => void;
  const ext = (require as unknown as { extensions: Record<string, Loader> }).extensions;
  if (ext['.ts']) return; // a hook (ts-jest, ts-node) is already there
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ts = require('typescript') as typeof import('typescript');
  ext['.ts'] = (m, file) => {
    const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    });
    m._compile(out.outputText, file);
  };
}

function load<T>(file: string): T {
  hookTypeScript();
  return require(path.join(ROOT, file)) as T;
}

function missing(...files: string[]): string | null {
  const gone = files.filter((f) => !fs.existsSync(path.join(ROOT, f)));
  return gone.length ? `not available yet: ${gone.join(', ')}` : null;
}

const NOW = '2026-11-15T10:32:00Z';

// ---------------------------------------------------------------------------------------------
// Excel: syncs of one validation (read, validate, write), over the fake.
// ---------------------------------------------------------------------------------------------

interface FakeWorkbookLike {
  syncs: number;
  run<T>(batch: (ctx: unknown) => Promise<T>): Promise<T>;
}
interface ExcelModules {
  validateInExcel(
    ctx: unknown,
    env: { now: () => Date; today: string },
    request: { language: null },
    apply?: object,
    onProgress?: (step: string) => void,
  ): Promise<unknown>;
  fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookLike;
  CHUNK_CELLS?: number;
}

async function excelCalls(wb: BenchWorkbook, m: ExcelModules, today: string): Promise<ExcelCalls> {
  const fake = m.fakeFromSnapshot(wb.snapshot);
  const before = fake.syncs;
  let afterRead = -1;
  await fake.run((ctx) =>
    m.validateInExcel(ctx, { now: () => new Date(NOW), today }, { language: null }, {}, (step) => {
      if (step === 'validate') afterRead = fake.syncs;
    }),
  );
  if (afterRead < 0) throw new Error('validateInExcel reported no validate step');
  return { readSyncs: afterRead - before, writeSyncs: fake.syncs - afterRead };
}

// ---------------------------------------------------------------------------------------------
// Apps Script: calls of one validation through the built Code.js, over the fake.
// ---------------------------------------------------------------------------------------------

interface GasModules {
  loadGas(model: unknown, options: { now: string }): { run(name: string, ...args: unknown[]): unknown; calls(): string[]; resetCalls(): void };
  spreadsheetOf(sheets: readonly NewSheet[]): unknown;
  isValueBuilderCall(call: string): boolean;
  sampleSheets(copies?: number): NewSheet[];
}

/** A call that reads the spreadsheet (`Sheet.getSheetValues`, `Sheet.getName`…); any other one writes. */
export function isReadCall(call: string): boolean {
  const method = call.slice(call.lastIndexOf('.') + 1);
  return /^(get|is|has|find)/.test(method);
}

/** Builders (`SpreadsheetApp.newConditionalFormatRule`, `…Builder.setRanges`) make objects in the script only. */
export function isBuilderCall(call: string): boolean {
  return /^SpreadsheetApp\.new|^\w*Builder\./.test(call);
}

export type CallPurpose = 'setup' | 'sheets and marks' | 'bulk reads' | 'highlights' | 'output sheets';

const SETUP_CALL = /^(LockService|Lock|Session)\.|^SpreadsheetApp\.(getActive|getActiveSpreadsheet|flush)$|^Spreadsheet\.(getActiveSheet|setActiveSheet)$/;
const MARK_CALL = /^(DeveloperMetadata|DeveloperMetadataFinder|DeveloperMetadataLocation)\.|^Spreadsheet\.(createDeveloperMetadataFinder|addDeveloperMetadata)$/;

/** The first call of a bulk read (`getSheetValues`, or `getDataRange` where it is refused). */
const BULK_READ = /^Sheet\.(getSheetValues|getDataRange)$/;
const OUTPUT_SHEET_CALL = /^Spreadsheet\.(deleteSheet|insertSheet|getNumSheets)$/;

/**
 * What each call of a validation or a clear is for, from the calls in order: the run itself (the
 * lock, the user's locale, the active sheet), the list of sheets and the tool's marks, the bulk
 * reads of the input sheets, the highlights (conditional-format rules), the output sheets (old ones
 * deleted, new ones written; the id of the sheet the user was on, asked just before the tool's
 * sheets are replaced, to show the new version of the one that was replaced).
 */
export function callPurposes(calls: readonly string[]): CallsByPurpose {
  const out: CallsByPurpose = { setup: 0, 'sheets and marks': 0, 'bulk reads': 0, highlights: 0, 'output sheets': 0 };
  let phase: CallPurpose = 'setup';
  let previous = '';
  calls.forEach((c, i) => {
    let purpose: CallPurpose;
    if (SETUP_CALL.test(c) || (c === 'Sheet.getSheetId' && previous === 'Spreadsheet.getActiveSheet')) purpose = 'setup';
    else if (MARK_CALL.test(c) || (c === 'Sheet.getSheetId' && previous === 'DeveloperMetadataLocation.getSheet')) purpose = 'sheets and marks';
    else if (c === 'Sheet.getSheetId' && OUTPUT_SHEET_CALL.test(calls[i + 1] ?? '')) purpose = 'output sheets';
    else {
      if (c === 'Spreadsheet.getSheets') phase = 'sheets and marks';
      else if (BULK_READ.test(c) && phase === 'sheets and marks') phase = 'bulk reads';
      else if (c === 'Sheet.getConditionalFormatRules') phase = 'highlights';
      else if (OUTPUT_SHEET_CALL.test(c)) phase = 'output sheets';
      purpose = phase;
    }
    out[purpose]++;
    previous = c;
  });
  return out;
}

function appsScriptCalls(wb: { sheets: NewSheet[] }, m: GasModules): { counts: AppsScriptCalls; byMethod: Map<string, number>; byPurpose: CallsByPurpose } {
  const gas = m.loadGas(m.spreadsheetOf(wb.sheets), { now: NOW });
  gas.resetCalls();
  gas.run('tdrCheckValidate', { language: null });
  // Value and rule builders make objects inside the script; they never reach the spreadsheet.
  const calls = gas.calls().filter((c) => !m.isValueBuilderCall(c) && !isBuilderCall(c));
  const byMethod = new Map<string, number>();
  for (const c of calls) byMethod.set(c, (byMethod.get(c) ?? 0) + 1);
  const reads = calls.filter(isReadCall).length;
  return { counts: { reads, writes: calls.length - reads }, byMethod, byPurpose: callPurposes(calls) };
}

/** The shells' host calls on both workbooks, or null (with the reason) for a shell not ready. */
export async function hostCalls(small: BenchWorkbook, large: BenchWorkbook, today: string): Promise<{ calls: HostCalls; notes: HostCallNotes }> {
  const calls: HostCalls = { excel: null, appsScript: null };
  const notes: HostCallNotes = { excel: null, appsScript: null, excelChunkCells: null, appsScriptDiff: null };

  notes.excel = missing(FILES.excelHost, FILES.excelFake);
  if (notes.excel === null) {
    try {
      const m: ExcelModules = { ...load<ExcelModules>(FILES.excelHost), ...load<ExcelModules>(FILES.excelFake) };
      if (fs.existsSync(path.join(ROOT, FILES.excelRead))) notes.excelChunkCells = load<{ CHUNK_CELLS?: number }>(FILES.excelRead).CHUNK_CELLS ?? null;
      calls.excel = { small: await excelCalls(small, m, today), large: await excelCalls(large, m, today) };
    } catch (e) {
      notes.excel = `failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }

  notes.appsScript = missing(FILES.gasRuntime, FILES.gasWorkbooks, FILES.gasInspect, FILES.gasBundle);
  if (notes.appsScript === null) {
    try {
      const m: GasModules = { ...load<GasModules>(FILES.gasRuntime), ...load<GasModules>(FILES.gasWorkbooks), ...load<GasModules>(FILES.gasInspect) };
      const a = appsScriptCalls(small, m);
      const b = appsScriptCalls(large, m);
      const sample = appsScriptCalls({ sheets: m.sampleSheets() }, m);
      const byMethod: CallsByMethod = {};
      const order = [...sample.byMethod.keys()].sort((x, y) => Number(isReadCall(y)) - Number(isReadCall(x)) || x.localeCompare(y));
      for (const k of order) byMethod[k] = sample.byMethod.get(k)!;
      calls.appsScript = { small: a.counts, large: b.counts, sample: { ...sample.counts, byMethod, byPurpose: sample.byPurpose } };
      const diff = [...new Set([...a.byMethod.keys(), ...b.byMethod.keys()])]
        .filter((k) => a.byMethod.get(k) !== b.byMethod.get(k))
        .map((k) => `${k} ${a.byMethod.get(k) ?? 0}→${b.byMethod.get(k) ?? 0}`);
      notes.appsScriptDiff = diff.length ? diff.join(', ') : null;
    } catch (e) {
      notes.appsScript = `failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  return { calls, notes };
}
