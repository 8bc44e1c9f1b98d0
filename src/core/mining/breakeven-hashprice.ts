import { hoursPerDay } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam } from '../params';
import { efficiencyJPerThParam, otherCostUsdPerPhDayParam, poolFeeParam, powerPriceUsdPerKwhParam } from './shared-params';

export const breakevenHashpriceParams = [
  efficiencyJPerThParam,
  powerPriceUsdPerKwhParam,
  poolFeeParam,
  otherCostUsdPerPhDayParam,
] as const;

/**
 * Breakeven hashprice: the USD per PH/s per day at which mining just covers power and other
 * costs.
 *
 * 1 PH/s of machines at e J/TH draws e kW (1,000 TH × e J/TH per second), so a day of it
 * costs e × 24 kWh × price; the pool keeps its fee of the revenue:
 * (e × 24 × price + other) / (1 − pool_fee).
 *
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns USD per PH/s per day
 * @throws invalid_input for an efficiency <= 0, a negative price or cost, a fee outside [0, 1)
 * @example breakevenHashpriceUsdPerPhDay(17.5, 0.04) === 16.8 (17.5 × 24 × 0.04)
 */
export function breakevenHashpriceUsdPerPhDay(
  efficiencyJPerTh: number,
  powerPriceUsdPerKwh: number,
  poolFee = 0,
  otherCostUsdPerPhDay = 0,
): number {
  return toFiniteNumber(
    breakevenHashpriceDecimal(efficiencyJPerTh, powerPriceUsdPerKwh, poolFee, otherCostUsdPerPhDay),
    'the breakeven hashprice',
  );
}

/** The same breakeven hashprice as a Decimal, for formulas that build on it. Validates its inputs. */
export function breakevenHashpriceDecimal(
  efficiencyJPerTh: number,
  powerPriceUsdPerKwh: number,
  poolFee = 0,
  otherCostUsdPerPhDay = 0,
): Decimal {
  checkParam(breakevenHashpriceParams[0], efficiencyJPerTh);
  checkParam(breakevenHashpriceParams[1], powerPriceUsdPerKwh);
  checkParam(breakevenHashpriceParams[2], poolFee);
  checkParam(breakevenHashpriceParams[3], otherCostUsdPerPhDay);
  const powerCost = new Decimal(efficiencyJPerTh).times(hoursPerDay).times(powerPriceUsdPerKwh);
  return powerCost.plus(otherCostUsdPerPhDay).div(new Decimal(1).minus(poolFee));
}
