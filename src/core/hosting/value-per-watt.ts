import { kwPerMw, monthsPerYear } from '../constants';
import { required } from '../params';
import { atLeastZero, greaterThanZero, shareInclusive } from '../rules';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';

export const valuePerWattParams = [
  required('rent_usd_per_kw_month', atLeastZero),
  required('noi_margin', shareInclusive),
  required('cap_rate', greaterThanZero, shareInclusive),
  required('capex_usd_per_mw', atLeastZero),
] as const;

const wattsPerMw = 1_000_000;
/** 1,000 kW/MW × 12 months: kW-months in a MW-year. */
const kwMonthsPerMwYear = kwPerMw * monthsPerYear;

/**
 * Equity value created per watt of IT load by leasing it:
 * (rent × 12,000 × NOI margin / cap rate − capex per MW) / 1,000,000.
 *
 * The lease's net operating income per MW-year (rent × 1,000 kW × 12 months × margin),
 * capitalised at the cap rate as a real-estate appraiser values a stabilised asset, less
 * the capex to build it, per watt. Before financing and before any discount for the build
 * time or risk (Morgan Stanley's published "$5–8 per watt", 2025-09-21, is lower, as such
 * discounts would make it).
 *
 * As one exact quotient: (NOI per MW-year − capex × cap rate) / (cap rate × 1,000,000 W/MW),
 * numerator and denominator exact, divided once at the boundary (see ../arithmetic/README.md).
 *
 * @param rentUsdPerKwMonth rent in USD per kW of IT load per month, >= 0
 * @param noiMargin net operating income as a share of rent, 0–1
 * @param capRate capitalisation rate as a fraction (7.5% is 0.075), > 0 and <= 1
 * @param capexUsdPerMw build cost in USD per MW of IT load, >= 0
 * @returns USD per watt of IT load (negative when the capex exceeds the capitalised NOI)
 * @throws invalid_input for a negative rent or capex, a margin outside 0–1, a cap rate
 *   <= 0 or above 1
 * @example valuePerWattUsd(150, 0.85, 0.075, 10_000_000) ≈ 10.4
 */
export function valuePerWattUsd(
  rentUsdPerKwMonth: number, noiMargin: number, capRate: number, capexUsdPerMw: number,
): number {
  const noiUsdPerMwYear = Exact.of(rentUsdPerKwMonth).times(kwMonthsPerMwYear).times(noiMargin);
  const rate = Exact.of(capRate);
  const numerator = capexUsdPerMw === 0 ? noiUsdPerMwYear : noiUsdPerMwYear.minus(rate.times(capexUsdPerMw));
  return quotientValue({ numerator, denominator: rate.times(wattsPerMw) }, 'value per watt');
}
