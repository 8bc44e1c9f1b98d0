import { hoursPerDay } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam } from '../params';
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
 * be off at any positive power price.
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns USD per kWh (may be negative)
 * @throws invalid_input for a negative hashprice or cost, an efficiency <= 0, a fee outside [0, 1)
 * @example breakevenPowerPriceUsdPerKwh(39.33, 17.5) ≈ 0.093643 (39.33 / 420)
 */
export function breakevenPowerPriceUsdPerKwh(
  hashpriceUsdPerPhDay: number,
  efficiencyJPerTh: number,
  poolFee = 0,
  otherCostUsdPerPhDay = 0,
): number {
  checkParam(breakevenPowerParams[0], hashpriceUsdPerPhDay);
  checkParam(breakevenPowerParams[1], efficiencyJPerTh);
  checkParam(breakevenPowerParams[2], poolFee);
  checkParam(breakevenPowerParams[3], otherCostUsdPerPhDay);
  const netRevenue = new Decimal(hashpriceUsdPerPhDay).times(new Decimal(1).minus(poolFee)).minus(otherCostUsdPerPhDay);
  const kwhPerPhDay = new Decimal(efficiencyJPerTh).times(hoursPerDay);
  return toFiniteNumber(netRevenue.div(kwhPerPhDay), 'the breakeven power price');
}
