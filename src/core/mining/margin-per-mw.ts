import { hoursPerYear, kwPerMw } from '../constants';
import { optional } from '../params';
import { atLeastZero } from '../rules';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { miningRevenueOf } from './revenue-per-mw';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, poolFeeParam, powerPriceUsdPerKwhParam, uptimeParam } from './shared-params';

export const miningMarginPerMwParams = [
  hashpriceUsdPerPhDayParam,
  efficiencyJPerThParam,
  powerPriceUsdPerKwhParam,
  uptimeParam,
  poolFeeParam,
  optional('other_cost_usd_per_mw_year', 0, atLeastZero),
] as const;

/** 1 MW for the 8,760 hours of a year: 8,760,000 kWh. */
const kwhPerMwYear = kwPerMw * hoursPerYear;

/**
 * Mining margin per MW of machine load per year: revenue less power less other costs.
 *
 * miningRevenueUsdPerMwYear − 1,000 kW × 8,760 h × uptime × price − other. Power is paid only
 * while the machines run (uptime applies to both revenue and power). Over the revenue's
 * denominator e: (hashprice × 365,000 × uptime × (1 − pool_fee) − e × (8,760,000 × uptime ×
 * price + other)) / e, numerator exact; the division happens once, at the boundary (see
 * ../arithmetic/README.md), so a margin near zero keeps its digits.
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param uptime share of the year the machines run, 0 to 1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerMwYear other costs in USD per MW per year, >= 0 (default 0)
 * @returns USD per MW per year (negative when mining loses money)
 * @throws invalid_input for any input outside its rule
 * @throws not_finite when the margin overflows a double
 * @example miningMarginUsdPerMwYear(39.33, 17.5, 0.04) ≈ 469,911.43 (820,311.43 − 350,400)
 */
export function miningMarginUsdPerMwYear(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, powerPriceUsdPerKwh: number, uptime: number, poolFee: number,
  otherCostUsdPerMwYear: number,
): number {
  const revenue = miningRevenueOf(Exact.of(hashpriceUsdPerPhDay), Exact.of(efficiencyJPerTh), uptime, poolFee);
  const runningPower = Exact.of(powerPriceUsdPerKwh).times(kwhPerMwYear);
  const power = uptime === 1 ? runningPower : runningPower.times(uptime);
  const costs = otherCostUsdPerMwYear === 0 ? power : power.plus(otherCostUsdPerMwYear);
  const efficiency = revenue.denominator;
  const margin = { numerator: revenue.numerator.minus(costs.times(efficiency)), denominator: efficiency };
  return quotientValue(margin, 'the margin per MW');
}
