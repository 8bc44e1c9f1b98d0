/**
 * The shapes of a native formula (a function's arithmetic in plain spreadsheet syntax over its
 * argument expressions): declared here, below the catalogue, so the builders of native forms
 * and the code that writes them (portable copies, the Math tab, the CLI) share them without
 * depending on each other.
 */

/** Argument operands: "B2", "0.02", "(B2*2)", or undefined for an omitted argument without a default. */
export type Operands = readonly (string | undefined)[];

/** The native formula text without the leading "=", or undefined where these arguments have none. */
export type NativeFormula = (operands: Operands) => string | undefined;

/**
 * The address of a cell of the table: the same row's cell in `column` (0-based), or with
 * `rowsUp` the cell that many rows above it (the previous row's running total).
 */
export type TableCell = (column: number, rowsUp?: number) => string;

/** A cell kept as its value because it holds a figure of the bundled data: where the figure came from. */
export interface TableData {
  readonly source: string;
  /** The figure's date, ISO; undefined when the data gives none. */
  readonly asOf?: string;
}

/**
 * The formulas (without "=") of data row `row` (0-based, the header row not counted), one a
 * column, over the argument operands and the table's own cells; a data cell as TableData.
 * `values` are the call's argument values when the copy is made (a range as its rows), for a
 * table that reads bundled data; the row function gives undefined where it has no native form.
 */
export type NativeTableRow = ((operands: Operands, row: number, cell: TableCell, values?: readonly unknown[]) => readonly (string | TableData)[] | undefined) & {
  /**
   * The number of data rows of a table whose length never changes and whose rows read rows
   * below them as well as above (LEASE_SUMMARY's figures read its debt and reserve rows): its
   * math is shown whole, not by its first rows. Rows past it show blank.
   */
  readonly fixedRows?: number;
};
