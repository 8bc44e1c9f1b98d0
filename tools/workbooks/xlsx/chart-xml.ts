/**
 * DrawingML for the model charts (exceljs writes no charts): a chart part, the drawing that
 * anchors it to cells, and their relationships. Series refer to sheet ranges and carry a
 * cache of the values, as Excel writes them, so the chart shows before any recalculation.
 * Line series, or bars with a line on the same axes (a combo chart).
 *
 * Element order follows the schema (ECMA-376 Part 1, §21.2): Excel rejects a chart part
 * whose children are out of order.
 */
import { a1 } from '../../../src/sheet/a1';
import { PlannedChart } from '../../../src/models/plan';
import { CellRef, CellValue, sheetPrefix } from '../../../src/sheet/formula-tree';

const chartNs = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const drawingNs = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rangeFormula(sheet: string, from: CellRef, to: CellRef): string {
  return `${sheetPrefix(sheet)}${a1(from.row, from.col, true, true)}:${a1(to.row, to.col, true, true)}`;
}

function numCache(values: readonly CellValue[], formatCode: string): string {
  const points = values
    .map((value, i) => (typeof value === 'number' ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function strCache(values: readonly CellValue[]): string {
  const points = values.map((value, i) => (value === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

/** The category axis's reference: text categories (a Text format) as strRef, others as numRef. */
function categoriesXml(sheet: string, chart: PlannedChart, cache: ChartCache): string {
  const formula = `<c:f>${escapeXml(rangeFormula(sheet, chart.categories.from, chart.categories.to))}</c:f>`;
  if (chart.categoryFormat === '@') return `<c:cat><c:strRef>${formula}${strCache(cache.categories)}</c:strRef></c:cat>`;
  return `<c:cat><c:numRef>${formula}${numCache(cache.categories, chart.categoryFormat)}</c:numRef></c:cat>`;
}

function richText(text: string, size = 1200, bold = true): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** The computed values a chart shows, in the order of its categories and series. */
export interface ChartCache {
  readonly categories: readonly CellValue[];
  readonly series: readonly (readonly CellValue[])[];
}

const palette = ['2F5597', 'C55A11', '548235', '7F6000'];

function seriesXml(sheet: string, chart: PlannedChart, cache: ChartCache, index: number): string {
  const series = chart.series[index];
  const color = palette[index % palette.length];
  const shape =
    series.type === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  const categories = categoriesXml(sheet, chart, cache);
  const values = `<c:val><c:numRef><c:f>${escapeXml(rangeFormula(sheet, series.values.from, series.values.to))}</c:f>${numCache(cache.series[index], chart.valueFormat)}</c:numRef></c:val>`;
  const tail = series.type === 'line' ? '<c:smooth val="0"/>' : '';
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${shape}${categories}${values}${tail}</c:ser>`;
}

const categoryAxisId = 500100;
const valueAxisId = 500200;

/** xl/charts/chartN.xml */
export function chartPartXml(sheet: string, chart: PlannedChart, cache: ChartCache): string {
  const bars = chart.series.map((s, i) => (s.type === 'bar' ? seriesXml(sheet, chart, cache, i) : '')).join('');
  const lines = chart.series.map((s, i) => (s.type === 'line' ? seriesXml(sheet, chart, cache, i) : '')).join('');
  const axisIds = `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/>`;
  const barChart = bars
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="80"/>${axisIds}</c:barChart>`
    : '';
  const lineChart = lines
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axisIds}</c:lineChart>`
    : '';
  const categoryAxis =
    `<c:catAx><c:axId val="${categoryAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="${escapeXml(chart.categoryFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${valueAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:title>${richText(chart.valueTitle, 1000, false)}<c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${categoryAxisId}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${chartNs}" xmlns:a="${drawingNs}" xmlns:r="${relNs}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** xl/drawings/drawingN.xml: one graphic frame per chart, anchored to cells; chart i is relationship rId{i+1}. */
export function drawingPartXml(charts: readonly PlannedChart[]): string {
  const anchors = charts
    .map((chart, i) => {
      const marker = (tag: string, at: { row: number; col: number }) =>
        `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from)}${marker('to', chart.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${chartNs}"><c:chart xmlns:c="${chartNs}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${drawingNs}" xmlns:r="${relNs}">` +
    anchors +
    `</xdr:wsDr>`
  );
}

/** xl/drawings/_rels/drawingN.xml.rels */
export function drawingRelsXml(chartNumbers: readonly number[]): string {
  const rels = chartNumbers
    .map((n, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/chart" Target="../charts/chart${n}.xml"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}
