import { describeValue, invalidInput } from '../errors';
import { ParamSpec, requiredRange } from '../params';
import { atMostRangeCells } from '../rules';

/**
 * A hashprice in USD/PH/day that is one number (flat) or one figure a month: a column or row
 * such as HASHPRICE_PATH's last column or a forward curve. Excel hands a single number to a
 * range parameter as a 1 × 1 range, so one cell is read as a flat hashprice. Its cells are
 * checked here, not by the Excel layer: only the months asked for are read, so a range sized
 * for a longer horizon (a path that spilled a row fewer after its months were cut) may end in
 * blanks.
 */
export const monthlyHashpriceParam: ParamSpec<number[][]> = {
  ...requiredRange('hashprice_usd_per_ph_day', true),
  rules: [atMostRangeCells],
};

/** A month's hashprice, month 0 first. */
export type MonthlyHashprice = (month: number) => number;

/**
 * Reads a flat or monthly hashprice for `months` months: a number, a 1 × 1 range (flat), or a
 * single row or column holding at least `months` figures, each >= 0 (figures past `months`
 * are not read).
 *
 * @param spec the parameter, named in messages
 * @param value a number or a range (rows of numbers)
 * @param months how many months are asked for, a whole number >= 1
 * @returns the hashprice of month i (0-based), and whether it is flat
 * @throws invalid_input for a negative figure, a range of several rows and columns, or a
 *   range with fewer figures than months
 * @example monthlyHashprices(monthlyHashpriceParam, [[40], [38]], 2).at(1) === 38
 */
export function monthlyHashprices(
  spec: ParamSpec, value: number | readonly (readonly number[])[], months: number,
): { readonly at: MonthlyHashprice; readonly flat: boolean } {
  const grid = typeof value === 'number' ? [[value]] : value;
  const rows = grid.length;
  const columns = rows > 0 ? grid[0].length : 0;
  if (rows === 0 || columns === 0 || (rows > 1 && columns > 1)) {
    throw invalidInput(spec.name, 'must be one number, or one row or one column with a figure a month', value);
  }
  const figures = rows > 1 ? grid.map((row) => row[0]) : [...grid[0]];
  const flat = figures.length === 1;
  if (!flat && figures.length < months) {
    throw invalidInput(spec.name, `must hold a figure for each of the ${months} months (it holds ${figures.length})`, value);
  }
  const read = flat ? 1 : months;
  for (let i = 0; i < read; i++) {
    const figure = figures[i];
    if (!(typeof figure === 'number' && Number.isFinite(figure) && figure >= 0)) {
      throw invalidInput(spec.name, flat ? (typeof figure === 'number' ? 'must be >= 0' : 'must be a number >= 0') : `must be a number >= 0 in every month (month ${i + 1} is ${describeValue(figure)})`, flat ? figure : value);
    }
  }
  return { at: flat ? () => figures[0] : (month) => figures[month], flat };
}
