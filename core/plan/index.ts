// From a report to the plan every host applies: highlights on the input sheets, the output sheets
// and the tool's old sheets to replace. Host-free: no clock (the caller gives `now`), no file, no
// host call.

import type { Report } from '../types';
import type { Parsed } from '../workbook/parse';
import { buildHighlights } from './highlights';
import { outputMessages } from './messages';
import { resolveNames, sheetsReplacedBy } from './sheet-names';
import { findingsSheet, summarySheet } from './sheets';
import { buildSummary } from './summary';
import { MARKER_FORMULA, type Plan, type PlanOptions } from './types';

export function buildPlan(report: Report, parsed: Parsed, options: PlanOptions): Plan {
  const lang = report.language;
  const t = outputMessages(lang);
  const summary = buildSummary({
    report,
    workbook: parsed.workbook,
    settings: parsed.settings,
    now: options.now,
    workbookName: options.workbookName,
  });
  const sheetsToDelete = sheetsReplacedBy(options.existingSheets, summary.month);
  const wanted = [
    { kind: 'findings' as const, baseName: t.findingsSheet },
    { kind: 'summary' as const, baseName: t.summarySheet(summary.month) },
  ];
  const [findingsName, summaryName] = resolveNames(wanted, options.existingSheets, sheetsToDelete);
  return {
    language: lang,
    markerFormula: MARKER_FORMULA,
    highlights: buildHighlights(report.findings),
    sheetsToDelete,
    sheets: [
      findingsSheet(report, wanted[0].baseName, findingsName),
      summarySheet(summary, wanted[1].baseName, summaryName, findingsName),
    ],
    summary,
  };
}

export { buildTemplatePlan } from './template';
export { buildHighlights, rectangles, chunk } from './highlights';
export { buildSummary } from './summary';
export { outputMessages, monthName, severityLabel, formatNumber } from './messages';
export { documentsText, formatTimestamp } from './sheets';
export * from './types';
