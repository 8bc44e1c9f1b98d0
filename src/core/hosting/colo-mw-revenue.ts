import { kwPerMw, monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, optional, required } from '../params';
import { atLeastZero, shareInclusive } from '../rules';

export const coloMwRevenueParams = [
  required('rent_usd_per_kw_month', atLeastZero),
  optional('occupancy', 1, shareInclusive),
] as const;

/**
 * Colocation or powered-shell rent per MW of IT load per year:
 * rent × 1,000 kW/MW × 12 months × occupancy.
 *
 * Data-center rent is quoted per kW of critical IT load per month (CBRE's market reports).
 *
 * @param rentUsdPerKwMonth rent in USD per kW of IT load per month, >= 0
 * @param occupancy share of the IT load leased, 0–1 (default 1)
 * @returns USD per MW of IT load per year
 * @throws invalid_input for a negative rent or an occupancy outside 0–1
 * @example coloRevenueUsdPerMwYear(150) === 1_800_000
 */
export function coloRevenueUsdPerMwYear(rentUsdPerKwMonth: number, occupancy = 1): number {
  [rentUsdPerKwMonth, occupancy].forEach((value, i) => checkParam(coloMwRevenueParams[i], value));
  const revenue = new Decimal(rentUsdPerKwMonth).times(kwPerMw).times(monthsPerYear).times(occupancy);
  return toFiniteNumber(revenue, 'rent per MW-year');
}
