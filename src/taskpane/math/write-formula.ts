/**
 * Writes the plain formula into a cell the user names, asking first when that cell holds
 * anything (a value or a formula of the user's is never overwritten unasked). The target is one
 * cell, `H5` (on the selected cell's sheet) or `Sheet1!H5` / `'My sheet'!H5`.
 */
import { a1, parseAddress } from '../../sheet/a1';
import type { PaneContext } from '../pane-context';
import type { SayMath } from './strings';

export type WriteOutcome =
  | { readonly status: 'written'; readonly address: string }
  | { readonly status: 'cancelled'; readonly address: string }
  | { readonly status: 'bad-target' }
  | { readonly status: 'failed'; readonly message: string };

/** The one cell a typed target names, or undefined when it names none (or a range). */
export function targetCell(target: string, defaultSheet: string): { sheet: string; cell: string } | undefined {
  try {
    const box = parseAddress(target);
    if (box.left !== box.right || box.top !== box.bottom) return undefined;
    return { sheet: box.sheet ?? defaultSheet, cell: a1(box.top - 1, box.left) };
  } catch {
    return undefined;
  }
}

const shown = (sheet: string, cell: string) => `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;

export async function writeFormula(
  context: Pick<PaneContext, 'runExcel' | 'confirm'>,
  target: string,
  defaultSheet: string,
  formula: string,
  say: SayMath,
): Promise<WriteOutcome> {
  const where = targetCell(target, defaultSheet);
  if (!where) return { status: 'bad-target' };
  const address = shown(where.sheet, where.cell);
  try {
    const content = await context.runExcel(async (excel) => {
      const range = excel.workbook.worksheets.getItem(where.sheet).getRange(where.cell);
      range.load('formulas');
      await excel.sync();
      const held = range.formulas[0]?.[0];
      return held === null || held === undefined ? '' : String(held);
    });
    if (content !== '' && content !== formula) {
      const replace = await context.confirm(say('replaceQuestion', { address, content }), say('replaceLabel'));
      if (!replace) return { status: 'cancelled', address };
    }
    await context.runExcel(async (excel) => {
      excel.workbook.worksheets.getItem(where.sheet).getRange(where.cell).formulas = [[formula]];
      await excel.sync();
    });
    return { status: 'written', address };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
