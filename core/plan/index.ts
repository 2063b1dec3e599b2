// From a report to the plan every host applies: highlights on the input sheets, the output sheets
// and the tool's old sheets to replace. Host-free: no clock (the caller gives `now`), no file, no
// host call.

import type { Report } from '../types';
import type { Parsed } from '../workbook/parse';
import { buildHighlights } from './highlights';
import { outputMessages } from './messages';
import { buildTrend, currentRows, mergeHistory, readHistory } from './history';
import { resolveNames, sheetsReplacedBy } from './sheet-names';
import { findingsSheet, historySheet, summarySheet } from './sheets';
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
  // The history: kept only when the host read it (options.history), this month's rows replaced.
  const keepsHistory = options.history !== undefined;
  const scope = summary.gts.map((g) => g.gt).join(', ');
  const history = keepsHistory
    ? mergeHistory(options.clearHistory ? [] : readHistory(options.history, options.historyDates), currentRows(summary, scope), summary.month)
    : [];
  summary.trend = keepsHistory ? buildTrend(history, summary.month, summary.gts.map((g) => g.gt)) : null;
  const sheetsToDelete = sheetsReplacedBy(options.existingSheets, summary.month, keepsHistory);
  const wanted = [
    { kind: 'findings' as const, baseName: t.findingsSheet },
    { kind: 'summary' as const, baseName: t.summarySheet(summary.month) },
    ...(keepsHistory ? [{ kind: 'history' as const, baseName: t.historySheet }] : []),
  ];
  const [findingsName, summaryName, historyName] = resolveNames(wanted, options.existingSheets, sheetsToDelete);
  const sheets = [findingsSheet(report, wanted[0].baseName, findingsName), summarySheet(summary, wanted[1].baseName, summaryName, findingsName)];
  if (keepsHistory) sheets.push(historySheet(history, lang, wanted[2].baseName, historyName));
  return {
    language: lang,
    markerFormula: MARKER_FORMULA,
    highlights: buildHighlights(report.findings),
    sheetsToDelete,
    sheets,
    summary,
  };
}

export { buildHighlights, rectangles, chunk } from './highlights';
export { buildSummary } from './summary';
export { historySheetName, isHistoryName } from './sheet-names';
export { formatChange, readHistory, TREND_MONTHS } from './history';
export { outputMessages, monthName, severityLabel, formatNumber } from './messages';
export { documentsText, formatTimestamp } from './sheets';
export * from './types';
