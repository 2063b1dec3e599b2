// The compliance chart of the GEC summary as DrawingML parts (presentation.md §1): a drawing part
// anchoring one chart part on the output sheet. The chart refers to the sheet's cells (GT codes,
// Conformité column) and carries their values as caches, so a reader that does not recalculate
// (LibreOffice's import, a phone viewer) draws it as is. One colour per bar (`c:dPt`), the GT's
// worst finding; data labels with the score; value axis fixed to 0–100.

import { parseA1 } from '../../core/a1';
import type { ChartSpec, TrendChartSpec } from '../../core/plan/types';
import { sheetRef } from './output-sheet';
import { escapeXml } from './write';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const REL_DRAWING = `${NS_R}/drawing`;
export const REL_CHART = `${NS_R}/chart`;

/** `A8:A12` → `$A$8:$A$12`. */
function absolute(range: string): string {
  return range
    .split(':')
    .map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2'))
    .join(':');
}

/** `#CC0000` → `CC0000`. */
function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

function solid(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${hex(colour)}"/></a:solidFill></c:spPr>`;
}

function textProps(size: number, bold: boolean): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr>` +
    '<a:endParaRPr lang="fr-FR"/></a:p></c:txPr>'
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="fr-FR" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
  );
}

/**
 * The category axis (500100) and the value axis (500200): 0–100 for the bars; for the lines, up
 * to 100 from where the scores are, so that a change of a point can be seen.
 */
const axes = (fromZero: boolean): string =>
  '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
  '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>' +
  '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
  textProps(10, false) +
  '<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
  '<c:noMultiLvlLbl val="0"/></c:catAx>' +
  `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/>${fromZero ? '<c:min val="0"/>' : ''}</c:scaling>` +
  '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
  `<c:numFmt formatCode="${fromZero ? '0' : '0.0'}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
  '<c:tickLblPos val="nextTo"/>' +
  textProps(9, false) +
  `<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${fromZero ? '<c:majorUnit val="20"/>' : ''}</c:valAx>`;

const CHART_FRAME =
  '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/**
 * The 12-month line chart: one line per GT, the months as categories (the table's header cells),
 * axis 0–100, a legend at the bottom.
 */
export function trendChartXml(spec: TrendChartSpec, sheetName: string): string {
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(rangeRef(sheetName, s.nameCell))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${hex(s.colour)}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/>${solid(s.colour)}</c:marker>` +
        `<c:cat><c:strRef><c:f>${escapeXml(rangeRef(sheetName, spec.monthsRange))}</c:f>${strCache(spec.months)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(rangeRef(sheetName, s.range))}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        '<c:smooth val="0"/></c:ser>',
    )
    .join('');
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    titleXml(spec.title) +
    '<c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    '<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>' +
    axes(false) +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(9, false)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    CHART_FRAME +
    '</c:chartSpace>'
  );
}

/** The chart part: a clustered column chart of the compliance by GT. */
export function chartXml(spec: ChartSpec, sheetName: string): string {
  const n = spec.categories.length;
  const cats = spec.categories
    .map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`)
    .join('');
  const vals = spec.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  const points = spec.colours
    .map((colour, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${solid(colour)}</c:dPt>`)
    .join('');
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    titleXml(spec.title) +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXml(spec.title)}</c:v></c:tx>` +
    solid(spec.colours[0] ?? '#6AA84F') +
    '<c:invertIfNegative val="0"/>' +
    points +
    '<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    textProps(10, true) +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeXml(rangeRef(sheetName, spec.categoriesRange))}</c:f>` +
    `<c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeRef(sheetName, spec.valuesRange))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    '</c:ser>' +
    '<c:gapWidth val="60"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>' +
    axes(true) +
    '</c:plotArea>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    CHART_FRAME +
    '</c:chartSpace>'
  );
}

/** `'Synthèse GEC 2026-11'!$A$8:$A$12`. */
function rangeRef(sheetName: string, range: string): string {
  const [from, to] = absolute(range).split(':');
  return `${sheetRef(sheetName, from)}${to ? `:${to}` : ''}`;
}

/** A 0-based cell marker of a two-cell anchor. */
function marker(tag: 'from' | 'to', ref: string): string {
  const cell = parseA1(ref);
  const row = cell ? cell.row - 1 : 0;
  const col = cell ? cell.col : 0;
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part: each chart anchored from its `anchor` to its `end`, through its relationship. */
export function drawingXml(charts: readonly { anchor: string; end: string; title: string; rid: string }[]): string {
  const frames = charts
    .map(
      (c, i) =>
        '<xdr:twoCellAnchor editAs="oneCell">' +
        marker('from', c.anchor) +
        marker('to', c.end) +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${c.rid}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    )
    .join('');
  return XML_DECL + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${frames}</xdr:wsDr>`;
}

/** A relationships part. */
export function relationshipsXml(list: readonly { id: string; type: string; target: string }[]): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('') +
    '</Relationships>'
  );
}
