/**
 * Writes a computed workbook plan as an .xlsx with exceljs: labels and inputs as values,
 * every formula in Excel's stored spelling for custom functions (`_xldudf_MINER_...`) with
 * its computed result as the cached value, spill anchors as array formulas over their
 * spilled range (made dynamic by package-parts.ts) with the spilled values below them, the
 * styles, number formats, column widths and charts.
 */
import ExcelJS from 'exceljs';
import { Computed } from '../calc';
import { formulaText } from '../../../src/sheet/formula';
import { a1 } from '../../../src/sheet/a1';
import { PlannedCell, SheetPlan, WorkbookPlan } from '../../../src/models/plan';
import { CellValue, isErrorValue } from '../../../src/sheet/formula-tree';
import { looks } from '../../../src/models/styles';
import { addPackageParts, SheetExtras } from './package-parts';

/** A fixed timestamp, so generating twice gives the same workbook properties. */
const documentDate = new Date(Date.UTC(2026, 0, 1));

type ExcelResult = number | string | boolean | { error: ExcelJS.CellErrorValue['error'] } | undefined;

function toResult(value: CellValue): ExcelResult {
  if (value === null) return undefined;
  if (isErrorValue(value)) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

function applyLook(cell: ExcelJS.Cell, planned: Pick<PlannedCell, 'style'>): void {
  const look = looks[planned.style];
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  if (look.fontColor) font.color = { argb: `FF${look.fontColor}` };
  if (Object.keys(font).length > 0) cell.font = font;
  if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } };
  if (look.wrap || look.alignRight) {
    cell.alignment = { ...(look.wrap ? { wrapText: true, vertical: 'top' } : {}), ...(look.alignRight ? { horizontal: 'right' } : {}) };
  }
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetPlan, computed: Computed): SheetExtras {
  sheet.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row) + 1).height = height;
  const anchors: { row: number; col: number }[] = [];
  for (const planned of sheet.cells) {
    const cell = worksheet.getCell(planned.row + 1, planned.col + 1);
    if (planned.formula && planned.spill) {
      const values = computed.spill(sheet.name, planned.row, planned.col);
      const ref = `${a1(planned.row, planned.col)}:${a1(planned.row + planned.spill.rows - 1, planned.col + planned.spill.cols - 1)}`;
      const formula = formulaText(planned.formula, sheet.name, 'file');
      cell.value = { formula, result: toResult(values[0][0]), shareType: 'array', ref } as ExcelJS.CellFormulaValue;
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const target = worksheet.getCell(planned.row + r + 1, planned.col + c + 1);
          if (r > 0 || c > 0) target.value = toResult(value) ?? null;
          const header = r < (planned.spill?.headerRows ?? 0);
          const format = header ? undefined : planned.spill?.numberFormats?.[c];
          if (format) target.numFmt = format;
          applyLook(target, { style: header ? 'tableHeader' : 'output' });
        }),
      );
      anchors.push({ row: planned.row, col: planned.col });
      continue;
    }
    if (planned.formula) {
      const formula = formulaText(planned.formula, sheet.name, 'file');
      cell.value = { formula, result: toResult(computed.value(sheet.name, planned.row, planned.col)) } as ExcelJS.CellFormulaValue;
    } else if (planned.hyperlink) {
      cell.value = { text: String(planned.value ?? planned.hyperlink), hyperlink: planned.hyperlink };
    } else {
      cell.value = planned.value ?? null;
    }
    if (planned.numberFormat) cell.numFmt = planned.numberFormat;
    applyLook(cell, planned);
  }
  const charts = sheet.charts.map((chart) => {
    const column = (from: { row: number; col: number }, to: { row: number; col: number }) => {
      const values: CellValue[] = [];
      for (let r = from.row; r <= to.row; r++) values.push(computed.value(sheet.name, r, from.col));
      return values;
    };
    return {
      chart,
      cache: {
        categories: column(chart.categories.from, chart.categories.to),
        series: chart.series.map((s) => column(s.values.from, s.values.to)),
      },
    };
  });
  return { anchors, charts };
}

/** The .xlsx bytes of a computed plan. */
export async function writeWorkbook(plan: WorkbookPlan, computed: Computed): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hashwatt';
  workbook.lastModifiedBy = 'Hashwatt';
  workbook.title = plan.title;
  workbook.created = documentDate;
  workbook.modified = documentDate;
  const extras = new Map<string, SheetExtras>();
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    extras.set(sheet.name, writeSheet(worksheet, sheet, computed));
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return addPackageParts(bytes, extras);
}
