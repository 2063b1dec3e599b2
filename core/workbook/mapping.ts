// The Correspondances sheet (workbook.md, "Correspondances (Mapping)"): how to read a workbook laid
// out the user's own way. Read before every other sheet; it only translates names: which sheet is
// the tool's `Membres`, which header is its `Expert titulaire`, which word means `Dialogue Leader`.
// Everything else is read as usual, and every finding keeps the user's sheet, header and value.

import { normalise } from '../text';
import type { ReadOptions } from '../values';
import type { Lang, SheetSnapshot } from '../types';
import {
  DECISION_STATUSES,
  DOCUMENT_TYPES,
  enumLabel,
  GROUP_TYPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PARTNER_TYPES,
  ROLES,
} from './enums';
import type { SheetKey } from './model';
import { SHEETS, type ColumnSpec, type SheetSpec } from './schema';
import { IssueLog, SheetReader } from './sheet-reader';
import { makeEnum } from '../values';

/** The Correspondances sheet itself: found like the other sheets, three columns. */
export const MAPPING_SPEC: SheetSpec<'mapping'> = {
  key: 'mapping',
  fr: 'Correspondances',
  en: 'Mapping',
  names: ['Correspondances', 'Mapping', 'Correspondance'],
  required: false,
  columns: [
    { field: 'item', fr: 'Élément', en: 'Item', aliases: ['Élément', 'Item', 'Element'], required: true },
    { field: 'tool', fr: "Nom de l'outil", en: 'Tool name', aliases: ["Nom de l'outil", 'Tool name', 'Nom outil'], required: true },
    {
      field: 'user',
      fr: 'Nom dans ce classeur',
      en: 'Name in this workbook',
      aliases: ['Nom dans ce classeur', 'Name in this workbook', 'Nom dans le classeur'],
      required: true,
    },
  ],
};

type MappingField = 'item' | 'tool' | 'user';
export type MappingItem = 'sheet' | 'column' | 'value';

/** The words of the Élément column, French first. */
export const ITEM_WORDS: Record<MappingItem, { fr: string; en: string }> = {
  sheet: { fr: 'Feuille', en: 'Sheet' },
  column: { fr: 'Colonne', en: 'Column' },
  value: { fr: 'Valeur', en: 'Value' },
};
const matchItem = makeEnum<MappingItem>({
  sheet: ['Feuille', 'Sheet', 'Onglet', 'Tab'],
  column: ['Colonne', 'Column', 'En-tête', 'Header'],
  value: ['Valeur', 'Value'],
});

/** The enumeration columns whose values a mapping may translate, with their tables. */
export const ENUM_COLUMNS: readonly { sheet: SheetKey; field: string; table: Record<string, readonly string[]> }[] = [
  { sheet: 'groups', field: 'type', table: GROUP_TYPES },
  { sheet: 'members', field: 'role', table: ROLES },
  { sheet: 'calendar', field: 'type', table: MEETING_TYPES },
  { sheet: 'calendar', field: 'status', table: MEETING_STATUSES },
  { sheet: 'decisions', field: 'status', table: DECISION_STATUSES },
  { sheet: 'documents', field: 'type', table: DOCUMENT_TYPES },
  { sheet: 'partners', field: 'type', table: PARTNER_TYPES },
];

export function enumColumn(sheet: SheetKey, field: string) {
  return ENUM_COLUMNS.find((e) => e.sheet === sheet && e.field === field);
}

/** What one sheet's reader needs: its mapped headers and values (all keys normalised). */
export interface SheetMapping {
  /** normalised user header → field */
  headers: Map<string, string>;
  /** field → normalised user value → the tool's (French) value */
  values: Map<string, Map<string, string>>;
}

/** One accepted row of the Correspondances sheet. */
export interface MappingEntry {
  row: number;
  item: MappingItem;
  sheet: SheetKey;
  field: string | null;
  /** The enumeration value key (`leader`) for a Valeur row. */
  value: string | null;
  /** The user's name as written. */
  user: string;
}

export interface WorkbookMapping {
  /** The Correspondances sheet's name as written, or null when there is none. */
  sheet: string | null;
  /** The rows accepted, in sheet order. */
  entries: MappingEntry[];
  /** The input sheets found: mapped ones first, then by their own names. */
  located: Map<SheetKey, SheetSnapshot>;
  bySheet: Map<SheetKey, SheetMapping>;
}

/** The tool's sheet of a name (French, English or an alias), normalised. */
export function toolSheet(name: string): SheetSpec | undefined {
  const n = normalise(name);
  return SHEETS.find((s) => s.names.some((x) => normalise(x) === n) || normalise(s.en) === n);
}

/** The tool's column of a name on one sheet (any alias). */
export function toolColumn(spec: SheetSpec, name: string): ColumnSpec | undefined {
  const n = normalise(name);
  return spec.columns.find((c) => c.aliases.some((a) => normalise(a) === n));
}

/** `Membres › Rôle › Dialogue Leader` → its parts; `›`, `>` and `/` all separate them. */
export function splitToolName(text: string): string[] {
  return text
    .split(/[›>/]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The tool's name of a mapping target, as the pane writes it (`Membres › Rôle › Dialogue Leader`). */
export function toolName(sheet: SheetKey, field: string | null, value: string | null, lang: Lang): string {
  const spec = SHEETS.find((s) => s.key === sheet)!;
  const parts = [lang === 'fr' ? spec.fr : spec.en];
  if (field !== null) {
    const c = spec.columns.find((x) => x.field === field)!;
    parts.push(lang === 'fr' ? c.fr : c.en);
    if (value !== null) parts.push(enumLabel(enumColumn(sheet, field)!.table, value, lang));
  }
  return parts.join(' › ');
}

/** The first rows of a sheet where its header may stand (workbook.md: the first 10). */
export function headerCells(sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    for (const c of sheet.rows[r] ?? []) if (typeof c === 'string' && c.trim() !== '') out.push(c);
  }
  return out;
}

function emptySheetMapping(): SheetMapping {
  return { headers: new Map(), values: new Map() };
}

/** Finds the Correspondances sheet by its names; the first that matches wins. */
export function findMappingSheet(sheets: readonly SheetSnapshot[]): SheetSnapshot | undefined {
  const names = new Set(MAPPING_SPEC.names.map(normalise));
  return sheets.find((s) => names.has(normalise(s.name)));
}

/**
 * Reads the Correspondances sheet (if any) and finds the input sheets through it. Every bad or
 * repeated row is logged (data/invalid-value or data/duplicate on its cell) and ignored.
 */
export function readMapping(sheets: readonly SheetSnapshot[], log: IssueLog, options: ReadOptions): WorkbookMapping {
  const mappingSheet = findMappingSheet(sheets);
  const entries: MappingEntry[] = [];
  const bySheet = new Map<SheetKey, SheetMapping>();
  const sheetOf = (key: SheetKey) => {
    let m = bySheet.get(key);
    if (!m) bySheet.set(key, (m = emptySheetMapping()));
    return m;
  };

  type Pending = { row: number; item: MappingItem; parts: string[]; tool: string; user: string };
  const pending: Pending[] = [];
  let reader: SheetReader<MappingField> | null = null;
  if (mappingSheet) {
    reader = new SheetReader<MappingField>(mappingSheet, MAPPING_SPEC, log, options);
    const f = reader.fields;
    for (const r of reader.dataRows) {
      const d = reader.newDraft(r);
      const itemText = reader.text(d, f.item);
      reader.requireValue(d, 'item', itemText);
      const tool = reader.text(d, f.tool);
      reader.requireValue(d, 'tool', tool);
      const user = reader.text(d, f.user);
      reader.requireValue(d, 'user', user);
      if (itemText === null || tool === null || user === null) continue;
      const item = matchItem(itemText);
      if (item === undefined) {
        reader.invalid(d, 'item', 'mappingUnknownItem', { value: itemText });
        continue;
      }
      pending.push({ row: r, item, parts: splitToolName(tool), tool, user: user.trim() });
    }
  }
  const rd = reader;
  const bad = (p: Pending, field: MappingField, messageId: string, data: Record<string, string>) => {
    const d = rd!.newDraft(p.row);
    rd!.invalid(d, field, messageId, { value: field === 'tool' ? p.tool : p.user, ...data });
  };
  const duplicate = (p: Pending, field: MappingField, first: number) => {
    rd!.issue('duplicate', rd!.newDraft(p.row), field, 'duplicate', { value: field === 'tool' ? p.tool : p.user, firstRow: first });
  };
  const example: Record<MappingItem, string> = {
    sheet: 'Membres',
    column: 'Membres › Expert titulaire',
    value: 'Membres › Rôle › Dialogue Leader',
  };
  const unknownTool = (p: Pending) => bad(p, 'tool', 'mappingUnknownTool', { example: example[p.item] });

  // 1. Sheets: which of the user's sheets is which of the tool's.
  const mappedSheets = new Map<SheetKey, SheetSnapshot>();
  const toolSeen = new Map<string, number>();
  const userSeen = new Map<string, number>();
  for (const p of pending) {
    if (p.item !== 'sheet') continue;
    const spec = p.parts.length === 1 ? toolSheet(p.parts[0]) : undefined;
    if (!spec) {
      unknownTool(p);
      continue;
    }
    const sheet = sheets.find((s) => s !== mappingSheet && normalise(s.name) === normalise(p.user));
    if (!sheet) {
      bad(p, 'user', 'mappingAbsentSheet', {});
      continue;
    }
    const firstTool = toolSeen.get(spec.key);
    if (firstTool !== undefined) {
      duplicate(p, 'tool', firstTool);
      continue;
    }
    const firstUser = userSeen.get(normalise(sheet.name));
    if (firstUser !== undefined) {
      duplicate(p, 'user', firstUser);
      continue;
    }
    toolSeen.set(spec.key, p.row);
    userSeen.set(normalise(sheet.name), p.row);
    mappedSheets.set(spec.key, sheet);
    entries.push({ row: p.row, item: 'sheet', sheet: spec.key, field: null, value: null, user: p.user });
  }
  const located = locateWithMapping(sheets, mappedSheets, mappingSheet);

  // 2. Columns and 3. values, on the sheets now found.
  const colToolSeen = new Map<string, number>();
  const colUserSeen = new Map<string, number>();
  const valueSeen = new Map<string, number>();
  for (const p of pending) {
    if (p.item === 'sheet') continue;
    const want = p.item === 'column' ? 2 : 3;
    const spec = p.parts.length === want ? toolSheet(p.parts[0]) : undefined;
    const column = spec ? toolColumn(spec, p.parts[1]) : undefined;
    if (!spec || !column) {
      unknownTool(p);
      continue;
    }
    if (p.item === 'column') {
      const sheet = located.get(spec.key);
      const header = sheet ? headerCells(sheet).find((h) => normalise(h) === normalise(p.user)) : undefined;
      if (header === undefined) {
        bad(p, 'user', 'mappingAbsentHeader', { sheet: sheet ? sheet.name : spec.fr });
        continue;
      }
      const toolKey = spec.key + '\u0000' + column.field;
      const userKey = spec.key + '\u0000' + normalise(p.user);
      const firstTool = colToolSeen.get(toolKey);
      if (firstTool !== undefined) {
        duplicate(p, 'tool', firstTool);
        continue;
      }
      const firstUser = colUserSeen.get(userKey);
      if (firstUser !== undefined) {
        duplicate(p, 'user', firstUser);
        continue;
      }
      colToolSeen.set(toolKey, p.row);
      colUserSeen.set(userKey, p.row);
      sheetOf(spec.key).headers.set(normalise(p.user), column.field);
      entries.push({ row: p.row, item: 'column', sheet: spec.key, field: column.field, value: null, user: p.user });
    } else {
      const en = enumColumn(spec.key, column.field);
      const value = en ? makeEnum(en.table)(p.parts[2]) : undefined;
      if (!en || value === undefined) {
        unknownTool(p);
        continue;
      }
      // Several words may mean one value (Animateur, Animatrice); one word means one value.
      const key = spec.key + '\u0000' + column.field + '\u0000' + normalise(p.user);
      const first = valueSeen.get(key);
      if (first !== undefined) {
        duplicate(p, 'user', first);
        continue;
      }
      valueSeen.set(key, p.row);
      const m = sheetOf(spec.key);
      let values = m.values.get(column.field);
      if (!values) m.values.set(column.field, (values = new Map()));
      values.set(normalise(p.user), en.table[value][0]);
      entries.push({ row: p.row, item: 'value', sheet: spec.key, field: column.field, value, user: p.user });
    }
  }
  return { sheet: mappingSheet?.name ?? null, entries, located, bySheet };
}

/** Mapped sheets first; the others by their French or English names, the first that matches. */
function locateWithMapping(
  sheets: readonly SheetSnapshot[],
  mapped: ReadonlyMap<SheetKey, SheetSnapshot>,
  mappingSheet: SheetSnapshot | undefined,
): Map<SheetKey, SheetSnapshot> {
  const found = new Map<SheetKey, SheetSnapshot>(mapped);
  const taken = new Set<SheetSnapshot>(mapped.values());
  if (mappingSheet) taken.add(mappingSheet);
  const byName = new Map<string, SheetKey>();
  for (const spec of SHEETS) for (const n of spec.names) byName.set(normalise(n), spec.key);
  for (const sheet of sheets) {
    if (taken.has(sheet)) continue;
    const key = byName.get(normalise(sheet.name));
    if (key && !found.has(key)) found.set(key, sheet);
  }
  return found;
}

/** The user's word for an enumeration value when the mapping gives one, else the tool's label. */
export function valueLabel(
  mapping: WorkbookMapping | undefined,
  sheet: SheetKey,
  field: string,
  value: string,
  lang: Lang,
): string {
  const e = mapping?.entries.find((x) => x.item === 'value' && x.sheet === sheet && x.field === field && x.value === value);
  return e ? e.user : enumLabel(enumColumn(sheet, field)!.table, value, lang);
}
