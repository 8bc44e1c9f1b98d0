/**
 * One model sheet, written onto a worksheet by Office.js calls (content first, looks once it is in): the same plan the
 * generated .xlsx files come from (office-plan.ts), with Excel computing the values.
 */
import { columnLetters } from '../../sheet/a1';
import { OfficeSheet } from './office-plan';

function applyLook(range: Excel.Range, look: OfficeSheet['cells'][number]['look']): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.fontColor) range.format.font.color = `#${look.fontColor}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
  if (look.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  if (look.alignRight) range.format.horizontalAlignment = 'Right';
}

/** The content of one model sheet: every cell's formula or value and number format, and the spilled ranges' formats. */
export function buildModelSheet(sheet: Excel.Worksheet, plan: OfficeSheet): void {
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined || cell.hyperlink !== undefined) range.values = [[cell.value ?? cell.hyperlink ?? '']];
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
  }
  for (const spill of plan.spillFormats) sheet.getRange(spill.address).numberFormat = spill.formats.map((row) => [...row]);
}

/** The looks of one model sheet: widths and heights, each cell's look and link, the charts. */
export function styleModelSheet(sheet: Excel.Worksheet, plan: OfficeSheet): void {
  plan.columnWidths.forEach((width, i) => {
    sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = width;
  });
  for (const { row, height } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.formula === undefined && cell.hyperlink !== undefined) range.hyperlink = { address: cell.hyperlink, textToDisplay: String(cell.value ?? cell.hyperlink) };
    applyLook(range, cell.look);
  }
  for (const chartPlan of plan.charts) {
    const [firstSeries, ...others] = chartPlan.series;
    const chart = sheet.charts.add(firstSeries.type === 'bar' ? 'ColumnClustered' : 'Line', sheet.getRange(firstSeries.values), 'Columns');
    chart.title.text = chartPlan.title;
    chart.legend.position = 'Bottom';
    chart.setPosition(chartPlan.topLeft, chartPlan.bottomRight);
    const series0 = chart.series.getItemAt(0);
    series0.name = firstSeries.name;
    series0.setXAxisValues(sheet.getRange(chartPlan.categories));
    for (const other of others) {
      const series = chart.series.add(other.name);
      series.setValues(sheet.getRange(other.values));
      series.setXAxisValues(sheet.getRange(chartPlan.categories));
      series.chartType = other.type === 'bar' ? 'ColumnClustered' : 'Line';
    }
  }
}
