import { describeValue, invalidInput } from '../errors';
import { atLeastZero, atMostRangeCells, check } from '../rules';

/**
 * Reads CFADS (cash flow available for debt service, USD a year) for years 1 … tenor from a
 * range: a single cell is that figure every year; a larger range, read row by row, is one
 * figure a year from year 1, years past the range count as 0 and cells past the tenor are
 * ignored. A blank cell is a year with no cash, 0, as a year past the range is (a lease table
 * cut short leaves blanks); text is refused.
 *
 * @param parameter the parameter's name, for the messages
 * @param cfads the range (a grid of finite numbers, as the Excel layer hands it over), every
 *   cell >= 0, at most 1,048,576 cells
 * @param tenorYears years of the debt, a whole number >= 1 (validated by the caller)
 * @returns tenorYears amounts, index 0 = year 1
 * @throws invalid_input for a cell below 0 or a range of more than 1,048,576 cells
 * @example cfadsByYear('cfads_usd_per_year', [[100]], 3) = [100, 100, 100];
 *   cfadsByYear('cfads_usd_per_year', [[100], [50]], 3) = [100, 50, 0]
 */
export function cfadsByYear(parameter: string, cfads: readonly (readonly number[])[], tenorYears: number): number[] {
  const width = cfads[0].length;
  const cells = cfads.length * width;
  check(parameter, cells, [atMostRangeCells]);
  if (cells === 1) {
    const figure = blankAsZero(cfads[0][0]);
    check(parameter, figure, [atLeastZero]);
    return new Array<number>(tenorYears).fill(figure);
  }
  checkCells(parameter, cfads);
  const years: number[] = new Array(tenorYears);
  for (let t = 0; t < tenorYears; t++) years[t] = t < cells ? blankAsZero(cfads[Math.floor(t / width)][t % width]) : 0;
  return years;
}

/**
 * Reads several CFADS cases (DEBT_SIZE: lenders size on the smallest of a base and downside
 * cases): a range of several rows and several columns is one case a column, one figure a year
 * down it; one column, one row or one cell is a single case, read as cfadsByYear reads it (a
 * row is one figure a year across, as before cases were added).
 *
 * @param parameter the parameter's name, for the messages
 * @param cfads the range, every cell >= 0, at most 1,048,576 cells
 * @param tenorYears years of the debt, a whole number >= 1 (validated by the caller)
 * @returns one list of tenorYears amounts a case
 * @throws invalid_input for a cell below 0 or a range of more than 1,048,576 cells
 * @example cfadsCases('cfads_usd_per_year', [[100, 80], [110, 70]], 2) = [[100, 110], [80, 70]]
 */
export function cfadsCases(parameter: string, cfads: readonly (readonly number[])[], tenorYears: number): number[][] {
  const width = cfads[0].length;
  if (cfads.length < 2 || width < 2) return [cfadsByYear(parameter, cfads, tenorYears)];
  check(parameter, cfads.length * width, [atMostRangeCells]);
  checkCells(parameter, cfads);
  return Array.from({ length: width }, (_, c) => cfadsByYear(parameter, cfads.map((row) => [row[c]]), tenorYears));
}

/** A cell as a year's figure: a blank (Excel hands it as null, a file reader as '') is 0. */
function blankAsZero(cell: number): number {
  return (cell as unknown) === null || cell === undefined || (cell as unknown) === '' ? 0 : cell;
}

/** Every cell blank or a finite number >= 0, or the first that is not, by its place in the range. */
function checkCells(parameter: string, cfads: readonly (readonly number[])[]): void {
  cfads.forEach((row, r) =>
    row.forEach((cell, c) => {
      const figure = blankAsZero(cell);
      if (!(typeof figure === 'number' && Number.isFinite(figure) && figure >= 0)) {
        throw invalidInput(parameter, `must be a number >= 0 in every cell (row ${r + 1}, column ${c + 1} is ${describeValue(cell)})`, cfads);
      }
    }),
  );
}
