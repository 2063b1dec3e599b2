// presentation.md §6: a Groupes column that no group has filled yet (a fresh template: the TdR
// groups are pre-filled, their Thématique, Résultats attendus and CPS are not) is said once by
// data/empty-sheet, with what to fill, in place of one finding per group from the rule that reads
// it. Only while the register has not started (its Membres sheet is there and still empty, as in a
// fresh template): once members are entered, rules.md's per-cell findings of structure/gt-theme
// and structure/gd-cps stand, and the scores count them. A column filled for some groups and blank
// for others keeps its per-group findings; so does a column with a single group to fill.

import type { Lang } from '../../types';
import type { WorkbookMapping } from '../../workbook/mapping';
import type { GroupRow, SheetKey, Workbook } from '../../workbook/model';
import { sheetSpec } from '../../workbook/schema';

export type EmptyColumnKey = 'theme' | 'results' | 'cps';

export interface EmptyColumn {
  field: EmptyColumnKey;
  /** The Groupes sheet as written, its header row and the column (0-based). */
  sheet: string;
  row: number;
  col: number;
  /** How many groups wait for this column. */
  groups: number;
}

const cache = new WeakMap<Workbook, EmptyColumn[]>();

/** The rows a column concerns: the GT PTF for the theme and results, standing dialogue groups for the CPS. */
function rowsOf(workbook: Workbook, field: EmptyColumnKey): GroupRow[] {
  const { index } = workbook;
  return field === 'cps' ? index.dialogueGroups.filter((g) => g.type === 'dialogue') : index.gts;
}

/** The Groupes columns there but blank on every one of (at least two) groups they concern. */
export function emptyGroupColumns(workbook: Workbook): EmptyColumn[] {
  let found = cache.get(workbook);
  if (found) return found;
  found = [];
  const groups = workbook.groups;
  const notStarted = workbook.members !== null && workbook.members !== undefined && workbook.members.rows.length === 0;
  if (groups && groups.headerRow !== null && notStarted) {
    for (const field of ['theme', 'results', 'cps'] as const) {
      const col = groups.columns[field];
      if (col === undefined) continue;
      const rows = rowsOf(workbook, field);
      // An unreadable cell is not blank: data/invalid-value or data/error-value reported it.
      if (rows.length < 2 || rows.some((g) => g[field] !== null || g.bad?.has(field))) continue;
      found.push({ field, sheet: groups.sheet, row: groups.headerRow, col, groups: rows.length });
    }
  }
  cache.set(workbook, found);
  return found;
}

/** Whether a Groupes column is wholly empty in that sense (its rule then reports nothing). */
export function isEmptyGroupColumn(workbook: Workbook, field: EmptyColumnKey): boolean {
  return emptyGroupColumns(workbook).some((c) => c.field === field);
}

/** The register's own header for a column when its Correspondances sheet maps one, else the tool's. */
export function columnLabel(mapping: WorkbookMapping | undefined, sheet: SheetKey, field: string, lang: Lang): string {
  const e = mapping?.entries.find((x) => x.item === 'column' && x.sheet === sheet && x.field === field);
  if (e) return e.user;
  const column = sheetSpec(sheet).columns.find((c) => c.field === field)!;
  return lang === 'fr' ? column.fr : column.en;
}
