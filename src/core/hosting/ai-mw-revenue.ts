import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { required } from '../params';
import { atLeastZero, greaterThanZero } from '../rules';

export const aiMwRevenueParams = [
  required('contract_value_usd', atLeastZero),
  required('term_years', greaterThanZero),
  required('it_load_mw', greaterThanZero),
] as const;

/**
 * Contract revenue per MW of critical IT load per year: value / term / MW.
 *
 * The average annual revenue of a hosting or cloud contract (total contract value spread
 * evenly over its term) per MW of the IT load it occupies, the figure the industry quotes
 * as "$ per MW-year". The term may be fractional (an average term). The MW-years (term ×
 * MW) are exact; one division, at the boundary (see ../arithmetic/README.md).
 *
 * @param contractValueUsd total contract value in USD, >= 0
 * @param termYears contract term in years, > 0
 * @param itLoadMw critical IT load under the contract in MW, > 0
 * @returns USD per MW of IT load per year
 * @throws invalid_input for a negative value or a term or load <= 0
 * @example aiRevenueUsdPerMwYear(9.7e9, 5, 200) === 9_700_000 (IREN–Microsoft, 2025-11-03)
 */
export function aiRevenueUsdPerMwYear(contractValueUsd: number, termYears: number, itLoadMw: number): number {
  const mwYears = Exact.of(termYears).times(itLoadMw);
  return quotientValue({ numerator: Exact.of(contractValueUsd), denominator: mwYears }, 'revenue per MW-year');
}
