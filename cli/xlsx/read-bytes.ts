// Reads an .xlsx file (Office Open XML spreadsheet) into a WorkbookSnapshot: cell values only.
//
// No spreadsheet library: the zip is opened with fflate and each XML part is scanned as a string
// with indexOf (no DOM), which keeps a 150,000-row sheet well under the time budget. Only what the
// core needs is read: sheet names in workbook order, the date system, shared strings and each
// worksheet's <sheetData>. Styles are not read: dates stay serial numbers, as the core expects.
//
// This module is host-free (no Node API): the pane's Consolider reads files picked in the page
// with it; `read.ts` adds the reading from disk for the command line.
//
// Every failure is an XlsxError with a code the command line maps to exit code 2 and a short
// message in French and English. Nothing else is ever thrown.

import { strFromU8, unzipSync } from 'fflate';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../core/types';

export type XlsxErrorCode = 'missing' | 'empty' | 'not-xlsx' | 'encrypted' | 'corrupt';

export interface XlsxMessages {
  fr: string;
  en: string;
}

/** Why a file cannot be read. `messages` holds one readable sentence per language, without the file name. */
export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  readonly messages: XlsxMessages;
  /** The file name given to the reader. */
  readonly file: string;
  /** Technical detail for logs (the zip or XML problem), or undefined. */
  readonly detail?: string;

  constructor(code: XlsxErrorCode, messages: XlsxMessages, file = '', detail?: string) {
    super(messages.en);
    this.name = 'XlsxError';
    this.code = code;
    this.messages = messages;
    this.file = file;
    this.detail = detail;
    Object.setPrototypeOf(this, XlsxError.prototype);
  }
}

/** The reader's messages, one sentence per language (the file-system ones are used by `read.ts`). */
export const MSG = {
  missing: {
    fr: "Le fichier est introuvable ou illisible : vérifiez le chemin indiqué.",
    en: 'The file cannot be found or read: check the path.',
  },
  folder: {
    fr: "Le chemin indiqué est un dossier, pas un fichier .xlsx.",
    en: 'The path is a folder, not an .xlsx file.',
  },
  denied: {
    fr: "Le fichier ne peut pas être lu : accès refusé.",
    en: 'The file cannot be read: permission denied.',
  },
  empty: {
    fr: 'Le fichier est vide (0 octet) : ce n’est pas un classeur Excel.',
    en: 'The file is empty (0 bytes): it is not an Excel workbook.',
  },
  encrypted: {
    fr: 'Le fichier est protégé par un mot de passe : enregistrez-en une copie sans mot de passe.',
    en: 'The file is protected by a password: save a copy without a password.',
  },
  oldXls: {
    fr: 'Le fichier est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx.',
    en: 'The file is in the Excel 97-2003 format (.xls): save it as .xlsx.',
  },
  cfb: {
    fr: 'Le fichier est protégé par un mot de passe ou au format ancien .xls : enregistrez-en une copie .xlsx sans mot de passe.',
    en: 'The file is password-protected or in the old .xls format: save a copy as .xlsx without a password.',
  },
  notXlsx: {
    fr: "Le fichier n’est pas un classeur Excel (.xlsx).",
    en: 'The file is not an Excel workbook (.xlsx).',
  },
  ods: {
    fr: 'Le fichier est un classeur OpenDocument (.ods) : enregistrez-le au format .xlsx.',
    en: 'The file is an OpenDocument spreadsheet (.ods): save it as .xlsx.',
  },
  xlsb: {
    fr: 'Le fichier est un classeur binaire Excel (.xlsb) : enregistrez-le au format .xlsx.',
    en: 'The file is a binary Excel workbook (.xlsb): save it as .xlsx.',
  },
  otherZip: {
    fr: "Le fichier est une archive zip mais pas un classeur Excel (.xlsx).",
    en: 'The file is a zip archive but not an Excel workbook (.xlsx).',
  },
  corrupt: {
    fr: 'Le fichier est endommagé ou incomplet : ouvrez-le dans Excel et enregistrez-le à nouveau.',
    en: 'The file is damaged or incomplete: open it in Excel and save it again.',
  },
} satisfies Record<string, XlsxMessages>;

function corrupt(file: string, detail: string): XlsxError {
  return new XlsxError('corrupt', MSG.corrupt, file, detail);
}

// ---------------------------------------------------------------------------------------------
// Entry points.
// ---------------------------------------------------------------------------------------------

/** Reads .xlsx bytes. Throws only XlsxError. */
export function readXlsx(data: Uint8Array, name: string): WorkbookSnapshot {
  try {
    return readUnchecked(data, name);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    // fflate errors, bad UTF-8, out of memory on a damaged part...
    throw corrupt(name, e instanceof Error ? e.message : String(e));
  }
}

// ---------------------------------------------------------------------------------------------
// Package level.
// ---------------------------------------------------------------------------------------------

/** Largest XML part read: bigger than any sheet Excel can hold as text, smaller than V8's string limit. */
const MAX_PART_BYTES = 500 * 1024 * 1024;
/** Excel's sheet size: 16,384 columns (XFD), 1,048,576 rows. */
const MAX_COL = 16383;
const MAX_ROW = 1048576;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Parts never needed: skipping them saves inflating pictures, charts, pivot caches... */
const SKIPPED_PART = /^(?:xl\/(?:media|drawings|charts|theme|printerSettings|embeddings|pivotCache|pivotTables|externalLinks|comments|threadedComments|persons|ctrlProps|activeX|richData|model|customData|queryTables|slicers|slicerCaches|timelines|timelineCaches|webextensions)\/|customXml\/|docProps\/)/i;

function readUnchecked(data: Uint8Array, name: string): WorkbookSnapshot {
  if (!data || data.length === 0) throw new XlsxError('empty', MSG.empty, name);
  if (data.length >= 8 && CFB_MAGIC.every((b, i) => data[i] === b)) {
    throw new XlsxError('encrypted', cfbMessage(data), name, 'OLE compound file');
  }
  // A zip starts with a local file header (PK\3\4), or is an empty archive (PK\5\6).
  const isZip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b &&
    ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6) || (data[2] === 7 && data[3] === 8));
  if (!isZip) throw new XlsxError('not-xlsx', MSG.notXlsx, name, 'not a zip archive');

  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => {
        names.push(f.name);
        const n = f.name.replace(/\\/g, '/');
        if (n.endsWith('/') || !/\.(?:xml|rels)$/i.test(n) || SKIPPED_PART.test(n)) return false;
        // A damaged (or malicious) directory entry must not make us allocate gigabytes: deflate
        // cannot expand more than about 1,032 times, and V8 strings stop at about 512 MB.
        if (f.originalSize > MAX_PART_BYTES || (f.compression === 8 && f.originalSize > f.size * 1100 + 4096)) {
          throw new Error(`${f.name}: declared size ${f.originalSize} is impossible`);
        }
        return true;
      },
    });
  } catch (e) {
    throw corrupt(name, 'zip: ' + (e instanceof Error ? e.message : String(e)));
  }
  const pkg = new Package(files);

  // The workbook part: from the package relationships, else the usual place.
  let wbPath: string | null = null;
  const rootRels = pkg.text('_rels/.rels');
  if (rootRels !== null) {
    for (const rel of parseRels(rootRels, '')) {
      if (/\/officeDocument$/.test(rel.type) && pkg.has(rel.target)) { wbPath = rel.target; break; }
    }
  }
  if (wbPath === null && pkg.has('xl/workbook.xml')) wbPath = 'xl/workbook.xml';
  if (wbPath === null) {
    const lower = names.map((n) => n.toLowerCase());
    let msg: XlsxMessages = MSG.otherZip;
    if (lower.includes('mimetype') && lower.includes('content.xml')) msg = MSG.ods;
    else if (lower.some((n) => n.endsWith('workbook.bin'))) msg = MSG.xlsb;
    throw new XlsxError('not-xlsx', msg, name, 'no workbook part');
  }
  wbPath = pkg.resolve(wbPath);
  const wbXml = pkg.text(wbPath)!;
  const wbDir = wbPath.includes('/') ? wbPath.slice(0, wbPath.lastIndexOf('/') + 1) : '';
  const wbRelsPath = wbDir + '_rels/' + wbPath.slice(wbDir.length) + '.rels';
  const wbRelsXml = pkg.text(wbRelsPath);
  const rels = wbRelsXml === null ? [] : parseRels(wbRelsXml, wbDir);
  const relById = new Map(rels.map((r) => [r.id, r]));

  const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*["'](?:1|true)["']/.test(wbXml);

  const sheetsStart = wbXml.search(/<(?:[\w.-]+:)?sheets\b/);
  if (sheetsStart < 0) throw corrupt(name, wbPath + ': no <sheets>');
  const sheetDecls: { name: string; rid: string }[] = [];
  const sheetTag = /<(?:[\w.-]+:)?sheet\b([^>]*)>/g;
  sheetTag.lastIndex = sheetsStart;
  const sheetsEnd = wbXml.search(/<\/(?:[\w.-]+:)?sheets\s*>/);
  for (let m = sheetTag.exec(wbXml); m !== null && (sheetsEnd < 0 || m.index < sheetsEnd); m = sheetTag.exec(wbXml)) {
    const attrs = m[1];
    const sheetName = attrValue(attrs, 'name');
    const rid = /\s(?:[\w.-]+:)?id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    if (sheetName === null || rid === null) throw corrupt(name, wbPath + ': <sheet> without name or id');
    sheetDecls.push({ name: decodeXml(sheetName), rid: rid[1] ?? rid[2] });
  }

  // Shared strings.
  let sst: string[] = [];
  const sstRel = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const sstPath = sstRel && pkg.has(sstRel.target) ? sstRel.target : pkg.has(wbDir + 'sharedStrings.xml') ? wbDir + 'sharedStrings.xml' : null;
  if (sstPath !== null) sst = parseSharedStrings(pkg.text(sstPath)!, name);

  const sheets: SheetSnapshot[] = [];
  for (const decl of sheetDecls) {
    const rel = relById.get(decl.rid);
    if (!rel) throw corrupt(name, `sheet "${decl.name}": relationship ${decl.rid} not found`);
    if (rel.external) { sheets.push({ name: decl.name, rows: [] }); continue; }
    const xml = pkg.text(rel.target);
    if (xml === null) {
      // A chart sheet or dialog sheet holds no cells; a missing worksheet part is damage.
      if (/\/worksheet$/.test(rel.type)) throw corrupt(name, `sheet "${decl.name}": part ${rel.target} missing`);
      sheets.push({ name: decl.name, rows: [] });
      continue;
    }
    sheets.push({ name: decl.name, rows: parseSheet(xml, sst, date1904, name, rel.target) });
  }

  const wb: WorkbookSnapshot = { name, sheets };
  if (date1904) wb.date1904 = true;
  return wb;
}

function cfbMessage(data: Uint8Array): XlsxMessages {
  // Directory entry names are UTF-16LE. Look for the stream that tells the two cases apart.
  const has = (s: string): boolean => {
    const pat: number[] = [];
    for (const ch of s) pat.push(ch.charCodeAt(0), 0);
    outer: for (let i = 0, n = Math.min(data.length, 4 << 20) - pat.length; i <= n; i++) {
      for (let j = 0; j < pat.length; j++) if (data[i + j] !== pat[j]) continue outer;
      return true;
    }
    return false;
  };
  if (has('EncryptedPackage')) return MSG.encrypted;
  if (has('Workbook') || has('Book')) return MSG.oldXls;
  return MSG.cfb;
}

/** Zip entries by normalised name, decoded to strings on demand. */
class Package {
  private readonly byName = new Map<string, Uint8Array>();
  private readonly byLower = new Map<string, string>();

  constructor(files: Record<string, Uint8Array>) {
    for (const raw of Object.keys(files)) {
      const n = raw.replace(/\\/g, '/').replace(/^\/+/, '');
      this.byName.set(n, files[raw]);
      this.byLower.set(n.toLowerCase(), n);
    }
  }

  /** The stored name for a part name (exact, else case-insensitive, as Windows tools differ). */
  resolve(partName: string): string {
    const n = partName.replace(/^\/+/, '');
    if (this.byName.has(n)) return n;
    return this.byLower.get(n.toLowerCase()) ?? n;
  }

  has(partName: string): boolean {
    return this.byName.has(this.resolve(partName));
  }

  text(partName: string): string | null {
    const bytes = this.byName.get(this.resolve(partName));
    if (!bytes) return null;
    let s = strFromU8(bytes);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  }
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRels(xml: string, baseDir: string): Rel[] {
  const out: Rel[] = [];
  const re = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const id = attrValue(m[1], 'Id');
    const type = attrValue(m[1], 'Type');
    const target = attrValue(m[1], 'Target');
    if (id === null || target === null) continue;
    const external = /^external$/i.test(attrValue(m[1], 'TargetMode') ?? '');
    out.push({
      id: decodeXml(id),
      type: decodeXml(type ?? ''),
      target: external ? decodeXml(target) : resolveTarget(baseDir, decodeXml(target)),
      external,
    });
  }
  return out;
}

/** Resolves a relationship target against the folder of its source part ('' for the root). */
function resolveTarget(baseDir: string, target: string): string {
  let t = target.split('#')[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as written
  }
  t = t.replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : baseDir.split('/').filter((p) => p !== '');
  for (const p of t.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

function attrValue(attrs: string, attr: string): string | null {
  const re = new RegExp('(?:^|\\s)' + attr + '\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\')');
  const m = re.exec(attrs);
  return m === null ? null : m[1] ?? m[2];
}

// ---------------------------------------------------------------------------------------------
// Text.
// ---------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entities and character references. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ent] ?? whole;
  });
}

/** Decodes OOXML's `_xHHHH_` escapes (`_x000D_` is a carriage return, `_x005F_` an underscore). */
function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeText(raw: string): string {
  return decodeOoxmlEscapes(decodeXml(raw));
}

/**
 * The text of a string item (<si> or <is> content): plain <t>, or the <t> of every rich-text run
 * <r>, concatenated. Phonetic runs (<rPh>) and their <t> are left out. Searches stay inside the
 * item (a slice), so a long part never costs a scan to its end per item.
 */
function stringItemText(xml: string, start: number, end: number, p: string): string {
  let item = xml.slice(start, end);
  const tOpen = '<' + p + 't';
  const tClose = '</' + p + 't>';
  const rPhOpen = '<' + p + 'rPh';
  if (item.indexOf(rPhOpen) >= 0) {
    item = item.replace(new RegExp('<' + escapeRegExp(p) + 'rPh\\b[^>]*?(?:/>|>[\\s\\S]*?</' + escapeRegExp(p) + 'rPh>)', 'g'), '');
  }
  // The common case: one plain <t>.
  let out = '';
  let pos = 0;
  for (;;) {
    const i = item.indexOf(tOpen, pos);
    if (i < 0) break;
    if (!isNameEnd(item.charCodeAt(i + tOpen.length))) { pos = i + tOpen.length; continue; }
    const gt = item.indexOf('>', i);
    if (gt < 0) break;
    if (item.charCodeAt(gt - 1) === 47) { pos = gt + 1; continue; } // <t/>
    const close = item.indexOf(tClose, gt);
    if (close < 0) throw new Error('unterminated <t>');
    out += item.slice(gt + 1, close);
    pos = close + tClose.length;
  }
  return decodeText(out);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Namespace prefix (with its colon, or '') used for the root element `local`. */
function rootPrefix(xml: string, local: string): string {
  const m = new RegExp('<([\\w.-]+:)?' + local + '[\\s>/]').exec(xml);
  return m && m[1] ? m[1] : '';
}

function parseSharedStrings(xml: string, file: string): string[] {
  const p = rootPrefix(xml, 'sst');
  const siOpen = '<' + p + 'si';
  const siClose = '</' + p + 'si>';
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const i = xml.indexOf(siOpen, pos);
    if (i < 0) break;
    const c = xml.charCodeAt(i + siOpen.length);
    if (c !== 62 && c !== 47 && c !== 32 && c !== 9 && c !== 10 && c !== 13) { pos = i + siOpen.length; continue; }
    const gt = xml.indexOf('>', i);
    if (gt < 0) throw corrupt(file, 'sharedStrings: unterminated <si>');
    if (xml.charCodeAt(gt - 1) === 47) { out.push(''); pos = gt + 1; continue; }
    const end = xml.indexOf(siClose, gt);
    if (end < 0) throw corrupt(file, 'sharedStrings: unterminated <si>');
    out.push(stringItemText(xml, gt + 1, end, p));
    pos = end + siClose.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worksheets.
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86400000;
/** Date.UTC(1899, 11, 30): serial 0 in the 1900 system, for serials from 61 (1900-03-01) on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Converts an ISO 8601 date or date-time (a `t="d"` cell) to an Excel serial number. */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const m = /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(iso);
  let ms: number;
  if (m) {
    const d = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
    d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
    d.setUTCHours(+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(parseFloat(m[7]) * 1000) : 0);
    ms = d.getTime();
  } else {
    // A bare time (`T09:30:00` or `09:30:00`) is a day fraction.
    const t = /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/.exec(iso);
    if (!t) return null;
    return (+t[1] * 3600 + +t[2] * 60 + +(t[3] ?? 0) + (t[4] ? parseFloat(t[4]) : 0)) / 86400;
  }
  if (!isFinite(ms)) return null;
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  let serial = (ms - EPOCH_1900) / MS_PER_DAY;
  // Before 1900-03-01 Excel counts from 1900-01-01 = 1 (its phantom 1900-02-29 comes after);
  // 1899-12-30 stays 0, so a bare time written as 1899-12-30T09:00 gives 0.375.
  if (serial >= 1 && serial < 61) serial -= 1;
  return serial;
}

/** Column index (0-based) and row number (1-based) of an A1 reference; -1 when absent. */
function parseRef(s: string, start: number, end: number, out: { col: number; row: number }): void {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c === 36) continue; // '$'
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let row = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  out.col = col - 1;
  out.row = row > 0 ? row : -1;
}

/** Position of `name="` / `name='` as an attribute in s[start, end), or -1; returns index of the value's first char. */
function findAttr(s: string, start: number, end: number, name: string): number {
  let pos = start;
  for (;;) {
    const i = s.indexOf(name, pos);
    if (i < 0 || i >= end) return -1;
    const before = s.charCodeAt(i - 1);
    let j = i + name.length;
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (s.charCodeAt(j) === 32) j++;
      if (s.charCodeAt(j) === 61) { // '='
        j++;
        while (s.charCodeAt(j) === 32) j++;
        const q = s.charCodeAt(j);
        if (q === 34 || q === 39) return j + 1;
      }
    }
    pos = i + name.length;
  }
}

function attrAt(s: string, valueStart: number): string {
  const q = s[valueStart - 1];
  const end = s.indexOf(q, valueStart);
  return s.slice(valueStart, end < 0 ? valueStart : end);
}

function isNameEnd(c: number): boolean {
  // whitespace, '>' or '/'
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function parseSheet(xml: string, sst: string[], date1904: boolean, file: string, part: string): Cell[][] {
  const p = rootPrefix(xml, 'worksheet') || rootPrefix(xml, 'sheetData');
  const sdOpen = '<' + p + 'sheetData';
  let sd = xml.indexOf(sdOpen);
  while (sd >= 0 && !isNameEnd(xml.charCodeAt(sd + sdOpen.length))) sd = xml.indexOf(sdOpen, sd + 1);
  const rows: Cell[][] = [];
  if (sd < 0) return rows;
  const sdGt = xml.indexOf('>', sd);
  if (sdGt < 0) throw corrupt(file, part + ': unterminated <sheetData>');
  if (xml.charCodeAt(sdGt - 1) === 47) return rows; // <sheetData/>
  const sdEnd = xml.indexOf('</' + p + 'sheetData>', sdGt);
  if (sdEnd < 0) throw corrupt(file, part + ': unterminated <sheetData>');

  const rowName = p + 'row';
  const cName = p + 'c';
  const cClose = '</' + p + 'c>';
  const vOpen = '<' + p + 'v';
  const vClose = '</' + p + 'v>';
  const isOpen = '<' + p + 'is';
  const isClose = '</' + p + 'is>';
  const ref = { col: 0, row: 0 };

  let rowNum = 0; // current sheet row (1-based)
  let col = -1; // last cell column in this row
  let cur: Cell[] | null = null; // the array of the current row, created on its first value
  let pos = sdGt + 1;

  while (pos < sdEnd) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= sdEnd) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47 || c1 === 63 || c1 === 33) {
      // closing tag, processing instruction or comment
      if (c1 === 33 && xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        pos = e < 0 ? sdEnd : e + 3;
      } else {
        const e = xml.indexOf('>', lt);
        pos = e < 0 ? sdEnd : e + 1;
      }
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt > sdEnd) throw corrupt(file, part + ': unterminated tag');
    const selfClosing = xml.charCodeAt(gt - 1) === 47;

    if (xml.startsWith(cName, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + cName.length))) {
      // A cell.
      const aStart = lt + 1 + cName.length;
      const rAt = findAttr(xml, aStart, gt, 'r');
      if (rAt >= 0) {
        parseRef(xml, rAt, gt, ref);
        if (ref.col > MAX_COL || ref.row > MAX_ROW) throw corrupt(file, `${part}: cell reference out of the sheet`);
        col = ref.col >= 0 ? ref.col : col + 1;
        if (ref.row > 0 && ref.row !== rowNum) {
          // A cell of another row than its <row> says (or a cell outside any <row>).
          rowNum = ref.row;
          cur = rows[rowNum - 1] ?? null;
        }
      } else {
        col++;
      }
      if (col > MAX_COL) throw corrupt(file, `${part}: more than ${MAX_COL + 1} columns`);
      if (rowNum === 0) rowNum = 1;
      if (selfClosing) { pos = gt + 1; continue; }
      const end = xml.indexOf(cClose, gt);
      if (end < 0 || end > sdEnd) throw corrupt(file, part + ': unterminated <c>');
      pos = end + cClose.length;

      const tAt = findAttr(xml, aStart, gt, 't');
      const t = tAt >= 0 ? xml.charCodeAt(tAt) : 110; // 'n'
      const t2 = tAt >= 0 ? xml.charCodeAt(tAt + 1) : 34;
      let value: Cell = null;

      // The cell's content, as a slice: every search below stays inside the cell.
      const inner = xml.slice(gt + 1, end);
      if (t === 105 /* inlineStr */ && t2 === 110) {
        let is = inner.indexOf(isOpen);
        while (is >= 0 && !isNameEnd(inner.charCodeAt(is + isOpen.length))) is = inner.indexOf(isOpen, is + 1);
        if (is >= 0) {
          const isGt = inner.indexOf('>', is);
          if (isGt > 0 && inner.charCodeAt(isGt - 1) !== 47) {
            const isEnd = inner.indexOf(isClose, isGt);
            if (isEnd < 0) throw corrupt(file, part + ': unterminated <is>');
            value = stringItemText(inner, isGt + 1, isEnd, p);
          }
        } else {
          const v = readV(inner, vOpen, vClose);
          if (v !== null) value = decodeText(v);
        }
      } else {
        const v = readV(inner, vOpen, vClose);
        if (v !== null) {
          if (t === 110 /* n */ || t === 34 || t === 39) {
            const n = +v;
            value = v.length > 0 && v.charCodeAt(0) > 32 && n === n ? n : v.trim() === '' ? null : decodeXml(v);
          } else if (t === 115 /* s or str */) {
            if (t2 === 116 /* str */) {
              value = decodeText(v);
            } else {
              const idx = +v;
              value = idx >= 0 && idx < sst.length ? sst[idx] : null;
            }
          } else if (t === 98 /* b */) {
            const b = v.trim();
            value = b === '1' || b === 'true';
          } else if (t === 101 /* e */) {
            value = decodeXml(v).trim();
          } else if (t === 100 /* d */) {
            const iso = decodeXml(v);
            value = isoToSerial(iso, date1904) ?? iso;
          } else {
            const n = +v;
            value = v.length > 0 && n === n ? n : decodeText(v);
          }
        }
      }
      if (value === null || value === '') continue;
      if (cur === null) {
        cur = [];
        while (rows.length < rowNum - 1) rows.push([]);
        if (rows.length === rowNum - 1) rows.push(cur);
        else rows[rowNum - 1] = cur;
      }
      if (col === cur.length) cur.push(value);
      else if (col > cur.length) {
        while (cur.length < col) cur.push(null);
        cur.push(value);
      } else cur[col] = value;
      continue;
    }

    if (xml.startsWith(rowName, lt + 1) && isNameEnd(xml.charCodeAt(lt + 1 + rowName.length))) {
      const rAt = findAttr(xml, lt + 1 + rowName.length, gt, 'r');
      let r = rowNum + 1;
      if (rAt >= 0) {
        const v = parseInt(attrAt(xml, rAt), 10);
        if (v > 0) r = v;
      }
      if (r > MAX_ROW) throw corrupt(file, `${part}: row ${r} out of the sheet`);
      rowNum = r;
      col = -1;
      cur = rows[rowNum - 1] ?? null;
      pos = gt + 1;
      continue;
    }

    // Any other element (extLst...): skip its start tag; its content is scanned and ignored.
    pos = gt + 1;
  }

  // Rows made of nulls only (possible when a cell was overwritten) do not count as data.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  return rows;
}

function isBlankRow(row: Cell[] | undefined): boolean {
  if (!row) return true;
  for (const c of row) if (c !== null && c !== undefined && c !== '') return false;
  return true;
}

/** The raw text of the <v> element in a cell's content, or null. */
function readV(cell: string, vOpen: string, vClose: string): string | null {
  let i = cell.indexOf(vOpen);
  while (i >= 0 && !isNameEnd(cell.charCodeAt(i + vOpen.length))) i = cell.indexOf(vOpen, i + 1);
  if (i < 0) return null;
  const gt = cell.indexOf('>', i);
  if (gt < 0 || cell.charCodeAt(gt - 1) === 47) return null; // <v/>
  const close = cell.indexOf(vClose, gt);
  if (close < 0) return null;
  return cell.slice(gt + 1, close);
}
