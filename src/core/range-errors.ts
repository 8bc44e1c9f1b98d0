/**
 * The errors for a range argument that is not a rectangle of finite numbers, in one place: the
 * Excel layer raises them for most ranges, and a core function that checks its own cells in its
 * one pass (see ParamSpec.cellsCheckedByCore) raises the same ones.
 */
import { describeValue, invalidInput } from './errors';

/** Not a range at all, or one with an empty row. */
export function notARange(parameter: string, range: unknown): Error {
  return invalidInput(parameter, 'must be a range of numbers', range);
}

/** A row of another width than the first. */
export function notRectangular(parameter: string, range: unknown): Error {
  return invalidInput(parameter, 'must be a rectangular range', range);
}

/** The first cell that is not a finite number, at row r and column c (from 0). */
export function notANumberCell(parameter: string, range: unknown, cell: unknown, r: number, c: number): Error {
  return invalidInput(parameter, `must contain only numbers (row ${r + 1}, column ${c + 1} is ${describeValue(cell)})`, range);
}
