/**
 * Lays out one model sheet row by row: a title, the input legend, input rows (label, value,
 * unit, source), outputs, side-by-side tables, sensitivity grids, spilled tables and charts.
 * The result is a SheetPlan (plan.ts); nothing here computes a value.
 *
 * Column convention for single-value rows: A label, B value, C unit, D source or note.
 */
import { name } from '../sheet/formula';
import { CellStyle, ChartSeries, PlannedCell, PlannedChart, PlannedInput, SheetPlan } from './plan';
import { CellRef, Expr, Scalar } from '../sheet/formula-tree';
import type { TableColumnNames } from './column-names';

export interface InputSpec {
  readonly key: string;
  readonly label: string;
  readonly value: Scalar;
  readonly unit: string;
  readonly format: string;
  readonly source?: string;
  /** A formula the input cell holds instead of `value` (today's network figures read MINER.NETWORK); still the user's to overwrite. */
  readonly formula?: Expr;
}

export interface OutputSpec {
  readonly label: string;
  readonly formula: Expr;
  readonly unit: string;
  readonly format: string;
  readonly note?: string;
  /** A headline result (bold) rather than an intermediate one. */
  readonly strong?: boolean;
}

/** One cell of a table row: a formula or a constant. */
export type TableCell = { readonly formula: Expr; readonly format: string } | { readonly value: Scalar; readonly format?: string };

/** An input row's declaration in one line: key, label, default value, unit, number format and source. */
export function input(key: string, label: string, value: Scalar, unit: string, format: string, source?: string): InputSpec {
  return { key, label, value, unit, format, source };
}

/** One axis of a sensitivity grid: its caption, the key prefix and unit of its inputs, their values and format. */
export interface GridAxis {
  /** The inputs are keyed `${key}_1`, `${key}_2`, ... */
  readonly key: string;
  readonly caption: string;
  readonly unit: string;
  readonly values: readonly number[];
  readonly format: string;
}

export interface GridSpec {
  readonly title: string;
  /** The row axis stands in column B, one value a row. */
  readonly rows: GridAxis;
  /** The column axis stands in one row, from column C. */
  readonly cols: GridAxis;
  readonly cellFormat: string;
  /**
   * The formula of one cell from its row-axis and column-axis cells (mixed references, so the
   * grid reads as one copied formula) and its place in the grid (0-based), for a cell that
   * reads a range laid out per point.
   */
  readonly cell: (rowAxis: CellRef, colAxis: CellRef, point: { readonly row: number; readonly col: number }) => Expr;
}

/** Where a spilled table stands: its anchor (the header row, when it has one) and its last row. */
export interface SpilledTable {
  readonly anchorRow: number;
  readonly lastRow: number;
  /** One column's cells from `fromRow` (the first row under the header) to the last, absolute: a chart's categories or values. */
  column(col: number, fromRow?: number): { from: CellRef; to: CellRef };
}

/** Inputs to link to defined names (input key -> name) and the note shown beside a linked input. */
export interface InputLinks {
  readonly names: Readonly<Record<string, string>>;
  readonly note: (definedName: string) => string;
}

export interface LegendText {
  readonly input: string;
  readonly output: string;
}

export const formats = {
  integer: '#,##0',
  number1: '#,##0.0',
  number2: '#,##0.00',
  number4: '#,##0.0000',
  usd: '#,##0',
  usd2: '#,##0.00',
  share: '0.0%',
  rate: '0.000%',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  text: '@',
  general: 'General',
} as const;

export class SheetBuilder {
  private readonly cells = new Map<string, PlannedCell>();
  private readonly inputs: PlannedInput[] = [];
  private readonly charts: PlannedChart[] = [];
  private readonly inputRefs = new Map<string, CellRef>();
  /** The names a function's own header row spills (no planned cell holds them), for their row's height. */
  private readonly spilledHeaders: { readonly row: number; readonly col: number; readonly value: string }[] = [];
  /** The next free row. */
  row = 0;

  constructor(
    readonly name: string,
    private readonly columnWidths: readonly number[] = [44, 18, 16, 60],
    private readonly links: InputLinks = { names: {}, note: (definedName) => definedName },
    /** A unit as the sheet's language writes it (Japanese words for share, years, per day...). */
    private readonly unitText: (unit: string) => string = (unit) => unit,
    /** A source or note as the sheet's language writes it (the default inputs' sources are English). */
    private readonly noteText: (text: string) => string = (text) => text,
    /** The column names over a spilled table in the sheet's language, and whether the sheet writes them (column-names.ts). */
    private readonly tableColumnNames?: (functionId: string, columns: number) => TableColumnNames,
  ) {}

  /** A reference to a cell of this sheet (absolute when it is to be copied across a grid). */
  at(row: number, col: number, absCol = false, absRow = false): CellRef {
    return { sheet: this.name, row, col, absCol, absRow };
  }

  /** The cell of an input declared earlier on this sheet. */
  input(key: string): CellRef {
    const found = this.inputRefs.get(key);
    if (!found) throw new Error(`no input "${key}" on sheet ${this.name}`);
    return found;
  }

  put(cell: PlannedCell): void {
    const key = `${cell.row}:${cell.col}`;
    if (this.cells.has(key)) throw new Error(`cell ${key} of ${this.name} is planned twice`);
    this.cells.set(key, cell);
  }

  text(row: number, col: number, value: string, style: CellStyle = 'label'): void {
    this.put({ row, col, style, value });
  }

  /**
   * A source or note; a URL in it becomes the cell's link and the text shows the site's
   * name instead: "IREN–Microsoft (2025-11-03): https://host/path" -> "IREN–Microsoft (2025-11-03) — host".
   */
  source(row: number, col: number, note: string): void {
    const text = this.noteText(note);
    const match = /^(.*?)[:\s]*(https?:\/\/[^\s;,]+)(.*)$/.exec(text);
    if (!match) {
      this.text(row, col, text, 'source');
      return;
    }
    const [, before, url, after] = match;
    const host = new URL(url).hostname.replace(/^www\./, '');
    this.put({ row, col, style: 'source', value: `${before} — ${host}${after}`.trim(), hyperlink: url });
  }

  title(title: string, subtitle?: string): void {
    this.text(this.row++, 0, title, 'title');
    if (subtitle) this.text(this.row++, 0, subtitle, 'subtitle');
  }

  /** Two cells, styled as an input and as a result, saying which cells are which. */
  legend(text: LegendText): void {
    this.text(this.row++, 0, text.input, 'legendInput');
    this.text(this.row++, 0, text.output, 'legendOutput');
    this.gap();
  }

  section(title: string, headers: readonly string[] = []): void {
    this.text(this.row, 0, title, 'section');
    headers.forEach((header, i) => this.text(this.row, i + 1, header, 'tableHeader'));
    this.row++;
  }

  gap(rows = 1): void {
    this.row += rows;
  }

  /**
   * An input row: label, value (input style), unit, source. An input linked to a defined name
   * (a preset the user inserted, the pane's NET_* names) holds `=NAME` instead of the value;
   * one declared with a formula (today's network figures) holds that formula.
   */
  addInput(spec: InputSpec): CellRef {
    const row = this.row++;
    const linked = this.links.names[spec.key];
    this.text(row, 0, spec.label);
    if (linked) this.put({ row, col: 1, style: 'input', formula: name(linked), numberFormat: spec.format });
    else if (spec.formula) this.put({ row, col: 1, style: 'input', formula: spec.formula, numberFormat: spec.format });
    else this.put({ row, col: 1, style: 'input', value: spec.value, numberFormat: spec.format });
    this.text(row, 2, this.unitText(spec.unit), 'unit');
    const source = linked ? this.links.note(linked) : spec.source;
    if (source) this.source(row, 3, source);
    return this.registerInput(spec.key, row, 1, spec.label, spec.unit, { row, col: 0 }, { row, col: 2 });
  }

  /** An input standing elsewhere than an input row (a grid axis), with where its label and unit are. */
  registerInput(
    key: string,
    row: number,
    col: number,
    label: string,
    unit: string,
    labelAt: { row: number; col: number },
    unitAt?: { row: number; col: number },
  ): CellRef {
    if (this.inputRefs.has(key)) throw new Error(`input "${key}" declared twice on ${this.name}`);
    this.inputs.push({ key, row, col, label, unit: this.unitText(unit), labelAt, unitAt });
    const cell = this.at(row, col);
    this.inputRefs.set(key, cell);
    return cell;
  }

  /** Input rows, one per spec; `specs` names each input for the layout, and the result holds each one's cell under the same name. */
  addInputs<Names extends string>(specs: Readonly<Record<Names, InputSpec>>): Record<Names, CellRef> {
    return Object.fromEntries(Object.entries<InputSpec>(specs).map(([name, spec]) => [name, this.addInput(spec)])) as Record<Names, CellRef>;
  }

  /** A titled section of input rows (see addInputs) and the blank row after it. */
  inputSection<Names extends string>(title: string, specs: Readonly<Record<Names, InputSpec>>): Record<Names, CellRef> {
    this.section(title);
    const cells = this.addInputs(specs);
    this.gap();
    return cells;
  }

  /** An output row: label, formula, unit, note. */
  addOutput(spec: OutputSpec): CellRef {
    const row = this.row++;
    this.text(row, 0, spec.label);
    this.put({ row, col: 1, style: spec.strong ? 'result' : 'output', formula: spec.formula, numberFormat: spec.format });
    this.text(row, 2, this.unitText(spec.unit), 'unit');
    if (spec.note) this.source(row, 3, spec.note);
    return this.at(row, 1);
  }

  /** A table row: label in A, then one cell per column from B, the unit after the last. */
  addTableRow(label: string, cells: readonly TableCell[], unit: string, strong = false): CellRef[] {
    const row = this.row++;
    this.text(row, 0, label);
    const refs = cells.map((cell, i) => {
      const col = i + 1;
      if ('formula' in cell) {
        this.put({ row, col, style: strong ? 'result' : 'output', formula: cell.formula, numberFormat: cell.format });
      } else {
        this.put({ row, col, style: 'input', value: cell.value, numberFormat: cell.format });
      }
      return this.at(row, col);
    });
    this.text(row, cells.length + 1, this.unitText(unit), 'unit');
    return refs;
  }

  /**
   * A MINER.* table that spills, with its header row at `row` and its data below: `call` gives
   * the call with or without the function's own header row. Where the sheet's language has
   * column names of its own, they are written at `row` and the call, without headers, one row
   * lower; either way the table's cells stand in the same places. `rows` counts the header row.
   */
  addSpill(row: number, col: number, call: (headers: boolean) => Expr, rows: number, cols: number, numberFormats?: readonly (string | undefined)[]): SpilledTable {
    const withHeaders = call(true);
    const header = withHeaders.kind === 'miner' ? this.tableColumnNames?.(withHeaders.id, cols) : undefined;
    if (header?.written) {
      header.names.forEach((name, i) => this.text(row, col + i, name, 'tableHeader'));
      this.put({ row: row + 1, col, style: 'output', formula: call(false), spill: { rows: rows - 1, cols, headerRows: 0, numberFormats } });
    } else {
      this.put({ row, col, style: 'output', formula: withHeaders, spill: { rows, cols, headerRows: 1, numberFormats } });
      if (header) header.names.forEach((name, i) => this.spilledHeaders.push({ row, col: col + i, value: name }));
    }
    const lastRow = row + rows - 1;
    return {
      anchorRow: row,
      lastRow,
      column: (column, fromRow = row + 1) => ({ from: this.at(fromRow, column, true, true), to: this.at(lastRow, column, true, true) }),
    };
  }

  /**
   * A sensitivity grid: its title, the two captions, the column axis in one row, the row axis
   * in column B and the cells to the right. Each axis value is an input the user can change.
   */
  addGrid(grid: GridSpec): void {
    this.section(grid.title);
    const captionRow = this.row++;
    this.text(captionRow, 0, grid.rows.caption, 'tableHeader');
    this.text(captionRow, 2, grid.cols.caption, 'tableHeader');
    const axisRow = this.row++;
    const axisInput = (axis: GridAxis, i: number, row: number, col: number, captionCol: number): void => {
      this.put({ row, col, style: 'input', value: axis.values[i], numberFormat: axis.format });
      this.registerInput(`${axis.key}_${i + 1}`, row, col, axis.caption, axis.unit, { row: captionRow, col: captionCol });
    };
    grid.cols.values.forEach((_, i) => axisInput(grid.cols, i, axisRow, 2 + i, 2));
    grid.rows.values.forEach((_, r) => {
      const row = this.row++;
      axisInput(grid.rows, r, row, 1, 0);
      grid.cols.values.forEach((_, i) => {
        const col = 2 + i;
        this.put({ row, col, style: 'output', formula: grid.cell(this.at(row, 1, true, false), this.at(axisRow, col, false, true), { row: r, col: i }), numberFormat: grid.cellFormat });
      });
    });
  }

  addChart(chart: Omit<PlannedChart, 'series'> & { series: readonly ChartSeries[] }): void {
    this.charts.push(chart);
  }

  /**
   * Rows of wrapped table headers, written or spilled by a function, as tall as their longest
   * header needs: a character takes about one unit of column width (two for Japanese), a line
   * 15 points. A row left at one line would show a wrapped header cut off.
   */
  private rowHeights(widths: readonly number[]): Record<number, number> {
    const heights: Record<number, number> = {};
    const written = [...this.cells.values()].filter((cell) => cell.style === 'tableHeader');
    for (const cell of [...written, ...this.spilledHeaders]) {
      if (typeof cell.value !== 'string') continue;
      const lines = Math.min(3, Math.ceil(textWidth(cell.value) / (widths[cell.col] ?? 10)));
      if (lines > 1) heights[cell.row] = Math.max(heights[cell.row] ?? 0, 15 * lines);
    }
    return heights;
  }

  /**
   * The declared widths, each widened to the longest label or unit in its column that has a
   * filled cell to its right (text there would be cut off at the column's edge), up to 90.
   */
  private fittedColumnWidths(): number[] {
    const widths = [...this.columnWidths];
    for (const cell of this.cells.values()) {
      if ((cell.style !== 'label' && cell.style !== 'unit') || typeof cell.value !== 'string') continue;
      if (!this.cells.has(`${cell.row}:${cell.col + 1}`)) continue;
      widths[cell.col] = Math.min(90, Math.max(widths[cell.col] ?? 10, Math.ceil(textWidth(cell.value)) + 1));
    }
    return widths;
  }

  build(): SheetPlan {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const columnWidths = this.fittedColumnWidths();
    return { name: this.name, cells, inputs: [...this.inputs], charts: [...this.charts], columnWidths, rowHeights: this.rowHeights(columnWidths) };
  }
}

/**
 * How wide a text shows, in units of column width: about one a character, two for Japanese,
 * with a tenth to spare.
 */
export function textWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0) * 1.1;
}
