// Reading the fake spreadsheet back in tests: sheets, values, the tool's rules, a digest of the
// whole state to compare two runs, and call histograms.

import { MARKER_FORMULA } from '../../core/plan';
import type { CellModel, RuleModel, SheetModel, SpreadsheetModel } from './fake-sheets';

export function sheetNamed(model: SpreadsheetModel, name: string): SheetModel {
  const s = model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; sheets: ${model.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

export function isToolRule(rule: RuleModel): boolean {
  return rule.criteria === 'CUSTOM_FORMULA' && rule.values[0] === `=${MARKER_FORMULA}`;
}

/** Sheets carrying the tool's developer metadata. */
export function markedSheets(model: SpreadsheetModel): SheetModel[] {
  return model.sheets.filter((s) => s.metadata.some((m) => m.key === 'tdr-check'));
}

/** The values of a sheet, trimmed to the used area ('' for blanks). */
export function valuesOf(sheet: SheetModel): (string | number | boolean)[][] {
  let rows = 0;
  let cols = 0;
  sheet.cells.forEach((row, r) =>
    row?.forEach((c, ci) => {
      if (c && c.value !== '') {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, ci + 1);
      }
    }),
  );
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c < cols; c++) {
      const v = sheet.cells[r]?.[c]?.value ?? '';
      row.push(v instanceof Date ? `date:${v.toISOString()}` : v);
    }
    out.push(row);
  }
  return out;
}

/** Every cell of the model, for "nothing else changed" comparisons. */
export function everyCell(sheet: SheetModel): { at: string; cell: CellModel }[] {
  const out: { at: string; cell: CellModel }[] = [];
  sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell && out.push({ at: `${r},${c}`, cell })));
  return out;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B3:C4` → the cells `3,1` `3,2` `4,1` `4,2` (sheet rows, 0-based columns). */
export function cellsOf(ranges: readonly string[]): string[] {
  const out: string[] = [];
  for (const range of ranges) {
    const [a, b = a] = range.split(':');
    const p = /^([A-Z]+)(\d+)$/.exec(a)!;
    const q = /^([A-Z]+)(\d+)$/.exec(b)!;
    for (let r = Number(p[2]); r <= Number(q[2]); r++) for (let c = column(p[1]); c <= column(q[1]); c++) out.push(`${r},${c}`);
  }
  return out;
}

/**
 * The state a user sees, independent of sheet ids and of object identity: sheets in order with
 * their values, formats, links (sheet ids replaced by names), frozen rows, filters, charts, the
 * tool's mark and every conditional-format rule.
 */
export function digest(model: SpreadsheetModel): unknown {
  const nameOf = new Map(model.sheets.map((s) => [s.id, s.name]));
  const link = (l: string | null) => l && l.replace(/#gid=(\d+)/, (_, id) => `#sheet=${nameOf.get(Number(id)) ?? '?'}`);
  return model.sheets.map((s) => ({
    name: s.name,
    rows: s.maxRows,
    frozenRows: s.frozenRows,
    filter: s.filter,
    widths: s.columnWidths,
    merges: s.merges,
    marked: s.metadata.filter((m) => m.key === 'tdr-check').map((m) => JSON.parse(m.value ?? '{}').kind),
    charts: s.charts,
    rules: s.rules,
    cells: everyCell(s)
      .filter(({ cell }) => cell.value !== '' || cell.formula || cell.numberFormat || cell.background || cell.fontWeight !== 'normal' || cell.note || cell.validation)
      .map(({ at, cell }) => ({ at, ...cell, value: cell.value instanceof Date ? cell.value.toISOString() : cell.value, link: link(cell.link) })),
  }));
}

export function histogram(calls: readonly string[]): Record<string, number> {
  const h: Record<string, number> = {};
  for (const c of calls) h[c] = (h[c] ?? 0) + 1;
  return h;
}

/** Value builders make objects in the script without touching the spreadsheet. */
export function isValueBuilderCall(call: string): boolean {
  return /^(RichTextValueBuilder\.|SpreadsheetApp\.newRichTextValue$)/.test(call);
}

/** Rule builders too: the rule reaches the spreadsheet with `setConditionalFormatRules`. */
export function isRuleBuilderCall(call: string): boolean {
  return /^(ConditionalFormatRuleBuilder\.|SpreadsheetApp\.newConditionalFormatRule$)/.test(call);
}
