// One output sheet of the plan as a worksheet part. Every string is an inline string
// (`t="inlineStr"`): no cell is ever a formula, whatever its text (S1). Links are internal
// hyperlinks (`location`); the part's only relationship is its drawing, when it has a chart.

import { a1, columnName } from '../../core/a1';
import type { OutputSheet, PlanCell, PlanDate } from '../../core/plan/types';
import { isoToDay } from '../../core/values';
import { NS_MAIN, NS_REL } from './ooxml';
import { REL_DRAWING } from './chart';
import type { ToolStyles } from './tool-styles';
import { cellText, escapeXml } from './write';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1970-01-01. */
const SERIAL_OF_EPOCH = 25569;
/** The 1904 system starts 1,462 days later. */
const SHIFT_1904 = 1462;
const TAB_ARGB = 'FF3C78D8';

function inlineString(ref: string, text: string, style: number | null): string {
  const s = style === null ? '' : ` s="${style}"`;
  const space = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${cellText(text)}</t></is></c>`;
}

function isDate(v: PlanCell): v is PlanDate {
  return typeof v === 'object' && v !== null && typeof (v as PlanDate).date === 'string';
}

/** The serial of an ISO day in the workbook's date system, or null. */
export function serialOf(iso: string, date1904: boolean): number | null {
  const day = isoToDay(iso);
  if (day === null) return null;
  return day + SERIAL_OF_EPOCH - (date1904 ? SHIFT_1904 : 0);
}

const EXTERNAL_LINK_ID = 'rIdTdrLink';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * The relationships part of an output sheet whose links point into other files (a consolidated
 * output, scope.md): one external hyperlink target per such link, in link order; null when none.
 */
export function outputSheetRels(sheet: OutputSheet, drawingTarget: string | null = null): string | null {
  const files = sheet.links.filter((l) => l.file).map((l) => l.file!);
  if (files.length === 0 && drawingTarget === null) return null;
  const rels = files.map(
    (f, i) => `<Relationship Id="${EXTERNAL_LINK_ID}${i + 1}" Type="${REL_HYPERLINK}" Target="${escapeXml(encodeURI(f))}" TargetMode="External"/>`,
  );
  // The chart's drawing is `rId1` (outputSheetXml's <drawing>); the links' ids never clash with it.
  if (drawingTarget !== null) rels.unshift(`<Relationship Id="rId1" Type="${REL_DRAWING}" Target="${escapeXml(drawingTarget)}"/>`);
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`;
}

/** `'Membres'!F12`: a sheet name always quoted, its apostrophes doubled. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The worksheet part of an output sheet. `drawingRid`: the relationship id of its drawing (the
 * chart), or null.
 */
const LINE_HEIGHT = 15;

/**
 * The lines a text takes in a column `width` characters wide, wrapped at spaces (a word longer
 * than the line is cut where it overflows, as Excel and LibreOffice do). Characters of body text
 * are narrower on average than the digit that defines the width unit; bold ones a little wider.
 */
export function wrappedLines(text: string, width: number, bold: boolean): number {
  const capacity = Math.max(1, Math.floor(width * (bold ? 1.0 : 1.1)) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= capacity) {
        line = need;
      } else if (line === 0) {
        lines += Math.ceil(word.length / capacity) - 1;
        line = word.length % capacity || capacity;
      } else {
        lines += Math.ceil(word.length / capacity);
        line = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/**
 * The height (points) of a row whose wrapped texts need more than one line, or null for the
 * default: LibreOffice does not grow rows to their wrapped text when opening a file, and Excel
 * only sometimes, so the height is written.
 */
function rowHeight(sheet: OutputSheet, r: number, wraps: Set<number>, bold: boolean): number | null {
  const header = sheet.headerRows.includes(r);
  let lines = 1;
  sheet.rows[r].forEach((v, c) => {
    if (typeof v !== 'string' || !(header || wraps.has(c))) return;
    const width = sheet.columnWidths[c] ?? 8.43;
    lines = Math.max(lines, wrappedLines(v, width, bold));
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

/** A4 is paper size 9 in SpreadsheetML. */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * Margins, page setup and footer: A4 landscape, one page wide and as many tall as needed
 * (`fitToHeight="0"`), `Page 1 / 2` at the foot. Narrow margins leave the table its width.
 */
function pageSetupXml(sheet: OutputSheet): string {
  const p = sheet.print;
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${PAPER_SIZE[p.paper]}" orientation="${p.orientation}"${fit}/>` +
    '<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P / &amp;N</oddFooter></headerFooter>'
  );
}

export function outputSheetXml(sheet: OutputSheet, styles: ToolStyles, date1904: boolean, drawingRid: string | null = null): string {
  const titles = new Set(sheet.titleRows);
  const wraps = new Set(sheet.wrapColumns);
  const headers = new Set(sheet.headerRows);
  const bolds = new Set(sheet.boldRows);
  const links = new Set(sheet.links.map((l) => `${l.row},${l.col}`));
  const dateStyle = styles.xf.date[sheet.dateFormat] ?? Object.values(styles.xf.date)[0];
  const boldDateStyle = styles.xf.boldDate[sheet.dateFormat] ?? Object.values(styles.xf.boldDate)[0];

  let maxCol = 0;
  let lastRow = 0;
  const body: string[] = [];
  sheet.rows.forEach((row, r) => {
    let cells = '';
    const strong = titles.has(r) || headers.has(r) || bolds.has(r);
    const rowStyle = titles.has(r) ? styles.xf.title : headers.has(r) ? styles.xf.header : bolds.has(r) ? styles.xf.bold : null;
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const ref = a1(r + 1, c);
      const style = links.has(`${r},${c}`) ? styles.xf.link : rowStyle;
      if (typeof v === 'string') {
        let textStyle = style;
        if (wraps.has(c) && style === null) textStyle = styles.xf.wrap;
        else if (wraps.has(c) && style === styles.xf.bold) textStyle = styles.xf.boldWrap;
        cells += inlineString(ref, v, textStyle);
      } else if (typeof v === 'number') {
        cells += Number.isFinite(v) ? `<c r="${ref}"${style === null ? '' : ` s="${style}"`}><v>${String(v)}</v></c>` : inlineString(ref, String(v), style);
      } else if (typeof v === 'boolean') {
        cells += `<c r="${ref}"${style === null ? '' : ` s="${style}"`} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else if (isDate(v)) {
        const serial = serialOf(v.date, date1904);
        if (serial === null) cells += inlineString(ref, v.date, style);
        else cells += `<c r="${ref}" s="${strong ? boldDateStyle : dateStyle}"><v>${serial}</v></c>`;
      } else {
        return;
      }
      if (c > maxCol) maxCol = c;
    });
    if (cells) {
      const height = titles.has(r) ? null : rowHeight(sheet, r, wraps, headers.has(r) || bolds.has(r));
      body.push(`<row r="${r + 1}"${height === null ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`);
      lastRow = r + 1;
    }
  });

  const parts: string[] = [XML_DECL, `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  const fit = sheet.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  parts.push(`<sheetPr><tabColor rgb="${TAB_ARGB}"/>${fit}</sheetPr>`);
  parts.push(`<dimension ref="${lastRow ? `A1:${columnName(maxCol)}${lastRow}` : 'A1'}"/>`);
  if (sheet.frozenRows > 0) {
    const tl = `A${sheet.frozenRows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${tl}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  } else {
    parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = sheet.columnWidths
    .map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${Math.min(w, 255)}" customWidth="1"/>` : ''))
    .join('');
  if (cols) parts.push(`<cols>${cols}</cols>`);
  parts.push(body.length ? `<sheetData>${body.join('')}</sheetData>` : '<sheetData/>');
  if (sheet.autoFilter) parts.push(`<autoFilter ref="${sheet.autoFilter}"/>`);
  if (sheet.links.length) {
    parts.push('<hyperlinks>');
    let external = 0;
    for (const l of sheet.links) {
      const text = sheet.rows[l.row]?.[l.col];
      const display = typeof text === 'string' ? text : `${l.sheet}!${l.cell}`;
      // A link into another file: its relationship (outputSheetRels) names the file.
      const rid = l.file ? ` r:id="${EXTERNAL_LINK_ID}${++external}"` : '';
      parts.push(
        `<hyperlink ref="${a1(l.row + 1, l.col)}"${rid} location="${escapeXml(sheetRef(l.sheet, l.cell))}" display="${escapeXml(display)}"/>`,
      );
    }
    parts.push('</hyperlinks>');
  }
  parts.push(pageSetupXml(sheet));
  if (drawingRid !== null) parts.push(`<drawing r:id="${drawingRid}"/>`);
  parts.push('</worksheet>');
  return parts.join('');
}
