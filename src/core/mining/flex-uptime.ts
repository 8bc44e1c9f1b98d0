import { flexDispatch, flexDispatchParams } from './flex-dispatch';

export const flexUptimeParams = flexDispatchParams;

/**
 * The share of the given hours in which a flexible load mines: hours when mining revenue per
 * MW, hashprice × (1,000 / e) / 24 × (1 − pool_fee), exceeds that hour's price (USD/MWh),
 * over all hours. The hours are those flexMarginUsdPerMwYear earns its margin in. Method (see
 * flexDispatch): the revenue is one exact quotient divided once, at the boundary, into a
 * number; the hours are compared in numbers, and only a price within 2^-50 of it in decimal.
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param hourlyPowerPricesUsdPerMwh one price per hour in USD/MWh, any shape, may be negative;
 *   at most 1,048,576 cells
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @returns a share from 0 to 1
 * @throws invalid_input for an input outside its rule, an empty range or a non-number cell
 * @example flexUptime(39.33, 17.5, [[40, 120], [-5, 93]]) === 0.75
 */
export function flexUptime(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, hourlyPowerPricesUsdPerMwh: number[][], poolFee: number,
): number {
  const { hours, hoursMined } = flexDispatch(hashpriceUsdPerPhDay, efficiencyJPerTh, hourlyPowerPricesUsdPerMwh, poolFee);
  return hoursMined / hours;
}
