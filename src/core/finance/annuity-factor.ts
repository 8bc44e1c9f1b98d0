import { decayingGeometricSum } from './decaying-geometric-sum';

/**
 * Present value of 1 paid at the end of each of `count` equal periods, the first at the end
 * of period `periodsDeferred + 1`: Σ_{k = s+1 … s+count} v^k, v = e^(−λ) the discount factor
 * of one period, s = periodsDeferred. In binary double precision (money in decimal,
 * discounting in double: see decayingGeometricSum); the caller multiplies the exact cash
 * amount by it at the end.
 *
 * Closed form, no loop: v^(s+1) × (1 + v + … + v^(count−1)), the geometric sum taken by
 * decayingGeometricSum (expm1, exact in the v → 1 limit) and scaled by its largest term:
 * e^(−(s + 1)λ) × S(λ) when λ >= 0 (v <= 1), e^(−(s + count)λ) × S(−λ) when λ < 0, one exp
 * either way, so the factor overflows only when the present value itself does. At λ = 0 it
 * is exactly `count`. The rate per period enters as λ = ln(1 + rate per period); for months
 * at an effective annual rate r, λ = logGrowth(r) / 12 (v = (1 + r)^(−1/12), as Excel's
 * XNPV compounds, not r / 12).
 *
 * @param logGrowthPerPeriod λ = ln(1 + rate per period), any finite number (0: no discounting)
 * @param count number of payments, a whole number >= 0 (0 gives 0)
 * @param periodsDeferred whole periods before the first payment's period, >= 0 (default 0)
 * @returns the annuity factor (payments of 1), a double
 * @example annuityFactor(Math.log1p(0.1), 5) ≈ 3.790787 (5 years at 10%);
 *   annuityFactor(0, 12, 6) === 12
 */
export function annuityFactor(logGrowthPerPeriod: number, count: number, periodsDeferred = 0): number {
  if (count === 0) return 0; // not 0 × a largest term that may have overflowed
  const largestTermPower = logGrowthPerPeriod >= 0 ? periodsDeferred + 1 : periodsDeferred + count;
  const largestTerm = Math.exp(-largestTermPower * logGrowthPerPeriod);
  return largestTerm * decayingGeometricSum(Math.abs(logGrowthPerPeriod), count);
}
