// The contract between the pane (`ui/pane.ts`) and the spreadsheet it runs in.
//
// One pane serves two hosts: the Excel task pane (`excel-addin/src/excel-host.ts`, over Office.js)
// and the Google Sheets sidebar (the Apps Script project, over `google.script.run`). The pane only
// ever talks to a `PaneHost`; it never names Office, Excel, google or SpreadsheetApp.
//
// Rules for an implementation:
// - Everything that crosses the interface is plain JSON: strings, numbers, booleans, null, arrays
//   and objects. No Date (dates are ISO strings: `referenceDate` is `YYYY-MM-DD`, `generatedAt` an
//   ISO timestamp), no undefined, no class instances, so that Apps Script can hand a `PaneResult`
//   through `google.script.run` unchanged. `toPaneResult` (`ui/result.ts`) builds one from the
//   core's report and plan; both hosts use it.
// - `validate` reads the workbook, runs the core, applies the plan (highlights, `Constats`,
//   `Synthèse GEC AAAA-MM`) and resolves with the result. `summary` does the same, then shows the
//   summary sheet. A host that cannot report steps never calls `onProgress` (the pane then shows
//   an indeterminate bar); Apps Script cannot, Excel does.
// - `select` jumps to a cell (`cell` null: the sheet itself).
// - `clear` removes exactly the tool's highlight rules and sheets, except its history sheet
//   (`Historique`, the only record of past months), which it keeps unless `options.history` is
//   true; it names the history sheet it kept in `historyKept`. The pane asks for the history only
//   after the user has confirmed it; the ribbon's and the menu's Effacer never do
//   (presentation.md §1). `template` adds the missing input sheets in the given language.
// - A failure rejects with an Error (or, from Apps Script, anything with a `message`): the pane
//   shows that message as it is, so a host writes it in `displayLanguage` or the request's
//   language.
//
// In the Apps Script sidebar a host is a thin wrapper, for example:
//
//   const call = <T>(fn: string, ...args: unknown[]) => new Promise<T>((resolve, reject) =>
//     (google.script.run.withSuccessHandler(resolve).withFailureHandler(reject) as any)[fn](...args));
//   const host: PaneHost = {
//     displayLanguage: 'fr',
//     validate: (request) => call('tdrCheckValidate', request),
//     summary: (request) => call('tdrCheckSummary', request),
//     select: (sheet, cell) => call('tdrCheckSelect', sheet, cell),
//     clear: (options) => call('tdrCheckClear', options),
//     template: (language) => call('tdrCheckTemplate', language),
//   };
//   mountPane(document.getElementById('tdr-pane')!, host, { autorun: true });

export type PaneLang = 'fr' | 'en';
export type PaneSeverity = 'error' | 'warning' | 'info';
export type ProgressStep = 'read' | 'validate' | 'write';

export interface ValidateRequest {
  /** The language of messages and output sheets; null: as the workbook's Paramètres say (fr by default). */
  language: PaneLang | null;
}

/** One finding, as the JSON report of the command line gives it. */
export interface PaneFinding {
  ruleId: string;
  severity: PaneSeverity;
  /** TdR paragraph (`III.5`), or '' for data rules. */
  tdr: string;
  /** The sheet as written in the workbook; null for a workbook-level finding. */
  sheet: string | null;
  /** A1 address without the sheet; null for a workbook or sheet anchor. */
  cell: string | null;
  group: string | null;
  gt: string | null;
  message: string;
  suggestion: string;
  waived: boolean;
  /** The waiver's justification ('' when it has none); null when not waived. */
  waiver: string | null;
}

/** One row of the per-GT table. */
export interface PaneGt {
  /** GT1..GT5 (or the workbook's code), or 'total'. */
  gt: string;
  /** The GT's name, '' when unknown. */
  name: string;
  /** Compliance (%), null when nothing was evaluated (n/a). */
  score: number | null;
  errors: number;
  warnings: number;
}

/**
 * A sheet the host would not let the tool write (quality.md H4): the other sheets were done, and
 * nothing of this one was left half-written. `reason` is `protected` (a protected sheet the user
 * may not edit, or a protected workbook structure) or `refused` (any other refusal, `detail`
 * holding the host's own words); the pane says it in its language.
 */
export interface SkippedSheet {
  sheet: string;
  reason: 'protected' | 'refused';
  detail: string;
}

export interface PaneResult {
  language: PaneLang;
  workbook: string;
  /** YYYY-MM-DD. */
  referenceDate: string;
  /** scope.md: the GT in scope (`['GT2']`); absent for all five. */
  scope?: string[];
  /** ISO timestamp of the run. */
  generatedAt: string;
  counts: { errors: number; warnings: number; infos: number; waived: number };
  gts: PaneGt[];
  total: PaneGt;
  /** Sorted as the core sorts them (severity, then place); waived ones included. */
  findings: PaneFinding[];
  /** The output sheets written, or null when the host wrote none. */
  sheets: { findings: string; summary: string; history?: string } | null;
  /** Sheets the host refused to let the tool write (highlights or output sheets). */
  skipped: SkippedSheet[];
  /**
   * The rules the findings name: title in both languages and the TdR's words (presentation.md
   * §3), sent once per rule rather than with every finding.
   */
  rules?: Record<string, { title: { fr: string; en: string }; quote: string }>;
}

export interface ClearResult {
  /** Highlight rules removed. */
  rules: number;
  /** Tool sheets removed. */
  sheets: string[];
  /** Sheets the host refused to let the tool clear. */
  skipped?: SkippedSheet[];
  /** The tool's history sheet, kept because the history was not asked to go; null or absent: none kept. */
  historyKept?: string | null;
}

/** What `clear` removes besides the highlights and the tool's other sheets. */
export interface ClearOptions {
  /** The month-by-month history sheet too (asked explicitly, and confirmed, in the pane). */
  history: boolean;
}

export interface TemplateResult {
  /** Input sheets added (empty: nothing was missing). */
  sheets: string[];
}

/** scope.md, Consolider: a coordinator's `.xlsx` picked in the pane (read there, sent nowhere). */
export interface PaneFile {
  name: string;
  data: ArrayBuffer;
}

/** One line of the Consolider progress: a file read and checked, or refused. */
export interface ConsolidateProgress {
  file: string;
  status: 'checked' | 'failed';
  /** checked: its scope ('' for all five), errors and warnings; failed: why, in the request's language. */
  scope: string;
  errors: number;
  warnings: number;
  reason: string;
}

export interface ConsolidateWorkbook {
  file: string;
  scope: string;
  referenceDate: string;
  errors: number;
  warnings: number;
  score: number | null;
}

export interface ConsolidateResult {
  language: PaneLang;
  workbooks: ConsolidateWorkbook[];
  /** The consolidated pass's findings (each naming its file, '' when none holds its cell). */
  findings: (PaneFinding & { workbook: string })[];
  /** One row per reference GT, from the workbook that covers it ('' when none). */
  gts: (PaneGt & { workbook: string })[];
  total: PaneGt;
  /** The consolidated sheets written into the open workbook (tool-owned: Clear removes them). */
  sheets: string[];
  /** The rules the findings name, as PaneResult.rules (consolidation rules included). */
  rules?: PaneResult['rules'];
}

/**
 * The Correspondances assistant's choices (core/workbook/suggest.ts as plain JSON, `ui/host-side/mapping.ts`):
 * for each tool sheet or column not found, the workbook's candidates, best first; for each unknown
 * word of an enumeration column, the tool's values. Tool names are given in both languages, as a
 * Correspondances row writes them (`Membres › Rôle › Dialogue Leader`).
 */
export interface PaneMappingSuggestions {
  sheets: {
    tool: { fr: string; en: string };
    required: boolean;
    candidates: string[];
    proposed: string | null;
    /** For each other candidate: its columns and values, shown when the user picks it instead. */
    alternatives?: { sheet: string; columns: PaneMappingSuggestions['columns']; values: PaneMappingSuggestions['values'] }[];
  }[];
  columns: {
    tool: { fr: string; en: string };
    required: boolean;
    userSheet: string;
    candidates: string[];
    proposed: string | null;
  }[];
  values: {
    /** The tool's column (`Membres › Rôle`). */
    column: { fr: string; en: string };
    userSheet: string;
    header: string;
    value: string;
    count: number;
    /** The tool's values: `label` to show, `tool` the full name a row writes. */
    options: { label: { fr: string; en: string }; tool: { fr: string; en: string } }[];
    /** Index into `options`, or null. */
    proposed: number | null;
  }[];
}

/** One confirmed correspondence, in the words the Correspondances sheet takes. */
export interface PaneMappingRow {
  item: string;
  tool: string;
  user: string;
}

export interface WriteMappingResult {
  /** The Correspondances sheet written (new or existing). */
  sheet: string;
  /** Rows added (rows already in the sheet are not written again). */
  added: number;
}

export interface PaneHost {
  /** The host's interface language, for the pane's first paint. */
  readonly displayLanguage: PaneLang;
  /**
   * Consolider (scope.md): checks the picked workbooks in the page, consolidates them and writes
   * the consolidated sheets into the open workbook. A host without it shows no Consolider.
   */
  consolidate?(files: PaneFile[], request: ValidateRequest, onFile?: (progress: ConsolidateProgress) => void): Promise<ConsolidateResult>;
  validate(request: ValidateRequest, onProgress?: (step: ProgressStep) => void): Promise<PaneResult>;
  summary(request: ValidateRequest, onProgress?: (step: ProgressStep) => void): Promise<PaneResult>;
  select(sheet: string, cell: string | null): Promise<void>;
  /** Without options, or with `history: false`, the history sheet stays. */
  clear(options?: ClearOptions): Promise<ClearResult>;
  template(language: PaneLang): Promise<TemplateResult>;
  /** The Correspondances assistant (both or neither): suggestions, then writing the confirmed rows. */
  suggestMapping?(): Promise<PaneMappingSuggestions>;
  writeMapping?(rows: PaneMappingRow[], language: PaneLang): Promise<WriteMappingResult>;
}
