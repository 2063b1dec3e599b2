// The Excel side of the pane: `PaneHost` over Office.js. Each operation runs in one `Excel.run`
// and is the same sequence every host follows: read a snapshot, run the core, build the plan,
// apply it. The ribbon's function commands (commands.ts) use the same host.

import { validateWorkbook } from '../../core';
import { buildPlan } from '../../core/plan';
import type { Plan } from '../../core/plan/types';
import type { Lang, Report } from '../../core/types';
import type {
  ClearOptions,
  ClearResult,
  ConsolidateProgress,
  ConsolidateResult,
  PaneFile,
  PaneHost,
  PaneLang,
  PaneMappingRow,
  PaneMappingSuggestions,
  PaneResult,
  ProgressStep,
  SkippedSheet,
  TemplateResult,
  ValidateRequest,
  WriteMappingResult,
} from '../../ui/host';
import { toPaneResult } from '../../ui/result';
import { applyPlan, type ApplyOptions } from './office/apply';
import { clearTool } from './office/clear';
import type { XlContext } from './office/excel-api';
import { readWorkbook } from './office/read';
import { selectCell } from './office/select';

export interface ExcelEnvironment {
  /** `Excel.run` in the add-in; the fake's `run` in tests. */
  run<T>(batch: (ctx: XlContext) => Promise<T>): Promise<T>;
  displayLanguage: PaneLang;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** YYYY-MM-DD used as "today" when the workbook sets no reference date (tests fix it). */
  today?: string;
  /** Lets the pane repaint between steps (a macrotask in the browser). */
  yieldToUi?: () => Promise<void>;
}

export interface ValidationRun {
  report: Report;
  plan: Plan;
  generatedAt: string;
  /** Sheets Excel would not let the tool write (quality.md H4). */
  skipped: SkippedSheet[];
}

/** ISO timestamp to the second, as the summary sheet shows it. */
function timestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Read, validate, plan and apply in one request context. */
export async function validateInExcel(
  ctx: XlContext,
  env: Pick<ExcelEnvironment, 'now' | 'today' | 'yieldToUi'>,
  request: ValidateRequest,
  apply: ApplyOptions = {},
  onProgress?: (step: ProgressStep) => void,
): Promise<ValidationRun> {
  const pause = env.yieldToUi ?? (() => Promise.resolve());
  onProgress?.('read');
  await pause();
  const read = await readWorkbook(ctx);
  onProgress?.('validate');
  await pause();
  const { report, parsed } = validateWorkbook(read.snapshot, {
    language: request.language ?? undefined,
    today: env.today,
  });
  const generatedAt = timestamp((env.now ?? (() => new Date()))());
  const plan = buildPlan(report, parsed, {
    now: generatedAt,
    workbookName: read.workbookName,
    existingSheets: read.sheets.map((s) => ({ name: s.name, ownedByTool: s.ownedByTool })),
    // The month-by-month history lives in the workbook's own tool sheet, read with the rest.
    history: read.history ?? [],
  });
  onProgress?.('write');
  await pause();
  const { skipped } = await applyPlan(ctx, plan, read, apply);
  return { report, plan, generatedAt, skipped };
}

export class ExcelPaneHost implements PaneHost {
  constructor(private readonly env: ExcelEnvironment) {}

  get displayLanguage(): PaneLang {
    return this.env.displayLanguage;
  }

  validate(request: ValidateRequest, onProgress?: (step: ProgressStep) => void): Promise<PaneResult> {
    return this.run(request, {}, onProgress);
  }

  summary(request: ValidateRequest, onProgress?: (step: ProgressStep) => void): Promise<PaneResult> {
    return this.run(request, { show: 'summary' }, onProgress);
  }

  select(sheet: string, cell: string | null): Promise<void> {
    return this.env.run((ctx) => selectCell(ctx, sheet, cell));
  }

  clear(options: ClearOptions = { history: false }): Promise<ClearResult> {
    return this.env.run((ctx) => clearTool(ctx, { history: options.history === true }));
  }

  async consolidate(files: PaneFile[], request: ValidateRequest, onFile?: (p: ConsolidateProgress) => void): Promise<ConsolidateResult> {
    // Loaded when the secretariat consolidates: the .xlsx reader and the consolidated plan stay
    // out of the pane's first script (quality.md P5), and out of the ribbon commands' script.
    const { consolidateInExcel } = await import(/* webpackChunkName: "consolidate" */ './consolidate');
    return this.env.run((ctx) => consolidateInExcel(ctx, this.env, files, request, onFile));
  }

  async template(language: Lang): Promise<TemplateResult> {
    // Loaded when asked for: the template's tables and its Lisez-moi text stay out of the pane's
    // and the ribbon commands' first script (quality.md P5).
    const { applyTemplate } = await import(/* webpackChunkName: "template" */ './office/template');
    const sheets = await this.env.run((ctx) => applyTemplate(ctx, language));
    return { sheets };
  }

  suggestMapping(): Promise<PaneMappingSuggestions> {
    // Loaded on demand: the suggestions stay out of the pane's and the commands' first script (P5).
    return import('./office/mapping').then((m) => this.env.run((ctx) => m.suggestInExcel(ctx)));
  }

  writeMapping(rows: PaneMappingRow[], language: PaneLang): Promise<WriteMappingResult> {
    return import('./office/mapping').then((m) => this.env.run((ctx) => m.writeMappingInExcel(ctx, rows, language)));
  }

  private async run(request: ValidateRequest, apply: ApplyOptions, onProgress?: (step: ProgressStep) => void): Promise<PaneResult> {
    const r = await this.env.run((ctx) => validateInExcel(ctx, this.env, request, apply, onProgress));
    // The pane speaks the user's display language, whatever the language of the sheets.
    return toPaneResult(r.report, r.plan, r.generatedAt, { displayLanguage: this.env.displayLanguage, skipped: r.skipped });
  }
}
