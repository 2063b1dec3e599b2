// The whole state a run leaves in the fake spreadsheet, in a form two runs can be compared by:
// every sheet in order with every field of the model (cells that differ from a blank one, with
// their values, formulas, formats, links, wrap and font), its rules, widths, charts, filter,
// frozen and resized rows, developer metadata (without the metadata ids), and the active sheet.
// Sheet ids are kept: the fake hands them out in order, so the same run gives the same ids.

import { blankCell, type CellModel, type SpreadsheetModel } from './fake-sheets';

function changed(cell: CellModel): Record<string, unknown> | null {
  const blank = blankCell() as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cell)) {
    const value = v instanceof Date ? `date:${v.toISOString()}` : v;
    if (JSON.stringify(value) !== JSON.stringify(blank[k])) out[k] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function fullState(model: SpreadsheetModel): unknown {
  return {
    active: model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    sheets: model.sheets.map((s) => {
      const cells: Record<string, unknown> = {};
      s.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          const d = cell && changed(cell);
          if (d) cells[`${r},${c}`] = d;
        }),
      );
      return {
        name: s.name,
        id: s.id,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        frozenRows: s.frozenRows,
        filter: s.filter,
        columnWidths: s.columnWidths,
        // Not in the state main's build was recorded with: added only when some column is hidden.
        ...(s.hiddenColumns.length > 0 ? { hiddenColumns: s.hiddenColumns } : {}),
        merges: s.merges,
        resizedRows: s.resizedRows,
        protection: s.protection ?? null,
        metadata: s.metadata.map((m) => ({ key: m.key, value: m.value, visibility: m.visibility })),
        rules: s.rules,
        charts: s.charts,
        cells,
      };
    }),
  };
}
