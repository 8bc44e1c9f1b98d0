import { hoursPerDay, thsPerPhs } from '../constants';
import { Decimal } from '../decimal';
import { describeValue, invalidInput } from '../errors';
import { checkParam } from '../params';
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
  /** Σ over the mined hours of (mining revenue − power price), USD per MW, before annualising. */
  readonly marginUsdPerMw: Decimal;
}

/**
 * Dispatches 1 MW of machines hour by hour: mine only in the hours when mining pays.
 *
 * An hour's mining revenue per MW is hashprice × (1,000 / e) / 24 × (1 − pool_fee) USD (the
 * day's hashprice spread evenly over its hours); the hour's power costs its price × 1 MWh.
 * Mine when revenue > price (at equality mining earns nothing, so the load stays off).
 *
 * One pass, no Decimal per hour: the revenue R is computed once as a Decimal and compared with
 * each price as a double; only a price equal to R's nearest double is compared exactly (any
 * other double lies on the same side of R as of its nearest double), so the choice of hours is
 * exact. The margin Σ (R − p) over the k mined hours is k × R − Σ p, with R × k in Decimal and
 * Σ p summed by Neumaier's compensated summation, whose error stays near one rounding of the
 * sum whatever the number of hours (a plain running sum would drift with 8,760 of them).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param hourlyPowerPricesUsdPerMwh one price per hour in USD/MWh, any shape, may be
 *   negative; at most 1,048,576 cells
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @returns the hours, the hours mined and the summed margin per MW
 * @throws invalid_input for an input outside its rule, an empty range or a cell that is not a
 *   finite number
 * @example flexDispatch(39.33, 17.5, [[40], [120]]).hoursMined === 1 (R ≈ 93.64 USD/MWh)
 */
export function flexDispatch(
  hashpriceUsdPerPhDay: number,
  efficiencyJPerTh: number,
  hourlyPowerPricesUsdPerMwh: number[][],
  poolFee = 0,
): FlexDispatch {
  checkParam(flexDispatchParams[0], hashpriceUsdPerPhDay);
  checkParam(flexDispatchParams[1], efficiencyJPerTh);
  const hours = countCells(hourlyPowerPricesUsdPerMwh);
  checkParam(flexDispatchParams[2], hours);
  checkParam(flexDispatchParams[3], poolFee);

  const revenue = new Decimal(hashpriceUsdPerPhDay)
    .times(thsPerPhs)
    .div(efficiencyJPerTh)
    .div(hoursPerDay)
    .times(new Decimal(1).minus(poolFee));
  const revenueNumber = revenue.toNumber();
  let hoursMined = 0;
  let sum = 0;
  let compensation = 0;
  for (let r = 0; r < hourlyPowerPricesUsdPerMwh.length; r++) {
    const row = hourlyPowerPricesUsdPerMwh[r];
    for (let c = 0; c < row.length; c++) {
      const price = row[c];
      if (typeof price !== 'number' || !Number.isFinite(price)) throw badCell(hourlyPowerPricesUsdPerMwh, r, c);
      if (price < revenueNumber || (price === revenueNumber && revenue.gt(price))) {
        hoursMined++;
        const total = sum + price;
        compensation += Math.abs(sum) >= Math.abs(price) ? sum - total + price : price - total + sum;
        sum = total;
      }
    }
  }
  const minedPrices = new Decimal(sum).plus(compensation);
  return { hours, hoursMined, marginUsdPerMw: revenue.times(hoursMined).minus(minedPrices) };
}

function countCells(grid: number[][]): number {
  const name = flexDispatchParams[2].name;
  if (!Array.isArray(grid) || grid.length === 0) throw invalidInput(name, 'must be a range of numbers', grid);
  let cells = 0;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length === 0) throw invalidInput(name, 'must be a range of numbers', grid);
    cells += row.length;
  }
  return cells;
}

function badCell(grid: number[][], r: number, c: number) {
  return invalidInput(
    flexDispatchParams[2].name,
    `must contain only numbers (row ${r + 1}, column ${c + 1} is ${describeValue(grid[r][c])})`,
    grid,
  );
}
