/**
 * Writes a ready formula into the active cell inside one Excel.run: one sync to read the
 * cell and check that the names and tables the formula uses exist (and whether its optional
 * live input does), the write, one final sync. A cell that is not empty is overwritten only
 * after confirmOverwrite says yes.
 */
import { PresetFormula } from './formulas';

export type FormulaResult =
  | { status: 'written'; address: string; formula: string }
  | { status: 'cancelled'; address: string }
  /** The preset is not (fully) in the workbook: nothing was written. */
  | { status: 'missing'; missing: string[] };

export interface FormulaOptions {
  /** Asked when the active cell holds something; `content` is its formula or value as text. */
  confirmOverwrite(address: string, content: string): Promise<boolean>;
}

export async function writeFormula(context: Excel.RequestContext, formula: PresetFormula, options: FormulaOptions): Promise<FormulaResult> {
  const { workbook } = context;
  const cell = workbook.getActiveCell();
  cell.load('address, formulas');
  const required = [
    ...formula.names.map((name) => ({ name, item: workbook.names.getItemOrNullObject(name) })),
    ...formula.tables.map((name) => ({ name, item: workbook.tables.getItemOrNullObject(name) })),
  ];
  const live = formula.ifName && { formula: formula.ifName.formula, item: workbook.names.getItemOrNullObject(formula.ifName.name) };
  for (const { item } of live ? [...required, live] : required) item.load('isNullObject');
  await context.sync();

  const missing = required.filter(({ item }) => item.isNullObject).map(({ name }) => name);
  if (missing.length > 0) return { status: 'missing', missing };
  const content = String(cell.formulas[0]?.[0] ?? '');
  if (content !== '' && !(await options.confirmOverwrite(cell.address, content))) {
    return { status: 'cancelled', address: cell.address };
  }
  const text = live && !live.item.isNullObject ? live.formula : formula.formula;
  cell.formulas = [[text]];
  await context.sync();
  return { status: 'written', address: cell.address, formula: text };
}
