// The command line on several workbooks (scope.md, "Consolidation"): every workbook read first
// (one that cannot be read is named in one line, exit 2, nothing written), each checked on its
// own with its own scope, then the consolidated pass; outputs made in memory, then written whole.

import * as fs from 'fs';
import * as path from 'path';
import { TOOL_VERSION, validateWorkbook } from '../core';
import { consolidate, hasErrors, type Consolidation, type ConsolidationMember } from '../core/consolidate';
import { buildConsolidatedPlan, consolidatedReferenceDate, consolidationWords, type ConsolidatedPlan } from '../core/plan/consolidated';
import { formatNumber, outputMessages, severityLabel } from '../core/plan/messages';
import type { Lang, Report } from '../core/types';
import type { CliOptions } from './args';
import { findingObject, reportObject } from './json-report';
import { formatTerminal } from './terminal';
import { cliText } from './text';
import { renderHtml } from './html/report';
import { newXlsxWithSheets } from './xlsx/annotate';
import { readFileBytes, readXlsx, XlsxError } from './xlsx/read';

export interface ConsolidateIo {
  stdout: (s: string) => void;
  colour: boolean;
  today?: string;
  now?: string;
}

/** The workbooks named: files as given, folders as their `.xlsx` files in name order. */
export function expandInputs(inputs: readonly string[]): { files: string[]; folder: boolean } {
  const files: string[] = [];
  let folder = false;
  for (const input of inputs) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = null; // missing: the reader names it
    }
    if (stat?.isDirectory()) {
      folder = true;
      const names = fs
        .readdirSync(input)
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')) // ~$: Excel's lock files
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      files.push(...names.map((n) => path.join(input, n)));
    } else files.push(input);
  }
  return { files, folder };
}

export interface ConsolidatedRun {
  members: ConsolidationMember[];
  consolidation: Consolidation;
  language: Lang;
}

/** Reads and checks every workbook (reading all of them before checking any), then consolidates. */
export function checkAll(files: readonly string[], options: CliOptions, today?: string): ConsolidatedRun {
  const snapshots = files.map((f) => {
    const name = path.basename(f);
    try {
      const snapshot = readXlsx(readFileBytes(f), name);
      snapshot.name = name;
      return snapshot;
    } catch (e) {
      // Among several, the one line names the file.
      if (e instanceof XlsxError && !e.messages.fr.includes(name)) {
        throw new XlsxError(e.code, { fr: `${name} : ${e.messages.fr}`, en: `${name}: ${e.messages.en}` }, name, e.detail);
      }
      throw e;
    }
  });
  const members: ConsolidationMember[] = snapshots.map((snapshot) => ({
    file: snapshot.name!,
    ...validateWorkbook(snapshot, {
      referenceDate: options.date ?? undefined,
      language: options.lang ?? undefined,
      today,
    }),
  }));
  const language = options.lang ?? members[0].report.language;
  return { members, consolidation: consolidate(members, language), language };
}

/** The consolidated JSON (scope.md): the single-workbook shape per workbook, then the pass. */
export function consolidatedJson(run: ConsolidatedRun): string {
  const { members, consolidation, language } = run;
  const out = {
    schemaVersion: 1,
    tool: { name: 'tdr-check', version: TOOL_VERSION },
    referenceDate: consolidatedReferenceDate(members),
    language,
    workbooks: members.map((m) => reportObject(m.report, m.file)),
    consolidated: {
      findings: consolidation.findings.map((f) => findingObject(f, f.workbook)),
      rules: consolidation.rules.map((r) => ({
        ruleId: r.ruleId, tdr: r.tdr, severity: r.severity, status: r.status, evaluated: r.evaluated, failed: r.failed,
      })),
      summary: {
        errors: consolidation.summary.errors,
        warnings: consolidation.summary.warnings,
        infos: consolidation.summary.infos,
        waived: consolidation.summary.waived,
        gts: consolidation.summary.gts.map((g) => ({
          gt: g.gt, workbook: g.workbook, score: g.score, errors: g.errors, warnings: g.warnings,
        })),
      },
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * A new workbook (never a copy of an input): Synthèse GEC, Constats, Classeurs. `target` turns a
 * file name into the link's target: the source file's path from the output's folder, so that the
 * links open it wherever the output is written.
 */
export function consolidatedXlsx(plan: ConsolidatedPlan, target: (file: string) => string = (f) => f): Uint8Array {
  const sheets = plan.sheets.map((s) => ({
    ...s,
    links: s.links.map((l) => (l.file ? { ...l, file: target(l.file) } : l)),
  }));
  return newXlsxWithSheets(sheets);
}

/** The HTML report over all workbooks: a report-shaped view of the consolidated plan. */
export function consolidatedHtml(run: ConsolidatedRun, plan: ConsolidatedPlan): string {
  const { consolidation, language, members } = run;
  const s = consolidation.summary;
  const all = plan.findings;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'tdr-check', version: TOOL_VERSION },
    workbook: plan.summary.workbook,
    referenceDate: plan.summary.referenceDate,
    language,
    // The place names the file: `coordination-gt2.xlsx › Membres`.
    findings: all.map((f) => ({ ...f, sheet: f.workbook ? (f.sheet ? `${f.workbook} › ${f.sheet}` : f.workbook) : f.sheet })),
    rules: plan.rules,
    summary: {
      errors: all.filter((f) => !f.waived && f.severity === 'error').length,
      warnings: all.filter((f) => !f.waived && f.severity === 'warning').length,
      infos: all.filter((f) => !f.waived && f.severity === 'info').length,
      waived: all.filter((f) => f.waived).length,
      gts: s.gts,
      total: s.total,
    },
  };
  void members;
  return renderHtml(report, {
    language, markerFormula: '', highlights: [], sheetsToDelete: [], sheets: plan.sheets, summary: plan.summary,
  });
}

/** The terminal: each workbook as today, under its file name, then the consolidated pass. */
export function consolidatedTerminal(run: ConsolidatedRun, colour: boolean): string {
  const { members, consolidation, language: lang } = run;
  const t = outputMessages(lang);
  const w = consolidationWords(lang);
  const bold = (s: string) => (colour ? `\x1b[1m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const m of members) {
    out.push(bold(`━━ ${m.file}`), '');
    out.push(formatTerminal(m.report, colour, m.parsed.workbook.sheetOrder));
  }
  out.push(bold(`━━ ${w.consolidation} (${w.workbooks(members.length)})`), '');
  if (consolidation.findings.length === 0) out.push(t.noFindings);
  for (const f of consolidation.findings) {
    const where = f.workbook ? `${f.workbook}${f.sheet ? ` › ${f.sheet}${f.cell ? `!${f.cell}` : ''}` : ''}` : '—';
    out.push(`  ${where}  ${severityLabel(f.severity, lang)}  ${f.message}  ${f.ruleId}`);
  }
  out.push('', bold(t.gtTableTitle));
  for (const g of consolidation.summary.gts) {
    const score = g.score === null ? t.notApplicable : `${formatNumber(g.score, lang)} %`;
    out.push(`  ${g.gt}  ${score.padStart(7)}  ${g.workbook ?? '—'}`);
  }
  const s = consolidation.summary.total;
  out.push(
    '',
    cliText(lang, 'consolidatedTotals', {
      errors: s.errors,
      warnings: s.warnings,
      workbooks: members.length,
      score: s.score === null ? t.notApplicable : `${formatNumber(s.score, lang)} %`,
    }),
  );
  return out.join('\n') + '\n';
}

export function consolidatedExitCode(run: ConsolidatedRun, options: CliOptions): number {
  if (hasErrors(run.members, run.consolidation)) return 1;
  const warnings = run.members.reduce((a, m) => a + m.report.summary.warnings, run.consolidation.summary.warnings);
  if (options.maxWarnings !== null && warnings > options.maxWarnings) return 1;
  return 0;
}

export { buildConsolidatedPlan };
