/**
 * Computes a workbook plan the way Excel will once the add-in loads: every MINER.* call goes
 * to the very function the add-in registers (looked up by ID), references read the planned
 * inputs and the other results, spilled tables fill their range. The .xlsx writer stores
 * these results as the cells' cached values, so a generated file shows numbers before the
 * add-in has loaded.
 *
 * Excel's rules that matter here: an error in an argument is the result (the function is not
 * called); a blank cell is null; text in arithmetic is #VALUE!; x/0 is #DIV/0!; an omitted
 * optional argument arrives as null. A spill whose size differs from the plan is a defect in
 * the model and throws.
 */
import { PlannedCell, WorkbookPlan } from '../../src/models/plan';
import { CellValue, ErrorValue, Expr, isErrorValue } from '../../src/sheet/formula-tree';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExcelFunction = (...args: any[]) => unknown;
export type Registry = (id: string) => ExcelFunction | undefined;

/** The computed workbook: the value at any cell, and the full array of each spill anchor. */
export interface Computed {
  value(sheet: string, row: number, col: number): CellValue;
  spill(sheet: string, row: number, col: number): CellValue[][];
}

type Value = CellValue | CellValue[][];

const errorOf = (code: string): ErrorValue => ({ error: code });

/** Excel's arithmetic coercion: blank 0, TRUE 1, a number itself, text #VALUE!. */
function toNumber(value: CellValue): number | ErrorValue {
  if (isErrorValue(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return errorOf('#VALUE!');
}

/** What a custom function returned, as a cell value or an array. */
function fromResult(result: unknown): Value {
  if (Array.isArray(result)) return result.map((row: unknown[]) => row.map((cell) => fromResult(cell) as CellValue));
  if (typeof result === 'number') return Number.isFinite(result) ? result : errorOf('#NUM!');
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  // An error a table holds in a cell (SOTP's #N/A for a missing figure) keeps its code.
  const code = (result as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('#')) return errorOf(code);
  return errorOf('#VALUE!');
}

function firstError(values: readonly Value[]): ErrorValue | undefined {
  for (const value of values) {
    if (Array.isArray(value)) {
      for (const row of value) for (const cell of row) if (isErrorValue(cell)) return cell;
    } else if (isErrorValue(value)) {
      return value;
    }
  }
  return undefined;
}

/** MATCH(value, range, 0): the 1-based position of the first cell equal to the value (text case-insensitively), or #N/A. */
function exactMatch(value: CellValue, range: Value): Value {
  if (isErrorValue(value)) return value;
  if (isErrorValue(range)) return range;
  const cells = Array.isArray(range) ? range.flat() : [range];
  const same = (cell: CellValue) =>
    typeof cell === 'string' && typeof value === 'string' ? cell.toUpperCase() === value.toUpperCase() : cell === value;
  const position = cells.findIndex(same);
  return position < 0 ? errorOf('#N/A') : position + 1;
}

/** INDEX(array, row, column) as Excel reads it: row 0 is the whole column, column 0 the whole row. */
function indexOf(array: Value, rowValue: CellValue, colValue: CellValue): Value {
  if (isErrorValue(array)) return array;
  const grid = Array.isArray(array) ? array : [[array]];
  const row = toNumber(rowValue);
  const col = toNumber(colValue);
  if (isErrorValue(row)) return row;
  if (isErrorValue(col)) return col;
  if (row < 0 || col < 0 || row > grid.length || col > grid[0].length) return errorOf('#REF!');
  if (row === 0) return grid.map((cells) => [cells[col - 1]]);
  if (col === 0) return [grid[row - 1]];
  return grid[row - 1][col - 1];
}

/**
 * SUMPRODUCT as Excel reads it: arrays of one size multiplied cell by cell and summed; a cell
 * that is not a number (text, a blank) counts as 0; an error anywhere is the result.
 */
function sumOfProducts(arrays: readonly Value[]): Value {
  const grids = arrays.map((array) => (Array.isArray(array) ? array : [[array]]));
  const rows = grids[0].length;
  const cols = grids[0][0].length;
  if (grids.some((grid) => grid.length !== rows || grid[0].length !== cols)) return errorOf('#VALUE!');
  let total = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let product = 1;
      for (const grid of grids) {
        const cell = grid[r][c];
        if (isErrorValue(cell)) return cell;
        product *= typeof cell === 'number' ? cell : 0;
      }
      total += product;
    }
  }
  return total;
}

/**
 * Excel's IRR for a cached value: the rate at which the flows (the first at time zero, then
 * one a period) are worth 0, by Newton's method from Excel's default guess of 10%, to the
 * last digits a double holds; undefined (#NUM!) when it does not converge.
 */
function internalRateOfReturn(flows: readonly number[]): number | undefined {
  let rate = 0.1;
  for (let step = 0; step < 100; step++) {
    let value = 0;
    let slope = 0;
    flows.forEach((flow, t) => {
      value += flow * (1 + rate) ** -t;
      slope -= t * flow * (1 + rate) ** (-t - 1);
    });
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - rate) <= 1e-15 * Math.max(1, Math.abs(next))) return next;
    rate = next;
  }
  return undefined;
}

export function computePlan(plan: WorkbookPlan, registry: Registry, names: Readonly<Record<string, CellValue>> = {}): Computed {
  const sheets = new Map(plan.sheets.map((sheet) => [sheet.name, new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]))]));
  const anchors = new Map(plan.sheets.map((sheet) => [sheet.name, sheet.cells.filter((cell) => cell.spill)]));
  const memo = new Map<string, Value>();
  const pending = new Set<string>();

  function plannedCell(sheet: string, row: number, col: number): PlannedCell | undefined {
    const cells = sheets.get(sheet);
    if (!cells) throw new Error(`formula refers to sheet "${sheet}", which the plan does not have`);
    return cells.get(`${row}:${col}`);
  }

  function cellResult(sheet: string, cell: PlannedCell): Value {
    const key = `${sheet}!${cell.row}:${cell.col}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (pending.has(key)) throw new Error(`circular reference at ${key}`);
    pending.add(key);
    let result: Value = cell.value ?? null;
    if (cell.formula) {
      result = evaluate(cell.formula, sheet);
      if (cell.spill) result = checkSpill(result, cell, sheet);
      else if (Array.isArray(result)) throw new Error(`${key}: a formula that is not a spill anchor returned an array`);
    }
    pending.delete(key);
    memo.set(key, result);
    return result;
  }

  function checkSpill(result: Value, cell: PlannedCell, sheet: string): CellValue[][] {
    const spill = cell.spill as NonNullable<PlannedCell['spill']>;
    if (!Array.isArray(result)) {
      throw new Error(`${sheet}!${cell.row}:${cell.col}: the spill formula returned ${JSON.stringify(result)}, not a table`);
    }
    const cols = result[0]?.length ?? 0;
    if (result.length !== spill.rows || cols !== spill.cols) {
      throw new Error(
        `${sheet}!${cell.row}:${cell.col}: planned a ${spill.rows} x ${spill.cols} spill, the function returned ${result.length} x ${cols}`,
      );
    }
    return result;
  }

  function value(sheet: string, row: number, col: number): CellValue {
    const cell = plannedCell(sheet, row, col);
    if (cell) {
      const result = cellResult(sheet, cell);
      return Array.isArray(result) ? result[0][0] : result;
    }
    for (const anchor of anchors.get(sheet) ?? []) {
      const spill = anchor.spill as NonNullable<PlannedCell['spill']>;
      if (row >= anchor.row && row < anchor.row + spill.rows && col >= anchor.col && col < anchor.col + spill.cols) {
        const result = cellResult(sheet, anchor) as CellValue[][];
        return result[row - anchor.row][col - anchor.col];
      }
    }
    return null;
  }

  function evaluateArg(expr: Expr | null, sheet: string): Value {
    if (expr === null) return null;
    return evaluate(expr, sheet);
  }

  function evaluate(expr: Expr, sheet: string): Value {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'ref':
        return value(expr.ref.sheet ?? sheet, expr.ref.row, expr.ref.col);
      case 'range': {
        const target = expr.from.sheet ?? sheet;
        const rows: CellValue[][] = [];
        for (let r = expr.from.row; r <= expr.to.row; r++) {
          const row: CellValue[] = [];
          for (let c = expr.from.col; c <= expr.to.col; c++) row.push(value(target, r, c));
          rows.push(row);
        }
        return rows;
      }
      case 'name':
        return expr.name in names ? names[expr.name] : errorOf('#NAME?');
      case 'miner': {
        const fn = registry(expr.id);
        if (!fn) return errorOf('#NAME?');
        const args = expr.args.map((arg) => evaluateArg(arg, sheet));
        const error = firstError(args);
        if (error) return error;
        try {
          return fromResult(fn(...args));
        } catch (thrown) {
          const code = (thrown as { code?: unknown }).code;
          if (typeof code === 'string' && code.startsWith('#')) return errorOf(code);
          throw thrown;
        }
      }
      case 'builtin':
        return evaluateBuiltin(expr.fn, expr.args, sheet);
      case 'negate': {
        const n = toNumber(scalar(evaluate(expr.arg, sheet)));
        return isErrorValue(n) ? n : -n;
      }
      case 'op': {
        const left = toNumber(scalar(evaluate(expr.left, sheet)));
        const right = toNumber(scalar(evaluate(expr.right, sheet)));
        if (isErrorValue(left)) return left;
        if (isErrorValue(right)) return right;
        switch (expr.op) {
          case '+':
            return left + right;
          case '-':
            return left - right;
          case '*':
            return left * right;
          case '/':
            return right === 0 ? errorOf('#DIV/0!') : left / right;
        }
      }
    }
  }

  function evaluateBuiltin(fn: string, args: readonly Expr[], sheet: string): Value {
    if (fn === 'IFERROR') {
      const first = scalar(evaluate(args[0], sheet));
      return isErrorValue(first) ? scalar(evaluate(args[1], sheet)) : first;
    }
    if (fn === 'INDEX') return indexOf(evaluate(args[0], sheet), scalar(evaluate(args[1], sheet)), scalar(evaluate(args[2], sheet)));
    if (fn === 'SUMPRODUCT') return sumOfProducts(args.map((arg) => evaluate(arg, sheet)));
    if (fn === 'MATCH') return exactMatch(scalar(evaluate(args[0], sheet)), evaluate(args[1], sheet));
    // SUM, MIN, IRR: numbers in ranges count, text and blanks in ranges are skipped, errors propagate.
    const numbers: number[] = [];
    for (const arg of args) {
      const result = evaluate(arg, sheet);
      const cells: CellValue[] = Array.isArray(result) ? result.flat() : [result];
      for (const cell of cells) {
        if (isErrorValue(cell)) return cell;
        if (typeof cell === 'number') numbers.push(cell);
      }
    }
    if (fn === 'MIN') return numbers.length === 0 ? 0 : Math.min(...numbers);
    if (fn === 'IRR') return internalRateOfReturn(numbers) ?? errorOf('#NUM!');
    return numbers.reduce((total, n) => total + n, 0);
  }

  function scalar(result: Value): CellValue {
    return Array.isArray(result) ? result[0][0] : result;
  }

  return {
    value,
    spill(sheet: string, row: number, col: number): CellValue[][] {
      const cell = plannedCell(sheet, row, col);
      if (!cell?.spill) throw new Error(`${sheet}!${row}:${col} is not a spill anchor`);
      return cellResult(sheet, cell) as CellValue[][];
    },
  };
}

