// Suggestions for the Correspondances sheet (workbook.md, "Correspondances (Mapping)"): for each of
// the tool's sheets and columns that the workbook does not name, the workbook's candidates ranked
// by likeness, and for each enumeration column the values the tool does not know. A pure function
// of the snapshot: the pane shows it as choices, the command line prints it as a table.
//
// Likeness is the name (normalised words, a word counting when one starts the other, and letter
// pairs) and, for columns, what the cells below the header hold (dates, times, yes/no, e-mail
// addresses, group codes, years, role words, the column's enumeration values). Each tool name
// then gets its best free candidate, highest likeness first, so one user column is proposed once.

import { normalise } from '../text';
import { errorValue, INVALID, isBlank, readDate, readText, readTime, readYesNo, type ReadOptions } from '../values';
import type { Cell, Lang, SheetSnapshot, WorkbookSnapshot } from '../types';
import { makeEnum } from '../values';
import { matchDialogueGroup, matchGt } from '../reference';
import { DEPRECATED_GROUP_TYPES, DEPRECATED_ROLES, enumLabel } from './enums';
import { enumColumn, findMappingSheet, ITEM_WORDS, MAPPING_SPEC, readMapping, toolName, type SheetMapping } from './mapping';
import type { SheetKey } from './model';
import { SHEETS, type SheetSpec } from './schema';
import { IssueLog, SheetReader } from './sheet-reader';

export interface Candidate {
  /** The user's sheet or header, as written. */
  name: string;
  /** Likeness, 0 to 1. */
  score: number;
}

export interface SheetSuggestion {
  sheet: SheetKey;
  required: boolean;
  /** `Membres` / `Members`. */
  tool: { fr: string; en: string };
  /** Best first (the proposed one first). */
  candidates: Candidate[];
  /** The candidate proposed: the likeliest one no other tool name took; null when none fits. */
  proposed: string | null;
  /**
   * For each other candidate: the columns and values suggested if the user picks that sheet
   * instead (the pane swaps them in when the choice changes, with no second look at the workbook).
   */
  alternatives: { sheet: string; columns: ColumnSuggestion[]; values: ValueSuggestion[] }[];
}

export interface ColumnSuggestion {
  sheet: SheetKey;
  field: string;
  required: boolean;
  /** The user's sheet the header is looked for on (found, or the sheet proposed for it). */
  userSheet: string;
  tool: { fr: string; en: string };
  candidates: Candidate[];
  proposed: string | null;
}

export interface ValueSuggestion {
  sheet: SheetKey;
  field: string;
  userSheet: string;
  /** The user's header of the column. */
  header: string;
  /** The unknown value, as first written, and how many cells hold it. */
  value: string;
  count: number;
  /** The tool's values of the column (enumeration keys with their labels). */
  toolValues: { value: string; fr: string; en: string }[];
  /** The most alike tool value, or null when none is alike enough to propose. */
  proposed: string | null;
}

export interface MappingSuggestions {
  sheets: SheetSuggestion[];
  columns: ColumnSuggestion[];
  values: ValueSuggestion[];
}

/** Below this likeness an optional sheet or column is not proposed at all. */
const OPTIONAL_MIN = 0.4;
/** Below this likeness a candidate is not listed (required ones keep every candidate). */
const LIST_MIN = 0.1;
/** Rows read below a header to see what a column holds. */
const SAMPLE_ROWS = 300;

// ---------------------------------------------------------------------------------------------
// Name likeness
// ---------------------------------------------------------------------------------------------

const STOP = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'the', 'of', 'en', 'et', 'a', 'au', 'aux', 'par', 'dans', 'ou']);

function words(s: string): string[] {
  return normalise(s)
    .split(' ')
    .filter((w) => w !== '' && !STOP.has(w));
}

function pairs(s: string): string[] {
  const t = words(s).join(' ');
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

function wordMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s);
}

/** 0 to 1: how alike two names are (1 when equal once normalised). */
export function nameLikeness(a: string, b: string): number {
  const na = normalise(a);
  const nb = normalise(b);
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.some((x) => wordMatch(w, x))) common++;
  // Words of the shorter name found in the longer one (`Membres` in `Liste des membres`).
  const wordScore = wa.length && wb.length ? (common / Math.min(wa.length, wb.length)) * (0.6 + 0.3 * (common / Math.max(wa.length, wb.length))) : 0;
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  const pool = [...pb];
  for (const p of pa) {
    const i = pool.indexOf(p);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  const dice = pa.length + pb.length ? (2 * shared) / (pa.length + pb.length) : 0;
  return Math.min(0.99, Math.max(wordScore, dice * 0.8));
}

function bestName(user: string, names: readonly string[]): number {
  let best = 0;
  for (const n of names) best = Math.max(best, nameLikeness(user, n));
  return best;
}

// ---------------------------------------------------------------------------------------------
// What a column holds
// ---------------------------------------------------------------------------------------------

type Kind =
  | 'text'
  | 'long'
  | 'code'
  | 'group'
  | 'enum'
  | 'date'
  | 'time'
  | 'yesno'
  | 'email'
  | 'year'
  | 'number'
  | 'list'
  | 'waivers'
  | 'url';

/** The kind of each column of the tool (what its cells hold). */
const KINDS: Record<SheetKey, Record<string, Kind>> = {
  groups: {
    code: 'code', name: 'text', type: 'enum', parentGt: 'group', cps: 'text', odd: 'list', theme: 'long',
    results: 'long', clusters: 'list', waivers: 'waivers',
  },
  members: {
    group: 'group', partner: 'code', role: 'enum', expert: 'text', expertEmail: 'email', alternate: 'text',
    alternateEmail: 'email', nexus: 'yesno', nexusDate: 'date', start: 'date', end: 'date', waivers: 'waivers',
  },
  calendar: {
    id: 'code', date: 'date', start: 'time', end: 'time', group: 'group', type: 'enum', status: 'enum',
    agendaSent: 'date', minutesSent: 'date', participants: 'list', invited: 'number', gtRepresentative: 'list',
    waivers: 'waivers',
  },
  decisions: {
    id: 'code', meeting: 'code', group: 'group', decision: 'long', owner: 'code', due: 'date', status: 'enum',
    doneOn: 'date', waivers: 'waivers',
  },
  documents: { group: 'group', type: 'enum', year: 'year', date: 'date', link: 'url', waivers: 'waivers' },
  partners: { code: 'code', name: 'text', type: 'enum' },
  settings: { key: 'text', value: 'text' },
};

/** Words of the registers' roles (French and English), beside the tool's own role names. */
const ROLE_WORDS = [
  'membre', 'member', 'participant', 'animat', 'leader', 'pilote', 'copilote', 'chef', 'president', 'presidente',
  'vice', 'coordinat', 'coordonnat', 'point focal', 'observat', 'rapporteur', 'secretaire', 'entrant', 'sortant',
  'exercice', 'titulaire', 'lead', 'chair', 'co',
];

/**
 * Words registers often use for the tool's values, to propose one (the user confirms): never read
 * as such without a Correspondances row.
 */
const VALUE_SYNONYMS: Record<string, Record<string, readonly string[]>> = {
  'members.role': {
    member: ['Participant', 'Participante', 'Observateur'],
    leader: ['Animateur', 'Animatrice', 'Chef de file du groupe', 'Président', 'Présidente'],
    lead: ['Pilote', 'Chef de file', 'Président du GT', 'Co-président en exercice'],
    incoming: ['Pilote entrant', 'Co-pilote entrant', 'Futur pilote'],
    outgoing: ['Pilote sortant', 'Co-pilote sortant', 'Ancien pilote'],
  },
  'calendar.status': {
    planned: ['Programmée', 'À venir', 'Prévu', 'Planifié'],
    held: ['Effectuée', 'Faite', 'Tenu', 'Réalisé', 'Organisée'],
    cancelled: ['Supprimée', 'Annulé'],
    postponed: ['Repoussée', 'Décalée', 'Reporté', 'Renvoyée'],
  },
  'decisions.status': {
    open: ['En attente', 'À faire', 'Non réalisée', 'En suspens'],
    done: ['Faite', 'Fait', 'Exécutée', 'Terminée', 'Achevée'],
    dropped: ['Abandon', 'Annulée', 'Sans suite'],
  },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const RULE_ID = /\b[a-z]+\/[a-z-]+\b/i;
const URL = /^(https?:\/\/|www\.)/i;

interface Profile {
  /** Non-blank cells looked at. */
  n: number;
  values: Cell[];
  distinct: number;
}

function profile(sheet: SheetSnapshot, headerRow: number, col: number): Profile {
  const values: Cell[] = [];
  const end = Math.min(sheet.rows.length, headerRow + SAMPLE_ROWS);
  for (let r = headerRow; r < end; r++) {
    const c = sheet.rows[r]?.[col];
    if (!isBlank(c) && errorValue(c) === null) values.push(c);
  }
  const distinct = new Set(values.map((v) => (typeof v === 'string' ? normalise(v) : String(v)))).size;
  return { n: values.length, values, distinct };
}

function isDateCell(c: Cell, o: ReadOptions): boolean {
  if (c instanceof Date) return true;
  if (typeof c === 'number') return c >= 32874 && c <= 54789 && Number.isInteger(c); // 1990–2049
  if (typeof c === 'string') return /\d/.test(c) && /[/.-]/.test(c) && readDate(c, o) !== INVALID;
  return false;
}
function isTimeCell(c: Cell, o: ReadOptions): boolean {
  if (typeof c === 'number') return c > 0 && c < 1;
  if (c instanceof Date) return c.getUTCFullYear() === 1899;
  return typeof c === 'string' && /\d\s*[h:]/i.test(c) && readTime(c, o) !== INVALID;
}

interface Context {
  options: ReadOptions;
  /** Names and codes of groups (the groups sheet's first columns, and the TdR's GT). */
  groups: Set<string>;
}

function isGroupCell(c: Cell, ctx: Context): boolean {
  if (typeof c !== 'string') return false;
  const n = normalise(c);
  return ctx.groups.has(n) || /^gt\s?\d$/.test(n) || matchGt(c, c) !== null || matchDialogueGroup(c, c) !== null;
}

function roleWord(c: Cell): boolean {
  if (typeof c !== 'string') return false;
  const n = normalise(c).replace(/ /g, '');
  return ROLE_WORDS.some((w) => n.includes(w.replace(/ /g, '')));
}

/** 0 to 1: how well the cells fit a kind (enum: the column's own values). */
function kindFit(p: Profile, kind: Kind, ctx: Context, sheet: SheetKey, field: string): number {
  if (p.n === 0) return 0;
  const share = (test: (c: Cell) => boolean) => p.values.filter(test).length / p.n;
  const o = ctx.options;
  const plainText = (c: Cell) => typeof c === 'string' && !isDateCell(c, o) && !EMAIL.test(c) && readYesNo(c) === INVALID;
  switch (kind) {
    case 'date':
      return share((c) => isDateCell(c, o));
    case 'time':
      return share((c) => isTimeCell(c, o));
    case 'yesno':
      return share((c) => readYesNo(c) !== INVALID) * (p.distinct <= 3 ? 1 : 0.5);
    case 'email':
      return share((c) => typeof c === 'string' && EMAIL.test(c.trim()));
    case 'year':
      return share((c) => {
        const n = typeof c === 'number' ? c : typeof c === 'string' && /^\d{4}$/.test(c.trim()) ? Number(c) : NaN;
        return Number.isInteger(n) && n >= 2000 && n <= 2100;
      });
    case 'number':
      return share((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c < 1000) * 0.8;
    case 'group':
      return share((c) => isGroupCell(c, ctx));
    case 'enum': {
      const e = enumColumn(sheet, field)!;
      const match = makeEnum(e.table);
      const known = share((c) => typeof c === 'string' && match(c) !== undefined);
      if (known > 0) return known;
      // Unknown words: a few repeated short values, role words for Rôle.
      const categorical = p.distinct <= 12 && p.n >= 2 * p.distinct && share(plainText) > 0.9 ? 0.45 : 0;
      const roles = sheet === 'members' && field === 'role' ? share(roleWord) * 0.7 : 0;
      return Math.max(categorical, roles);
    }
    case 'list':
      return share((c) => typeof c === 'string' && /[;,\n]/.test(c)) * 0.8 + share(plainText) * 0.1;
    case 'waivers':
      return share((c) => typeof c === 'string' && RULE_ID.test(c));
    case 'url':
      return share((c) => typeof c === 'string' && URL.test(c.trim()));
    case 'code':
      return share((c) => typeof c === 'string' && plainText(c) && c.trim().length <= 40) * 0.4;
    case 'long':
      return share((c) => typeof c === 'string' && plainText(c) && c.trim().length > 30);
    case 'text':
      return share((c) => typeof c === 'string' && plainText(c)) * 0.3;
  }
}

/** How much the cells weigh against the name, by kind: text says little about which column. */
const CONTENT_WEIGHT: Record<Kind, number> = {
  text: 0.25, long: 0.4, code: 0.3, list: 0.45, group: 0.5, enum: 0.55, date: 0.5, time: 0.6, yesno: 0.6, email: 0.5,
  year: 0.6, number: 0.5, waivers: 0.5, url: 0.6,
};

// ---------------------------------------------------------------------------------------------
// Headers of a sheet
// ---------------------------------------------------------------------------------------------

interface HeaderInfo {
  /** 0-based row index of the header row. */
  row: number;
  /** Header text by 0-based column. */
  cells: Map<number, string>;
}

/** The header row as the reader finds it, else the row of the first 10 with the most text cells. */
function headerOf(sheet: SheetSnapshot, reader: SheetReader<string> | null): HeaderInfo | null {
  let row = reader?.headerRow != null ? reader.headerRow - 1 : -1;
  if (row < 0) {
    let best = 1;
    for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
      const n = (sheet.rows[r] ?? []).filter((c) => typeof c === 'string' && c.trim() !== '').length;
      if (n > best) {
        best = n;
        row = r;
      }
    }
  }
  if (row < 0) return null;
  const cells = new Map<number, string>();
  (sheet.rows[row] ?? []).forEach((c, i) => {
    if (typeof c === 'string' && c.trim() !== '') cells.set(i, c.trim());
  });
  return { row, cells };
}

/** Names registers give some columns, to tell apart two columns of one kind (two e-mails). */
const LIKELY_NAMES: Partial<Record<SheetKey, Record<string, readonly string[]>>> = {
  members: {
    expert: ['Nom expert', 'Nom du titulaire'],
    expertEmail: ['Courriel expert', 'Email expert', 'Courriel titulaire'],
    alternate: ['Nom suppléant', 'Nom binôme'],
    alternateEmail: ['Courriel binôme', 'Email binôme', 'Email suppléant'],
  },
};

function toolColumnNames(spec: SheetSpec, field: string): readonly string[] {
  const extra = LIKELY_NAMES[spec.key]?.[field] ?? [];
  return [...spec.columns.find((c) => c.field === field)!.aliases, ...extra];
}

/** Likeness of each (field, column) pair of one sheet; only fields not found yet. */
function columnScores(
  sheet: SheetSnapshot,
  spec: SheetSpec,
  header: HeaderInfo,
  fields: readonly string[],
  free: readonly number[],
  ctx: Context,
): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const profiles = new Map(free.map((i) => [i, profile(sheet, header.row + 1, i)]));
  for (const field of fields) {
    const kind = KINDS[spec.key][field] ?? 'text';
    const w = CONTENT_WEIGHT[kind];
    const scores = new Map<number, number>();
    for (const i of free) {
      const name = bestName(header.cells.get(i)!, toolColumnNames(spec, field));
      const p = profiles.get(i)!;
      // An empty column (often Dérogations) says nothing by its cells: its name alone counts.
      if (p.n === 0) {
        scores.set(i, name);
        continue;
      }
      scores.set(i, (1 - w) * name + w * kindFit(p, kind, ctx, spec.key, field));
    }
    out.set(field, scores);
  }
  return out;
}

/** Each name gets its best free candidate, highest score first (one candidate per name). */
function assign<K, C>(scores: Map<K, Map<C, number>>): Map<K, C> {
  const all: { k: K; c: C; s: number }[] = [];
  for (const [k, m] of scores) for (const [c, s] of m) all.push({ k, c, s });
  all.sort((a, b) => b.s - a.s);
  const out = new Map<K, C>();
  const taken = new Set<C>();
  for (const { k, c, s } of all) {
    if (s <= 0 || out.has(k) || taken.has(c)) continue;
    out.set(k, c);
    taken.add(c);
  }
  return out;
}

function ranked<C>(scores: Map<C, number>, proposed: C | undefined, nameOf: (c: C) => string, keepAll: boolean): Candidate[] {
  const list = [...scores]
    .filter(([c, s]) => keepAll || s >= LIST_MIN || c === proposed)
    .sort((a, b) => (a[0] === proposed ? -1 : b[0] === proposed ? 1 : b[1] - a[1]))
    .map(([c, s]) => ({ name: nameOf(c), score: Math.round(s * 100) / 100 }));
  return list;
}

// ---------------------------------------------------------------------------------------------
// The suggestions
// ---------------------------------------------------------------------------------------------

/** The tool's output sheets are never candidates. */
const OUTPUT_SHEET = /^(constats|findings|synthese gec|gec summary)\b/;

export function suggestMapping(snapshot: WorkbookSnapshot): MappingSuggestions {
  const options: ReadOptions = { date1904: snapshot.date1904 === true, timeZone: snapshot.timeZone ?? 'Africa/Bamako' };
  const mapping = readMapping(snapshot.sheets, new IssueLog(), options);
  const mappingSheet = findMappingSheet(snapshot.sheets);
  const located = mapping.located;

  // 1. Sheets: the tool's sheets not found, against the user's sheets the tool does not read.
  const used = new Set<SheetSnapshot>(located.values());
  const free = snapshot.sheets.filter(
    (s) => s !== mappingSheet && !used.has(s) && !OUTPUT_SHEET.test(normalise(s.name)) && s.rows.length > 0,
  );
  const missingSheets = SHEETS.filter((s) => !located.has(s.key));
  // Group names for the column kinds: the first columns of the groups sheet (found or likely).
  const ctx: Context = { options, groups: new Set() };
  const sheetScores = new Map<SheetKey, Map<SheetSnapshot, number>>();
  for (const spec of missingSheets) {
    const m = new Map<SheetSnapshot, number>();
    for (const s of free) m.set(s, sheetLikeness(s, spec, ctx));
    sheetScores.set(spec.key, m);
  }
  const proposedSheet = assign(sheetScores);
  for (const spec of missingSheets) {
    const p = proposedSheet.get(spec.key);
    if (p && !spec.required && sheetScores.get(spec.key)!.get(p)! < OPTIONAL_MIN) proposedSheet.delete(spec.key);
  }
  const sheets: SheetSuggestion[] = [];
  for (const spec of missingSheets) {
    const candidates = ranked(sheetScores.get(spec.key)!, proposedSheet.get(spec.key), (s) => s.name, spec.required);
    if (!spec.required && !proposedSheet.has(spec.key)) continue;
    const p = proposedSheet.get(spec.key);
    sheets.push({ sheet: spec.key, required: spec.required, tool: { fr: spec.fr, en: spec.en }, candidates, proposed: p ? p.name : null, alternatives: [] });
  }

  // The sheet each tool sheet is read from: found, or the one proposed.
  const sheetFor = (key: SheetKey) => located.get(key) ?? proposedSheet.get(key);
  const groupsSheet = sheetFor('groups');
  if (groupsSheet) {
    const h = headerOf(groupsSheet, null);
    if (h) {
      for (let r = h.row + 1; r < groupsSheet.rows.length; r++) {
        for (let i = 0; i < 3; i++) {
          const c = groupsSheet.rows[r]?.[i];
          if (typeof c === 'string' && c.trim() !== '') ctx.groups.add(normalise(c));
        }
      }
    }
  }

  // 2. Columns: on each sheet, the tool's columns not found against the headers not used.
  const columns: ColumnSuggestion[] = [];
  const values: ValueSuggestion[] = [];
  for (const spec of SHEETS) {
    const sheet = sheetFor(spec.key);
    if (!sheet) continue;
    const sheetMapping: SheetMapping | undefined = located.get(spec.key) ? mapping.bySheet.get(spec.key) : undefined;
    const found = columnsAndValues(spec, sheet, sheetMapping, ctx);
    columns.push(...found.columns);
    values.push(...found.values);
  }
  // The same for each other candidate of a sheet not found, should the user pick it instead.
  for (const x of sheets) {
    const spec = SHEETS.find((t) => t.key === x.sheet)!;
    for (const c of x.candidates) {
      if (c.name === x.proposed) continue;
      const sheet = free.find((f) => f.name === c.name);
      if (sheet) x.alternatives.push({ sheet: sheet.name, ...columnsAndValues(spec, sheet, undefined, ctx) });
    }
  }
  return { sheets, columns, values };
}

/**
 * Step 2 and 3 of suggestMapping for one tool sheet read from one user sheet: its columns not
 * found, with their candidates, and the unknown words of its enumeration columns.
 */
function columnsAndValues(
  spec: SheetSpec,
  sheet: SheetSnapshot,
  sheetMapping: SheetMapping | undefined,
  ctx: Context,
): { columns: ColumnSuggestion[]; values: ValueSuggestion[] } {
  const options = ctx.options;
  const columns: ColumnSuggestion[] = [];
  const values: ValueSuggestion[] = [];
  const reader = new SheetReader<string>(sheet, spec, new IssueLog(), options, sheetMapping);
  const header = headerOf(sheet, reader);
  if (!header) return { columns, values };
  const found = new Map<string, number>();
  for (const c of spec.columns) {
    const i = reader.columns[c.field];
    if (i !== undefined && reader.headerRow === header.row + 1) found.set(c.field, i);
  }
  const usedCols = new Set(found.values());
  const freeCols = [...header.cells.keys()].filter((i) => !usedCols.has(i));
  const missing = spec.columns.map((c) => c.field).filter((f) => !found.has(f));
  const scores = columnScores(sheet, spec, header, missing, freeCols, ctx);
  const proposed = assign(scores);
  for (const field of missing) {
    const c = spec.columns.find((x) => x.field === field)!;
    const p = proposed.get(field);
    const best = p === undefined ? 0 : scores.get(field)!.get(p)!;
    if (!c.required && best < OPTIONAL_MIN) continue;
    const chosen = p !== undefined && (best >= OPTIONAL_MIN || c.required) ? p : undefined;
    if (chosen !== undefined) found.set(field, chosen);
    columns.push({
      sheet: spec.key,
      field,
      required: c.required === true,
      userSheet: sheet.name,
      tool: { fr: `${spec.fr} › ${c.fr}`, en: `${spec.en} › ${c.en}` },
      candidates: ranked(scores.get(field)!, chosen, (i) => header.cells.get(i)!, c.required === true),
      proposed: chosen === undefined ? null : header.cells.get(chosen)!,
    });
  }

  // 3. Values: the enumeration columns (found or proposed), their values the tool does not know.
  for (const [field, col] of found) {
    const e = enumColumn(spec.key, field);
    if (!e) continue;
    const match = makeEnum(e.table);
    const deprecated = makeEnum({ x: spec.key === 'members' ? DEPRECATED_ROLES : spec.key === 'groups' && field === 'type' ? DEPRECATED_GROUP_TYPES : [] });
    const mapped = sheetMapping?.values.get(field);
    const unknown = new Map<string, { value: string; count: number }>();
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const c = sheet.rows[r]?.[col];
      if (isBlank(c) || errorValue(c) !== null) continue;
      const t = readText(c, options).trim();
      const n = normalise(t);
      if (match(t) !== undefined || deprecated(t) !== undefined || mapped?.has(n)) continue;
      const u = unknown.get(n);
      if (u) u.count++;
      else unknown.set(n, { value: t, count: 1 });
    }
    const toolValues = Object.keys(e.table).map((v) => ({
      value: v,
      fr: enumLabel(e.table, v, 'fr'),
      en: enumLabel(e.table, v, 'en'),
    }));
    for (const { value, count } of unknown.values()) {
      let proposedValue: string | null = null;
      let best = 0;
      const synonyms = VALUE_SYNONYMS[`${spec.key}.${field}`] ?? {};
      for (const v of Object.keys(e.table)) {
        const s = bestName(value, [...e.table[v], ...(synonyms[v] ?? [])]);
        if (s > best) {
          best = s;
          proposedValue = v;
        }
      }
      values.push({
        sheet: spec.key,
        field,
        userSheet: sheet.name,
        header: header.cells.get(col) ?? '',
        value,
        count,
        toolValues,
        proposed: best >= 0.5 ? proposedValue : null,
      });
    }
  }
  return { columns, values };
}

/** Likeness of a user's sheet to a tool's sheet: its name, and how many tool columns it seems to hold. */
function sheetLikeness(sheet: SheetSnapshot, spec: SheetSpec, ctx: Context): number {
  const name = bestName(sheet.name, [...spec.names, spec.fr, spec.en]);
  const header = headerOf(sheet, null);
  if (!header) return name * 0.5;
  const fields = spec.columns.filter((c) => c.field !== 'waivers').map((c) => c.field);
  const scores = columnScores(sheet, spec, header, fields, [...header.cells.keys()], ctx);
  const best = assign(scores);
  let total = 0;
  for (const f of fields) {
    const c = best.get(f);
    if (c !== undefined) total += scores.get(f)!.get(c)!;
  }
  // Sheets with far more or fewer columns than the tool's fit less.
  const content = total / fields.length;
  return 0.45 * name + 0.55 * content;
}

/**
 * The proposed correspondences as rows of the Correspondances sheet (header first): every
 * proposed sheet and column, and every unknown value with a proposed tool value.
 */
export function proposedRows(s: MappingSuggestions, lang: Lang): string[][] {
  const head = MAPPING_SPEC.columns.map((c) => (lang === 'fr' ? c.fr : c.en));
  const rows: string[][] = [head];
  for (const x of s.sheets) if (x.proposed !== null) rows.push([ITEM_WORDS.sheet[lang], toolName(x.sheet, null, null, lang), x.proposed]);
  for (const x of s.columns) if (x.proposed !== null) rows.push([ITEM_WORDS.column[lang], toolName(x.sheet, x.field, null, lang), x.proposed]);
  for (const x of s.values) if (x.proposed !== null) rows.push([ITEM_WORDS.value[lang], toolName(x.sheet, x.field, x.proposed, lang), x.value]);
  return rows;
}
