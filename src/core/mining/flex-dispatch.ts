import { hoursPerDay, thsPerPhs } from '../constants';
import { isHashwattError, notFinite } from '../errors';
import { notANumberCell, notARange, notRectangular } from '../range-errors';
import { checkParam } from '../params';
import { Exact } from '../arithmetic/exact';
import { oneMinus, Quotient, quotientValue } from '../arithmetic/quotient';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, hourlyPowerPricesUsdPerMwhParam, poolFeeParam } from './shared-params';

export const flexDispatchParams = [
  hashpriceUsdPerPhDayParam,
  efficiencyJPerThParam,
  hourlyPowerPricesUsdPerMwhParam,
  poolFeeParam,
] as const;

/** What a flexible (interruptible) mining load does over the hours given. */
export interface FlexDispatch {
  readonly hours: number;
  readonly hoursMined: number;
  /**
   * Σ over the mined hours of (mining revenue − power price), USD per MW, before annualising,
   * undivided: (hours mined × R's numerator − Σ prices × R's denominator) over R's denominator.
   * Computed when read (flexUptime does not need it).
   */
  readonly marginUsdPerMw: Quotient;
}

/** A day of 1 PH/s at 1 J/TH is 24 kWh, 0.024 MWh: R's denominator is e × 0.024. */
const mwhPerPhDayAtOneJPerTh = Exact.of(hoursPerDay / thsPerPhs);

/**
 * Dispatches 1 MW of machines hour by hour: mine only in the hours when mining pays.
 *
 * An hour's mining revenue per MW is hashprice × (1,000 / e) / 24 × (1 − pool_fee) USD (the
 * day's hashprice spread evenly over its hours); the hour's power costs its price × 1 MWh.
 * Mine when revenue > price (at equality mining earns nothing, so the load stays off).
 *
 * One pass in numbers, no Decimal per hour. The revenue R is kept exact as a quotient,
 * hashprice × (1 − pool_fee) over e × 0.024, and divided once, at the boundary, into a number
 * r (see ../arithmetic/README.md: relative error below 3.4e-16); each price is compared with r as a
 * double. Only a price within 2^-50 of r, where that comparison could err, is decided
 * exactly, as price × denominator < numerator in decimal; so the choice of hours is exact,
 * and what a call costs beyond its loop is the one quotient. The margin Σ (R − p) over the k
 * mined hours is k × R − Σ p, kept undivided as (k × numerator − Σ p × denominator) /
 * denominator, with Σ p summed by Neumaier's compensated summation, whose error stays near
 * one rounding of the sum whatever the number of hours (a plain running sum would drift with
 * 8,760 of them).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param hourlyPowerPricesUsdPerMwh one price per hour in USD/MWh, any shape, may be
 *   negative; at most 1,048,576 cells
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @returns the hours, the hours mined and the summed margin per MW, undivided
 * @throws invalid_input for an input outside its rule, an empty range or a cell that is not a
 *   finite number
 * @example flexDispatch(39.33, 17.5, [[40], [120]]).hoursMined === 1 (R ≈ 93.64 USD/MWh)
 */
export function flexDispatch(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, hourlyPowerPricesUsdPerMwh: number[][], poolFee = 0,
): FlexDispatch {
  checkParam(flexDispatchParams[0], hashpriceUsdPerPhDay);
  checkParam(flexDispatchParams[1], efficiencyJPerTh);
  try {
    checkParam(flexDispatchParams[3], poolFee);
  } catch (error) {
    // The range's shape and size come first in the declared order, so they are named first.
    checkParam(flexDispatchParams[2], countCells(hourlyPowerPricesUsdPerMwh));
    throw error;
  }

  const numerator = Exact.of(hashpriceUsdPerPhDay).times(oneMinus(poolFee));
  const denominator = Exact.of(efficiencyJPerTh).times(mwhPerPhDayAtOneJPerTh);
  const revenue = revenueNumber({ numerator, denominator });
  // Outside [low, high] the double comparison with r decides as R would; an infinite r (R past
  // the largest double) is above every price.
  const slack = Number.isFinite(revenue) ? Math.abs(revenue) * 2 ** -50 + 4 * Number.MIN_VALUE : 0;
  const low = revenue - slack;
  const high = revenue + slack;
  // One pass over the range, which also counts its cells and finds its first bad cell (both
  // reported after it, in the declared order): the rows of a long column lie apart in memory,
  // so a second pass over them would cost as much as the first.
  const grid = hourlyPowerPricesUsdPerMwh;
  if (!Array.isArray(grid) || grid.length === 0) throw badRange(grid);
  const width = Array.isArray(grid[0]) ? grid[0].length : 0;
  let hours = 0;
  let badRow = -1;
  let badColumn = -1;
  let hoursMined = 0;
  let sum = 0;
  let compensation = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    // Excel hands over rectangles only; a ragged or empty row from elsewhere is refused as the
    // layer refuses one, after any bad cell of an earlier row.
    if (!Array.isArray(row) || row.length === 0 || row.length !== width) {
      if (badRow >= 0) throw badCell(grid, badRow, badColumn);
      throw !Array.isArray(row) || row.length === 0 ? badRange(grid) : raggedRange(grid);
    }
    hours += row.length;
    for (let c = 0; c < row.length; c++) {
      const price = row[c];
      if (typeof price !== 'number' || !Number.isFinite(price)) {
        if (badRow < 0) [badRow, badColumn] = [r, c];
      } else if (price < low || (price <= high && Exact.of(price).times(denominator).minus(numerator).sign() < 0)) {
        hoursMined++;
        const total = sum + price;
        compensation += Math.abs(sum) >= Math.abs(price) ? sum - total + price : price - total + sum;
        sum = total;
      }
    }
  }
  checkParam(flexDispatchParams[2], hours);
  if (badRow >= 0) throw badCell(grid, badRow, badColumn);
  return new Dispatch(hours, hoursMined, numerator, denominator, sum, compensation);
}

class Dispatch implements FlexDispatch {
  constructor(
    readonly hours: number,
    readonly hoursMined: number,
    private readonly revenueNumerator: Exact,
    private readonly revenueDenominator: Exact,
    /** Σ of the mined hours' prices, as Neumaier's sum and compensation. */
    private readonly minedPricesSum: number,
    private readonly minedPricesCompensation: number,
  ) {}

  get marginUsdPerMw(): Quotient {
    // Prices near the largest double can sum past it (a sum of -Infinity, a NaN compensation).
    if (!Number.isFinite(this.minedPricesSum) || !Number.isFinite(this.minedPricesCompensation)) {
      throw notFinite("the sum of the mined hours' prices is past the largest number");
    }
    const sum = Exact.of(this.minedPricesSum);
    const minedPrices = this.minedPricesCompensation === 0 ? sum : sum.plus(this.minedPricesCompensation);
    return {
      numerator: this.revenueNumerator.times(this.hoursMined).minus(minedPrices.times(this.revenueDenominator)),
      denominator: this.revenueDenominator,
    };
  }
}

/** R as a number, or Infinity when it is past the largest double (then every hour pays). */
function revenueNumber(revenue: Quotient): number {
  try {
    return quotientValue(revenue, 'the hourly revenue per MW');
  } catch (error) {
    if (isHashwattError(error) && error.kind === 'not_finite') return Infinity;
    throw error;
  }
}

/** The cells of a range, for the message of an invalid pool fee (see flexDispatch). */
function countCells(grid: number[][]): number {
  if (!Array.isArray(grid) || grid.length === 0) throw badRange(grid);
  let cells = 0;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length === 0) throw badRange(grid);
    cells += row.length;
  }
  return cells;
}

const pricesName = flexDispatchParams[2].name;
const badRange = (grid: unknown) => notARange(pricesName, grid);
const raggedRange = (grid: unknown) => notRectangular(pricesName, grid);
const badCell = (grid: number[][], r: number, c: number) => notANumberCell(pricesName, grid, grid[r][c], r, c);
