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
 *
 * A table that reads bundled data (SOTP, through its ticker) keeps the cells that hold a data
 * figure as their values: its row function marks such a cell as TableData (with the figure's
 * date and source) instead of a formula, and the formulas of the other cells read it. Such a
 * row function needs the call's argument values when the copy is made (which company, which
 * date) and gives no native form without them.
 */
import type { FunctionDeclaration } from './types';
import type { NativeTableRow, Operands, TableCell, TableData } from '../sheet/native-form';
import { operands } from './native';

/** A spilled call's cells as native formulas ("=…"), or text for the header row's names. */
export interface NativeTable {
  readonly headerRows: number;
  /** How many columns a row has. */
  readonly columns: number;
  /** The data rows of a table of fixed length whose rows read one another (see NativeTableRow). */
  readonly fixedRows?: number;
  /** The formula of data row `row`, column `column`, with `cell` as in NativeTableRow; a data cell has none (see `data`). */
  formula(row: number, column: number, cell: TableCell): string;
  /** Where the figure of a data cell came from, to be asked first; undefined for a formula cell. */
  data(row: number, column: number): TableData | undefined;
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

/**
 * The native form of a spilled call of the table whose row function is `row` (listed by id in
 * natives/tables.ts; native-forms.ts looks it up), with these argument expressions (and, for a
 * table that reads bundled data, their values when the copy is made), or undefined where it has none.
 */
export function nativeTableOf(declaration: FunctionDeclaration, row: NativeTableRow, args: readonly (string | undefined)[], values?: readonly unknown[]): NativeTable | undefined {
  const headers = headerRows(declaration, args);
  if (headers === undefined) return undefined;
  const given = operands(declaration, args);
  const first = row(given, 0, () => 'A1', values);
  if (first === undefined) return undefined;
  const cellOf = (r: number, column: number, cell: TableCell) => (row(given, r, cell, values) ?? [])[column];
  return {
    headerRows: headers,
    columns: first.length,
    ...(row.fixedRows === undefined ? {} : { fixedRows: row.fixedRows }),
    formula: (r, column, cell) => {
      const formula = cellOf(r, column, cell);
      if (typeof formula !== 'string') throw new Error(`row ${r} column ${column} of ${declaration.id} is a data cell: it keeps its value`);
      return `=${formula}`;
    },
    data: (r, column) => {
      const data = cellOf(r, column, () => 'A1');
      return typeof data === 'object' ? data : undefined;
    },
  };
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
