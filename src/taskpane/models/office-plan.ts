/**
 * A model's sheets as the Office.js writes that make them, computed without Office: each
 * cell's formula (`=MINER.…`, as typed) or value, number format and look, the column widths,
 * the number formats of each spilled range and the charts. The same model definitions
 * (src/models) make the generated .xlsx files; Excel computes the values here.
 */
import { formulaText } from '../../sheet/formula';
import { a1 } from '../../sheet/a1';
import { SheetPlan, WorkbookPlan } from '../../models/plan';
import { Scalar } from '../../sheet/formula-tree';
import { CellLook, looks } from '../../models/styles';

export interface OfficeCell {
  readonly address: string;
  /** `=MINER.HASHPRICE(B9,B10,B11)`, or undefined for a constant. */
  readonly formula?: string;
  readonly value?: Scalar;
  readonly numberFormat?: string;
  readonly look: CellLook;
  readonly hyperlink?: string;
}

export interface OfficeChart {
  readonly kind: 'line' | 'barLine';
  readonly title: string;
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string; readonly type: 'line' | 'bar' }[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface OfficeSheet {
  readonly name: string;
  readonly cells: readonly OfficeCell[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  /** Heights in points of the rows with wrapped headers, by 1-based row number. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** The data rows of each spilled range and their number formats (one per column). */
  readonly spillFormats: readonly { readonly address: string; readonly formats: readonly string[][] }[];
  readonly charts: readonly OfficeChart[];
}

/** Excel's column width (characters of the default font) in points, as Office.js sets it. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

function sheetWrites(sheet: SheetPlan): OfficeSheet {
  const cells: OfficeCell[] = sheet.cells.map((cell) => ({
    address: a1(cell.row, cell.col),
    formula: cell.formula ? formulaText(cell.formula, sheet.name, 'office') : undefined,
    value: cell.formula ? undefined : cell.value,
    numberFormat: cell.numberFormat,
    look: looks[cell.style],
    hyperlink: cell.hyperlink,
  }));
  const spillFormats = sheet.cells
    .filter((cell) => cell.spill && cell.spill.rows > cell.spill.headerRows && cell.spill.numberFormats)
    .map((cell) => {
      const spill = cell.spill as NonNullable<typeof cell.spill>;
      const formats = spill.numberFormats as readonly (string | undefined)[];
      const row = Array.from({ length: spill.cols }, (_, c) => formats[c] ?? 'General');
      return {
        address: `${a1(cell.row + spill.headerRows, cell.col)}:${a1(cell.row + spill.rows - 1, cell.col + spill.cols - 1)}`,
        formats: Array.from({ length: spill.rows - spill.headerRows }, () => [...row]),
      };
    });
  const charts: OfficeChart[] = sheet.charts.map((chart) => ({
    kind: chart.series.some((s) => s.type === 'bar') ? 'barLine' : 'line',
    title: chart.title,
    categories: `${a1(chart.categories.from.row, chart.categories.from.col)}:${a1(chart.categories.to.row, chart.categories.to.col)}`,
    series: chart.series.map((s) => ({
      name: s.name,
      type: s.type,
      values: `${a1(s.values.from.row, s.values.from.col)}:${a1(s.values.to.row, s.values.to.col)}`,
    })),
    topLeft: a1(chart.from.row, chart.from.col),
    bottomRight: a1(chart.to.row, chart.to.col),
  }));
  const rowHeights = Object.entries(sheet.rowHeights).map(([row, height]) => ({ row: Number(row) + 1, height }));
  return { name: sheet.name, cells, columnWidths: sheet.columnWidths.map(widthInPoints), rowHeights, spillFormats, charts };
}

export function officeWrites(plan: WorkbookPlan): OfficeSheet[] {
  return plan.sheets.map(sheetWrites);
}
