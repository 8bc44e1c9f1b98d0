/**
 * The shape of an operand of a native formula, read from its text: a number or one cell, an A1
 * range, or an array constant ({1;2;3}). A plain formula cannot ask a range for its shape and
 * then lay out a different sum, so a function whose arithmetic depends on the shape reads it
 * here; any other expression (a call, a name, arithmetic over a range such as F2:F61*0.9) has
 * an unknown shape, and such a call no native form.
 */
import { parseAddress } from './a1';

/** The shape of an operand: rows × columns, and whether it is a reference (ROW() applies). */
export interface OperandShape {
  readonly rows: number;
  readonly columns: number;
  readonly reference: boolean;
}

/** An operand as written, without the parentheses operands() puts around an expression. */
function bare(operand: string): string {
  let text = operand.trim();
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  return text;
}

/**
 * The shape of an operand, or undefined when its text does not say it.
 *
 * @example operandShape("'Project notes'!$C$20:$C$34") = { rows: 15, columns: 1, reference: true }
 * @example operandShape('({300000;310000})') = { rows: 2, columns: 1, reference: false }
 * @example operandShape('(Paths!F2:F61*0.9)') = undefined
 */
export function operandShape(operand: string): OperandShape | undefined {
  const text = bare(operand);
  if (/^-?\d+(?:\.\d+)?(?:E[-+]?\d+)?$/i.test(text)) return { rows: 1, columns: 1, reference: false };
  const constant = /^\{(.*)\}$/.exec(text);
  if (constant) {
    const rows = constant[1].split(';').map((row) => row.split(',').length);
    if (rows.some((columns) => columns !== rows[0])) return undefined;
    return { rows: rows.length, columns: rows[0], reference: false };
  }
  try {
    const box = parseAddress(text);
    return { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1, reference: true };
  } catch {
    return undefined;
  }
}

