// (Host side, outside the pane's bundle and its tsconfig.) From the core's Correspondances suggestions to the JSON the pane shows, and from the rows the
// user confirms to the host's write. Hosts call these on their side (Office.js in the task pane,
// Apps Script on the server), so the pane bundle never carries the core.

import type { Lang, SheetSnapshot, WorkbookSnapshot } from '../../core/types';
import { toolName } from '../../core/workbook/mapping';
import { planMappingWrite, type MappingWritePlan } from '../../core/workbook/mapping-write';
import { suggestMapping, type MappingSuggestions } from '../../core/workbook/suggest';
import type { PaneMappingRow, PaneMappingSuggestions } from '../host';

export function toPaneMapping(s: Pick<MappingSuggestions, 'columns' | 'values'> & { sheets?: MappingSuggestions['sheets'] }): PaneMappingSuggestions {
  const both = (f: (lang: Lang) => string) => ({ fr: f('fr'), en: f('en') });
  return {
    sheets: (s.sheets ?? []).map((x) => ({
      tool: x.tool,
      required: x.required,
      candidates: x.candidates.map((c) => c.name),
      proposed: x.proposed,
      // The pane swaps these in when the user picks another sheet (no second call to the host).
      alternatives: x.alternatives.map((a) => {
        const { columns, values } = toPaneMapping({ columns: a.columns, values: a.values });
        return { sheet: a.sheet, columns, values };
      }),
    })),
    columns: s.columns.map((x) => ({
      tool: x.tool,
      required: x.required,
      userSheet: x.userSheet,
      candidates: x.candidates.map((c) => c.name),
      proposed: x.proposed,
    })),
    values: s.values.map((x) => ({
      column: both((l) => toolName(x.sheet, x.field, null, l)),
      userSheet: x.userSheet,
      header: x.header,
      value: x.value,
      count: x.count,
      options: x.toolValues.map((v) => ({ label: { fr: v.fr, en: v.en }, tool: both((l) => toolName(x.sheet, x.field, v.value, l)) })),
      proposed: x.proposed === null ? null : x.toolValues.findIndex((v) => v.value === x.proposed),
    })),
  };
}

export function paneMappingSuggestions(snapshot: WorkbookSnapshot): PaneMappingSuggestions {
  return toPaneMapping(suggestMapping(snapshot));
}

/** Keeps only well-formed rows from the pane (it crosses google.script.run as untyped JSON). */
export function mappingWritePlan(sheets: readonly SheetSnapshot[], rows: unknown, language: unknown): MappingWritePlan {
  const lang: Lang = language === 'en' ? 'en' : 'fr';
  const list = Array.isArray(rows) ? rows : [];
  const clean: PaneMappingRow[] = list
    .filter((r): r is PaneMappingRow => !!r && typeof r === 'object' && ['item', 'tool', 'user'].every((k) => typeof (r as Record<string, unknown>)[k] === 'string'))
    .map((r) => ({ item: r.item, tool: r.tool, user: r.user }));
  return planMappingWrite(sheets, clean, lang);
}
