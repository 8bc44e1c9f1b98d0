import { hoursPerYear } from '../constants';
import { notFinite } from '../errors';
import { checkParam, optional } from '../params';
import { atLeastZero } from '../rules';
import { flexDispatch, flexDispatchParams } from './flex-dispatch';
import { quotientValue } from '../arithmetic/quotient';

export const flexMarginPerMwParams = [
  ...flexDispatchParams,
  optional('demand_response_usd_per_mw_year', 0, atLeastZero),
] as const;

/**
 * Margin per MW-year of a site that mines only in the hours when mining pays (an
 * interruptible load, such as the mining "mullet" behind an AI campus).
 *
 * An hour's mining revenue per MW is R = hashprice × (1,000 / e) / 24 × (1 − pool_fee); the
 * load mines when R > that hour's price (USD/MWh). The summed margin Σ max(0, R − price) is
 * annualised from the hours given, × 8,760 / hours, and any demand-response payment is added.
 * Over a flat price at which mining pays this equals miningMarginUsdPerMwYear at uptime 1; over
 * any prices it is at least that margin at their average price (max(0, ·) is convex).
 * Summation and comparison method: see flexDispatch. The annual margin is one quotient,
 * margin numerator × 8,760 over margin denominator × hours, exact and divided once, at the
 * boundary (see ../arithmetic/README.md); the demand-response payment is then added as a number
 * (both terms are >= 0, so the sum adds at most half a unit in the last place).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param hourlyPowerPricesUsdPerMwh one price per hour in USD/MWh, any shape, may be negative;
 *   at most 1,048,576 cells
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param demandResponseUsdPerMwYear payment for being interruptible, USD per MW per year, >= 0
 *   (default 0)
 * @returns USD per MW per year, >= the demand-response payment
 * @throws invalid_input for an input outside its rule, an empty range or a non-number cell
 * @throws not_finite when the margin overflows a double
 * @example flexMarginUsdPerMwYear(39.33, 17.5, [[40], [120]]) ≈ 234,955.71
 *   ((93.642857 − 40) × 8,760 / 2)
 */
export function flexMarginUsdPerMwYear(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, hourlyPowerPricesUsdPerMwh: number[][], poolFee: number,
  demandResponseUsdPerMwYear: number,
): number {
  const { hours, marginUsdPerMw } = flexDispatch(hashpriceUsdPerPhDay, efficiencyJPerTh, hourlyPowerPricesUsdPerMwh, poolFee);
  checkParam(flexMarginPerMwParams[4], demandResponseUsdPerMwYear);
  const { numerator, denominator } = marginUsdPerMw;
  const annual = quotientValue(
    { numerator: numerator.times(hoursPerYear), denominator: denominator.times(hours) },
    'the flexible margin per MW',
  );
  const total = annual + demandResponseUsdPerMwYear;
  if (!Number.isFinite(total)) throw notFinite('the flexible margin per MW is not a finite number');
  return total;
}
