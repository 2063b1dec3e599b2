// Reading one input sheet: finding it by name, finding its header row, mapping headers to fields,
// and reading each data row's cells by kind. Every problem becomes a DataIssue; a bad cell leaves
// its field null and marked in `row.bad`.

import { normalise } from '../text';
import { errorValue, INVALID, isBlank, readText, type Invalid, type ReadOptions } from '../values';
import type { Cell, SheetSnapshot, Waiver } from '../types';
import type { DataIssue, GroupRow, SheetKey } from './model';
import type { SheetSpec } from './schema';
import type { SheetMapping } from './mapping';
import { SHEETS } from './schema';
import { keepShape } from '../keep-shape';

/** The waivers of a row without any (shared, frozen). */
const NO_WAIVERS = Object.freeze([]) as unknown as Waiver[];

/** The last `columns` and `headers` of each sheet (keep-shape.ts). */
const lastColumns = keepShape(new Map<string, object[]>());

/** Where the header is looked for (workbook.md: among the first 10 rows). */
const HEADER_SEARCH_ROWS = 10;

export class IssueLog {
  readonly issues: DataIssue[] = [];
  add(
    kind: DataIssue['kind'],
    sheet: string | null,
    row: number | null,
    col: number | null,
    group: GroupRow | null,
    messageId: string,
    data: DataIssue['data'],
  ): void {
    this.issues.push({ kind, sheet, row, col, group, messageId, data });
  }
}

/** Finds each input sheet by its French or English name; the first sheet that matches wins. */
export function locateSheets(sheets: SheetSnapshot[], specs: readonly SheetSpec[]): Map<SheetKey, SheetSnapshot> {
  const byName = new Map<string, SheetKey>();
  for (const spec of specs) for (const n of spec.names) byName.set(normalise(n), spec.key);
  const found = new Map<SheetKey, SheetSnapshot>();
  for (const sheet of sheets) {
    const key = byName.get(normalise(sheet.name));
    if (key && !found.has(key)) found.set(key, sheet);
  }
  return found;
}

/** A mutable row under construction: the parser fills typed fields and marks bad ones. */
export interface RowDraft {
  row: number;
  /** The row's cells (read once per row, not once per field). */
  cells: readonly Cell[] | undefined;
  bad: Set<string> | null;
  waivers: Waiver[];
}

/**
 * A field of one sheet with its column there, resolved once per sheet: the per-cell reads
 * (text, read, raw, cell) take it rather than the field's name, which cost a look-up per cell
 * (a million on a large workbook). `reader.fields.date` is the Date field of that reader's sheet.
 */
export class SheetField<F extends string = string> {
  constructor(
    readonly name: F,
    /** The field's column (0-based); -1 when the sheet has none. */
    readonly column: number,
    /** The Correspondances words of this field (normalised user's word → the tool's), if any. */
    readonly values: ReadonlyMap<string, string> | null,
  ) {}

  /** Whether the sheet has the field's column. */
  get present(): boolean {
    return this.column >= 0;
  }
}

export class SheetReader<F extends string> {
  readonly headerRow: number | null;
  readonly columns: Partial<Record<F, number>> = {};
  /** Header text as written, by field (for messages). */
  readonly headers: Partial<Record<F, string>> = {};
  readonly width: number;
  readonly height: number;
  /** Sheet row numbers of the data rows (non-blank rows below the header). */
  readonly dataRows: number[] = [];
  /**
   * `columns` as a Map, for the per-cell look-ups (a million on a large workbook): `columns` has
   * another shape on each sheet, which made each `columns[field]` a megamorphic property load.
   */
  private readonly columnOf = new Map<string, number>();
  /** Every field of the sheet's spec with its column resolved (SheetField). */
  readonly fields: Readonly<Record<F, SheetField<F>>>;
  private readonly waiversField: SheetField<F>;

  constructor(
    readonly snapshot: SheetSnapshot,
    readonly spec: SheetSpec<string>,
    readonly log: IssueLog,
    readonly options: ReadOptions,
    /** The Correspondances rows of this sheet: the user's headers and values (mapping.ts). */
    readonly mapping?: SheetMapping,
  ) {
    const rows = snapshot.rows;
    this.height = rows.length;
    let width = 0;
    for (const r of rows) if (r && r.length > width) width = r.length;
    this.width = width;

    const aliases = new Map<string, F>();
    for (const c of spec.columns) for (const a of c.aliases) aliases.set(normalise(a), c.field as F);
    if (mapping && mapping.headers.size) {
      // A mapping wins over the built-in names: a mapped field is found by its user header only.
      const mapped = new Set(mapping.headers.values());
      for (const [a, f] of [...aliases]) if (mapped.has(f)) aliases.delete(a);
      for (const [h, f] of mapping.headers) aliases.set(h, f as F);
    }
    const needed = spec.columns.length <= 3 ? 1 : 2;

    let headerRow: number | null = null;
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
      const cells = rows[r] ?? [];
      let count = 0;
      for (const c of cells) if (typeof c === 'string' && aliases.has(normalise(c))) count++;
      if (count >= needed) {
        headerRow = r + 1;
        cells.forEach((c, i) => {
          if (typeof c !== 'string') return;
          const field = aliases.get(normalise(c));
          // When a header appears twice, the first column wins.
          if (field !== undefined && this.columns[field] === undefined) {
            this.columns[field] = i;
            this.columnOf.set(field, i);
            this.headers[field] = c.trim();
          }
        });
        break;
      }
    }
    this.headerRow = headerRow;
    // In the spec's order: one shape per sheet, whatever the order of the user's columns.
    const fields = {} as Record<F, SheetField<F>>;
    for (const c of spec.columns) {
      const f = c.field as F;
      fields[f] = new SheetField(f, this.columnOf.get(f) ?? -1, mapping?.values.get(f) ?? null);
    }
    this.fields = fields;
    this.waiversField = fields['waivers' as F] ?? new SheetField('waivers' as F, -1, null);
    // The rules read these objects, whose shapes are made as headers are found: the last ones of
    // each sheet are kept, so that the next validation of a like workbook finds the same shapes.
    lastColumns.set(spec.key, [this.columns, this.headers, fields]);

    if (headerRow !== null) {
      for (let r = headerRow; r < rows.length; r++) {
        const cells = rows[r];
        if (!cells) continue;
        let blank = true;
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          // An unticked checkbox (false) alone does not make a row: Google Sheets and Excel fill a
          // whole checkbox column with false below the data.
          if (c !== false && !isBlank(c)) {
            blank = false;
            break;
          }
        }
        if (!blank) this.dataRows.push(r + 1);
      }
    }

    // Required (`yes`) columns: missing column, once per column.
    for (const c of spec.columns) {
      if (c.required && this.columns[c.field as F] === undefined) this.missingColumn(c.field as F);
    }
  }

  get sheet(): string {
    return this.snapshot.name;
  }

  has(field: F): boolean {
    return this.columnOf.has(field);
  }

  /** The header of a field as written, else its canonical French name. */
  header(field: F): string {
    return this.headers[field] ?? this.spec.columns.find((c) => c.field === field)?.fr ?? field;
  }

  /** data/missing-column for a field: anchored on column A of the header row (A1 without one). */
  missingColumn(field: F): void {
    const spec = this.spec.columns.find((c) => c.field === field);
    this.log.add('missing-column', this.sheet, this.headerRow ?? 1, 0, null, 'missingColumn', {
      column: spec?.fr ?? field,
      columnEn: spec?.en ?? field,
      sheet: this.sheet,
    });
  }

  raw(row: number, field: SheetField<F>): Cell {
    const c = field.column;
    if (c < 0) return null;
    const cells = this.snapshot.rows[row - 1];
    return cells ? cells[c] : null;
  }

  /** raw() for the draft's row. */
  cell(draft: RowDraft, field: SheetField<F>): Cell {
    const c = field.column;
    if (c < 0) return null;
    const cells = draft.cells;
    return cells ? cells[c] : null;
  }

  /**
   * Reads a field with a kind reader. Returns the value, null for blank or unreadable (marking
   * the draft). Error values give data/error-value, unreadable ones data/invalid-value.
   */
  read<T>(
    draft: RowDraft,
    field: SheetField<F>,
    reader: (c: Cell, o: ReadOptions) => T | Invalid,
    invalidMessage: string,
    group: GroupRow | null = null,
  ): T | null {
    const c = this.cell(draft, field);
    if (isBlank(c)) return null;
    if (this.checkError(draft, field.name, c, group)) return null;
    const v = reader(this.mapValue(field, c), this.options);
    if (v === INVALID) {
      this.invalid(draft, field.name, invalidMessage, { value: readText(c, this.options) }, group);
      return null;
    }
    return v as T;
  }

  /** The tool's word for a cell the Correspondances sheet translates; the cell itself otherwise. */
  mapValue(field: SheetField<F>, c: Cell): Cell {
    const values = field.values;
    if (values === null || typeof c !== 'string') return c;
    return values.get(normalise(c)) ?? c;
  }

  /** Text as the enumeration matchers should see it (the user's word translated). */
  enumText(field: SheetField<F>, text: string): string {
    return this.mapValue(field, text) as string;
  }

  /** Plain text: anything non-blank is accepted (numbers and dates as their text). */
  text(draft: RowDraft, field: SheetField<F>, group: GroupRow | null = null): string | null {
    const c = this.cell(draft, field);
    if (isBlank(c)) return null;
    if (this.checkError(draft, field.name, c, group)) return null;
    return readText(c, this.options);
  }

  /** data/error-value when the cell holds a spreadsheet error; marks the field bad. */
  checkError(draft: RowDraft, field: F, c: Cell, group: GroupRow | null): boolean {
    const err = errorValue(c);
    if (err === null) return false;
    this.markBad(draft, field);
    this.log.add('error-value', this.sheet, draft.row, this.columns[field]!, group, 'errorValue', {
      column: this.header(field),
      value: err,
    });
    return true;
  }

  invalid(draft: RowDraft, field: F, messageId: string, data: DataIssue['data'], group: GroupRow | null = null): void {
    this.markBad(draft, field);
    this.log.add('invalid-value', this.sheet, draft.row, this.columns[field]!, group, messageId, {
      column: this.header(field),
      ...data,
    });
  }

  markBad(draft: RowDraft, field: F): void {
    (draft.bad ??= new Set()).add(field);
  }

  isBad(draft: RowDraft, field: F): boolean {
    return draft.bad !== null && draft.bad.has(field);
  }

  /** data/required-value when a present column's cell is truly empty. */
  requireValue(draft: RowDraft, field: F, value: unknown, group: GroupRow | null = null): void {
    if (value !== null || !this.has(field) || this.isBad(draft, field)) return;
    this.log.add('required-value', this.sheet, draft.row, this.columns[field]!, group, 'requiredValue', {
      column: this.header(field),
    });
  }

  issue(
    kind: DataIssue['kind'],
    draft: RowDraft,
    field: F,
    messageId: string,
    data: DataIssue['data'],
    group: GroupRow | null = null,
  ): void {
    this.log.add(kind, this.sheet, draft.row, this.columns[field]!, group, messageId, {
      column: this.header(field),
      ...data,
    });
  }

  /** The `Dérogations` cell: rule ids separated by `;` or new lines, each with `: reason`. */
  waivers(draft: RowDraft): Waiver[] {
    const c = this.cell(draft, this.waiversField);
    if (isBlank(c) || errorValue(c) !== null) return [];
    const out: Waiver[] = [];
    for (const part of readText(c).split(/[;\n\r]+/)) {
      const item = part.trim();
      if (!item) continue;
      const colon = item.indexOf(':');
      const ruleId = (colon < 0 ? item : item.slice(0, colon)).trim();
      const reason = colon < 0 ? '' : item.slice(colon + 1).trim();
      out.push({ ruleId, reason: reason === '' ? null : reason });
    }
    return out;
  }

  newDraft(row: number): RowDraft {
    // Most rows have no waiver: they share one empty list (a row's list is replaced, never grown).
    return { row, cells: this.snapshot.rows[row - 1], bad: null, waivers: NO_WAIVERS };
  }
}

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new SheetReader({ name: '', rows: [] }, SHEETS[0], new IssueLog(), { date1904: false, timeZone: 'Africa/Bamako' }));
