import { kwPerMw, monthsPerYear } from '../constants';
import { optional, required } from '../params';
import { atLeastZero, shareInclusive } from '../rules';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';

export const coloMwRevenueParams = [
  required('rent_usd_per_kw_month', atLeastZero),
  optional('occupancy', 1, shareInclusive),
] as const;

/** 1,000 kW/MW × 12 months: kW-months in a MW-year. */
const kwMonthsPerMwYear = kwPerMw * monthsPerYear;

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
export function coloRevenueUsdPerMwYear(rentUsdPerKwMonth: number, occupancy: number): number {
  const fullyLeased = Exact.of(rentUsdPerKwMonth).times(kwMonthsPerMwYear);
  const rent = occupancy === 1 ? fullyLeased : fullyLeased.times(occupancy);
  return quotientValue({ numerator: rent, denominator: Exact.one }, 'rent per MW-year');
}
