/**
 * A spilled table's native form: one ordinary formula per cell, row by row, referring to the
 * call's argument expressions and to cells of the same row, in the functions every spreadsheet
 * has (no LET, LAMBDA or dynamic arrays), so a portable copy of a spilled table keeps computing
 * when its inputs change. A row past the table's length (its `months`, its term) shows blank,
 * so a shorter input in the copy still computes; the copy holds as many rows as the table had
 * when it was copied, its stated maximum.
 *
 * The header row (a table's `headers` argument, TRUE unless given) keeps its names as text;
 * a `headers` argument held in a cell could change the table's shape, so such a call has no
 * native form.
 */
import type { FunctionDeclaration } from './types';
import { operands, Operands } from './native';

/**
 * The address of a cell of the table: the same row's cell in `column` (0-based), or with
 * `rowsUp` the cell that many rows above it (the previous row's running total).
 */
export type TableCell = (column: number, rowsUp?: number) => string;

/**
 * The formulas (without "=") of data row `row` (0-based, the header row not counted), one a
 * column, over the argument operands and the table's own cells; undefined for arguments that
 * have no native form (the same for every row).
 */
export type NativeTableRow = (operands: Operands, row: number, cell: TableCell) => readonly string[] | undefined;

/** A spilled call's cells as native formulas ("=…"), or text for the header row's names. */
export interface NativeTable {
  readonly headerRows: number;
  /** How many columns a row has. */
  readonly columns: number;
  /** The formula of data row `row`, column `column`, with `cell` as in NativeTableRow. */
  formula(row: number, column: number, cell: TableCell): string;
}

/** The headers argument of a call, as written: TRUE (or left out) and FALSE have a native form, a cell does not. */
function headerRows(declaration: FunctionDeclaration, args: readonly (string | undefined)[]): number | undefined {
  const index = declaration.params.findIndex((spec) => spec.name === 'headers');
  if (index < 0) return 0;
  const text = args[index]?.trim().toUpperCase() ?? '';
  if (text === '' || text === 'TRUE' || text === '1') return 1;
  if (text === 'FALSE' || text === '0') return 0;
  return undefined;
}

/** The native form of a spilled call with these argument expressions, or undefined where it has none. */
export function nativeTable(declaration: FunctionDeclaration, args: readonly (string | undefined)[]): NativeTable | undefined {
  const row = declaration.nativeTable;
  const headers = headerRows(declaration, args);
  if (!row || headers === undefined) return undefined;
  const values = operands(declaration, args);
  const first = row(values, 0, () => 'A1');
  if (!first) return undefined;
  return { headerRows: headers, columns: first.length, formula: (r, column, cell) => `=${(row(values, r, cell) as readonly string[])[column]}` };
}

/** `expression` where data row `row` is within `count` rows, else blank text. */
export function withinRows(row: number, count: string, expression: string): string {
  return `IF(${row}>=${count},"",${expression})`;
}

/**
 * Month `row`'s figure of a monthly argument: the operand itself when it is one number, else
 * the row's figure of a range (month 1 first), down a column or along a row.
 */
export function monthlyFigure(operand: string, row: number): string {
  if (!/:/.test(operand)) return operand;
  return `IF(ROWS(${operand})=1,INDEX(${operand},1,${row + 1}),INDEX(${operand},${row + 1},1))`;
}
