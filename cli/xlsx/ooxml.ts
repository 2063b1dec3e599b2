// Small tools to patch an OOXML package in place: the zip's parts as bytes, and XML edited as
// strings (no DOM), so that every part and every byte the tool does not own stays as it was.
//
// The XML helpers walk elements by their qualified names, quote-aware (`>` may sit in an
// attribute value), counting nesting of the same name. Comments and processing instructions
// between elements are skipped. They assume well-formed XML, as Excel and LibreOffice write it.

import { strFromU8, strToU8 } from 'fflate';
import { decodeXml, XlsxError } from './read';
import { contentOf, readZip, writeZip, type ZipEntry } from './zip';

// ---------------------------------------------------------------------------------------------
// Namespaces and content types.
// ---------------------------------------------------------------------------------------------

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
export const REL_OFFICE_DOCUMENT = `${NS_REL}/officeDocument`;
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_STYLES = `${NS_REL}/styles`;
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const MESSAGES = {
  fr: "Le classeur ne peut pas être annoté : sa structure n'est pas celle d'un fichier .xlsx valide.",
  en: 'The workbook cannot be annotated: its structure is not that of a valid .xlsx file.',
};

/** A package the annotator cannot understand: the command line maps it to exit code 2. */
export function packageError(detail: string): XlsxError {
  return new XlsxError('corrupt', MESSAGES, '', detail);
}

// ---------------------------------------------------------------------------------------------
// The package.
// ---------------------------------------------------------------------------------------------

/**
 * The zip's parts, in their order. A part is inflated only when read, and only the parts set as
 * text are compressed again: every other part keeps its compressed bytes.
 */
export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly order: string[] = [];

  constructor(data: Uint8Array) {
    let entries: ZipEntry[];
    try {
      entries = readZip(data);
    } catch (e) {
      throw packageError(`zip: ${(e as Error).message}`);
    }
    for (const entry of entries) {
      if (this.entries.has(entry.name)) continue;
      this.order.push(entry.name);
      this.entries.set(entry.name, entry);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Part names, lower-cased (zip names are case-sensitive, OPC's are not). */
  namesLower(): Set<string> {
    return new Set(this.order.map((n) => n.toLowerCase()));
  }

  names(): readonly string[] {
    return this.order;
  }

  /** A part as text (UTF-8); null when absent. */
  text(name: string): string | null {
    const t = this.texts.get(name);
    if (t !== undefined) return t;
    const entry = this.entries.get(name);
    if (entry === undefined) return null;
    let b: Uint8Array;
    try {
      b = contentOf(entry);
    } catch (e) {
      throw packageError(`${name}: ${(e as Error).message}`);
    }
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
      throw packageError(`${name}: UTF-16 parts are not supported`);
    }
    const s = strFromU8(b);
    this.texts.set(name, s);
    return s;
  }

  /** The part as text, or an error naming it. */
  need(name: string): string {
    const t = this.text(name);
    if (t === null) throw packageError(`missing part ${name}`);
    return t;
  }

  /** Replaces a part's text (the part is compressed again only if the text changed). */
  setText(name: string, text: string): void {
    const entry = this.entries.get(name);
    if (entry && this.text(name) === text) return;
    this.texts.set(name, text);
    if (entry) {
      entry.raw = null;
      entry.content = strToU8(text);
    } else {
      this.order.push(name);
      this.entries.set(name, { name, raw: null, content: strToU8(text) });
    }
  }

  remove(name: string): void {
    this.entries.delete(name);
    this.texts.delete(name);
    const i = this.order.indexOf(name);
    if (i >= 0) this.order.splice(i, 1);
  }

  /** The package as a zip, parts in their order. */
  toZip(): Uint8Array {
    return writeZip(this.order.map((name) => this.entries.get(name)!));
  }
}

// ---------------------------------------------------------------------------------------------
// Paths and relationships.
// ---------------------------------------------------------------------------------------------

/** The folder of a part (`xl/workbook.xml` → `xl`). */
export function partFolder(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPathOf(part: string): string {
  const folder = partFolder(part);
  const file = part.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? folder + '/' : ''}_rels/${file}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep as written
  }
  const parts = t.startsWith('/') ? [] : partFolder(sourcePart).split('/').filter(Boolean);
  for (const seg of t.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A path relative to a source part's folder, as Excel writes targets (`worksheets/sheet3.xml`). */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = partFolder(sourcePart).split('/').filter(Boolean);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Where the element sits in the rels part. */
  start: number;
  end: number;
}

export function readRelationships(xml: string): Relationship[] {
  const root = rootElement(xml);
  if (!root) return [];
  const out: Relationship[] = [];
  for (const el of children(xml, root)) {
    if (el.local !== 'Relationship') continue;
    out.push({
      id: attr(el.tag, 'Id') ?? '',
      type: attr(el.tag, 'Type') ?? '',
      target: attr(el.tag, 'Target') ?? '',
      external: attr(el.tag, 'TargetMode') === 'External',
      start: el.start,
      end: el.end,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// XML as strings.
// ---------------------------------------------------------------------------------------------

export interface Element {
  /** Qualified and local name. */
  qname: string;
  local: string;
  /** The start tag's text, `<` to `>`. */
  tag: string;
  start: number;
  /** Index just after the start tag. */
  tagEnd: number;
  selfClosing: boolean;
  /** Content between the tags (equal to tagEnd when self-closing). */
  innerStart: number;
  innerEnd: number;
  /** Index just after the end tag (or the self-closing tag). */
  end: number;
}

/** Index just after the `>` that ends the tag opened at `lt`, skipping quoted values. */
export function tagEndOf(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  throw packageError('unterminated tag');
}

const NAME_END = /[\s/>]/;

/** The element whose start tag begins at `lt` (a `<` followed by a name). */
export function elementAt(xml: string, lt: number): Element {
  let i = lt + 1;
  while (i < xml.length && !NAME_END.test(xml[i])) i++;
  const qname = xml.slice(lt + 1, i);
  const tagEnd = tagEndOf(xml, lt);
  const tag = xml.slice(lt, tagEnd);
  const local = qname.slice(qname.indexOf(':') + 1);
  if (tag.endsWith('/>')) {
    return { qname, local, tag, start: lt, tagEnd, selfClosing: true, innerStart: tagEnd, innerEnd: tagEnd, end: tagEnd };
  }
  // Find the matching end tag, counting nested elements of the same name.
  const re = new RegExp(`<(/?)${escapeRegExp(qname)}(?=[\\s/>])`, 'g');
  re.lastIndex = tagEnd;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = tagEndOf(xml, m.index);
    if (m[1] === '/') {
      if (--depth === 0) {
        return { qname, local, tag, start: lt, tagEnd, selfClosing: false, innerStart: tagEnd, innerEnd: m.index, end };
      }
    } else if (!xml.slice(m.index, end).endsWith('/>')) {
      depth++;
    }
    re.lastIndex = end;
  }
  throw packageError(`no end tag for <${qname}>`);
}

/** The document element (after the XML declaration, comments and processing instructions). */
export function rootElement(xml: string): Element | null {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return null;
    if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
    else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
    else if (xml.startsWith('<!', i)) i = xml.indexOf('>', i) + 1;
    else return elementAt(xml, i);
  }
}

/** The child elements of `parent`, in order. */
export function children(xml: string, parent: Element): Element[] {
  const out: Element[] = [];
  let i = parent.innerStart;
  while (i < parent.innerEnd) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= parent.innerEnd) break;
    if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      i = xml.indexOf(']]>', lt) + 3;
    } else {
      const el = elementAt(xml, lt);
      out.push(el);
      i = el.end;
    }
  }
  return out;
}

/** The first child with that local name, or undefined. */
export function child(xml: string, parent: Element, local: string): Element | undefined {
  return children(xml, parent).find((c) => c.local === local);
}

/** An attribute's raw value in a start tag (entities not decoded), or null. */
export function rawAttr(tag: string, name: string): string | null {
  const re = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  if (!m) return null;
  return m[2] ?? m[3] ?? '';
}

/** An attribute's value, entities decoded, or null. */
export function attr(tag: string, name: string): string | null {
  const raw = rawAttr(tag, name);
  return raw === null ? null : decodeXml(raw);
}

/** The start tag with an attribute set (replaced in place, or added before the closing `>`). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_, lead: string) => `${lead}"${escapeAttr(value)}"`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(tag[at - 1])) at--;
  return `${tag.slice(0, at)} ${name}="${escapeAttr(value)}"${tag.slice(at)}`;
}

/** The start tag without an attribute (and the white space before it). */
export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s+${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.replace(re, '');
}

/** The prefix (with its colon) of a qualified name: `x:worksheet` → `x:`, `worksheet` → ``. */
export function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

/** The prefix a start tag binds to `uri` (`r:`), '' for the default namespace, null if none. */
export function prefixFor(tag: string, uri: string): string | null {
  const re = /\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    if ((m[3] ?? m[4]) === uri) return m[1] ? `${m[1]}:` : '';
  }
  return null;
}

/** Text escaped for an attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces xml[start, end) with `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
