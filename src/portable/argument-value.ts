/**
 * The value an argument expression of a frozen call stands for, so its data source can be
 * named: a literal, a cell (on the formula's sheet or another), or a defined name of one
 * cell. Anything else (a range, an expression) resolves to undefined, never to a guess.
 */
import { parseAddress } from '../sheet/a1';

/** The shown value of a cell: sheet, 0-based column, 1-based row (as parseAddress gives them). */
export type CellLookup = (sheet: string, column: number, row: number) => unknown;

export function argumentValue(
  expression: string,
  sheet: string,
  cell: CellLookup,
  names: ReadonlyMap<string, string> = new Map(),
  depth = 0,
): unknown {
  const text = expression.trim();
  if (/^".*"$/s.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (text !== '' && !Number.isNaN(Number(text))) return Number(text);
  const named = names.get(text.toUpperCase());
  if (named !== undefined && depth < 4) return argumentValue(named.replace(/^=/, ''), sheet, cell, names, depth + 1);
  try {
    const box = parseAddress(text);
    if (box.left !== box.right || box.top !== box.bottom) return undefined;
    return cell(box.sheet ?? sheet, box.left, box.top);
  } catch {
    return undefined;
  }
}

/**
 * The value an argument expression stands for, a range included: the rows of its cells' shown
 * values (a cell or a literal as argumentValue gives it). Used to call a function again on the
 * arguments a formula had, never to guess: anything else is undefined.
 */
export function argumentValueOrRange(expression: string, sheet: string, cell: CellLookup, names: ReadonlyMap<string, string> = new Map()): unknown {
  try {
    const box = parseAddress(expression.trim());
    if (box.left !== box.right || box.top !== box.bottom) {
      const rows: unknown[][] = [];
      for (let row = box.top; row <= box.bottom; row++) {
        const line: unknown[] = [];
        for (let column = box.left; column <= box.right; column++) line.push(cell(box.sheet ?? sheet, column, row));
        rows.push(line);
      }
      return rows;
    }
  } catch {
    // not a range: a literal, a cell or a name
  }
  return argumentValue(expression, sheet, cell, names);
}
