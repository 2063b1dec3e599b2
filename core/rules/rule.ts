// What a rule is (ESLint's model): metadata first, messages keyed by id in both languages, and a
// pure `check` that reports plain-data findings through its context. Severity lives in settings.

import type { Day, MessageData, Severity } from '../types';
import type { GroupRow, SheetKey, Workbook } from '../workbook/model';
import type { Settings } from '../settings';

export type Area = 'data' | 'structure' | 'membership' | 'calendar' | 'decisions' | 'documents';

export interface Text {
  fr: string;
  en: string;
}

/** Names of the settings a rule may read (it never reads one it did not declare). */
export type SettingName = Exclude<keyof Settings, 'severities'>;

export interface RuleReport {
  /** The item (group, row, meeting, month) this finding makes fail; see RuleContext.evaluate. */
  item: string;
  messageId: string;
  /** Facts for the message template. Dates as ISO strings (YYYY-MM-DD): shown per language. */
  data?: MessageData;
  /** Sheet name as written; null = workbook anchor (no sheet). */
  sheet: string | null;
  /** Sheet row (1-based); null = the sheet as a whole. */
  row: number | null;
  /** 0-based column; null with a null row. */
  col: number | null;
  /** The group concerned (its code and GT go into the finding), or null. */
  group: GroupRow | null;
}

export interface RuleContext {
  readonly workbook: Workbook;
  /** The reference date D as a whole day, and its year Y. */
  readonly today: Day;
  readonly year: number;
  /** A declared setting's value. */
  setting<K extends SettingName>(name: K): Settings[K];
  /**
   * Count one evaluated item. `key` must be unique within the rule (a row: `Membres!12`, a group:
   * its code, a month: `2026-03`); `group` gives the item's GT for the scores.
   */
  evaluate(key: string, group: GroupRow | null): void;
  /**
   * `evaluate(\`${sheet}!${row}\`, group)` for a row item (sheet as written, row 1-based), without
   * making or hashing the key: what the rules that walk a whole sheet call.
   */
  evaluateRow(sheet: string, row: number, group: GroupRow | null): void;
  /**
   * Count every data row of the input sheets as one evaluated item (key `Sheet!row`, group: the
   * row itself on Groupes, its resolved Groupe elsewhere). What the data/* rules evaluate; the
   * engine shares one set between them instead of a hundred thousand `evaluate` calls each.
   */
  evaluateRows(): void;
  report(finding: RuleReport): void;
  /**
   * scope.md: the reference GT in scope ('GT1'..'GT5'), null for all five. Unless the rule says
   * `handlesScope`, the engine drops what it evaluates or reports for a group out of scope.
   */
  readonly scope: ReadonlySet<string> | null;
  /** Whether a group is in scope (always true without a scope). */
  inScope(group: GroupRow | null): boolean;
  /**
   * Whether a column the rule needs exists. Call it when about to evaluate the first row that
   * needs the column (not before: a column is only required when some row would be evaluated).
   * When it returns false, stop: the engine reports data/missing-column once for that column.
   */
  hasColumn(sheet: SheetKey, field: string): boolean;
  /** Only for the 'waivers' phase: every waiver item of the workbook and whether it was used. */
  readonly waivers?: readonly WaiverItem[];
}

export interface WaiverItem {
  sheet: string;
  row: number;
  col: number;
  group: GroupRow | null;
  ruleId: string;
  reason: string | null;
  /** Names a rule of the catalogue. */
  known: boolean;
  /** That rule is switched off. */
  off: boolean;
  /** It matched at least one finding. */
  used: boolean;
}

export interface Rule {
  id: string;
  area: Area;
  /** TdR paragraph(s), as `II.4` or `II.4, IV.11`; '—' for the data rules that have none. */
  tdr: string;
  /** A short name, shown with each finding and in docs/rules.md. */
  title: Text;
  /**
   * The TdR's own words the rule enforces (presentation.md §3): French, exact, each passage in
   * « … » with `[…]` for cuts; tests/core/rules/catalogue.test.ts checks them against docs/tdr.txt.
   * Empty for the data rules, which keep the workbook readable and quote no paragraph.
   */
  quote: readonly string[];
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  description: Text;
  /** Message templates by id; `{name}` is replaced by data.name. */
  messages: Record<string, Text>;
  /** A one-line suggestion of what to do (per message id, or `default`). */
  suggestions: Record<string, Text>;
  /**
   * The required (`yes`) columns the rule cannot work without, by sheet. When a present sheet
   * lacks one, data/missing-column says so and the engine skips the rule (workbook.md: "the rules
   * that need it are skipped for that sheet"), rather than let it fire on every group.
   */
  requires?: Partial<Record<SheetKey, readonly string[]>>;
  /** Settings the rule reads. */
  settings?: SettingName[];
  /**
   * 'post' runs after the main rules (data/missing-column, which gathers the columns they asked
   * for); 'waivers' runs last, once waivers are applied (the three waiver rules, never waived).
   */
  phase?: 'main' | 'post' | 'waivers';
  /**
   * The rule looks at groups out of scope itself (structure/gt-set, gd-placement say they do not
   * belong here): the engine then passes everything it reports. The data/* rules always see every
   * row: an unreadable cell is unreadable whoever's group it is.
   */
  handlesScope?: boolean;
  check(context: RuleContext): void;
}
