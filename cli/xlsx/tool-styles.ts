// The styles the tool adds to a workbook's `xl/styles.xml`: the three highlight fills (dxfs) and
// the cell formats of its output sheets (title, header, bold, link, dates). They are appended at
// the end of each list, so no index the workbook already uses moves, and the original form of
// each list is recorded (`state`), so that clearing gives back the part exactly as it was.
//
// Recognising them again is done by recomputation: strip what the state says was added, add it
// again, and compare with the part as it is. Only an exact match counts as "the tool's styles",
// so a workbook re-saved by Excel or LibreOffice (which rewrite styles.xml) is never truncated.

import type { Severity } from '../../core/types';
import {
  children,
  packageError,
  prefixOf,
  rawAttr,
  removeAttr,
  rootElement,
  setAttr,
  splice,
  type Element,
} from './ooxml';

export interface ToolStyles {
  /** cellXfs indexes. */
  xf: {
    title: number;
    header: number;
    bold: number;
    link: number;
    /** Body text that wraps (messages, long names). */
    wrap: number;
    boldWrap: number;
    /** Dates by format code (`dd/mm/yyyy`, `yyyy-mm-dd`), plain and bold. */
    date: Record<string, number>;
    boldDate: Record<string, number>;
  };
  /** dxfs indexes of the highlight fills. */
  dxf: Record<Severity, number>;
}

export const DATE_FORMATS = ['dd/mm/yyyy', 'yyyy-mm-dd'] as const;

const HIGHLIGHT_ARGB: Record<Severity, string> = { error: 'FFF4CCCC', warning: 'FFFCE8B2', info: 'FFCFE2F3' };
const HEADER_ARGB = 'FFD9E2F3';
const LINK_ARGB = 'FF0563C1';

/** The lists the tool appends to, by list name, with their item element. */
const LISTS = [
  { list: 'numFmts', item: 'numFmt', code: 'n' },
  { list: 'fonts', item: 'font', code: 'f' },
  { list: 'fills', item: 'fill', code: 'l' },
  { list: 'cellXfs', item: 'xf', code: 'x' },
  { list: 'dxfs', item: 'dxf', code: 'd' },
] as const;
type ListName = (typeof LISTS)[number]['list'];

/** CT_Stylesheet's order of children. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A stylesheet for a package that has none (Excel's defaults); `state` then says `part`. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Root {
  root: Element;
  p: string;
  kids: Element[];
}

function parse(xml: string): Root {
  const root = rootElement(xml);
  if (!root || root.local !== 'styleSheet') throw packageError('styles: no <styleSheet>');
  return { root, p: prefixOf(root.qname), kids: children(xml, root) };
}

function items(xml: string, list: Element | undefined, item: string): Element[] {
  return list ? children(xml, list).filter((c) => c.local === item) : [];
}

/** The items the tool adds to each list, given the stylesheet before the addition. */
function additions(xml: string): { add: Record<ListName, string[]>; styles: ToolStyles } {
  const { p, kids } = parse(xml);
  const list = (name: string) => kids.find((k) => k.local === name);
  const fonts = items(xml, list('fonts'), 'font');
  const fills = items(xml, list('fills'), 'fill');
  const xfs = items(xml, list('cellXfs'), 'xf');
  const dxfs = items(xml, list('dxfs'), 'dxf');
  const numFmts = items(xml, list('numFmts'), 'numFmt');

  // The workbook's default font, so that the output sheets look like the rest of the workbook.
  const base = fonts[0] ? xml.slice(fonts[0].start, fonts[0].end) : '';
  const sz = /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(base)?.[1] ?? '11';
  const name = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(base)?.[1] ?? 'Calibri';
  // CT_Font's order: b, i, strike, …, u, vertAlign, sz, color, name.
  const font = (inner: string, size: string, color = '') =>
    `<${p}font>${inner}<${p}sz val="${size}"/>${color}<${p}name val="${name}"/></${p}font>`;

  let maxFmt = 163;
  for (const f of numFmts) maxFmt = Math.max(maxFmt, Number(rawAttr(f.tag, 'numFmtId') ?? 0) || 0);
  const fmtIds = DATE_FORMATS.map((_, i) => maxFmt + 1 + i);

  const fontBold = fonts.length;
  const fontTitle = fonts.length + 1;
  const fontLink = fonts.length + 2;
  const fillHeader = fills.length;
  const xf = (numFmt: number, fontId: number, fillId: number, wrap = false) =>
    `<${p}xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
    `${numFmt ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}` +
    (wrap ? ` applyAlignment="1"><${p}alignment wrapText="1"/></${p}xf>` : '/>');
  const x0 = xfs.length;
  // Headers and long texts wrap, so that nothing is cut on screen or on paper (presentation.md §1).
  const cellXfs = [xf(0, fontTitle, 0), xf(0, fontBold, fillHeader, true), xf(0, fontBold, 0), xf(0, fontLink, 0)];
  const date: Record<string, number> = {};
  const boldDate: Record<string, number> = {};
  DATE_FORMATS.forEach((code, i) => {
    date[code] = x0 + cellXfs.length;
    cellXfs.push(xf(fmtIds[i], 0, 0));
    boldDate[code] = x0 + cellXfs.length;
    cellXfs.push(xf(fmtIds[i], fontBold, 0));
  });
  const wrap = x0 + cellXfs.length;
  cellXfs.push(xf(0, 0, 0, true), xf(0, fontBold, 0, true));
  const fill = (argb: string) =>
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill>`;
  const severities: Severity[] = ['error', 'warning', 'info'];
  const dxf: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  severities.forEach((s, i) => (dxf[s] = dxfs.length + i));
  return {
    add: {
      numFmts: DATE_FORMATS.map((code, i) => `<${p}numFmt numFmtId="${fmtIds[i]}" formatCode="${code}"/>`),
      fonts: [
        font(`<${p}b/>`, sz),
        font(`<${p}b/>`, '14'),
        font(`<${p}u/>`, sz, `<${p}color rgb="${LINK_ARGB}"/>`),
      ],
      fills: [
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${HEADER_ARGB}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
      ],
      cellXfs,
      dxfs: severities.map((s) => `<${p}dxf>${fill(HIGHLIGHT_ARGB[s])}</${p}dxf>`),
    },
    styles: { xf: { title: x0, header: x0 + 1, bold: x0 + 2, link: x0 + 3, wrap, boldWrap: wrap + 1, date, boldDate }, dxf },
  };
}

/** Appends `added` to a list; returns the new text and the list's original form. */
function appendTo(xml: string, list: ListName, item: string, added: string[]): { xml: string; state: string } {
  const { root, p, kids } = parse(xml);
  const el = kids.find((k) => k.local === list);
  const inner = added.join('');
  if (!el) {
    let at = root.tagEnd;
    const mine = ORDER.indexOf(list);
    for (const k of kids) if (ORDER.indexOf(k.local) >= 0 && ORDER.indexOf(k.local) < mine) at = k.end;
    return { xml: splice(xml, at, at, `<${p}${list} count="${added.length}">${inner}</${p}${list}>`), state: 'a' };
  }
  const n = items(xml, el, item).length;
  const count = rawAttr(el.tag, 'count');
  const state = `${el.selfClosing ? 's' : 'o'}${count ?? '_'}`;
  if (el.selfClosing) {
    const open = setAttr(el.tag.slice(0, -2) + '>', 'count', String(n + added.length));
    return { xml: splice(xml, el.start, el.end, `${open}${inner}</${el.qname}>`), state };
  }
  const open = setAttr(el.tag, 'count', String(n + added.length));
  let out = splice(xml, el.innerEnd, el.innerEnd, inner);
  out = splice(out, el.start, el.tagEnd, open);
  return { xml: out, state };
}

/** Undoes appendTo: drops the last `k` items and restores the list's original form. */
function removeFrom(xml: string, list: ListName, item: string, k: number, state: string): string | null {
  const find = (text: string) => parse(text).kids.find((c) => c.local === list);
  let el = find(xml);
  if (!el) return null;
  if (state === 'a') return splice(xml, el.start, el.end, '');
  if (el.selfClosing) return null;
  const its = items(xml, el, item);
  if (its.length < k) return null;
  const out = k > 0 ? splice(xml, its[its.length - k].start, its[its.length - 1].end, '') : xml;
  el = find(out)!;
  const count = state.slice(1);
  const open = count === '_' ? removeAttr(el.tag, 'count') : setAttr(el.tag, 'count', count);
  if (state[0] === 's') {
    if (out.slice(el.innerStart, el.innerEnd) !== '') return null;
    return splice(out, el.start, el.end, open.slice(0, -1) + '/>');
  }
  return splice(out, el.start, el.tagEnd, open);
}

/** Adds the tool's styles; returns the new part, the indexes and the state to record. */
export function addToolStyles(xml: string): { xml: string; styles: ToolStyles; state: string } {
  const { add, styles } = additions(xml);
  let out = xml;
  const states: string[] = [];
  for (const { list, item, code } of LISTS) {
    const r = appendTo(out, list, item, add[list]);
    out = r.xml;
    states.push(`${code}${r.state}`);
  }
  return { xml: out, styles, state: states.join(' ') };
}

/** How many items the tool adds to each list (fixed). */
function addedCounts(): Record<ListName, number> {
  const { add } = additions(MINIMAL_STYLES);
  return {
    numFmts: add.numFmts.length,
    fonts: add.fonts.length,
    fills: add.fills.length,
    cellXfs: add.cellXfs.length,
    dxfs: add.dxfs.length,
  };
}

/**
 * The stylesheet as it was before the tool added its styles, with the indexes of those styles;
 * null when the part does not hold exactly the tool's additions for that state.
 */
export function recogniseToolStyles(xml: string, state: string): { original: string; styles: ToolStyles } | null {
  const codes = new Map(state.split(' ').map((s) => [s[0], s.slice(1)] as const));
  const counts = addedCounts();
  let original: string | null = xml;
  try {
    for (const { list, item, code } of [...LISTS].reverse()) {
      const s = codes.get(code);
      if (s === undefined || original === null) return null;
      original = removeFrom(original, list, item, counts[list], s);
    }
    if (original === null) return null;
    const again = addToolStyles(original);
    if (again.xml !== xml || again.state !== state) return null;
    return { original, styles: again.styles };
  } catch {
    return null;
  }
}
