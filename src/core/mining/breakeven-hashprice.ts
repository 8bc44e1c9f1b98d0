import { hoursPerDay } from '../constants';
import { Exact } from '../arithmetic/exact';
import { oneMinus, Quotient, quotientValue } from '../arithmetic/quotient';
import { efficiencyJPerThParam, otherCostUsdPerPhDayParam, poolFeeParam, powerPriceUsdPerKwhParam } from './shared-params';

const hoursPerDayExact = Exact.of(hoursPerDay);

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
 * (e × 24 × price + other) / (1 − pool_fee). Numerator and denominator are exact; the
 * division happens once, at the boundary (see ../arithmetic/README.md).
 *
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns USD per PH/s per day
 * @throws invalid_input for an efficiency <= 0, a negative price or cost, a fee outside [0, 1)
 * @throws not_finite when the breakeven hashprice overflows a double
 * @example breakevenHashpriceUsdPerPhDay(17.5, 0.04) === 16.8 (17.5 × 24 × 0.04)
 */
export function breakevenHashpriceUsdPerPhDay(
  efficiencyJPerTh: number, powerPriceUsdPerKwh: number, poolFee: number, otherCostUsdPerPhDay: number,
): number {
  const breakeven = breakevenHashpriceOf(Exact.of(efficiencyJPerTh), Exact.of(powerPriceUsdPerKwh), poolFee, otherCostUsdPerPhDay);
  return quotientValue(breakeven, 'the breakeven hashprice');
}

/**
 * The breakeven-hashprice formula, undivided, for the breakeven BTC price that builds on it:
 * e × 24 × price + other over 1 − pool_fee. Efficiency and price come as exact values; the
 * fee and the other cost are often 0, which this skips.
 *
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param poolFee pool fee as a share of revenue, 0 to < 1
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0
 * @returns USD per PH/s per day, undivided
 */
export function breakevenHashpriceOf(efficiencyJPerTh: Exact, powerPriceUsdPerKwh: Exact, poolFee: number, otherCostUsdPerPhDay: number): Quotient {
  return { numerator: dailyCostOf(efficiencyJPerTh, powerPriceUsdPerKwh, otherCostUsdPerPhDay), denominator: oneMinus(poolFee) };
}

/**
 * What 1 PH/s costs a day, exactly: e × 24 × price + other, in USD (the breakeven hashprice
 * before the pool fee).
 *
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0
 * @returns USD per PH/s per day
 */
export function dailyCostOf(efficiencyJPerTh: Exact, powerPriceUsdPerKwh: Exact, otherCostUsdPerPhDay: number): Exact {
  // e × 24 first: a whole number of hours keeps a short efficiency short, and a long price then
  // meets one product, not two.
  const powerCost = efficiencyJPerTh.times(hoursPerDayExact).times(powerPriceUsdPerKwh);
  return otherCostUsdPerPhDay === 0 ? powerCost : powerCost.plus(otherCostUsdPerPhDay);
}
