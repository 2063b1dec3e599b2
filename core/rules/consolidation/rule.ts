// A consolidation rule (scope.md, "Consolidation"): the same model as a workbook rule (metadata,
// messages in both languages, a pure check reporting plain data), over several workbooks checked
// one by one, seen as one partnership. Findings carry the workbook that holds their cell.

import type { MessageData, Severity } from '../../types';
import type { Settings } from '../../settings';
import type { GroupRow, Workbook } from '../../workbook/model';
import type { Text } from '../rule';

/** One workbook of the consolidation: its file name and what its own check read. */
export interface ConsolidatedWorkbook {
  /** The file name (`coordination-gt2.xlsx`): what findings name. */
  name: string;
  workbook: Workbook;
  settings: Settings;
}

export interface ConsolidationReport {
  /** The item this finding makes fail (a GT code, a group key, a partner key). */
  item: string;
  messageId: string;
  data?: MessageData;
  /** Index (in argument order) of the workbook that holds the cell; null: no workbook does. */
  workbook: number | null;
  sheet: string | null;
  row: number | null;
  col: number | null;
  group: GroupRow | null;
}

export interface ConsolidationContext {
  readonly workbooks: readonly ConsolidatedWorkbook[];
  /** Count one evaluated item (a key counted once). */
  evaluate(key: string): void;
  report(finding: ConsolidationReport): void;
}

export interface ConsolidationRule {
  id: string;
  area: 'consolidation';
  tdr: string;
  /** A short name, shown with each finding and in docs/rules.md (as Rule.title). */
  title: Text;
  /**
   * The TdR's own words the rule enforces (as Rule.quote): French, exact, each passage in « … »
   * with `[…]` for cuts; tests/core/rules/catalogue.test.ts checks them against docs/tdr.txt.
   */
  quote: readonly string[];
  defaultSeverity: Severity;
  description: Text;
  messages: Record<string, Text>;
  suggestions: Record<string, Text>;
  check(context: ConsolidationContext): void;
}
