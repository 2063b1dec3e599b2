// Runs the built `dist/apps-script/Code.js` the way Apps Script does: the file evaluated once in a
// single global scope that has the Apps Script services (here, the fakes) and nothing of Node's:
// no `require`, no `module`, no `process`, no `setTimeout`. Menu items and google.script.run then
// call its top-level functions by name.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { FakeCharts, FakeHtmlService, FakeLockService, FakeSession, FakeSpreadsheet, FakeSpreadsheetApp, type Runtime, type SpreadsheetModel } from './fake-sheets';

export const DIST = path.resolve(__dirname, '..', '..', 'dist', 'apps-script');
export const CODE_FILE = path.join(DIST, 'Code.js');

let cached: { code: string; script: vm.Script } | null = null;

/** The built bundle; a clear failure when the build has not run. */
export function bundleSource(): string {
  if (!fs.existsSync(CODE_FILE)) {
    throw new Error(`${CODE_FILE} is missing: run \`npm run build:apps-script\` (npm test builds it first).`);
  }
  return fs.readFileSync(CODE_FILE, 'utf8');
}

function compiled(): vm.Script {
  const code = bundleSource();
  if (!cached || cached.code !== code) cached = { code, script: new vm.Script(code, { filename: 'Code.js' }) };
  return cached.script;
}

export interface Gas {
  model: SpreadsheetModel;
  context: vm.Context;
  /** Calls a global function by name, as a menu item or google.script.run does. */
  run(name: string, ...args: unknown[]): unknown;
  /** The calls recorded since the last `resetCalls`. */
  calls(): string[];
  resetCalls(): void;
  /** The spreadsheet, as the script sees it (for tests that read it back through the fake). */
  spreadsheet(): FakeSpreadsheet;
}

export interface GasOptions {
  /** Fixes the script's clock (`new Date()`, `Date.now()`) at this ISO instant. */
  now?: string;
}

/** Makes the script's `new Date()` and `Date.now()` return `now`; other uses of Date unchanged. */
const FIXED_CLOCK = `(function (fixed) {
  var RealDate = Date;
  function FixedDate() {
    if (!new.target) return new RealDate(fixed).toString();
    return arguments.length === 0 ? new RealDate(fixed) : new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))();
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = function () { return fixed; };
  FixedDate.UTC = RealDate.UTC;
  FixedDate.parse = RealDate.parse;
  globalThis.Date = FixedDate;
})`;

/** Loads Code.js over a fake spreadsheet. */
export function loadGas(model: SpreadsheetModel, options: GasOptions = {}): Gas {
  const rt: Runtime = { model, date: (ms) => new Date(ms), htmlDir: DIST };
  const quiet = { log() {}, info() {}, warn() {}, error() {} };
  const context = vm.createContext({
    SpreadsheetApp: new FakeSpreadsheetApp(rt),
    Charts: new FakeCharts(),
    HtmlService: new FakeHtmlService(rt),
    Session: new FakeSession(rt),
    LockService: new FakeLockService(rt),
    Logger: { log() {} },
    console: quiet,
  });
  if (options.now !== undefined) {
    const fixed = Date.parse(options.now);
    if (Number.isNaN(fixed)) throw new Error(`loadGas: bad now ${options.now}`);
    (vm.runInContext(FIXED_CLOCK, context) as (ms: number) => void)(fixed);
  }
  // Dates handed to the script are of its realm, as Apps Script's are (`instanceof Date` holds).
  const ScriptDate = vm.runInContext('Date', context) as DateConstructor;
  rt.date = (ms) => new ScriptDate(ms);
  compiled().runInContext(context);
  const toScript = vm.runInContext('(json) => JSON.parse(json)', context) as (json: string) => unknown;
  return {
    model,
    context,
    run(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      // google.script.run passes arguments as JSON.
      const passed = args.map((a) => (a === undefined ? undefined : toScript(JSON.stringify(a))));
      // A trigger's event says under which authorisation it runs; the services obey it.
      const event = args[0] as { authMode?: unknown } | undefined;
      const mode = event && typeof event === 'object' && typeof event.authMode === 'string' ? event.authMode : 'FULL';
      model.authMode = mode as SpreadsheetModel['authMode'];
      try {
        return (fn as (...a: unknown[]) => unknown)(...passed);
      } finally {
        model.authMode = 'FULL';
      }
    },
    calls: () => model.calls.slice(),
    resetCalls() {
      model.calls.length = 0;
    },
    spreadsheet: () => new FakeSpreadsheet(rt),
  };
}

/**
 * What google.script.run hands to the page: only JSON values cross (a Date, a function or
 * `undefined` inside an object does not). Throws on anything else, then returns a JSON copy.
 */
export function acrossScriptRun<T>(value: T): T {
  const check = (v: unknown, where: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`${where}: ${v} is not JSON`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => check(x, `${where}[${i}]`));
      return;
    }
    if (typeof v === 'object' && Object.prototype.toString.call(v) === '[object Object]') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) check(x, `${where}.${k}`);
      return;
    }
    throw new Error(`${where}: ${Object.prototype.toString.call(v)} cannot cross google.script.run`);
  };
  check(value, 'result');
  return JSON.parse(JSON.stringify(value)) as T;
}
