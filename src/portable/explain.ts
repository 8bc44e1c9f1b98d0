/**
 * "The math behind a cell": what a formula that calls MINER.* functions computes, said in a form
 * a reviewer without the add-in can check. A formula whose every call has a native form becomes
 * that native formula, with the cell's own references, so it can be pasted into any
 * spreadsheet; a data look-up names the figure's date and source; a spilled table, or a call
 * with no native form yet, says so. The task pane's "Show the math" and `hashwatt explain` both
 * read it.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { formulaLiteral } from './formula-literal';
import { minerCalls, MinerCall } from './formula-calls';
import { dataProvenance } from './data-provenance';
import { rewriteNative } from './native-rewrite';
import { callNativeTable } from './native-tables';
import type { NativeTable } from '../catalogue/native-table';
import { a1, parseAddress } from '../sheet/a1';

export type Explanation =
  /** Every call has a native form: `formula` is the whole formula rewritten, "=" first. */
  | { readonly kind: 'native'; readonly formula: string }
  /**
   * A spilled table with a native form: its first data rows' formulas, one a cell, the table's
   * top-left cell at `anchor` (each later row refers to the row above as these do), or, `whole`,
   * all its rows (a table of fixed length whose rows read one another).
   */
  | {
    readonly kind: 'table'; readonly id: string; readonly anchor: string; readonly whole: boolean;
    readonly rows: readonly (readonly { readonly cell: string; readonly formula: string }[])[];
  }
  /** A call reads the add-in's bundled data: where the figure came from, when its arguments resolve. */
  | { readonly kind: 'data'; readonly id: string; readonly source?: string; readonly asOf?: string }
  /** A call has no native form: it spills a table, or its arithmetic has no plain-formula form yet. */
  | { readonly kind: 'opaque'; readonly id: string; readonly reason: 'table' | 'no native formula' }
  /** The formula calls no MINER.* function: it is its own math. */
  | { readonly kind: 'plain' };

/**
 * The explanation of `formula` (with or without its leading "="). `argumentValues` gives the
 * values a call's argument expressions stand for (a literal, a cell's shown value), so a data
 * look-up's figure can be found; an argument it cannot resolve is undefined.
 */
export function explainFormula(
  formula: string,
  declarations: ReadonlyMap<string, FunctionDeclaration>,
  argumentValues: (call: MinerCall) => readonly unknown[],
  anchor = 'A1',
): Explanation {
  const text = formula.replace(/^=/, '');
  const calls = minerCalls(text);
  if (calls.length === 0) return { kind: 'plain' };
  const table = callNativeTable(text, declarations);
  if (table) {
    const whole = table.fixedRows !== undefined;
    return { kind: 'table', id: calls[0].id, anchor, whole, rows: tableRows(table, anchor, table.headerRows + (table.fixedRows ?? explainedRows)) };
  }
  const rewrite = rewriteNative(text, declarations);
  if ('formula' in rewrite) return { kind: 'native', formula: `=${rewrite.formula}` };
  const id = rewrite.frozenBy;
  const declaration = declarations.get(id);
  const call = innermostCall(text, id);
  if (declaration?.bundledData === true && call) {
    const origin = dataProvenance(id, argumentValues(call));
    return { kind: 'data', id, ...(origin ? { source: origin.source, asOf: origin.asOf } : {}) };
  }
  return { kind: 'opaque', id, reason: declaration?.result === 'table' ? 'table' : 'no native formula' };
}

/** Data rows a table's explanation shows: the first, and the second that refers to it. */
const explainedRows = 2;

/** The formulas of a table's first `rows` rows (its header row's names left out), the table's top-left cell at `anchor`. */
function tableRows(table: NativeTable, anchor: string, rows: number): { cell: string; formula: string }[][] {
  const top = parseAddress(anchor);
  const out: { cell: string; formula: string }[][] = [];
  for (let row = table.headerRows; row < rows; row++) {
    const sheetRow = top.top - 1 + row;
    const cell = (column: number, rowsUp = 0) => a1(sheetRow - rowsUp, top.left + column);
    const width = table.columns;
    out.push(Array.from({ length: width }, (_, column) => ({ cell: cell(column), formula: table.formula(row - table.headerRows, column, cell) })));
  }
  return out;
}

/** The first call to `id`, outermost first, looking inside arguments too (minerCalls lists the outermost calls only). */
function innermostCall(text: string, id: string): MinerCall | undefined {
  for (const call of minerCalls(text)) {
    if (call.id === id) return call;
    for (const arg of call.args) {
      const inner = innermostCall(arg, id);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * The formula text of a call on values (a CLI's arguments): `MINER.HASHPRICE(86303.18,1000)`,
 * a blank value (null) left out, so a native form writes its declared default.
 */
export function callFormula(id: string, values: readonly unknown[]): string {
  const args = values.map((value) => (value === null || value === undefined ? '' : formulaLiteral(value)));
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return `MINER.${id}(${args.join(',')})`;
}
