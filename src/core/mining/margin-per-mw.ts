import { hoursPerYear, kwPerMw } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, optional } from '../params';
import { atLeastZero } from '../rules';
import { miningRevenueDecimal } from './revenue-per-mw';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, poolFeeParam, powerPriceUsdPerKwhParam, uptimeParam } from './shared-params';

export const miningMarginPerMwParams = [
  hashpriceUsdPerPhDayParam,
  efficiencyJPerThParam,
  powerPriceUsdPerKwhParam,
  uptimeParam,
  poolFeeParam,
  optional('other_cost_usd_per_mw_year', 0, atLeastZero),
] as const;

/**
 * Mining margin per MW of machine load per year: revenue less power less other costs.
 *
 * miningRevenueUsdPerMwYear − 1,000 kW × 8,760 h × uptime × price − other. Power is paid only
 * while the machines run (uptime applies to both revenue and power).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param uptime share of the year the machines run, 0 to 1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerMwYear other costs in USD per MW per year, >= 0 (default 0)
 * @returns USD per MW per year (negative when mining loses money)
 * @throws invalid_input for any input outside its rule
 * @example miningMarginUsdPerMwYear(39.33, 17.5, 0.04) ≈ 469,911.43 (820,311.43 − 350,400)
 */
export function miningMarginUsdPerMwYear(
  hashpriceUsdPerPhDay: number,
  efficiencyJPerTh: number,
  powerPriceUsdPerKwh: number,
  uptime = 1,
  poolFee = 0,
  otherCostUsdPerMwYear = 0,
): number {
  const args = [hashpriceUsdPerPhDay, efficiencyJPerTh, powerPriceUsdPerKwh, uptime, poolFee, otherCostUsdPerMwYear];
  miningMarginPerMwParams.forEach((spec, i) => checkParam(spec, args[i]));
  const revenue = miningRevenueDecimal(hashpriceUsdPerPhDay, efficiencyJPerTh, uptime, poolFee);
  const power = new Decimal(kwPerMw).times(hoursPerYear).times(uptime).times(powerPriceUsdPerKwh);
  return toFiniteNumber(revenue.minus(power).minus(otherCostUsdPerMwYear), 'the margin per MW');
}
