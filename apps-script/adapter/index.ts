// The SpreadsheetApp adapter: the three operations every host implements (outputs.md; style.md
// "a thin host shell"), each taking the spreadsheet as a parameter so tests drive them with a fake.
//
//   validate  read a snapshot (one bulk read per input sheet) → core → plan → write the plan
//   clear     remove exactly the tool's conditional-format rules and the tool's sheets
//   template  add the missing input sheets
//
// The number of calls depends on the number of sheets and of the conditional-format rules already
// on them, never on the number of rows nor on which sheets have findings (see highlights.ts).

import { validateWorkbook, type ValidateOptions } from '../../core';
import { buildPlan, historySheetName, type ExistingSheet, type OutputSheet, type Plan } from '../../core/plan';
import { buildTemplatePlan } from '../../core/plan/template';
import type { Lang, Report } from '../../core/types';
import type { SkippedSheet } from '../../ui/host';
import { applyHighlights } from './highlights';
import { refusal } from './refusal';
import { writeOutputSheet } from './output-sheets';
import { existingSheets, inputSheets, readWorkbook } from './read';
import { listSheets, MARK_KEY, rulesMarkValue, surveySheets, type SheetEntry } from './sheets';
import { applyTemplate } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ValidateRun {
  /** The language of messages and outputs; when absent, Paramètres then French decide. */
  language?: Lang;
  /** YYYY-MM-DD; when absent, Paramètres then today decide. */
  referenceDate?: string;
  /** Show the GEC summary afterwards; otherwise the sheet the user was on stays active. */
  showSummary?: boolean;
  /** When the plan is made (ISO timestamp). */
  now: string;
}

export interface ValidateResult {
  report: Report;
  plan: Plan;
  /** Sheets Sheets refused to let the tool write; the others were done (quality.md H4). */
  skipped: SkippedSheet[];
}

/**
 * Deletes sheets; Sheets refuses to delete the last one, so when nothing else would remain an
 * empty sheet is added first. A sheet Sheets refuses to delete (protected) stays, and is returned
 * among the refusals.
 */
function deleteSheets(ss: Spreadsheet, doomed: readonly SheetEntry[], total: number): SkippedSheet[] {
  const refused: SkippedSheet[] = [];
  if (doomed.length === 0) return refused;
  if (doomed.length >= total) ss.insertSheet();
  for (const e of doomed) {
    try {
      ss.deleteSheet(e.sheet);
    } catch (err) {
      refused.push(refusal(e.name, err));
    }
  }
  return refused;
}

/** The sheets there are after `deleteSheets`: the blank one it adds when all were doomed counts. */
function sheetsLeft(total: number, doomed: number, refused: number): number {
  return total - doomed + refused + (doomed > 0 && doomed >= total ? 1 : 0);
}

/** Reads, checks, and writes the whole plan: highlights, `Constats` and this month's summary. */
export function validateSpreadsheet(ss: Spreadsheet, run: ValidateRun): ValidateResult {
  // The sheet the user is on; its id is asked only when a sheet of the tool is replaced (it may be
  // that one): otherwise the same sheet is shown again.
  const active = ss.getActiveSheet();
  const state = readWorkbook(ss);
  const options: ValidateOptions = { language: run.language, referenceDate: run.referenceDate };
  const { report, parsed } = validateWorkbook(state.snapshot, options);
  const plan = buildPlan(report, parsed, {
    now: run.now,
    workbookName: state.snapshot.name ?? '',
    existingSheets: existingSheets(state.sheets),
    // The month-by-month history, from the tool's own sheet (its dates are Dates in the
    // spreadsheet's zone).
    history: state.history,
    historyDates: { date1904: false, timeZone: state.snapshot.timeZone ?? 'Africa/Bamako' },
  });

  // The rules mark (sheets.ts): a first one goes before any rule is written, so that from then on
  // the tool's rules are looked for; an earlier one is brought up to date afterwards, a sheet
  // Sheets refused to write keeping what it said.
  const rulesMark = state.rulesMark;
  const highlighted = applyHighlights(state.sheets, state.inputs, plan.highlights, state.knownRules, (planned) => {
    if (!rulesMark) ss.addDeveloperMetadata(MARK_KEY, rulesMarkValue(planned), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  });
  if (rulesMark) {
    const counts = new Map([...state.knownRules.counts].filter(([id]) => state.sheets.some((e) => e.id === id)));
    for (const [id, c] of highlighted.written) counts.set(id, c);
    rulesMark.setValue(rulesMarkValue(counts));
  }
  const skipped = highlighted.skipped;

  const replaced = new Set(plan.sheetsToDelete);
  const doomed = state.sheets.filter((e) => e.tool !== null && replaced.has(e.name));
  const activeId = doomed.length > 0 && !run.showSummary ? active.getSheetId() : null;
  const kept = deleteSheets(ss, doomed, state.sheets.length);
  skipped.push(...kept);
  const stillThere = new Set(kept.map((k) => k.sheet));
  const remaining = state.sheets.filter((e) => !doomed.includes(e) || stillThere.has(e.name));
  const ids = new Map(remaining.map((e) => [e.name, e.id]));

  // Each output sheet on its own: one whose old version could not be deleted is not written (its
  // name is taken); one that Sheets refuses halfway is removed again, so nothing is left
  // half-written, and the next one is still written. New sheets go at the end: after the sheets
  // left, counted here rather than asked.
  let index = sheetsLeft(state.sheets.length, doomed.length, kept.length);
  const written: { kind: string; sheet: GoogleAppsScript.Spreadsheet.Sheet }[] = [];
  for (const out of plan.sheets) {
    if (stillThere.has(out.name)) continue;
    try {
      written.push({ kind: out.kind, sheet: writeOutputSheet(ss, out, index, ids) });
      index++;
    } catch (err) {
      skipped.push(refusal(out.name, err));
      ids.delete(out.name);
      const partial = ss.getSheetByName(out.name);
      if (partial && !remaining.some((e) => e.id === partial.getSheetId())) ss.deleteSheet(partial);
    }
  }

  // Adding a sheet activates it: go back to where the user was (to the new version of a sheet
  // of the tool that was replaced), unless the summary is wanted.
  const wasOn = activeId === null ? undefined : state.sheets.find((e) => e.id === activeId);
  const shown = run.showSummary
    ? written.find((w) => w.kind === 'summary')?.sheet
    : wasOn && doomed.includes(wasOn)
      ? written.find((w) => w.kind === wasOn.tool)?.sheet
      : (wasOn?.sheet ?? active);
  if (shown) ss.setActiveSheet(shown);
  return { report, plan, skipped };
}

/** The sheets of the spreadsheet as the plan builders see them (Consolider names its sheets). */
export function sheetNames(ss: Spreadsheet): ExistingSheet[] {
  return existingSheets(listSheets(ss));
}

/**
 * Writes output sheets made elsewhere (Consolider's, built in the sidebar from the picked files):
 * the tool's sheets named in `sheetsToDelete` go, then each sheet is added at the end. A sheet
 * of the user's with one of the names (made since the names were chosen) is never touched: the
 * run stops instead, and nothing is written.
 */
export function writeSheets(ss: Spreadsheet, sheets: readonly OutputSheet[], sheetsToDelete: readonly string[]): string[] {
  const activeId = ss.getActiveSheet().getSheetId();
  const state = listSheets(ss);
  const replaced = new Set(sheetsToDelete);
  const doomed = state.filter((e) => e.tool !== null && replaced.has(e.name));
  const remaining = state.filter((e) => !doomed.includes(e));
  const lower = (s: string) => s.toLocaleLowerCase('en-US');
  const clash = sheets.find((s) => remaining.some((e) => lower(e.name) === lower(s.name)));
  if (clash) throw new Error(`sheet exists: ${clash.name}`);
  const refused = deleteSheets(ss, doomed, state.length);
  const ids = new Map(remaining.map((e) => [e.name, e.id]));
  let index = sheetsLeft(state.length, doomed.length, refused.length);
  for (const out of sheets) writeOutputSheet(ss, out, index++, ids);
  const wasOn = remaining.find((e) => e.id === activeId);
  if (wasOn) ss.setActiveSheet(wasOn.sheet);
  return sheets.map((s) => s.name);
}

export interface ClearResult {
  /** The tool's conditional-format rules removed. */
  rules: number;
  /** The tool's sheets deleted. */
  sheets: string[];
  /** Sheets Sheets refused to let the tool clear (protected); the others were cleared. */
  skipped: SkippedSheet[];
  /** The history sheet left in place (not asked to clear it), or null. */
  historyKept: string | null;
}

/**
 * Removes exactly the tool's rules and sheets (outputs.md §1: "and nothing else"), its history
 * sheet only when `history` is asked (presentation.md §1: the only record of past months).
 */
export function clearSpreadsheet(ss: Spreadsheet, options: { history?: boolean } = {}): ClearResult {
  const survey = surveySheets(ss);
  const sheets = survey.sheets;
  // Every rule looked into, whatever the marks say: clearing is also how a rule of the tool that
  // came in with a copied sheet goes.
  const highlights = applyHighlights(sheets, inputSheets(sheets), null);
  const historyKept = options.history ? null : historySheetName(existingSheets(sheets));
  const doomed = sheets.filter((e) => e.tool !== null && e.name !== historyKept);
  const kept = deleteSheets(ss, doomed, sheets.length);
  // No rule of the tool left anywhere: the next validation need not look for them.
  if (highlights.skipped.length === 0) for (const md of survey.rulesMarks) md.remove();
  const notDeleted = new Set(kept.map((k) => k.sheet));
  return {
    rules: highlights.removed,
    sheets: doomed.map((e) => e.name).filter((n) => !notDeleted.has(n)),
    skipped: [...highlights.skipped, ...kept],
    historyKept,
  };
}

export interface TemplateResult {
  /** The input sheets added (none: nothing was missing). */
  sheets: string[];
}

export function addTemplate(ss: Spreadsheet, lang: Lang): TemplateResult {
  const sheets = listSheets(ss);
  const plan = buildTemplatePlan(lang, existingSheets(sheets));
  const created = applyTemplate(ss, plan, sheets.length);
  if (created.length > 0) ss.setActiveSheet(created[0]);
  return { sheets: plan.sheets.map((s) => s.name) };
}

/** Shows a cell of the workbook (a finding's anchor). False when the sheet is gone. */
export function selectCell(ss: Spreadsheet, sheetName: string, cell: string | null): boolean {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return false;
  if (cell) sheet.getRange(cell).activate();
  else sheet.activate();
  return true;
}
