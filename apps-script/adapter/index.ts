// The SpreadsheetApp adapter: the three operations every host implements (outputs.md; style.md
// "a thin host shell"), each taking the spreadsheet as a parameter so tests drive them with a fake.
//
//   validate  read a snapshot (one getValues per input sheet) → core → plan → write the plan
//   clear     remove exactly the tool's conditional-format rules and the tool's sheets
//   template  add the missing input sheets
//
// The number of calls depends on the number of sheets and of the conditional-format rules already
// on them, never on the number of rows nor on which sheets have findings (see highlights.ts).

import { validateWorkbook, type ValidateOptions } from '../../core';
import { buildPlan, buildTemplatePlan, type Plan } from '../../core/plan';
import type { Lang, Report } from '../../core/types';
import { applyHighlights } from './highlights';
import { writeOutputSheet } from './output-sheets';
import { existingSheets, inputSheets, readWorkbook } from './read';
import { listSheets, type SheetEntry } from './sheets';
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
}

/**
 * Deletes sheets; Sheets refuses to delete the last one, so when nothing else would remain an
 * empty sheet is added first.
 */
function deleteSheets(ss: Spreadsheet, doomed: readonly SheetEntry[], total: number): void {
  if (doomed.length === 0) return;
  if (doomed.length >= total) ss.insertSheet();
  for (const e of doomed) ss.deleteSheet(e.sheet);
}

/** Reads, checks, and writes the whole plan: highlights, `Constats` and this month's summary. */
export function validateSpreadsheet(ss: Spreadsheet, run: ValidateRun): ValidateResult {
  const activeId = ss.getActiveSheet().getSheetId();
  const state = readWorkbook(ss);
  const options: ValidateOptions = { language: run.language, referenceDate: run.referenceDate };
  const { report, parsed } = validateWorkbook(state.snapshot, options);
  const plan = buildPlan(report, parsed, {
    now: run.now,
    workbookName: state.snapshot.name ?? '',
    existingSheets: existingSheets(state.sheets),
  });

  applyHighlights(state.sheets, state.inputs, plan.highlights);

  const replaced = new Set(plan.sheetsToDelete);
  const doomed = state.sheets.filter((e) => e.tool !== null && replaced.has(e.name));
  deleteSheets(ss, doomed, state.sheets.length);
  const remaining = state.sheets.filter((e) => !doomed.includes(e));
  const ids = new Map(remaining.map((e) => [e.name, e.id]));

  let index = ss.getNumSheets();
  const written = plan.sheets.map((out) => ({ kind: out.kind, sheet: writeOutputSheet(ss, out, index++, ids) }));

  // Adding a sheet activates it: go back to where the user was (to the new version of a sheet
  // of the tool that was replaced), unless the summary is wanted.
  const wasOn = state.sheets.find((e) => e.id === activeId);
  const shown = run.showSummary
    ? written.find((w) => w.kind === 'summary')?.sheet
    : wasOn && doomed.includes(wasOn)
      ? written.find((w) => w.kind === wasOn.tool)?.sheet
      : wasOn?.sheet;
  if (shown) ss.setActiveSheet(shown);
  return { report, plan };
}

export interface ClearResult {
  /** The tool's conditional-format rules removed. */
  rules: number;
  /** The tool's sheets deleted. */
  sheets: string[];
}

/** Removes exactly the tool's rules and sheets (outputs.md §1: "and nothing else"). */
export function clearSpreadsheet(ss: Spreadsheet): ClearResult {
  const sheets = listSheets(ss);
  const { removed } = applyHighlights(sheets, inputSheets(sheets), null);
  const doomed = sheets.filter((e) => e.tool !== null);
  deleteSheets(ss, doomed, sheets.length);
  return { rules: removed, sheets: doomed.map((e) => e.name) };
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
