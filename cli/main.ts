// tdr-check: the command line over the core. Reads an .xlsx, validates it, prints the findings,
// writes the requested reports. Exit codes: 0 no error finding, 1 error findings (or more
// warnings than --max-warnings), 2 the tool could not run (one line on standard error).

import * as fs from 'fs';
import * as path from 'path';
import { TOOL_VERSION, validateWorkbook } from '../core';
import type { Lang } from '../core/types';
import { guessLanguage, parseArgs, UsageError, type CliOptions } from './args';
import { jsonReport } from './json-report';
import { formatTerminal } from './terminal';
import { cliText, type CliTextKey } from './text';
import { buildPlan, historySheetName } from '../core/plan';
import { renderHtml } from './html/report';
import { annotateXlsx, listSheets } from './xlsx/annotate';
import { readFileBytes, readXlsx, XlsxError } from './xlsx/read';
import { templateXlsx } from './xlsx/template';
import { writeFileAtomic } from './xlsx/write';
import {
  buildConsolidatedPlan,
  checkAll,
  consolidatedExitCode,
  consolidatedHtml,
  consolidatedJson,
  consolidatedTerminal,
  consolidatedXlsx,
  expandInputs,
} from './consolidate';
import { suggestionText } from './suggest-mapping';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** The terminal's width in characters (tests fix it); the output is not wrapped without one. */
  columns?: number;
  /** "Today" for a run without --date or a Paramètres reference date (tests fix it). */
  today?: string;
  /** The time the outputs are made, ISO (tests fix it); the clock otherwise. */
  now?: string;
}

const processIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});

/** A failure the user can act on: one line, exit 2. */
class ToolError extends Error {
  constructor(readonly line: string) {
    super(line);
  }
}

export function main(argv: readonly string[], io: Io = processIo()): number {
  let lang: Lang = guessLanguage(argv, io.env);
  try {
    const options = parseArgs(argv);
    if (options.lang) lang = options.lang;
    if (options.help) {
      io.stdout(cliText(lang, 'usage') + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout(`tdr-check ${TOOL_VERSION}\n`);
      return 0;
    }
    if (options.template) {
      // The template needs no workbook: write it, then exit.
      write(options.template, templateXlsx(lang), lang);
      if (!options.quiet) io.stdout(cliText(lang, 'wrote', { file: options.template }) + '\n');
      return 0;
    }
    return run(options, lang, io);
  } catch (e) {
    if (e instanceof UsageError) io.stderr(e.text(lang) + '\n');
    else if (e instanceof XlsxError) io.stderr(e.messages[lang] + '\n');
    else if (e instanceof ToolError) io.stderr(e.line + '\n');
    else {
      if (io.env.TDR_CHECK_DEBUG) io.stderr(String((e as Error)?.stack ?? e) + '\n');
      io.stderr(cliText(lang, 'internal', { reason: String((e as Error)?.message ?? e) }) + '\n');
    }
    return 2;
  }
}

function run(options: CliOptions, lang: Lang, io: Io): number {
  if (options.workbook === null) throw new UsageError('noWorkbook');
  // scope.md: several workbooks, or a folder of them, are consolidated.
  const { files, folder } = expandInputs(options.workbooks);
  if (files.length === 0) throw new ToolError(cliText(lang, 'noXlsxInFolder', { folder: options.workbook }));
  // The Correspondances suggestions are for one register at a time.
  if (options.suggestMapping && (files.length > 1 || folder)) throw new UsageError('suggestOneWorkbook', { files: options.workbooks.join(' ') });
  if (files.length > 1 || folder) return runConsolidated(files, options, lang, io);
  const input = path.resolve(options.workbook);
  if (!/\.xls[xm]$/i.test(input) && fs.existsSync(input) && fs.statSync(input).isFile()) {
    throw new UsageError('notXlsxName', { file: options.workbook });
  }
  for (const out of [options.json, options.out, options.html]) {
    if (out && out !== '-' && path.resolve(out) === input) throw new UsageError('sameFile', { file: out });
  }

  let bytes: Uint8Array;
  let snapshot: ReturnType<typeof readXlsx>;
  try {
    bytes = readFileBytes(input);
    snapshot = readXlsx(bytes, path.basename(input));
  } catch (e) {
    // presentation.md §5: the one-line error names the file, as the user typed it.
    if (e instanceof XlsxError) throw new ToolError(cliText(lang, 'readFailed', { file: options.workbook, reason: e.messages[lang] }));
    throw e;
  }
  snapshot.name = path.basename(input);
  if (options.suggestMapping) {
    const out = suggestionText(snapshot, lang);
    io.stdout(out.stdout);
    if (!options.quiet) io.stderr(out.stderr);
    return 0;
  }
  const { report, parsed } = validateWorkbook(snapshot, {
    referenceDate: options.date ?? undefined,
    language: options.lang ?? undefined,
    today: io.today,
    scope: options.scope ?? undefined,
  });

  // Every output is made in memory first, then written whole (temporary file, then rename).
  const writes: { file: string; data: Uint8Array }[] = [];
  if (options.json && options.json !== '-') writes.push({ file: options.json, data: utf8(jsonReport(report)) });
  if (options.out || options.html) {
    const existingSheets = listSheets(bytes);
    // The history lives in the workbook's own tool-owned sheet, read with the rest.
    const historyName = historySheetName(existingSheets);
    const plan = buildPlan(report, parsed, {
      now: io.now ?? new Date().toISOString(),
      workbookName: snapshot.name,
      existingSheets,
      history: snapshot.sheets.find((s) => s.name === historyName)?.rows ?? [],
      clearHistory: options.clearHistory,
    });
    if (options.out) writes.push({ file: options.out, data: annotateXlsx(bytes, plan) });
    if (options.html) writes.push({ file: options.html, data: utf8(renderHtml(report, plan)) });
  }
  for (const w of writes) write(w.file, w.data, lang);

  if (options.json === '-') io.stdout(jsonReport(report));
  else if (!options.quiet) {
    const colour = io.isTTY && !io.env.NO_COLOR;
    const width = io.columns ?? (io.isTTY ? process.stdout.columns : undefined);
    io.stdout(formatTerminal(report, colour, snapshot.sheets.map((x) => x.name), { width, verbose: options.verbose }));
    for (const w of writes) io.stdout(cliText(report.language, 'wrote', { file: w.file }) + '\n');
  }

  const s = report.summary;
  if (s.errors > 0) return 1;
  if (options.maxWarnings !== null && s.warnings > options.maxWarnings) {
    if (!options.quiet && options.json !== '-') {
      io.stdout(cliText(report.language, 'tooManyWarnings', { warnings: s.warnings, max: options.maxWarnings }) + '\n');
    }
    return 1;
  }
  return 0;
}

function runConsolidated(files: string[], options: CliOptions, lang: Lang, io: Io): number {
  if (options.scope) throw new UsageError('scopeWithSeveral');
  const inputs = new Set<string>();
  for (const f of files) {
    if (inputs.has(path.resolve(f))) throw new UsageError('sameWorkbookTwice', { file: f });
    inputs.add(path.resolve(f));
  }
  for (const out of [options.json, options.out, options.html]) {
    if (out && out !== '-' && inputs.has(path.resolve(out))) throw new UsageError('sameFile', { file: out });
  }
  // Every workbook is read and checked before anything is written: an unreadable one stops the run.
  const run = checkAll(files, options, io.today);
  const writes: { file: string; data: Uint8Array }[] = [];
  if (options.json && options.json !== '-') writes.push({ file: options.json, data: utf8(consolidatedJson(run)) });
  if (options.out || options.html) {
    const plan = buildConsolidatedPlan({ ...run, now: io.now ?? new Date().toISOString() });
    if (options.out) {
      const from = path.dirname(path.resolve(options.out));
      const byName = new Map(files.map((f) => [path.basename(f), path.relative(from, path.resolve(f)).split(path.sep).join('/')]));
      writes.push({ file: options.out, data: consolidatedXlsx(plan, (f) => byName.get(f) ?? f) });
    }
    if (options.html) writes.push({ file: options.html, data: utf8(consolidatedHtml(run, plan)) });
  }
  for (const w of writes) write(w.file, w.data, lang);
  if (options.json === '-') io.stdout(consolidatedJson(run));
  else if (!options.quiet) {
    io.stdout(consolidatedTerminal(run, io.isTTY && !io.env.NO_COLOR));
    for (const w of writes) io.stdout(cliText(run.language, 'wrote', { file: w.file }) + '\n');
  }
  return consolidatedExitCode(run, options);
}

function write(file: string, data: Uint8Array, lang: Lang): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileAtomic(file, data);
  } catch (e) {
    throw new ToolError(cliText(lang, 'writeFailed', { file, reason: cliText(lang, fsReason(e)) }));
  }
}

/** Node's error code in plain words (presentation.md §5: no EEXIST in front of the user). */
export function fsReason(e: unknown): CliTextKey {
  switch ((e as NodeJS.ErrnoException | null)?.code) {
    case 'EEXIST':
      return 'fsExists';
    case 'ENOTDIR':
      return 'fsNotDir';
    case 'ENOENT':
      return 'fsNoEnt';
    case 'EACCES':
    case 'EPERM':
      return 'fsDenied';
    case 'EISDIR':
      return 'fsIsDir';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'fsFull';
    case 'EROFS':
      return 'fsReadOnly';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'fsBusy';
    default:
      return 'fsOther';
  }
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
