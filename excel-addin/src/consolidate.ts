// Consolider in the Excel task pane (scope.md): the picked `.xlsx` files are read and checked in
// the page (ui/consolidate-files.ts), consolidated, and the consolidated sheets are written into
// the open workbook as tool-owned sheets (Clear removes them like the others). Nothing is sent
// anywhere. A file that cannot be read is named and nothing is written.

import { consolidate } from '../../core/consolidate';
import { buildConsolidatedPlan } from '../../core/plan/consolidated';
import type { ConsolidateProgress, ConsolidateResult, PaneFile, ValidateRequest } from '../../ui/host';
import { checkFiles, toConsolidateResult, type ConsolidateEnvironment } from '../../ui/consolidate-files';
import { applyPlan } from './office/apply';
import type { XlContext } from './office/excel-api';
import { readWorkbook } from './office/read';

export async function consolidateInExcel(
  ctx: XlContext,
  env: ConsolidateEnvironment,
  files: readonly PaneFile[],
  request: ValidateRequest,
  onFile?: (p: ConsolidateProgress) => void,
): Promise<ConsolidateResult> {
  const { members, language } = await checkFiles(files, request, env, onFile);
  const consolidation = consolidate(members, language);
  const read = await readWorkbook(ctx);
  const now = (env.now ?? (() => new Date()))().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const plan = buildConsolidatedPlan({
    members, consolidation, language, now,
    existingSheets: read.sheets.map((s) => ({ name: s.name, ownedByTool: s.ownedByTool })),
  });
  // The open workbook's highlights (from its own Vérifier) stay: only sheets are written.
  const keepHighlights = { ...read, sheets: read.sheets.map((s) => ({ ...s, toolRules: [] })) };
  await applyPlan(
    ctx,
    { language, markerFormula: 'ISTEXT("tdr-check")', highlights: [], sheetsToDelete: plan.sheetsToDelete, sheets: plan.sheets, summary: plan.summary },
    keepHighlights,
  );
  return toConsolidateResult(members, consolidation, plan.sheets.map((s) => s.name), language);
}

