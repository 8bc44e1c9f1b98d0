/**
 * A ready formula as a gateway write into the active cell: written only when the names and
 * tables it uses are in the workbook, and over a cell that holds something only after the
 * user agrees. It uses the live network hashrate (NET_HASHRATE_EHS) when that name exists.
 */
import { findName, MissingInputs, WorkbookWrite } from '../workbook/plan';
import type { WorkbookState } from '../workbook/state';
import { PresetFormula } from './formulas';

export type FormulaResult =
  | { status: 'written'; address: string; formula: string }
  | { status: 'cancelled'; address: string }
  /** The preset is not (fully) in the workbook: nothing was written. */
  | { status: 'missing'; missing: string[] };

export function formulaWrite(formula: PresetFormula, state: WorkbookState): WorkbookWrite | MissingInputs {
  const missing = [
    ...formula.names.filter((name) => findName(Object.keys(state.names), name) === undefined),
    ...formula.tables.filter((table) => findName(Object.keys(state.tables), table) === undefined),
  ];
  if (missing.length > 0) return { missing };
  const live = formula.ifName && findName(Object.keys(state.names), formula.ifName.name) !== undefined;
  const text = live && formula.ifName ? formula.ifName.formula : formula.formula;
  return { sheets: [], names: [], cell: { address: state.activeCell?.address ?? '', formula: text } };
}
