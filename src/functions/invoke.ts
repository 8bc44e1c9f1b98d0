/**
 * The bridge every MINER.* function goes through: normalise the Excel arguments by the core
 * function's parameter specs, call the core, check the result's shape, and turn any error
 * into an Excel error. Nothing else happens in src/functions.
 */
import { notFinite } from '../core/errors';
import { ParamSpec } from '../core/params';
import { toExcelError } from './excel-error';
import { normaliseArgs } from './normalise';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Core<R> = (...args: any[]) => R;

export type TableCell = number | string;

/** A scalar numeric result. */
export function callNumber(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<number>): number {
  try {
    const result = core(...normaliseArgs(specs, args));
    if (typeof result !== 'number' || !Number.isFinite(result)) throw notFinite('the result is not a finite number');
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A scalar result that may be a number or text (COMPANY's text fields). */
export function callValue(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<number | string>): number | string {
  try {
    const result = core(...normaliseArgs(specs, args));
    if (typeof result === 'number' && !Number.isFinite(result)) throw notFinite('the result is not a finite number');
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A spilled table: must be rectangular, every cell a finite number or text. */
export function callTable(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<TableCell[][]>): TableCell[][] {
  try {
    const table = core(...normaliseArgs(specs, args));
    assertRectangular(table);
    return table;
  } catch (error) {
    throw toExcelError(error);
  }
}

function assertRectangular(table: TableCell[][]): void {
  const width = table.length > 0 ? table[0].length : 0;
  if (width === 0) throw notFinite('the result table is empty');
  for (const row of table) {
    if (row.length !== width) throw notFinite('the result table is not rectangular');
    for (const cell of row) {
      if (typeof cell === 'number' ? !Number.isFinite(cell) : typeof cell !== 'string') {
        throw notFinite('the result table holds a value that is not a finite number');
      }
    }
  }
}
