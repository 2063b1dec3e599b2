// The plan: everything a host writes, computed once from the report, as plain data. The Excel
// add-in, the Apps Script project and the command line's .xlsx writer all apply this same plan;
// only their calls differ. Nothing here names a host API.

import type { Cell, Lang, Severity } from '../types';

/** The text the tool's conditional-format formulas carry, to find its own rules again. */
export const TOOL_MARKER = 'tdr-check';
/** Always true, and recognisable: the formula of every highlight rule (without the leading `=`). */
export const MARKER_FORMULA = `ISTEXT("${TOOL_MARKER}")`;

/** Fill colours of the highlights (outputs.md §1). */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  error: '#F4CCCC',
  warning: '#FCE8B2',
  info: '#CFE2F3',
};

/** The worst non-waived finding of a GT: what colours its bar (presentation.md §1). */
export type Worst = 'error' | 'warning' | 'none';

/** Bar colours of the compliance chart, in every shell and the HTML report alike. */
export const CHART_COLOURS: Readonly<Record<Worst, string>> = {
  error: '#CC0000',
  warning: '#E69138',
  none: '#6AA84F',
};

/** The worst finding a GT line counts. */
export function worstOf(line: { errors: number; warnings: number }): Worst {
  return line.errors > 0 ? 'error' : line.warnings > 0 ? 'warning' : 'none';
}

/**
 * Excel refuses a conditional format whose address string reaches 8,192 characters; chunks stay
 * under this many characters, comma-joined.
 */
export const MAX_RANGE_CHARS = 8000;

/**
 * Excel on the web refuses a conditional format whose range has hundreds of areas long before the
 * address reaches 8,192 characters (quality.md H5); chunks hold fewer than this many ranges.
 */
export const MAX_RANGE_AREAS = 500;

/** One conditional-format rule: a fill on a union of ranges of one input sheet. */
export interface Highlight {
  /** The input sheet, as its name is written in the workbook. */
  sheet: string;
  severity: Severity;
  /** `#F4CCCC`, `#FCE8B2` or `#CFE2F3`. */
  colour: string;
  /** A1 ranges (`F12`, `B3:D9`): fewer than MAX_RANGE_AREAS; comma-joined under MAX_RANGE_CHARS. */
  ranges: string[];
}

/**
 * A cell of an output sheet. A string is ALWAYS text: hosts write it so that nothing in it can
 * become a formula or be reinterpreted (`=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(A1)`, `3/5`):
 * an inline string in .xlsx, a text number format or an escape in Excel and Sheets (S1).
 * `{ date }` is a whole day (ISO `YYYY-MM-DD`), written as the host's date value with
 * `OutputSheet.dateFormat`.
 */
export type PlanCell = string | number | boolean | null | PlanDate;

export interface PlanDate {
  date: string;
}

/** A cell that jumps to another place of the workbook. */
export interface PlanLink {
  /** 0-based row and column of the cell that carries the link (in `rows`). */
  row: number;
  col: number;
  /** The sheet to jump to, as written, and the A1 cell there. */
  sheet: string;
  cell: string;
  /** scope.md: a consolidated output links into the source file (`fichier.xlsx#'Membres'!F12`). */
  file?: string;
}

/**
 * The compliance bar chart (presentation.md §1): axis 0–100, each bar coloured by its GT's worst
 * finding, data labels with the score.
 */
export interface ChartSpec {
  title: string;
  /** GT1..GT5. */
  categories: string[];
  /** Compliance (%) per category; null when nothing was evaluated. */
  values: (number | null)[];
  /** The fill of each bar (`#RRGGBB`, from CHART_COLOURS), by category. */
  colours: string[];
  /** Where the data sits on the sheet (A1 ranges), for hosts that chart a range. */
  categoriesRange: string;
  valuesRange: string;
  /** The top-left cell where the chart goes, and the cell its bottom-right corner reaches. */
  anchor: string;
  end: string;
}

/** How an output sheet prints (presentation.md §1): A4 landscape, one page wide. */
export interface PrintSetup {
  orientation: 'landscape';
  paper: 'A4';
  /** Scaled to one page wide, as many pages tall as needed. */
  fitToWidth: true;
  /** 0-based first and last rows repeated at the top of every page, or null. */
  titleRows: [number, number] | null;
}

export type OutputKind = 'findings' | 'summary' | 'history';

export interface OutputSheet {
  kind: OutputKind;
  /** The name the tool wants (`Constats`, `Synthèse GEC 2026-11`). */
  baseName: string;
  /** The name to write: the base name, or `<base> (2)` when a user's sheet holds it (R5). */
  name: string;
  /** rows[0] is sheet row 1, rows[r][0] column A. */
  rows: PlanCell[][];
  links: PlanLink[];
  /** Rows frozen at the top (0: none). */
  frozenRows: number;
  /** Widths in characters by 0-based column. */
  columnWidths: number[];
  /** 0-based rows written as a title (large bold), as a table header (bold, shaded), in bold. */
  titleRows: number[];
  headerRows: number[];
  boldRows: number[];
  /** Number format of `{ date }` cells: `dd/mm/yyyy` (fr) or `yyyy-mm-dd` (en). */
  dateFormat: string;
  /** A1 range of a filter over a table (header row included), or null. */
  autoFilter: string | null;
  /** The compliance chart, for hosts that draw one; null on other sheets. */
  chart: ChartSpec | null;
  /** The 12-month line chart, when there are two months or more to draw; else null. */
  trendChart: TrendChartSpec | null;
  /** 0-based columns whose text cells wrap (headers always wrap). */
  wrapColumns: number[];
  print: PrintSetup;
}

/** What the host knows of the workbook's sheets before writing. */
export interface ExistingSheet {
  name: string;
  /** Carries the tool's mark: the tool made it and may replace or delete it. */
  ownedByTool: boolean;
}

export type DocumentStatus = 'present' | 'missing' | 'na';

/** One row of the per-GT table of the GEC summary (outputs.md §2.2). */
export interface GtLine {
  /** GT1..GT5, or 'total'. */
  gt: string;
  /** The workbook's name for the GT (its Groupes `Nom`), else the reference name; '' for total. */
  name: string;
  /** Where the GT's row is (its `Nom` cell), for links; null when the workbook has none. */
  anchor: { sheet: string; cell: string; workbook?: string } | null;
  dialogueGroups: number;
  activePartners: number;
  /** The current `Coordination - en exercice` PTF, as written. */
  leads: string[];
  /** The earliest `Fin mandat` among them (ISO), or null. */
  leadEnd: string | null;
  /** The latest held `Coordination GT` on or before D (ISO), or null. */
  lastCoordination: string | null;
  /** Held meetings of the GT and its dialogue groups dated in [D − 30, D]. */
  meetingsHeld: number;
  /** Mean attendance (%) of the held GT-run meetings dated in [D − 90, D]; null when none. */
  participation: number | null;
  /** Dialogue groups with a valid Nexus focal point, out of the GT's dialogue groups. */
  nexusValid: number;
  nexusTotal: number;
  /** TdR (year ≥ Y − 1), work plan (Y), annual report (Y − 1); null on the total row. */
  documents: { tdr: DocumentStatus; workPlan: DocumentStatus; annualReport: DocumentStatus } | null;
  /** Documents over the GTs (total row only). */
  documentCounts: { present: number; missing: number; na: number } | null;
  errors: number;
  warnings: number;
  /** What the score counts: items evaluated and items failed (errors and warnings). */
  evaluated: number;
  failed: number;
  /** Compliance (%), or null (n/a). */
  score: number | null;
}

export interface AttentionItem {
  /** A consolidated summary's: the file the item comes from. */
  workbook?: string;
  severity: Severity;
  gt: string | null;
  group: string | null;
  ruleId: string;
  message: string;
  sheet: string | null;
  cell: string | null;
}

export interface RotationItem {
  workbook?: string;
  gt: string;
  partner: string;
  /** ISO. */
  end: string;
  /** end − D in days (negative: overdue). */
  daysLeft: number;
  /** The incoming coordination's PTF, as written. */
  incoming: string[];
  sheet: string;
  cell: string;
}

export interface UpcomingMeeting {
  workbook?: string;
  date: string;
  /** `HH:MM`, or ''. */
  time: string;
  /** The meeting type in the report's language. */
  type: string;
  group: string;
  status: string;
  sheet: string;
  cell: string;
}

export interface OverdueDecision {
  workbook?: string;
  due: string;
  daysLate: number;
  group: string;
  decision: string;
  owner: string;
  sheet: string;
  cell: string;
}

/** The compliance month by month (presentation.md §1), from the history sheet. */
export interface Trend {
  /** `YYYY-MM`, oldest first: the last 12 months with history, the summary's month included. */
  months: string[];
  /** The latest month before the summary's, or null. */
  previousMonth: string | null;
  gts: {
    gt: string;
    /** Score per month of `months` (null: none that month). */
    scores: (number | null)[];
    /** Points gained (or lost, negative) since `previousMonth`; null when either is missing. */
    change: number | null;
  }[];
}

/** The 12-month line chart: one line per GT over the months. */
export interface TrendChartSpec {
  title: string;
  /** `YYYY-MM` and the header cells holding them. */
  months: string[];
  monthsRange: string;
  series: { name: string; nameCell: string; values: (number | null)[]; range: string; colour: string }[];
  anchor: string;
  end: string;
}

/** The GEC summary's content (outputs.md §2), for sheets and the HTML report alike. */
export interface GecSummary {
  language: Lang;
  /** `YYYY-MM`: the month of D. */
  month: string;
  title: string;
  referenceDate: string;
  /** scope.md: the GT in scope, absent for all five (the table then has only those GT). */
  scope?: string[];
  workbook: string;
  /** When it was made, as the caller gave it (ISO timestamp). */
  generatedAt: string;
  gts: GtLine[];
  total: GtLine;
  attention: AttentionItem[];
  /** Errors and warnings left out of `attention` (at most 15 are listed). */
  moreAttention: number;
  rotations: RotationItem[];
  upcomingMeetings: UpcomingMeeting[];
  /** null when the workbook has no Décisions sheet. */
  overdueDecisions: OverdueDecision[] | null;
  /** The month-by-month compliance, when the host read the history (else null). */
  trend: Trend | null;
}

export interface Plan {
  language: Lang;
  /** The marker formula of the highlight rules (no leading `=`). */
  markerFormula: string;
  /** One entry per conditional-format rule to add; previous rules carrying the marker go first. */
  highlights: Highlight[];
  /** Tool-owned sheets to delete before writing (its old findings sheet, this month's summary). */
  sheetsToDelete: string[];
  /** Sheets to add, in order, after the existing ones. */
  sheets: OutputSheet[];
  summary: GecSummary;
}

export interface PlanOptions {
  /** When the plan is made, ISO timestamp (`2026-11-15T10:32:00Z`): the core reads no clock. */
  now: string;
  /** The workbook's file or document name. */
  workbookName: string;
  /** The workbook's sheets as they are now, with the tool's mark. */
  existingSheets: ExistingSheet[];
  /**
   * The rows of the tool's history sheet as they are now (`historySource` finds them), [] when
   * there is none. Undefined: the host does not keep a history, and the plan leaves it alone.
   */
  history?: Cell[][];
  /** Start the history again from this run (`--clear-history`). */
  clearHistory?: boolean;
  /** How the host gives dates back in the history sheet (date system, time zone); default 1900, Bamako. */
  historyDates?: { date1904: boolean; timeZone: string };
}

/** A sheet of the template (outputs.md §3). */
export interface TemplateSheet {
  key: string;
  name: string;
  /** Header row first. */
  rows: PlanCell[][];
  frozenRows: number;
  columnWidths: number[];
  /** 0-based columns holding dates / times. */
  dateColumns: number[];
  timeColumns: number[];
  dateFormat: string;
  /**
   * Drop-down lists on a column (from row 2 to `lastRow`): literal items, or the cells of another
   * sheet's column (`Groupes` codes).
   */
  validations: TemplateValidation[];
  /** Sheet row (1-based) where the drop-downs stop. */
  lastRow: number;
  /** How the sheet prints, when the template sets it (Lisez-moi: one A4 page); absent: the host's default. */
  print?: TemplatePrint;
}

/** A4 portrait, scaled to fit one page wide and one page tall (presentation.md §6, "in a page"). */
export interface TemplatePrint {
  paper: 'A4';
  orientation: 'portrait';
  fitToOnePage: true;
}

/**
 * A literal list (blocking in the .xlsx, as Excel does by default), or the cells of another
 * sheet's column from `firstRow` to `lastRow` (default: row 2 to the sheet's `lastRow`). A list
 * from a sheet only warns: the user may type a partner or group before adding it to its sheet.
 */
export type TemplateValidation =
  | { col: number; list: string[] }
  | { col: number; source: { sheet: string; col: number; firstRow?: number; lastRow?: number } };

export interface TemplatePlan {
  language: Lang;
  /** The input sheets to add, in workbook order (those already present are left out). */
  sheets: TemplateSheet[];
}
