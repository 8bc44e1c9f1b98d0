/**
 * Where a function's native form is found: its native formula (native.ts) or, for a spilled
 * table, its row of cell formulas (native-table.ts), looked up by the function's id in the
 * lists under natives/. A declaration carries only what Excel runs; the native forms are read
 * by the portable copies, the pane's Math tab, the CLI and the reference, never by the
 * functions runtime, so none of their builders ships in functions.js (test/architecture.test.ts
 * checks that src/functions reaches none of them). A function gains a native form with one
 * line in natives/formulas.ts or natives/tables.ts.
 */
import type { NativeFormula, NativeTableRow } from '../sheet/native-form';
import { maxFormulaCharacters, operands } from './native';
import { NativeTable, nativeTableOf } from './native-table';
import * as formulaList from './natives/formulas';
import * as tableList from './natives/tables';
import type { FunctionDeclaration } from './types';

const formulas: ReadonlyMap<string, NativeFormula> = new Map(Object.entries(formulaList));
const tableRows: ReadonlyMap<string, NativeTableRow> = new Map(Object.entries(tableList));

/** The ids of the functions that have a native formula (a number result). */
export const nativeFormulaIds: readonly string[] = [...formulas.keys()];

/** The ids of the spilled tables that have a native form. */
export const nativeTableIds: readonly string[] = [...tableRows.keys()];

/** The function's native formula builder, or undefined where it has none (a spill, a data look-up). */
export function nativeFormulaOf(declaration: FunctionDeclaration): NativeFormula | undefined {
  return formulas.get(declaration.id);
}

/** The spilled table's row of cell formulas, or undefined where it has none yet. */
export function nativeTableRowOf(declaration: FunctionDeclaration): NativeTableRow | undefined {
  return tableRows.get(declaration.id);
}

/**
 * `=<native formula>` of a call with these argument expressions, or undefined when it has none:
 * also where it would be longer than Excel accepts (a long formula over long references, such
 * as CONVERSION_PAYBACK_YEARS's over another sheet's cells), so that the call keeps its value.
 */
export function nativeFormula(declaration: FunctionDeclaration, args: readonly (string | undefined)[]): string | undefined {
  const text = nativeFormulaOf(declaration)?.(operands(declaration, args));
  return text === undefined || text.length + 1 > maxFormulaCharacters ? undefined : `=${text}`;
}

/**
 * The native form of a spilled call with these argument expressions (and, for a table that
 * reads bundled data, their values when the copy is made), or undefined where it has none.
 */
export function nativeTable(declaration: FunctionDeclaration, args: readonly (string | undefined)[], values?: readonly unknown[]): NativeTable | undefined {
  const row = nativeTableRowOf(declaration);
  return row && nativeTableOf(declaration, row, args, values);
}
