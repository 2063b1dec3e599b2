// Writes a plan into a copy of an .xlsx workbook by patching its OOXML package (outputs.md §1-2):
// the zip is opened with fflate, the few XML parts the tool touches are edited as strings, and
// every other part is copied byte for byte. So values, formulas, formats, merges, validations,
// notes, comments, tables, the user's conditional formats, and anything this code does not know
// about, survive (R1).
//
// What the tool adds, and how it finds it again:
// - on input sheets, one <conditionalFormatting> per highlight whose rule's formula is the marker
//   `ISTEXT("tdr-check")`; any rule carrying the marker is the tool's;
// - output sheets, each marked by a hidden sheet-scoped defined name `_tdrcheck_owned` (it follows
//   the sheet when the user renames or moves it in Excel);
// - its styles, appended at the end of styles.xml's lists, with a hidden workbook-scoped defined
//   name `_tdrcheck_styles` recording the lists' original form (see tool-styles.ts).
// Clearing removes exactly these and gives back the original parts; annotating first removes
// the previous highlights and the sheets the plan replaces, so a second run changes nothing (R2).

import type { Highlight, OutputSheet, Plan } from '../../core/plan/types';
import type { ExistingSheet } from '../../core/plan/types';
import { historySheetName } from '../../core/plan/sheet-names';
import {
  attr,
  child,
  children,
  CT_WORKSHEET,
  escapeAttr,
  NS_REL,
  NS_VT,
  Package,
  packageError,
  partFolder,
  prefixFor,
  prefixOf,
  rawAttr,
  readRelationships,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  REL_WORKSHEET,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  rootElement,
  setAttr,
  splice,
  type Element,
} from './ooxml';
import { chartXml, CT_CHART, CT_DRAWING, drawingXml, REL_CHART, relationshipsXml, trendChartXml } from './chart';
import { outputSheetRels, outputSheetXml, sheetRef } from './output-sheet';
import { addToolStyles, MINIMAL_STYLES, recogniseToolStyles, type ToolStyles } from './tool-styles';
import { writeXlsx } from './write';

/** The hidden, sheet-scoped defined name that marks an output sheet as the tool's. */
export const OWNED_NAME = '_tdrcheck_owned';
/** The hidden, workbook-scoped defined name that records the tool's styles. */
export const STYLES_NAME = '_tdrcheck_styles';
const OWNED_VALUE = '"tdr-check"';
/** Any formula carrying the marker, as stored in XML (quotes may be escaped). */
const MARKER_IN_XML = /ISTEXT\((?:"|&quot;)tdr-check(?:"|&quot;)\)/i;

const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_TYPES_PART = '[Content_Types].xml';

/** CT_Worksheet's children that come after <conditionalFormatting>. */
const AFTER_CONDITIONAL_FORMATTING = new Set([
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);
/** CT_Workbook's children that come before <definedNames>, from <sheets> on. */
const BEFORE_DEFINED_NAMES = new Set(['sheets', 'functionGroups', 'externalReferences']);

// ---------------------------------------------------------------------------------------------
// Entry points.
// ---------------------------------------------------------------------------------------------

/** The workbook's sheets in order, with the tool's mark (for `buildPlan`'s `existingSheets`). */
export function listSheets(input: Uint8Array): ExistingSheet[] {
  const book = new Book(new Package(input));
  const owned = book.ownedIndexes();
  return book.sheets().map((s, i) => ({ name: s.name, ownedByTool: owned.has(i) }));
}

/**
 * A copy of the workbook with the plan written into it: previous highlights replaced, the tool's
 * sheets the plan names deleted, the new highlights and output sheets added.
 */
export function annotateXlsx(input: Uint8Array, plan: Plan): Uint8Array {
  const book = new Book(new Package(input));
  book.removeHighlights();
  const owned = book.ownedIndexes();
  const replaced = new Set(plan.sheetsToDelete.map(lower));
  // Only sheets carrying the tool's mark are ever deleted (R5), whatever the plan says.
  const doomed: number[] = [];
  book.sheets().forEach((s, i) => {
    if (owned.has(i) && replaced.has(lower(s.name))) doomed.push(i);
  });
  book.deleteSheets(doomed);
  const styles = book.ensureStyles();
  book.addHighlights(plan.highlights, plan.markerFormula, styles);
  for (const sheet of plan.sheets) book.addSheet(sheet, styles);
  return book.pkg.toZip();
}

/**
 * A new workbook holding only output sheets (the consolidated workbook, scope.md): a one-sheet
 * workbook is made, the sheets are added, then the starting sheet is dropped.
 */
export function newXlsxWithSheets(sheets: readonly OutputSheet[]): Uint8Array {
  const book = new Book(new Package(writeXlsx([{ name: 'tdr-check-start', rows: [] }])));
  const styles = book.ensureStyles();
  for (const sheet of sheets) book.addSheet(sheet, styles);
  book.deleteSheets([0]);
  return book.pkg.toZip();
}

/**
 * A copy without anything the tool wrote: its highlights, its sheets, its styles. The history
 * sheet stays unless `clearHistory` (presentation.md §1): it is the only record of past months.
 */
export function clearXlsx(input: Uint8Array, options: { clearHistory?: boolean } = {}): Uint8Array {
  const book = new Book(new Package(input));
  book.removeHighlights();
  const sheets = book.sheets();
  const owned = book.ownedIndexes();
  const history = options.clearHistory ? null : historySheetName(sheets.map((s, i) => ({ name: s.name, ownedByTool: owned.has(i) })));
  book.deleteSheets([...owned].filter((i) => sheets[i]?.name !== history));
  book.restoreStyles();
  book.dropEmptyDefinedNames();
  return book.pkg.toZip();
}

// ---------------------------------------------------------------------------------------------
// The workbook.
// ---------------------------------------------------------------------------------------------

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
  worksheet: boolean;
  el: Element;
}

interface DefinedName {
  name: string;
  localSheetId: number | null;
  el: Element;
}

function lower(s: string): string {
  return s.toLocaleLowerCase('en-US');
}

class Book {
  readonly part: string;
  readonly relsPart: string;

  constructor(readonly pkg: Package) {
    const rels = readRelationships(pkg.need('_rels/.rels'));
    const main = rels.find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith('/officeDocument'));
    if (!main) throw packageError('no officeDocument relationship');
    this.part = resolveTarget('', main.target);
    this.relsPart = relsPathOf(this.part);
    const root = rootElement(pkg.need(this.part));
    if (!root || root.local !== 'workbook') throw packageError(`${this.part}: no <workbook>`);
  }

  // --- reading -------------------------------------------------------------------------------

  private get xml(): string {
    return this.pkg.need(this.part);
  }

  private set xml(text: string) {
    this.pkg.setText(this.part, text);
  }

  private root(): { root: Element; p: string; kids: Element[] } {
    const xml = this.xml;
    const root = rootElement(xml)!;
    return { root, p: prefixOf(root.qname), kids: children(xml, root) };
  }

  /** The prefix of the relationships namespace (`r:`), and whether the root declares it. */
  private relPrefix(): { prefix: string; declared: boolean } {
    const p = prefixFor(rootElement(this.xml)!.tag, NS_REL);
    return p ? { prefix: p, declared: true } : { prefix: 'r:', declared: false };
  }

  sheets(): SheetEntry[] {
    const xml = this.xml;
    const { kids } = this.root();
    const sheetsEl = kids.find((k) => k.local === 'sheets');
    if (!sheetsEl) throw packageError(`${this.part}: no <sheets>`);
    const rels = readRelationships(this.pkg.text(this.relsPart) ?? '');
    return children(xml, sheetsEl)
      .filter((el) => el.local === 'sheet')
      .map((el) => {
        const rid = relId(el.tag);
        const rel = rels.find((r) => r.id === rid);
        return {
          name: attr(el.tag, 'name') ?? '',
          sheetId: Number(rawAttr(el.tag, 'sheetId') ?? 0) || 0,
          rid,
          part: rel && !rel.external ? resolveTarget(this.part, rel.target) : null,
          worksheet: rel !== undefined && (rel.type === REL_WORKSHEET || rel.type.endsWith('/worksheet')),
          el,
        };
      });
  }

  private definedNames(): { el: Element | undefined; names: DefinedName[] } {
    const xml = this.xml;
    const el = this.root().kids.find((k) => k.local === 'definedNames');
    if (!el) return { el, names: [] };
    const names = children(xml, el)
      .filter((c) => c.local === 'definedName')
      .map((c) => {
        const local = rawAttr(c.tag, 'localSheetId');
        return { name: attr(c.tag, 'name') ?? '', localSheetId: local === null ? null : Number(local), el: c };
      });
    return { el, names };
  }

  /** Indexes (in workbook order) of the sheets that carry the tool's mark. */
  ownedIndexes(): Set<number> {
    const out = new Set<number>();
    for (const n of this.definedNames().names) {
      if (n.name === OWNED_NAME && n.localSheetId !== null) out.add(n.localSheetId);
    }
    return out;
  }

  private date1904(): boolean {
    const pr = this.root().kids.find((k) => k.local === 'workbookPr');
    const v = pr ? rawAttr(pr.tag, 'date1904') : null;
    return v === '1' || v === 'true';
  }

  // --- highlights ----------------------------------------------------------------------------

  /** Removes every conditional-format rule carrying the marker, from every worksheet. */
  removeHighlights(): void {
    for (const s of this.sheets()) {
      if (!s.worksheet || !s.part || !this.pkg.has(s.part)) continue;
      const xml = this.pkg.need(s.part);
      if (!MARKER_IN_XML.test(xml)) continue;
      this.pkg.setText(s.part, withoutMarkedRules(xml));
    }
  }

  addHighlights(highlights: readonly Highlight[], markerFormula: string, styles: ToolStyles): void {
    const bySheet = new Map<string, Highlight[]>();
    for (const h of highlights) {
      const list = bySheet.get(h.sheet);
      if (list) list.push(h);
      else bySheet.set(h.sheet, [h]);
    }
    const entries = this.sheets();
    for (const [name, list] of bySheet) {
      const entry = entries.find((e) => e.name === name) ?? entries.find((e) => lower(e.name) === lower(name));
      if (!entry || !entry.worksheet || !entry.part || !this.pkg.has(entry.part)) continue;
      const xml = this.pkg.need(entry.part);
      const root = rootElement(xml)!;
      const p = prefixOf(root.qname);
      let priority = maxPriority(xml);
      const formula = escapeText(markerFormula);
      const added = list
        .map(
          (h) =>
            `<${p}conditionalFormatting sqref="${escapeAttr(h.ranges.join(' '))}">` +
            `<${p}cfRule type="expression" dxfId="${styles.dxf[h.severity]}" priority="${++priority}">` +
            `<${p}formula>${formula}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
        )
        .join('');
      const at = conditionalFormattingPosition(xml, root);
      this.pkg.setText(entry.part, splice(xml, at, at, added));
    }
  }

  // --- sheets --------------------------------------------------------------------------------

  /** Deletes sheets by index: their parts, relationships, content types, names, titles. */
  deleteSheets(indexes: number[]): void {
    for (const i of [...new Set(indexes)].sort((a, b) => b - a)) {
      const entries = this.sheets();
      const entry = entries[i];
      if (!entry) continue;
      const titles = entries.filter((e) => e.worksheet).map((e) => e.name);
      // Workbook: the <sheet>, the names scoped to it, the view's tab indexes.
      let xml = this.xml;
      xml = splice(xml, entry.el.start, entry.el.end, '');
      this.xml = xml;
      this.renumberNames(i);
      this.fixViews(i, entries.length - 1);
      // Relationship, parts, content types.
      const rels = this.pkg.text(this.relsPart);
      if (rels !== null) {
        const rel = readRelationships(rels).find((r) => r.id === entry.rid);
        if (rel) this.pkg.setText(this.relsPart, splice(rels, rel.start, rel.end, ''));
      }
      if (entry.part) this.removePartTree(entry.part);
      if (entry.worksheet) this.editTitles(titles, (list) => list.filter((t) => t !== entry.name));
    }
  }

  /** Drops the names scoped to sheet `i` and shifts those scoped to later sheets. */
  private renumberNames(i: number): void {
    const { names } = this.definedNames();
    let xml = this.xml;
    for (const n of [...names].reverse()) {
      if (n.localSheetId === null || n.localSheetId < i) continue;
      if (n.localSheetId === i) xml = splice(xml, n.el.start, n.el.end, '');
      else xml = splice(xml, n.el.start, n.el.tagEnd, setAttr(n.el.tag, 'localSheetId', String(n.localSheetId - 1)));
    }
    this.xml = xml;
  }

  /** Keeps activeTab and firstSheet on a sheet that still exists. */
  private fixViews(deleted: number, remaining: number): void {
    const views = this.root().kids.find((k) => k.local === 'bookViews');
    if (!views) return;
    let xml = this.xml;
    for (const v of children(xml, views).reverse()) {
      let tag = v.tag;
      for (const name of ['activeTab', 'firstSheet']) {
        const raw = rawAttr(tag, name);
        if (raw === null) continue;
        let n = Number(raw);
        if (n > deleted) n--;
        n = Math.max(0, Math.min(n, remaining - 1));
        if (String(n) !== raw) tag = setAttr(tag, name, String(n));
      }
      if (tag !== v.tag) xml = splice(xml, v.start, v.tagEnd, tag);
    }
    this.xml = xml;
  }

  /** Removes a part, its relationships, and the parts only it referred to. */
  private removePartTree(part: string): void {
    if (!this.pkg.has(part)) return;
    const relsPart = relsPathOf(part);
    const targets: string[] = [];
    const rels = this.pkg.text(relsPart);
    if (rels !== null) {
      for (const r of readRelationships(rels)) if (!r.external) targets.push(resolveTarget(part, r.target));
    }
    this.pkg.remove(part);
    this.pkg.remove(relsPart);
    this.removeContentType(part);
    for (const t of new Set(targets)) {
      if (!this.referenced(t)) this.removePartTree(t);
    }
  }

  /** Whether any relationships part still points to `part`. */
  private referenced(part: string): boolean {
    for (const name of this.pkg.names()) {
      if (!name.endsWith('.rels')) continue;
      const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const r of readRelationships(this.pkg.text(name) ?? '')) {
        if (!r.external && resolveTarget(source, r.target).toLowerCase() === part.toLowerCase()) return true;
      }
    }
    return false;
  }

  private removeContentType(part: string): void {
    const xml = this.pkg.text(CT_TYPES_PART);
    if (xml === null) return;
    const root = rootElement(xml);
    if (!root) return;
    const name = '/' + part.toLowerCase();
    const el = children(xml, root).find((c) => c.local === 'Override' && (attr(c.tag, 'PartName') ?? '').toLowerCase() === name);
    if (el) this.pkg.setText(CT_TYPES_PART, splice(xml, el.start, el.end, ''));
  }

  private addContentType(part: string, contentType: string): void {
    const xml = this.pkg.need(CT_TYPES_PART);
    const root = rootElement(xml)!;
    const p = prefixOf(root.qname);
    this.pkg.setText(
      CT_TYPES_PART,
      splice(xml, root.innerEnd, root.innerEnd, `<${p}Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`),
    );
  }

  /** Adds a relationship from the workbook; returns its id (the lowest free `rIdN`). */
  private addRelationship(type: string, part: string): string {
    const xml = this.pkg.need(this.relsPart);
    const root = rootElement(xml)!;
    const used = new Set(readRelationships(xml).map((r) => r.id));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const p = prefixOf(root.qname);
    this.pkg.setText(
      this.relsPart,
      splice(xml, root.innerEnd, root.innerEnd, `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(this.part, part))}"/>`),
    );
    return id;
  }

  /** Adds an output sheet after the existing ones. */
  addSheet(sheet: OutputSheet, styles: ToolStyles): void {
    const entries = this.sheets();
    if (entries.some((e) => lower(e.name) === lower(sheet.name))) {
      throw new Error(`the plan writes a sheet named "${sheet.name}", which the workbook already has: build the plan from this workbook`);
    }
    const folder = partFolder(this.part);
    const taken = this.pkg.namesLower();
    let n = 1;
    const partOf = (k: number) => `${folder ? folder + '/' : ''}worksheets/sheet${k}.xml`;
    while (taken.has(partOf(n).toLowerCase())) n++;
    const part = partOf(n);
    const drawing = sheet.chart ? this.addChart(sheet) : null;
    this.pkg.setText(part, outputSheetXml(sheet, styles, this.date1904(), drawing === null ? null : 'rId1'));
    // One relationships part for the sheet: its chart's drawing (rId1) and its links into other files.
    const rels = outputSheetRels(sheet, drawing === null ? null : relativeTarget(part, drawing));
    if (rels) this.pkg.setText(relsPathOf(part), rels);
    this.addContentType(part, CT_WORKSHEET);
    const rid = this.addRelationship(REL_WORKSHEET, part);

    const sheetId = entries.reduce((m, e) => Math.max(m, e.sheetId), 0) + 1;
    const { p } = this.root();
    const { prefix, declared } = this.relPrefix();
    const ns = declared ? '' : ` xmlns:${prefix.slice(0, -1)}="${NS_REL}"`;
    const sheetsEl = this.root().kids.find((k) => k.local === 'sheets')!;
    let xml = this.xml;
    const element = `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}"${ns} ${prefix}id="${rid}"/>`;
    if (sheetsEl.selfClosing) {
      xml = splice(xml, sheetsEl.start, sheetsEl.end, `${sheetsEl.tag.slice(0, -2)}>${element}</${sheetsEl.qname}>`);
    } else {
      xml = splice(xml, sheetsEl.innerEnd, sheetsEl.innerEnd, element);
    }
    this.xml = xml;

    const index = entries.length;
    this.addDefinedName(`<${p}definedName name="${OWNED_NAME}" localSheetId="${index}" hidden="1">${OWNED_VALUE}</${p}definedName>`);
    if (sheet.autoFilter) {
      const [from, to] = sheet.autoFilter.split(':');
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      const range = `${sheetRef(sheet.name, abs(from))}:${abs(to ?? from)}`;
      this.addDefinedName(
        `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeText(range)}</${p}definedName>`,
      );
    }
    const rows = sheet.print.titleRows;
    if (rows) {
      // Print titles: the rows repeated at the top of every printed page.
      this.addDefinedName(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(sheetRef(sheet.name, `$${rows[0] + 1}:$${rows[1] + 1}`))}</${p}definedName>`,
      );
    }
    const titles = entries.filter((e) => e.worksheet).map((e) => e.name);
    this.editTitles(titles, (list) => [...list, sheet.name]);
  }

  /**
   * Writes the sheet's charts (the bar chart, and the 12-month lines when there are): a chart part
   * each and one drawing part anchoring them; returns the drawing part, which the worksheet's
   * relationships part (outputSheetRels) points to as `rId1`. Deleting the sheet later removes them all
   * (removePartTree follows the relationships).
   */
  private addChart(sheet: OutputSheet): string {
    const folder = partFolder(this.part);
    const base = folder ? folder + '/' : '';
    const taken = this.pkg.namesLower();
    const free = (kind: string, stem: string) => {
      let k = 1;
      while (taken.has(`${base}${kind}/${stem}${k}.xml`.toLowerCase())) k++;
      const part = `${base}${kind}/${stem}${k}.xml`;
      taken.add(part.toLowerCase());
      return part;
    };
    const charts: { anchor: string; end: string; title: string; rid: string; part: string }[] = [];
    const add = (spec: { anchor: string; end: string; title: string }, xml: string) => {
      const part = free('charts', 'chart');
      this.pkg.setText(part, xml);
      this.addContentType(part, CT_CHART);
      charts.push({ anchor: spec.anchor, end: spec.end, title: spec.title, rid: `rId${charts.length + 1}`, part });
    };
    add(sheet.chart!, chartXml(sheet.chart!, sheet.name));
    if (sheet.trendChart) add(sheet.trendChart, trendChartXml(sheet.trendChart, sheet.name));
    const drawingPart = free('drawings', 'drawing');
    this.pkg.setText(drawingPart, drawingXml(charts));
    this.pkg.setText(
      relsPathOf(drawingPart),
      relationshipsXml(charts.map((c) => ({ id: c.rid, type: REL_CHART, target: relativeTarget(drawingPart, c.part) }))),
    );
    this.addContentType(drawingPart, CT_DRAWING);
    return drawingPart;
  }

  /** Appends a <definedName>, creating <definedNames> at its schema place when absent. */
  private addDefinedName(element: string): void {
    let { el } = this.definedNames();
    let xml = this.xml;
    if (!el) {
      const { kids, p } = this.root();
      let at = -1;
      for (const k of kids) if (BEFORE_DEFINED_NAMES.has(k.local)) at = k.end;
      if (at < 0) throw packageError(`${this.part}: no <sheets>`);
      xml = splice(xml, at, at, `<${p}definedNames></${p}definedNames>`);
      this.xml = xml;
      el = this.definedNames().el!;
    }
    if (el.selfClosing) {
      xml = splice(xml, el.start, el.end, `${el.tag.slice(0, -2)}>${element}</${el.qname}>`);
    } else {
      xml = splice(xml, el.innerEnd, el.innerEnd, element);
    }
    this.xml = xml;
  }

  private removeDefinedNames(keep: (n: DefinedName) => boolean): void {
    let xml = this.xml;
    for (const n of [...this.definedNames().names].reverse()) {
      if (!keep(n)) xml = splice(xml, n.el.start, n.el.end, '');
    }
    this.xml = xml;
  }

  /** Removes <definedNames> when nothing is left in it (the tool created it, or emptied it). */
  dropEmptyDefinedNames(): void {
    const { el, names } = this.definedNames();
    if (el && names.length === 0 && this.xml.slice(el.innerStart, el.innerEnd).trim() === '') {
      this.xml = splice(this.xml, el.start, el.end, '');
    }
  }

  /**
   * Edits docProps/app.xml's list of worksheet titles, when it lists exactly `current` (the
   * worksheets' names in order) under one heading; otherwise leaves it (Excel rebuilds it).
   */
  private editTitles(current: string[], edit: (titles: string[]) => string[]): void {
    const rels = readRelationships(this.pkg.text('_rels/.rels') ?? '');
    const rel = rels.find((r) => r.type.endsWith('/extended-properties'));
    if (!rel) return;
    const part = resolveTarget('', rel.target);
    const xml = this.pkg.text(part);
    if (xml === null) return;
    const root = rootElement(xml);
    if (!root) return;
    const vt = prefixFor(root.tag, NS_VT);
    if (vt === null) return;
    const pairsEl = child(xml, root, 'HeadingPairs');
    const titlesEl = child(xml, root, 'TitlesOfParts');
    const pairsVector = pairsEl && child(xml, pairsEl, 'vector');
    const titlesVector = titlesEl && child(xml, titlesEl, 'vector');
    if (!pairsVector || !titlesVector) return;
    const variants = children(xml, pairsVector).filter((c) => c.local === 'variant');
    const titles = children(xml, titlesVector).filter((c) => c.local === 'lpstr');
    const textOf = (el: Element) => attrDecode(xml.slice(el.innerStart, el.innerEnd));
    let offset = 0;
    for (let k = 0; k + 1 < variants.length; k += 2) {
      const countEl = child(xml, variants[k + 1], 'i4');
      if (!countEl) return;
      const count = Number(xml.slice(countEl.innerStart, countEl.innerEnd));
      const block = titles.slice(offset, offset + count);
      if (count === current.length && block.every((t, j) => textOf(t) === current[j])) {
        const next = edit(current);
        const text = next.map((t) => `<${vt}lpstr>${escapeText(t)}</${vt}lpstr>`).join('');
        const start = block.length ? block[0].start : offset < titles.length ? titles[offset].start : titlesVector.innerEnd;
        const end = block.length ? block[block.length - 1].end : start;
        // Replace from the end of the part backwards, so earlier offsets stay valid.
        let out = splice(xml, start, end, text);
        const newSize = titles.length - count + next.length;
        out = splice(out, titlesVector.start, titlesVector.tagEnd, setAttr(titlesVector.tag, 'size', String(newSize)));
        out = splice(out, countEl.innerStart, countEl.innerEnd, String(next.length));
        this.pkg.setText(part, out);
        return;
      }
      offset += count;
    }
  }

  // --- styles --------------------------------------------------------------------------------

  private stylesPart(): string | null {
    const rels = readRelationships(this.pkg.text(this.relsPart) ?? '');
    const rel = rels.find((r) => r.type === REL_STYLES || r.type.endsWith('/styles'));
    return rel ? resolveTarget(this.part, rel.target) : null;
  }

  private stylesState(): { state: string; name: DefinedName } | null {
    const name = this.definedNames().names.find((n) => n.name === STYLES_NAME && n.localSheetId === null);
    if (!name) return null;
    const text = this.xml.slice(name.el.innerStart, name.el.innerEnd);
    const m = /^"tdr-check ((?:part )?[^"]*)"$/.exec(attrDecode(text));
    return m ? { state: m[1], name } : null;
  }

  /** The tool's styles: those already added by a previous run when intact, else added now. */
  ensureStyles(): ToolStyles {
    const previous = this.stylesState();
    let part = this.stylesPart();
    if (previous && part && this.pkg.has(part)) {
      const partState = previous.state.startsWith('part ') ? previous.state.slice(5) : previous.state;
      const known = recogniseToolStyles(this.pkg.need(part), partState);
      if (known) return known.styles;
    }
    if (previous) this.removeDefinedNames((n) => !(n.name === STYLES_NAME && n.localSheetId === null));
    let created = false;
    if (!part || !this.pkg.has(part)) {
      part = part ?? `${partFolder(this.part) ? partFolder(this.part) + '/' : ''}styles.xml`;
      this.pkg.setText(part, MINIMAL_STYLES);
      this.addContentType(part, CT_STYLES);
      if (!this.stylesPart()) this.addRelationship(REL_STYLES, part);
      created = true;
    }
    const added = addToolStyles(this.pkg.need(part));
    this.pkg.setText(part, added.xml);
    const { p } = this.root();
    const state = `${created ? 'part ' : ''}${added.state}`;
    this.addDefinedName(`<${p}definedName name="${STYLES_NAME}" hidden="1">"tdr-check ${state}"</${p}definedName>`);
    return added.styles;
  }

  /** Gives back styles.xml as it was, when it still holds exactly the tool's additions. */
  restoreStyles(): void {
    const previous = this.stylesState();
    this.removeDefinedNames((n) => !(n.name === STYLES_NAME && n.localSheetId === null));
    const part = this.stylesPart();
    if (!previous || !part || !this.pkg.has(part)) return;
    const wholePart = previous.state.startsWith('part ');
    const known = recogniseToolStyles(this.pkg.need(part), wholePart ? previous.state.slice(5) : previous.state);
    if (!known) return;
    if (wholePart && known.original === MINIMAL_STYLES) {
      const rels = this.pkg.need(this.relsPart);
      const rel = readRelationships(rels).find((r) => resolveTarget(this.part, r.target) === part);
      if (rel) this.pkg.setText(this.relsPart, splice(rels, rel.start, rel.end, ''));
      this.pkg.remove(part);
      this.removeContentType(part);
    } else {
      this.pkg.setText(part, known.original);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet edits.
// ---------------------------------------------------------------------------------------------

/** The relationship id of a <sheet> (`r:id`, whatever the prefix). */
function relId(tag: string): string {
  const m = /\s[\w.-]+:id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[2] ?? m[3] ?? '') : '';
}

/** The worksheet without the conditional-format rules that carry the marker. */
export function withoutMarkedRules(xml: string): string {
  const root = rootElement(xml);
  if (!root) return xml;
  const p = prefixOf(root.qname);
  let out = xml;
  const formats = children(xml, root).filter((k) => k.local === 'conditionalFormatting' && prefixOf(k.qname) === p);
  for (const cf of formats.reverse()) {
    const rules = children(xml, cf).filter((c) => c.local === 'cfRule');
    const marked = rules.filter((r) => MARKER_IN_XML.test(xml.slice(r.innerStart, r.innerEnd)));
    if (marked.length === 0) continue;
    if (marked.length === rules.length) {
      out = splice(out, cf.start, cf.end, '');
    } else {
      for (const r of marked.reverse()) out = splice(out, r.start, r.end, '');
    }
  }
  return out;
}

/** The highest conditional-format priority used on the sheet (x14 rules included). */
function maxPriority(xml: string): number {
  let max = 0;
  const re = /<(?:[\w.-]+:)?cfRule(?=[\s/>])[^>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const v = Number(rawAttr(m[0], 'priority'));
    if (Number.isFinite(v) && v > max) max = v;
  }
  return max;
}

/**
 * Where new <conditionalFormatting> elements go: after the sheet's last one, else before the
 * first child that CT_Worksheet places after them (or an mc:AlternateContent wrapping one).
 */
function conditionalFormattingPosition(xml: string, root: Element): number {
  const p = prefixOf(root.qname);
  const kids = children(xml, root);
  let last: Element | undefined;
  for (const k of kids) if (k.local === 'conditionalFormatting' && prefixOf(k.qname) === p) last = k;
  if (last) return last.end;
  const data = kids.findIndex((k) => k.local === 'sheetData');
  for (const k of kids.slice(data + 1)) {
    if ((prefixOf(k.qname) === p && AFTER_CONDITIONAL_FORMATTING.has(k.local)) || k.local === 'AlternateContent') return k.start;
  }
  return root.innerEnd;
}

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function attrDecode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
