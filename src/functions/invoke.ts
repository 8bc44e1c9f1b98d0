/**
 * The bridge every MINER.* function goes through, the one boundary of the core: shape the
 * Excel arguments by the core function's parameter specs and check them against their rules,
 * call the core, check the result's shape, and turn any error into an Excel error. Nothing
 * else happens in src/functions.
 */
import { isHashwattError, notFinite } from '../core/errors';
import { checkParams, ParamSpec } from '../core/params';
import { toExcelError } from './excel-error';
import { hostShowsDataTypes } from './data-types';
import { normaliseArgs } from './normalise';

/**
 * A core function as the boundary calls it: with the values its own specs describe, which
 * the boundary makes from those specs (the declaration types the core by them).
 */
type Core<R> = (...args: unknown[]) => R;

export type TableCell = number | string;

/**
 * The core's arguments: shaped by their specs (normaliseArgs), then every number checked
 * against its rules in the declared order, so that the first one that breaks a rule is the one
 * the error names; `checkRules` false leaves the rules to a core that checks them itself, in
 * an order of its own (FunctionDeclaration.rulesCheckedByCore).
 */
function argumentsOf(specs: readonly ParamSpec[], args: readonly unknown[], checkRules: boolean): unknown[] {
  const values = normaliseArgs(specs, args);
  if (checkRules) checkParams(specs, values);
  return values;
}

/** A scalar numeric result. */
export function callNumber(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<number>, checkRules = true): number {
  try {
    const result = core(...argumentsOf(specs, args, checkRules));
    if (typeof result !== 'number' || !Number.isFinite(result)) throw notFinite('the result is not a finite number');
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A scalar result that may be a number or text (COMPANY's text fields). */
export function callValue(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<number | string>, checkRules = true): number | string {
  try {
    const result = core(...argumentsOf(specs, args, checkRules));
    if (typeof result === 'number' && !Number.isFinite(result)) throw notFinite('the result is not a finite number');
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * An entity value (a company card): as it is where the host shows data types, else its text,
 * which is what such a host would show of it anyway and what a formula reading it then gets.
 */
export function callEntity(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<Excel.EntityCellValue>, checkRules = true): Excel.EntityCellValue | string {
  try {
    const entity = core(...argumentsOf(specs, args, checkRules));
    if (entity?.type !== 'Entity' || typeof entity.text !== 'string') throw notFinite('the result is not an entity value');
    return hostShowsDataTypes() ? entity : entity.text;
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A spilled table: must be rectangular, every cell a finite number or text, or an error the
 * core put in a cell (SOTP's #N/A where a figure is missing), which leaves as the Excel error
 * of its kind with its message; the other cells keep their values.
 */
export function callTable(specs: readonly ParamSpec[], args: readonly unknown[], core: Core<TableCell[][]>, checkRules = true): TableCell[][] {
  try {
    const table = core(...argumentsOf(specs, args, checkRules));
    assertRectangular(table);
    return table.some((row) => row.some(isHashwattError)) ? table.map((row) => row.map((cell) => (isHashwattError(cell) ? (toExcelError(cell) as never) : cell))) : table;
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
      if (typeof cell === 'number' ? !Number.isFinite(cell) : typeof cell !== 'string' && !isHashwattError(cell)) {
        throw notFinite('the result table holds a value that is not a finite number');
      }
    }
  }
}
