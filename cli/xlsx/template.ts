// `tdr-check --template new.xlsx` (outputs.md §3): a new workbook with every input sheet of the
// template plan. The new-workbook writer lays out the cells, widths, frozen rows and drop-downs;
// then the date and time columns are given their number format as column styles, so that what
// the user types there later is a date (or a time) in the chosen language's format.

import { columnName } from '../../core/a1';
import { buildTemplatePlan } from '../../core/plan/template';
import type { TemplateSheet } from '../../core/plan/types';
import type { Cell, Lang } from '../../core/types';
import { attr, children, Package, rawAttr, readRelationships, resolveTarget, rootElement, setAttr, splice } from './ooxml';
import { addToolStyles } from './tool-styles';
import { writeXlsx, type NewSheet } from './write';

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A template sheet as the writer takes it. */
export function templateSheet(sheet: TemplateSheet): NewSheet {
  const range = (col: number) => `${columnName(col)}2:${columnName(col)}${sheet.lastRow}`;
  return {
    name: sheet.name,
    rows: sheet.rows.map((row) => row.map((v): Cell => (v !== null && typeof v === 'object' ? v.date : v))),
    columnWidths: sheet.columnWidths,
    dateColumns: sheet.dateColumns,
    timeColumns: sheet.timeColumns,
    frozenRows: sheet.frozenRows,
    boldRows: [0],
    ...(sheet.print ? { print: sheet.print } : {}),
    validations: sheet.validations.map((v) =>
      'list' in v
        ? { range: range(v.col), list: v.list }
        : {
            range: range(v.col),
            list: `${quoted(v.source.sheet)}!$${columnName(v.source.col)}$${v.source.firstRow ?? 2}:$${columnName(v.source.col)}$${v.source.lastRow ?? sheet.lastRow}`,
            warning: true,
          },
    ),
  };
}

/** The cellXfs index of the first plain format whose number format code is `code`, or null. */
function xfWithFormat(styles: string, code: string): number | null {
  const root = rootElement(styles)!;
  const kids = children(styles, root);
  const numFmts = kids.find((k) => k.local === 'numFmts');
  const ids = new Set<string>();
  if (numFmts) for (const f of children(styles, numFmts)) if (attr(f.tag, 'formatCode') === code) ids.add(rawAttr(f.tag, 'numFmtId') ?? '');
  const xfs = kids.find((k) => k.local === 'cellXfs');
  if (!xfs) return null;
  const list = children(styles, xfs).filter((x) => x.local === 'xf');
  const i = list.findIndex((x) => ids.has(rawAttr(x.tag, 'numFmtId') ?? '') && (rawAttr(x.tag, 'fontId') ?? '0') === '0');
  return i < 0 ? null : i;
}

/** Gives the date and time columns of each sheet their number format as a column style. */
function styleColumns(data: Uint8Array, sheets: readonly TemplateSheet[]): Uint8Array {
  const pkg = new Package(data);
  const wbRels = readRelationships(pkg.need('xl/_rels/workbook.xml.rels'));
  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  if (!stylesRel) return data;
  const stylesPart = resolveTarget('xl/workbook.xml', stylesRel.target);
  const added = addToolStyles(pkg.need(stylesPart));
  pkg.setText(stylesPart, added.xml);
  const time = xfWithFormat(added.xml, 'hh:mm');
  const wb = pkg.need('xl/workbook.xml');
  const sheetTags = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  for (const sheet of sheets) {
    const date = added.styles.xf.date[sheet.dateFormat];
    const tag = sheetTags.find((t) => attr(t, 'name') === sheet.name);
    const rel = tag && wbRels.find((r) => r.id === (/\sr:id="([^"]*)"/.exec(tag)?.[1] ?? ''));
    if (!rel) continue;
    const part = resolveTarget('xl/workbook.xml', rel.target);
    let xml = pkg.need(part);
    const root = rootElement(xml)!;
    const cols = children(xml, root).find((k) => k.local === 'cols');
    if (!cols) continue;
    for (const col of children(xml, cols).reverse()) {
      const c = Number(rawAttr(col.tag, 'min')) - 1;
      const style = sheet.dateColumns.includes(c) ? date : sheet.timeColumns.includes(c) ? time : null;
      if (style !== null && style !== undefined) xml = splice(xml, col.start, col.end, setAttr(col.tag, 'style', String(style)));
    }
    pkg.setText(part, xml);
  }
  return pkg.toZip();
}

/** The template workbook in the chosen language. */
export function templateXlsx(lang: Lang): Uint8Array {
  const plan = buildTemplatePlan(lang, []);
  return styleColumns(writeXlsx(plan.sheets.map(templateSheet)), plan.sheets);
}
