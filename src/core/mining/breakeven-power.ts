import { hoursPerDay } from '../constants';
import { Exact } from '../arithmetic/exact';
import { oneMinus, quotientValue } from '../arithmetic/quotient';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, otherCostUsdPerPhDayParam, poolFeeParam } from './shared-params';

export const breakevenPowerParams = [
  hashpriceUsdPerPhDayParam,
  efficiencyJPerThParam,
  poolFeeParam,
  otherCostUsdPerPhDayParam,
] as const;

/**
 * Breakeven power price: the USD/kWh at which a machine should shut down.
 *
 * The inverse of breakevenHashpriceUsdPerPhDay: 1 PH/s at e J/TH uses e × 24 kWh a day and
 * earns the hashprice less the pool fee, so (hashprice × (1 − pool_fee) − other) / (e × 24).
 * A negative answer is a real one: the other costs exceed the revenue, so the machine should
 * be off at any positive power price. Numerator and denominator are exact; the division
 * happens once, at the boundary (see ../arithmetic/README.md).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns USD per kWh (may be negative)
 * @throws invalid_input for a negative hashprice or cost, an efficiency <= 0, a fee outside [0, 1)
 * @throws not_finite when the price overflows a double
 * @example breakevenPowerPriceUsdPerKwh(39.33, 17.5) ≈ 0.093643 (39.33 / 420)
 */
export function breakevenPowerPriceUsdPerKwh(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, poolFee: number, otherCostUsdPerPhDay: number,
): number {
  const revenue = Exact.of(hashpriceUsdPerPhDay).times(oneMinus(poolFee));
  const netRevenue = otherCostUsdPerPhDay === 0 ? revenue : revenue.minus(otherCostUsdPerPhDay);
  const kwhPerPhDay = Exact.of(efficiencyJPerTh).times(hoursPerDay);
  return quotientValue({ numerator: netRevenue, denominator: kwhPerPhDay }, 'the breakeven power price');
}
