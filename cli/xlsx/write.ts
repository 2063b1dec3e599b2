// A small writer for NEW .xlsx workbooks: the sample workbook, test fixtures, the template.
//
// It writes values only, with a handful of styles (date, time, bold), column widths, frozen rows,
// list validations and an autofilter. Text is always written as text (a shared string), never as
// a formula, whatever it starts with (`=`, `+`, `-`, `@`): security bar S1.

import { columnName } from '../../core/a1';
import * as fs from 'fs';
import * as path from 'path';
import type { Cell } from '../../core/types';
import { writeZip } from './zip';

export interface NewSheet {
  /** Sheet name: 1 to 31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`. */
  name: string;
  /** rows[0] is sheet row 1, rows[r][0] column A. null, undefined and '' are blank cells. */
  rows: Cell[][];
  /** Widths in characters, by 0-based column; missing or non-positive entries keep the default. */
  columnWidths?: number[];
  /** 0-based columns whose numbers (and Dates) are written with the dd/mm/yyyy format. */
  dateColumns?: number[];
  /** 0-based columns whose numbers (and Dates) are written with the hh:mm format. */
  timeColumns?: number[];
  /** Number of rows frozen at the top (1 freezes the header row). */
  frozenRows?: number;
  /** 0-based row indexes (into `rows`) written in bold. */
  boldRows?: number[];
  /**
   * Drop-down lists. `range` is an A1 range (`C2:C200`, or several separated by spaces); `list`
   * is the items (written as a literal list: at most 255 characters, no commas or quotes in
   * items) or a formula giving them (`'Groupes'!$A$2:$A$200`, with or without a leading `=`).
   */
  /** `warning`: a value outside the list is allowed after a warning (Excel's stop otherwise). */
  validations?: { range: string; list: string[] | string; warning?: boolean }[];
  /** 0-based row index (into `rows`) of the header row of an autofilter over the data below it. */
  autoFilterRow?: number;
  /** Page setup: A4 portrait, scaled to one page wide and tall (absent: the application's default). */
  print?: { paper: 'A4'; orientation: 'portrait'; fitToOnePage: true };
}

export interface WriteOptions {
  /** Use Excel's 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

// ---------------------------------------------------------------------------------------------
// Text helpers.
// ---------------------------------------------------------------------------------------------

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot hold. */
export function stripInvalidXml(s: string): string {
  return s.replace(INVALID_XML, '');
}

/** Escapes text for an XML element or a double-quoted attribute, dropping invalid characters. */
export function escapeXml(s: string): string {
  return stripInvalidXml(s).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Cell text as OOXML stores it: escaped, `_xHHHH_` sequences protected (Excel would decode them),
 * carriage returns as `_x000D_` (XML parsers turn a raw CR into LF), at most 32,767 characters.
 */
export function cellText(s: string): string {
  let t = stripInvalidXml(s);
  if (t.length > MAX_CELL_CHARS) {
    t = t.slice(0, MAX_CELL_CHARS);
    // Do not leave half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(t)) t = t.slice(0, -1);
  }
  t = t.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  t = t.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '_x000D_'));
  return t;
}

/** Why a sheet name is not valid, or null when it is. */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'a sheet name cannot be empty';
  if (name.length > 31) return `sheet name "${name}" is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `sheet name "${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  if (name !== stripInvalidXml(name)) return `sheet name "${name}" contains control characters`;
  if (name.toLowerCase() === 'history') return 'sheet name "History" is reserved by Excel';
  return null;
}


const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The Excel serial of a Date, read in UTC (the workbook's zone, Africa/Bamako, is UTC+0). */
export function dateToSerial(d: Date, date1904 = false): number {
  const ms = d.getTime();
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  // Before 1900-03-01, Excel's phantom 1900-02-29 shifts serials by one. Serials below 1 are
  // times of day on 1899-12-30, the convention of JavaScript and Apps Script for a bare time.
  return serial >= 1 && serial < 61 ? serial - 1 : serial;
}

// ---------------------------------------------------------------------------------------------
// Styles: cellXfs index = format (0 general, 1 date, 2 time, 3 date-time) + 4 when bold.
// ---------------------------------------------------------------------------------------------

const FMT_GENERAL = 0;
const FMT_DATE = 1;
const FMT_TIME = 2;
const FMT_DATETIME = 3;
const BOLD = 4;

function stylesXml(): string {
  const numFmtIds = [0, 164, 165, 166];
  const xfs: string[] = [];
  for (const bold of [0, 1]) {
    for (const id of numFmtIds) {
      xfs.push(`<xf numFmtId="${id}" fontId="${bold}" fillId="0" borderId="0" xfId="0"` +
        `${id ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}/>`);
    }
  }
  return XML_DECL +
    `<styleSheet xmlns="${NS_MAIN}">` +
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="hh:mm"/>' +
    '<numFmt numFmtId="166" formatCode="dd/mm/yyyy hh:mm"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
}

// ---------------------------------------------------------------------------------------------
// Writer.
// ---------------------------------------------------------------------------------------------

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const parts: string[] = [XML_DECL, `<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`];
    for (const s of this.list) {
      const t = cellText(s);
      const preserve = /^[\s]|[\s]$|\n|\t|  /.test(s) ? ' xml:space="preserve"' : '';
      parts.push(`<si><t${preserve}>${t}</t></si>`);
    }
    parts.push('</sst>');
    return parts.join('');
  }
}

function isBlank(v: Cell): boolean {
  return v === null || v === undefined || v === '';
}

/** A1 ranges separated by spaces, each `A1` or `A1:B2`, with optional `$`. */
const RANGE_LIST = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?(?: \$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)*$/;

function sheetXml(sheet: NewSheet, index: number, sst: SharedStrings, date1904: boolean): string {
  const rows = sheet.rows ?? [];
  if (rows.length > MAX_ROWS) throw new RangeError(`sheet "${sheet.name}": more than ${MAX_ROWS} rows`);
  const dateCols = new Set(sheet.dateColumns ?? []);
  const timeCols = new Set(sheet.timeColumns ?? []);
  const boldRows = new Set(sheet.boldRows ?? []);

  let maxCol = -1;
  let lastRow = -1;
  const body: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.length === 0) continue;
    if (row.length > MAX_COLS) throw new RangeError(`sheet "${sheet.name}" row ${r + 1}: more than ${MAX_COLS} columns`);
    const bold = boldRows.has(r) ? BOLD : 0;
    const rn = r + 1;
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      const ref = columnName(c) + rn;
      let fmt = FMT_GENERAL;
      if (dateCols.has(c)) fmt = FMT_DATE;
      else if (timeCols.has(c)) fmt = FMT_TIME;
      if (typeof v === 'string') {
        const s = bold ? ` s="${bold}"` : '';
        cells += `<c r="${ref}"${s} t="s"><v>${sst.add(v)}</v></c>`;
      } else if (typeof v === 'number') {
        if (!isFinite(v)) {
          cells += `<c r="${ref}"${bold ? ` s="${bold}"` : ''} t="e"><v>#NUM!</v></c>`;
        } else {
          const style = fmt + bold;
          cells += `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${numberText(v)}</v></c>`;
        }
      } else if (typeof v === 'boolean') {
        cells += `<c r="${ref}"${bold ? ` s="${bold}"` : ''} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else if (v instanceof Date) {
        const serial = dateToSerial(v, date1904);
        if (!isFinite(serial)) {
          cells += `<c r="${ref}"${bold ? ` s="${bold}"` : ''} t="e"><v>#VALUE!</v></c>`;
          continue;
        }
        if (fmt === FMT_GENERAL) fmt = serial % 1 === 0 ? FMT_DATE : serial >= 0 && serial < 1 ? FMT_TIME : FMT_DATETIME;
        cells += `<c r="${ref}" s="${fmt + bold}"><v>${numberText(serial)}</v></c>`;
      } else {
        // Anything else a caller may pass despite the type: its text.
        cells += `<c r="${ref}"${bold ? ` s="${bold}"` : ''} t="s"><v>${sst.add(String(v))}</v></c>`;
      }
      if (c > maxCol) maxCol = c;
    }
    if (cells === '') continue;
    lastRow = r;
    body.push(`<row r="${rn}">${cells}</row>`);
  }

  const parts: string[] = [XML_DECL, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  // CT_Worksheet order: sheetPr (fit to page) first, pageSetup after pageMargins.
  if (sheet.print?.fitToOnePage) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${lastRow < 0 ? 'A1' : `A1:${columnName(Math.max(maxCol, 0))}${lastRow + 1}`}"/>`);

  // sheetViews
  const frozen = Math.max(0, Math.floor(sheet.frozenRows ?? 0));
  const selected = index === 0 ? ' tabSelected="1"' : '';
  if (frozen > 0) {
    const tl = `A${frozen + 1}`;
    parts.push(`<sheetViews><sheetView${selected} workbookViewId="0">` +
      `<pane ySplit="${frozen}" topLeftCell="${tl}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`);
  } else {
    parts.push(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');

  // cols
  const widths = sheet.columnWidths ?? [];
  const cols: string[] = [];
  for (let c = 0; c < widths.length && c < MAX_COLS; c++) {
    const w = widths[c];
    if (typeof w === 'number' && isFinite(w) && w > 0) {
      cols.push(`<col min="${c + 1}" max="${c + 1}" width="${Math.min(w, 255)}" customWidth="1"/>`);
    }
  }
  if (cols.length) parts.push(`<cols>${cols.join('')}</cols>`);

  parts.push(body.length ? `<sheetData>${body.join('')}</sheetData>` : '<sheetData/>');

  const filter = autoFilterRef(sheet, lastRow);
  if (filter) parts.push(`<autoFilter ref="${filter}"/>`);

  const validations = sheet.validations ?? [];
  if (validations.length) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) {
      const range = String(v.range).trim().replace(/\$/g, '');
      if (!RANGE_LIST.test(range)) throw new RangeError(`sheet "${sheet.name}": invalid validation range "${v.range}"`);
      const style = v.warning ? ' errorStyle="warning"' : '';
      parts.push(`<dataValidation type="list"${style} allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(range)}">` +
        `<formula1>${escapeXml(listFormula(v.list, sheet.name))}</formula1></dataValidation>`);
    }
    parts.push('</dataValidations>');
  }
  if (sheet.print) {
    parts.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
    const fit = sheet.print.fitToOnePage ? ' fitToWidth="1" fitToHeight="1"' : '';
    parts.push(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${fit}/>`);
  } else {
    parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/** The autofilter range (`A1:F20`), or null. */
function autoFilterRef(sheet: NewSheet, lastRow: number): string | null {
  const hr = sheet.autoFilterRow;
  if (hr === undefined || hr === null || !(hr >= 0)) return null;
  const header = sheet.rows[hr] ?? [];
  let lastCol = -1;
  for (let c = 0; c < header.length; c++) if (!isBlank(header[c])) lastCol = c;
  if (lastCol < 0) return null;
  const end = Math.max(lastRow, hr) + 1;
  return `A${hr + 1}:${columnName(lastCol)}${end}`;
}

function listFormula(list: string[] | string, sheetName: string): string {
  if (typeof list === 'string') {
    const f = list.trim().replace(/^=/, '');
    if (!f) throw new RangeError(`sheet "${sheetName}": empty validation formula`);
    return f;
  }
  for (const item of list) {
    if (/[,"]/.test(item)) throw new RangeError(`sheet "${sheetName}": validation item "${item}" contains a comma or a quote; use a range instead`);
  }
  const f = '"' + list.join(',') + '"';
  if (f.length > 257) throw new RangeError(`sheet "${sheetName}": validation list longer than 255 characters; use a range instead`);
  return f;
}

/** Shortest round-tripping text of a finite number, without exponent surprises for Excel. */
function numberText(v: number): string {
  if (Object.is(v, -0)) return '0';
  return String(v);
}

/** Writes a new workbook. Throws RangeError on an invalid sheet name, range or validation list. */
export function writeXlsx(sheets: NewSheet[], options: WriteOptions = {}): Uint8Array {
  if (!sheets.length) throw new RangeError('a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const s of sheets) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new RangeError(problem);
    const key = s.name.toLowerCase();
    if (seen.has(key)) throw new RangeError(`two sheets are named "${s.name}"`);
    seen.add(key);
  }
  const date1904 = options.date1904 === true;
  const sst = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  const sheetEntries: string[] = [];
  const sheetRels: string[] = [];
  const overrides: string[] = [];
  const definedNames: string[] = [];

  sheets.forEach((sheet, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(sheet, i, sst, date1904));
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    sheetRels.push(`<Relationship Id="rId${n}" Type="${REL_DOC}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    const filter = autoFilterRef(sheet, lastNonBlankRow(sheet.rows));
    if (filter) {
      const [a, b] = filter.split(':');
      const abs = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      definedNames.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
        `${escapeXml(quoteSheet(sheet.name))}!${abs(a)}:${abs(b)}</definedName>`);
    }
  });
  const nSheets = sheets.length;

  files['xl/workbook.xml'] = strToU8(XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr${date1904 ? ' date1904="1"' : ''} defaultThemeVersion="124226"/>` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheetEntries.join('')}</sheets>` +
    (definedNames.length ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029"/>' +
    '</workbook>');
  files['xl/_rels/workbook.xml.rels'] = strToU8(XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">${sheetRels.join('')}` +
    `<Relationship Id="rId${nSheets + 1}" Type="${REL_DOC}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${nSheets + 2}" Type="${REL_DOC}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>');
  files['xl/styles.xml'] = strToU8(stylesXml());
  files['xl/sharedStrings.xml'] = strToU8(sst.xml());
  files['docProps/app.xml'] = strToU8(XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    '<Application>tdr-check</Application></Properties>');
  files['docProps/core.xml'] = strToU8(XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>tdr-check</dc:creator></cp:coreProperties>');
  files['_rels/.rels'] = strToU8(XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL_DOC}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL_DOC}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>');
  files['[Content_Types].xml'] = strToU8(XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides.join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>');

  // [Content_Types].xml first, as some readers expect.
  const order = ['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
  for (let n = 1; n <= nSheets; n++) order.push(`xl/worksheets/sheet${n}.xml`);
  // Node's zlib deflates (several times faster than a JavaScript deflate on a 100,000-row sheet);
  // parts get a fixed time, so that the same workbook gives the same bytes.
  return writeZip(order.map((name) => ({ name, raw: null, content: files[name] })));
}

function strToU8(s: string): Uint8Array {
  return Buffer.from(s, 'utf8');
}

function lastNonBlankRow(rows: Cell[][]): number {
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    if (row && row.some((v) => !isBlank(v))) return r;
  }
  return -1;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name)
    ? name
    : "'" + name.replace(/'/g, "''") + "'";
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which
 * is then renamed over the target. The temporary file is removed when anything fails.
 */
export function writeFileAtomic(filePath: string, data: Uint8Array): void {
  const dir = path.dirname(filePath);
  const tmp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx');
    let off = 0;
    while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
    try {
      fs.fsyncSync(fd);
    } catch {
      // Some file systems do not support fsync; the rename still makes the write whole.
    }
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, filePath);
  } catch (e) {
    if (fd !== null) {
      try { fs.closeSync(fd); } catch { /* already failing */ }
    }
    try { fs.unlinkSync(tmp); } catch { /* never created or already gone */ }
    throw e;
  }
}
