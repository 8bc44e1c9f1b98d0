/**
 * The selected cell's formula and the math behind it, read through the pane's one way to the
 * workbook. The values a data look-up's arguments stand for (a literal, or a single cell on any
 * sheet) are read in the same visit, so its figure's date and source can be named; an argument
 * that is an expression or a range stays unknown rather than guessed.
 */
import { declarationsById as byId } from '../../functions/registry';
import { a1, parseAddress } from '../../sheet/a1';
import { argumentValue } from '../../portable/argument-value';
import { explainFormula, Explanation } from '../../portable/explain';
import { MinerCall, minerCalls } from '../../portable/formula-calls';
import type { PaneContext } from '../pane-context';

export interface SelectedMath {
  /** Where the cell is, as Excel reports it: `Sheet1!B7`. */
  readonly address: string;
  readonly sheet: string;
  /** The cell's formula ("=…"), or its constant as text, or "" for an empty cell. */
  readonly formula: string;
  /** Undefined when the cell holds no formula. */
  readonly explanation?: Explanation;
}

/** Every call in a formula, those nested in arguments included. */
function everyCall(text: string): MinerCall[] {
  return minerCalls(text).flatMap((call) => [call, ...call.args.flatMap(everyCall)]);
}

/** The single-cell references among the calls' arguments, with their sheet (the formula's own when unqualified). */
function referencedCells(text: string, sheet: string): { sheet: string; column: number; row: number }[] {
  const cells: { sheet: string; column: number; row: number }[] = [];
  for (const arg of everyCall(text).flatMap((call) => call.args)) {
    try {
      const box = parseAddress(arg.trim());
      if (box.left === box.right && box.top === box.bottom) cells.push({ sheet: box.sheet ?? sheet, column: box.left, row: box.top });
    } catch {
      // not a reference: a literal or an expression
    }
  }
  return cells;
}

const cellKey = (sheet: string, column: number, row: number) => `${sheet.toUpperCase()}|${column}|${row}`;

export async function readSelectedMath(context: Pick<PaneContext, 'runExcel'>): Promise<SelectedMath> {
  return context.runExcel(async (excel) => {
    const cell = excel.workbook.getActiveCell();
    cell.load('address, formulas');
    await excel.sync();
    const address = cell.address;
    const sheet = parseAddress(address).sheet ?? '';
    const content = cell.formulas[0]?.[0];
    const formula = content === null || content === undefined ? '' : String(content);
    if (!formula.startsWith('=')) return { address, sheet, formula };
    const references = referencedCells(formula.slice(1), sheet).map((ref) => {
      const range = excel.workbook.worksheets.getItem(ref.sheet).getRange(a1(ref.row - 1, ref.column));
      range.load('values');
      return { ref, range };
    });
    let values = new Map<string, unknown>();
    try {
      if (references.length > 0) await excel.sync();
      values = new Map(references.map(({ ref, range }) => [cellKey(ref.sheet, ref.column, ref.row), range.values[0]?.[0]]));
    } catch {
      // A reference to a sheet that is gone: the math is still shown, the data's origin is not known.
    }
    const lookup = (name: string, column: number, row: number) => values.get(cellKey(name, column, row));
    const at = parseAddress(address);
    const explanation = explainFormula(formula, byId, (call) => call.args.map((arg) => argumentValue(arg, sheet, lookup)), a1(at.top - 1, at.left));
    return { address, sheet, formula, explanation };
  });
}
