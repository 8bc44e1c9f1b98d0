/**
 * A formula as a tree, the values a cell holds and the way a sheet's name prefixes a reference:
 * the sheet concepts that model plans, their renderer (formula.ts), the workbook calculation and
 * the task pane's writer share.
 */

/** A cell value as Excel holds it: a number (dates are serials), text, a boolean or an error. */
export type Scalar = number | string | boolean;
export interface ErrorValue {
  readonly error: string;
}
export type CellValue = Scalar | ErrorValue | null;

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && typeof (value as ErrorValue).error === 'string';
}

/** A cell position, 0-based; `sheet` omitted = the sheet the formula is on. */
export interface CellRef {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
  /** $ on the column and/or the row when rendered. */
  readonly absCol?: boolean;
  readonly absRow?: boolean;
}

/** A formula, as a tree: rendered to Excel text for a file or for Office.js, and evaluated. */
export type Expr =
  | { readonly kind: 'literal'; readonly value: Scalar }
  | { readonly kind: 'ref'; readonly ref: CellRef }
  | { readonly kind: 'range'; readonly from: CellRef; readonly to: CellRef }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'miner'; readonly id: string; readonly args: readonly (Expr | null)[] }
  | { readonly kind: 'builtin'; readonly fn: BuiltinFunction; readonly args: readonly Expr[] }
  | { readonly kind: 'op'; readonly op: Operator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'negate'; readonly arg: Expr };

export type Operator = '+' | '-' | '*' | '/';
/** The few Excel built-ins the models use besides MINER.*. */
export type BuiltinFunction = 'SUM' | 'IFERROR' | 'MIN' | 'IRR' | 'INDEX' | 'SUMPRODUCT' | 'MATCH';

/** A sheet name as a formula prefix: Model!, 'Mining vs AI'!. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}
