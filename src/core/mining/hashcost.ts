import { phsPerEhs } from '../constants';
import { required } from '../params';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { atLeastZero, greaterThanZero } from '../rules';

export const hashcostParams = [
  required('cost_usd', atLeastZero),
  required('hashrate_ehs', greaterThanZero),
  required('days', greaterThanZero),
] as const;

/**
 * Hashcost: a cost expressed per PH/s per day (USD/PH/day), the unit of hashprice, so a
 * miner's cost sets directly against the hashprice it earns.
 *
 * cost / (hashrate in EH/s × 1,000 PH/s per EH/s × days). Numerator and denominator are
 * exact; the division happens once, at the boundary (see quotient.ts).
 *
 * @param costUsd the cost over the period in USD (power, or all-in), >= 0
 * @param hashrateEhs average hashrate over the period in EH/s, > 0
 * @param days length of the period in days, > 0
 * @returns USD per PH/s per day
 * @throws invalid_input for a negative cost, or a hashrate or period <= 0
 * @throws not_finite when the result overflows a double
 * @example hashcostUsdPerPhDay(10_000_000, 10, 92) ≈ 10.87 (an illustrative $10M quarterly power
 *   bill for 10 EH/s)
 */
export function hashcostUsdPerPhDay(costUsd: number, hashrateEhs: number, days: number): number {
  return quotientValue(
    { numerator: Exact.of(costUsd), denominator: Exact.of(hashrateEhs).times(phsPerEhs).times(days) },
    'the hashcost',
  );
}
