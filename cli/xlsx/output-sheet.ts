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
 * Advance widths of Calibri (and Carlito, LibreOffice's metric twin) in 1/2048 em, regular weight;
 * a digit is 1038, the width the column unit counts in.
 */
const ADVANCE: Record<string, number> = {
  ' ': 463, '!': 667, '"': 821, '#': 1020, '$': 1038, '%': 1463, '&': 1423, "'": 452, '(': 621, ')': 621,
  '*': 1038, '+': 1038, ',': 511, '-': 627, '.': 517, '/': 791, ':': 548, ';': 548, '<': 1038, '=': 1038,
  '>': 1038, '?': 949, '@': 1839, '[': 621, ']': 621, '_': 1020, '«': 1018, '»': 1018, '’': 511, '‘': 511,
  '“': 857, '”': 857, '–': 1020, '—': 1841, '›': 629, '‹': 629, '…': 1409, '·': 517,
  A: 1185, B: 1114, C: 1092, D: 1260, E: 1000, F: 941, G: 1292, H: 1276, I: 516, J: 653, K: 1064, L: 861, M: 1751,
  N: 1322, O: 1356, P: 1058, Q: 1378, R: 1112, S: 941, T: 998, U: 1314, V: 1162, W: 1822, X: 1063, Y: 998, Z: 959,
  a: 981, b: 1076, c: 866, d: 1076, e: 1019, f: 625, g: 964, h: 1076, i: 470, j: 490, k: 931, l: 470, m: 1636,
  n: 1076, o: 1080, p: 1076, q: 1076, r: 714, s: 801, t: 686, u: 1076, v: 925, w: 1464, x: 887, y: 927, z: 809,
};
const DIGIT = 1038;
/** Calibri Bold is a little wider than regular (digits aside). */
const BOLD = 1.04;

/**
 * The lines a text takes in a column `width` characters wide, wrapped at spaces (a word longer
 * than the line is cut where it overflows, as Excel and LibreOffice do), measured as Excel draws
 * Calibri at `size` points on a 96-dpi screen: each character at its own advance rounded to whole
 * pixels (accented letters as their base letter, others as a digit), the column `width` times the
 * digit's pixels plus Excel's 5-pixel padding, less the cell's inner margins.
 */
export function wrappedLines(text: string, width: number, bold: boolean, size = 11): number {
  const em = (size * 96) / 72;
  const digit = Math.round((DIGIT / 2048) * em);
  const room = Math.max(digit, Math.trunc(width * digit) + 5 - 2);
  const scale = bold ? BOLD : 1;
  const px = (ch: string) => Math.round(((ADVANCE[ch] ?? ADVANCE[ch.normalize('NFD')[0]] ?? DIGIT) / 2048) * em * scale);
  const measure = (w: string) => {
    let n = 0;
    for (const ch of w) n += px(ch);
    return n;
  };
  const space = px(' ');
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = measure(word);
      if (line > 0 && line + space + w <= room) {
        line += space + w;
        continue;
      }
      if (line > 0) lines++;
      if (w <= room) {
        line = w;
        continue;
      }
      // A word wider than the line: cut where each line overflows.
      line = 0;
      for (const ch of word) {
        const c = px(ch);
        if (line > 0 && line + c > room) {
          lines++;
          line = 0;
        }
        line += c;
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
