/// <reference types="office-js" />
// The part of the Excel JavaScript API the add-in calls, and nothing more. The adapter is written
// against these interfaces; the real `Excel.RequestContext` satisfies them (checked at compile
// time at the bottom of this file) and so does the test fake. A call that Excel does not have
// cannot be added here without breaking that check, and a call missing here does not compile in
// the adapter: the fake can never drift from Office.js.
//
// Member types are picked from `@types/office-js` wherever they are plain properties; methods
// are narrowed to the one overload the adapter uses (an Office.js object has several).

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export interface XlWorkbook extends Pick<Excel.Workbook, 'name'> {
  readonly worksheets: XlWorksheetCollection;
  readonly functions: XlFunctions;
  readonly application: XlApplication;
  /** Whether the workbook's structure is protected: no sheet may be added, renamed or deleted (ExcelApi 1.7). */
  readonly protection: XlWorkbookProtection;
  load(propertyNames: string): XlWorkbook;
}

export interface XlWorkbookProtection extends Pick<Excel.WorkbookProtection, 'protected'> {
  load(propertyNames: string): XlWorkbookProtection;
}

export type XlApplication = Pick<Excel.Application, 'suspendApiCalculationUntilNextSync'>;

export interface XlFunctions {
  /** DATE(year, month, day): the workbook's serial of that day (ExcelApi 1.2). */
  date(year: number, month: number, day: number): XlFunctionResult;
}

export interface XlFunctionResult extends Pick<Excel.FunctionResult<number>, 'value' | 'error'> {
  load(propertyNames: string): XlFunctionResult;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends Pick<Excel.Worksheet, 'id' | 'name' | 'position' | 'visibility' | 'delete' | 'activate'> {
  readonly names: XlNamedItemCollection;
  /** Loaded with the sheet list (`items/protection/protected`). */
  readonly protection: Pick<Excel.WorksheetProtection, 'protected'>;
  readonly charts: XlChartCollection;
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, 'freezeRows'>;
  readonly autoFilter: XlAutoFilter;
  /** Print setup (ExcelApi 1.9). */
  readonly pageLayout: XlPageLayout;
  /** The whole sheet without an address. */
  getRange(address?: string): XlRange;
  /** Comma-separated A1 ranges of this sheet (ExcelApi 1.9). */
  getRanges(address: string): XlRangeAreas;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getCell(row: number, column: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  load(propertyNames: string): XlWorksheet;
}

export type XlPageLayout = Pick<Excel.PageLayout, 'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally' | 'setPrintTitleRows'>;

export interface XlAutoFilter {
  apply(range: string): void;
}

export interface XlRange
  extends Pick<Excel.Range, 'values' | 'numberFormat' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'isNullObject' | 'select' | 'setCellProperties'> {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly dataValidation: Pick<Excel.DataValidation, 'rule' | 'errorAlert'>;
  load(propertyNames: string): XlRange;
}

export interface XlRangeFormat extends Pick<Excel.RangeFormat, 'columnWidth' | 'wrapText' | 'autofitRows'> {
  readonly fill: Pick<Excel.RangeFill, 'color'>;
  readonly font: Pick<Excel.RangeFont, 'bold' | 'size'>;
}

export interface XlRangeAreas {
  readonly conditionalFormats: XlConditionalFormatCollection;
}

/** What the adapter loads of a sheet's conditional formats: their kind and custom formula. */
export type XlConditionalFormatLoad = Excel.Interfaces.ConditionalFormatCollectionLoadOptions & Excel.Interfaces.CollectionLoadOptions;

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  add(type: 'Custom'): XlConditionalFormat;
  load(options: XlConditionalFormatLoad): XlConditionalFormatCollection;
}

export interface XlConditionalFormat extends Pick<Excel.ConditionalFormat, 'id' | 'type' | 'delete'> {
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat;
}

export interface XlCustomConditionalFormat extends Pick<Excel.CustomConditionalFormat, 'isNullObject'> {
  readonly rule: Pick<Excel.ConditionalFormatRule, 'formula'>;
  readonly format: { readonly fill: Pick<Excel.ConditionalRangeFill, 'color'> };
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  add(name: string, reference: string, comment?: string): XlNamedItem;
  load(propertyNames: string): XlNamedItemCollection;
}

export type XlNamedItem = Pick<Excel.NamedItem, 'name' | 'visible' | 'formula'>;

export interface XlChartCollection {
  /** The compliance bars (`ColumnClustered`) and the 12-month lines (`Line`). */
  add(type: 'ColumnClustered' | 'Line', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}

export interface XlChart extends Pick<Excel.Chart, 'width' | 'height'> {
  readonly title: Pick<Excel.ChartTitle, 'text'>;
  readonly legend: Pick<Excel.ChartLegend, 'visible'>;
  readonly series: { getItemAt(index: number): XlChartSeries };
  readonly axes: { readonly valueAxis: Pick<Excel.ChartAxis, 'minimum' | 'maximum'> };
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlChartSeries extends Pick<Excel.ChartSeries, 'hasDataLabels' | 'name'> {
  setXAxisValues(sourceData: XlRange): void;
  /** A line's colour (ExcelApi 1.1). */
  readonly format: { readonly line: Pick<Excel.ChartLineFormat, 'color'> };
  readonly dataLabels: Pick<Excel.ChartDataLabels, 'showValue' | 'numberFormat'>;
  readonly points: { getItemAt(index: number): { readonly format: { readonly fill: Pick<Excel.ChartFill, 'setSolidColor'> } } };
}

// ---------------------------------------------------------------------------------------------
// Compile-time proof that Office.js has every member used above, with compatible types.
// ---------------------------------------------------------------------------------------------

type Satisfies<Real, Narrow> = Real extends Narrow ? true : false;

/** Each entry fails to compile (`true` is not `false`) when the real type lacks a member. */
export const OFFICE_JS_SATISFIES_ADAPTER: [
  Satisfies<Excel.RequestContext, XlContext>,
  Satisfies<Excel.Workbook, XlWorkbook>,
  Satisfies<Excel.WorkbookProtection, XlWorkbookProtection>,
  Satisfies<Excel.WorksheetCollection, XlWorksheetCollection>,
  Satisfies<Excel.Worksheet, XlWorksheet>,
  Satisfies<Excel.Range, XlRange>,
  Satisfies<Excel.RangeAreas, XlRangeAreas>,
  Satisfies<Excel.ConditionalFormatCollection, XlConditionalFormatCollection>,
  Satisfies<Excel.ConditionalFormat, XlConditionalFormat>,
  Satisfies<Excel.NamedItemCollection, XlNamedItemCollection>,
  Satisfies<Excel.ChartCollection, XlChartCollection>,
  Satisfies<Excel.Chart, XlChart>,
  Satisfies<Excel.ChartSeries, XlChartSeries>,
  Satisfies<Excel.Functions, XlFunctions>,
  Satisfies<Excel.AutoFilter, XlAutoFilter>,
  Satisfies<Excel.PageLayout, XlPageLayout>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
