/**
 * The plan of a model workbook: what each cell holds (a label, an input value, or a formula
 * over MINER.* functions), how it looks, which ranges spill and where the charts go. One plan
 * serves both outputs: the generated .xlsx files (tools/workbooks/xlsx) and the task pane's
 * "Insert model" panel (src/taskpane/models), so a model is defined once.
 *
 * A plan holds no computed values: the .xlsx writer evaluates it with the add-in's own
 * functions (tools/workbooks/calc.ts); in Excel the workbook computes it.
 */
import type { Locale } from '../sheet/locale';
import type { CellRef, Expr, Scalar } from '../sheet/formula-tree';

/** How a cell looks; the writers map each style to fonts and fills. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'section'
  | 'label'
  | 'unit'
  | 'source'
  | 'input'
  | 'output'
  | 'result'
  /** A number, or a text in its place (n/d, –): right-aligned as Excel aligns numbers, so the two line up. */
  | 'outputFigure'
  | 'resultFigure'
  | 'tableHeader'
  | 'legendInput'
  | 'legendOutput';

export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  readonly style: CellStyle;
  /** A constant (labels, inputs). */
  readonly value?: Scalar;
  /** A formula; for a spill anchor, `spill` gives the size of the spilled range. */
  readonly formula?: Expr;
  readonly numberFormat?: string;
  /** A link the cell opens (a source's URL; the cell shows its short form). */
  readonly hyperlink?: string;
  /**
   * Rows and columns of the array the anchor's formula returns (its header row included), and
   * whether it returns one: 0 where the sheet writes the column names above it itself (a
   * Japanese sheet's names over a table called with headers=FALSE).
   */
  readonly spill?: { readonly rows: number; readonly cols: number; readonly headerRows: 0 | 1; readonly numberFormats?: readonly (string | undefined)[] };
}

/** An input the user is meant to change: where it is, what it is called and its unit. */
export interface PlannedInput {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  readonly label: string;
  readonly unit: string;
  /** Where the label and the unit stand on the sheet (the unit may be inside the label). */
  readonly labelAt: { readonly row: number; readonly col: number };
  readonly unitAt?: { readonly row: number; readonly col: number };
}

export interface ChartSeries {
  readonly name: string;
  readonly values: { readonly from: CellRef; readonly to: CellRef };
  readonly type: 'line' | 'bar';
}

export interface PlannedChart {
  readonly title: string;
  readonly categories: { readonly from: CellRef; readonly to: CellRef };
  readonly categoryFormat: string;
  readonly valueFormat: string;
  readonly valueTitle: string;
  readonly series: readonly ChartSeries[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlannedCell[];
  readonly inputs: readonly PlannedInput[];
  readonly charts: readonly PlannedChart[];
  readonly columnWidths: readonly number[];
  /** Heights in points of the rows that need more than one line (wrapped table headers). */
  readonly rowHeights: Readonly<Record<number, number>>;
}

export interface WorkbookPlan {
  readonly modelId: string;
  readonly locale: Locale;
  readonly title: string;
  readonly sheets: readonly SheetPlan[];
}
