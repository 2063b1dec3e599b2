// The shared vocabulary of the core: what a host hands over (the snapshot), what the reader makes
// of it (the parsed workbook), what rules report (findings) and what the engine returns (report).
// Data flows one way: host → snapshot → parsed workbook → findings → report → plan → host.

/** A whole day: the number of days since 1970-01-01 (day 0). Dates are compared as whole days. */
export type Day = number;

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Lang = 'fr' | 'en';

// ---------------------------------------------------------------------------------------------
// Snapshot: raw cell values as a host gives them.
// ---------------------------------------------------------------------------------------------

/**
 * A raw cell value. Hosts differ: Excel and .xlsx give date serials (numbers), Apps Script gives
 * `Date` objects, error cells arrive as their text (`#N/A`). Blank is null, undefined or ''.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetSnapshot {
  /** The sheet's name as written in the workbook. */
  name: string;
  /** rows[0] is sheet row 1, rows[r][0] is column A. Rows may be ragged. */
  rows: Cell[][];
}

export interface WorkbookSnapshot {
  /** The workbook's file or document name, for reports. */
  name?: string;
  sheets: SheetSnapshot[];
  /** Excel's 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
  /** IANA time zone in which `Date` values are read (default Africa/Bamako, UTC+0). */
  timeZone?: string;
}

// ---------------------------------------------------------------------------------------------
// Places and findings.
// ---------------------------------------------------------------------------------------------

/**
 * Where a finding points. sheet null: the workbook itself (a missing sheet). row null: the sheet
 * as a whole ("workbook anchor on Groupes"). col is 0-based (0 = column A).
 */
export interface Anchor {
  sheet: string | null;
  row: number | null;
  col: number | null;
}

export type MessageData = Record<string, string | number | string[]>;

export interface Waiver {
  /** The rule id as written, trimmed (may name no rule). */
  ruleId: string;
  /** The justification after ':', trimmed; null when none. */
  reason: string | null;
}

/** A finding as the engine returns it: plain data, text made at the edge in the chosen language. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  tdr: string;
  sheet: string | null;
  /** A1 address without the sheet; null for a workbook or sheet anchor. */
  cell: string | null;
  row: number | null;
  col: number | null;
  /** Groupes code of the group concerned, or null. */
  group: string | null;
  /** The GT it rolls up to (GT1..GT5 when canonical, else the workbook code), or null. */
  gt: string | null;
  messageId: string;
  data: MessageData;
  message: string;
  suggestion: string;
  waived: boolean;
  /** The waiver's justification ('' when the waiver has none); null when not waived. */
  waiver: string | null;
}

export type RuleStatus = 'passed' | 'failed' | 'skipped' | 'off';

export interface RuleSummary {
  ruleId: string;
  tdr: string;
  severity: SeverityOrOff;
  status: RuleStatus;
  evaluated: number;
  failed: number;
}

export interface GtSummary {
  gt: string;
  /** null when nothing was evaluated (n/a, never 100). */
  score: number | null;
  errors: number;
  warnings: number;
  evaluated: number;
  failed: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'tdr-check'; version: string };
  workbook: string;
  referenceDate: string;
  /** scope.md: the GT PTF in scope (`['GT2']`); absent when the workbook covers all five. */
  scope?: string[];
  language: Lang;
  findings: Finding[];
  rules: RuleSummary[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    waived: number;
    gts: GtSummary[];
    /** The whole workbook, items with a null gt included. */
    total: GtSummary;
  };
}
