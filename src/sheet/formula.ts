/**
 * Formula trees (see Expr in plan.ts): small constructors for the model files, and the one
 * renderer that turns a tree into Excel's text.
 *
 * Two spellings of the same formula:
 * - `office`: what a user types and what Office.js writes, `=MINER.HASHPRICE(B5,B6)`;
 * - `file`: what Excel itself stores in a saved .xlsx for an Office add-in's custom function,
 *   `_xldudf_MINER_HASHPRICE(B5,B6)` (namespace and ID joined by "_", prefixed `_xldudf_`,
 *   no "="). Excel maps that name back to MINER.HASHPRICE when the add-in's metadata loads
 *   and recalculates; a file that stores `MINER.HASHPRICE(` instead is read as an unknown
 *   function and stays #NAME? until each cell is re-entered.
 */
import { a1 } from './a1';
import { CellRef, Expr, Operator, Scalar, sheetPrefix } from './formula-tree';

export const namespace = 'MINER';

export type Spelling = 'office' | 'file';

export const lit = (value: Scalar): Expr => ({ kind: 'literal', value });
export const ref = (cell: CellRef): Expr => ({ kind: 'ref', ref: cell });
export const range = (from: CellRef, to: CellRef): Expr => ({ kind: 'range', from, to });
export const name = (definedName: string): Expr => ({ kind: 'name', name: definedName });
/** A MINER.* call; `null` leaves an optional argument out (Excel passes a blank). */
export const miner = (id: string, ...args: (Expr | null)[]): Expr => ({ kind: 'miner', id, args });
export const sum = (...args: Expr[]): Expr => ({ kind: 'builtin', fn: 'SUM', args });
export const iferror = (value: Expr, fallback: Expr): Expr => ({ kind: 'builtin', fn: 'IFERROR', args: [value, fallback] });
export const min = (...args: Expr[]): Expr => ({ kind: 'builtin', fn: 'MIN', args });
/** SUMPRODUCT(a, b, ...): Excel counts text in the arrays (a spilled header row) as 0. */
export const sumproduct = (...arrays: Expr[]): Expr => ({ kind: 'builtin', fn: 'SUMPRODUCT', args: arrays });
/** Excel's own IRR of the flows (equally spaced, the first at time zero). */
export const irr = (flows: Expr): Expr => ({ kind: 'builtin', fn: 'IRR', args: [flows] });
/** INDEX(array, row, column); row 0 is the whole column. */
export const index = (array: Expr, row: Expr, col: Expr): Expr => ({ kind: 'builtin', fn: 'INDEX', args: [array, row, col] });
/** MATCH(value, column, 0): the position of the exact value in the column (a label in a label/value table). */
export const match = (value: Expr, column: Expr): Expr => ({ kind: 'builtin', fn: 'MATCH', args: [value, column, lit(0)] });
const op = (operator: Operator) => (left: Expr, right: Expr): Expr => ({ kind: 'op', op: operator, left, right });
export const plus = op('+');
export const minus = op('-');
export const times = op('*');
export const over = op('/');

const precedence: Record<Operator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function renderNumber(value: number): string {
  return String(value).toUpperCase();
}

function renderLiteral(value: Scalar): string {
  if (typeof value === 'number') return renderNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `"${value.replace(/"/g, '""')}"`;
}

function renderRef(cell: CellRef, currentSheet: string): string {
  const prefix = cell.sheet !== undefined && cell.sheet !== currentSheet ? sheetPrefix(cell.sheet) : '';
  return prefix + a1(cell.row, cell.col, cell.absCol, cell.absRow);
}

/** The function name as the spelling wants it. */
export function minerFunctionName(id: string, spelling: Spelling): string {
  return spelling === 'file' ? `_xldudf_${namespace}_${id}` : `${namespace}.${id}`;
}

function renderArgs(args: readonly (Expr | null)[], sheet: string, spelling: Spelling): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  return args
    .slice(0, last)
    .map((arg) => (arg === null ? '' : render(arg, sheet, spelling)))
    .join(',');
}

function render(expr: Expr, sheet: string, spelling: Spelling): string {
  switch (expr.kind) {
    case 'literal':
      return renderLiteral(expr.value);
    case 'ref':
      return renderRef(expr.ref, sheet);
    case 'range':
      return `${renderRef(expr.from, sheet)}:${renderRef({ ...expr.to, sheet: undefined }, sheet)}`;
    case 'name':
      return expr.name;
    case 'miner':
      return `${minerFunctionName(expr.id, spelling)}(${renderArgs(expr.args, sheet, spelling)})`;
    case 'builtin':
      return `${expr.fn}(${renderArgs(expr.args, sheet, spelling)})`;
    case 'negate': {
      const inner = render(expr.arg, sheet, spelling);
      return expr.arg.kind === 'op' ? `-(${inner})` : `-${inner}`;
    }
    case 'op': {
      const mine = precedence[expr.op];
      const wrap = (child: Expr, right: boolean): string => {
        const text = render(child, sheet, spelling);
        if (child.kind !== 'op') return text;
        const theirs = precedence[child.op];
        return theirs < mine || (right && theirs === mine) ? `(${text})` : text;
      };
      return `${wrap(expr.left, false)}${expr.op}${wrap(expr.right, true)}`;
    }
  }
}

/** The formula text for a cell on `sheet`: `=MINER.X(...)` for Office.js, `_xldudf_MINER_X(...)` for a file. */
export function formulaText(expr: Expr, sheet: string, spelling: Spelling): string {
  const body = render(expr, sheet, spelling);
  return spelling === 'office' ? `=${body}` : body;
}
