/**
 * A CFADS argument (DEBT_SIZE, DEBT_SCHEDULE) in a native formula. Its shape decides the
 * arithmetic (one figure: level service; a column or row: one figure a year; several columns:
 * one case a column), and a plain formula cannot ask a range for its shape and then lay out
 * a different sum, so the shape is read from the argument's text (src/sheet/operand-shape.ts):
 * a number or one cell, an A1 range, or an array constant ({1;2;3}). Any other expression (a
 * call, a name) has an unknown shape, and the call no native form.
 */
import { OperandShape } from '../../sheet/operand-shape';

/** A CFADS of one figure (a number or one cell): the same CFADS every year, level debt service. */
export function isLevelCfads(shape: OperandShape): boolean {
  return shape.rows === 1 && shape.columns === 1;
}

/**
 * Year numbers 1 … length laid out as a one-dimensional `vector` is (down a column or along a
 * row), for SUMPRODUCT to weigh each year: from ROW()/COLUMN() for a reference (no length
 * limit on the formula's text), written out for an array constant.
 */
export function yearNumbers(vector: string, shape: OperandShape, down: boolean): string {
  const length = down ? shape.rows : shape.columns;
  if (!shape.reference) return `{${Array.from({ length }, (_, i) => i + 1).join(down ? ';' : ',')}}`;
  return down ? `(ROW(${vector})-ROW(INDEX(${vector},1,1))+1)` : `(COLUMN(${vector})-COLUMN(INDEX(${vector},1,1))+1)`;
}

/**
 * Σ CFADS_t ÷ (1 + r)^(t − from) over the years t = from + 1 … tenor of a one-dimensional
 * vector: the present value, at the end of year `from`, of the CFADS still to come (years
 * past the vector count as 0; a blank or text cell, a row past a shorter table, counts as 0,
 * as SUMPRODUCT reads it).
 */
export function discountedVector(vector: string, years: string, rate: string, tenor: string, from: string): string {
  const after = from === '0' ? '' : `(${years}>${from})*`;
  const power = from === '0' ? years : `(${years}-${from})`;
  return `SUMPRODUCT(${vector},${after}(${years}<=${tenor})/(1+${rate})^${power})`;
}

/** The CFADS of year `year` (1-based, a whole number) of a one-dimensional operand: 0 past its end, a blank cell 0. */
export function yearFigure(operand: string, shape: OperandShape, year: number): string {
  if (isLevelCfads(shape)) return operand;
  const down = shape.columns === 1;
  if (year > (down ? shape.rows : shape.columns)) return '0';
  return down ? `N(INDEX(${operand},${year},1))` : `N(INDEX(${operand},1,${year}))`;
}
