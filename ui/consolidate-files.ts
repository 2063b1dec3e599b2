// Consolider's page side, shared by the Excel task pane and the Google Sheets sidebar (scope.md):
// the picked `.xlsx` files are read in the page by the command line's reader and checked by the
// core, each with its own scope, one progress line per file; nothing is sent anywhere. Only the
// hosts that consolidate import this module (it carries the core and the reader; the pane itself
// does not).

import { validateWorkbook } from '../core';
import { consolidate, type ConsolidationMember } from '../core/consolidate';
import type { Lang } from '../core/types';
import { ruleText } from '../core/rules/index';
import { readXlsx, XlsxError } from '../cli/xlsx/read-bytes';
import type { ConsolidateProgress, ConsolidateResult, PaneFile, ValidateRequest } from './host';

export interface ConsolidateEnvironment {
  displayLanguage: Lang;
  now?: () => Date;
  today?: string;
  yieldToUi?: () => Promise<void>;
}

const UNREADABLE = {
  fr: (file: string) => `${file} n'a pas pu être lu : rien n'a été écrit.`,
  en: (file: string) => `${file} could not be read: nothing was written.`,
};

/** Reads and checks each file (a progress line each), then consolidates: host-free, shared. */
export async function checkFiles(
  files: readonly PaneFile[],
  request: ValidateRequest,
  env: ConsolidateEnvironment,
  onFile?: (p: ConsolidateProgress) => void,
): Promise<{ members: ConsolidationMember[]; language: Lang }> {
  const lang = request.language ?? env.displayLanguage;
  const members: ConsolidationMember[] = [];
  for (const f of files) {
    await (env.yieldToUi ?? (() => Promise.resolve()))();
    let member: ConsolidationMember;
    try {
      const snapshot = readXlsx(new Uint8Array(f.data), f.name);
      snapshot.name = f.name;
      member = { file: f.name, ...validateWorkbook(snapshot, { language: request.language ?? undefined, today: env.today }) };
    } catch (e) {
      const reason = e instanceof XlsxError ? e.messages[lang] : String((e as Error)?.message ?? e);
      onFile?.({ file: f.name, status: 'failed', scope: '', errors: 0, warnings: 0, reason });
      throw new Error(UNREADABLE[lang](f.name));
    }
    const s = member.report.summary;
    onFile?.({ file: f.name, status: 'checked', scope: (member.report.scope ?? []).join(', '), errors: s.errors, warnings: s.warnings, reason: '' });
    members.push(member);
  }
  return { members, language: request.language ?? members[0]?.report.language ?? env.displayLanguage };
}

export function toConsolidateResult(
  members: readonly ConsolidationMember[],
  consolidation: ReturnType<typeof consolidate>,
  sheets: string[],
  language: Lang,
): ConsolidateResult {
  return {
    language,
    workbooks: members.map((m) => ({
      file: m.file,
      scope: (m.report.scope ?? []).join(', '),
      referenceDate: m.report.referenceDate,
      errors: m.report.summary.errors,
      warnings: m.report.summary.warnings,
      score: m.report.summary.total.score,
    })),
    findings: consolidation.findings.map((f) => ({
      ruleId: f.ruleId, severity: f.severity, tdr: f.tdr, sheet: f.sheet, cell: f.cell, group: f.group, gt: f.gt,
      message: f.message, suggestion: f.suggestion, waived: f.waived, waiver: f.waiver, workbook: f.workbook ?? '',
    })),
    gts: consolidation.summary.gts.map((g) => ({
      gt: g.gt, name: '', score: g.score, errors: g.errors, warnings: g.warnings, workbook: g.workbook ?? '',
    })),
    total: { gt: 'total', name: '', ...pick(consolidation.summary.total) },
    sheets,
    rules: ruleTexts(consolidation.findings.map((f) => f.ruleId)),
  };
}

/** presentation.md §3: each named rule's title (both languages) and TdR words, once per rule. */
function ruleTexts(ids: readonly string[]): NonNullable<ConsolidateResult['rules']> {
  const out: NonNullable<ConsolidateResult['rules']> = {};
  for (const id of ids) {
    if (out[id]) continue;
    out[id] = { title: { fr: ruleText(id, 'fr').title, en: ruleText(id, 'en').title }, quote: ruleText(id, 'fr').quote };
  }
  return out;
}

function pick(t: { score: number | null; errors: number; warnings: number }) {
  return { score: t.score, errors: t.errors, warnings: t.warnings };
}
