import { decayingGeometricSum } from './decaying-geometric-sum';
import { logGrowth } from './log-growth';

/**
 * Present value of `count` instalments that sum to 1, paid at the end of periods 1 … count
 * and growing by a constant rate from one to the next (instalment k = (1 + g)^(k−1) / W,
 * W = Σ_{k<count} (1 + g)^k), discounted at a rate per period r:
 * F = Σ_{k=1…count} (1 + g)^(k−1) v^k / W = v × G(q) / G(1 + g), v = 1 / (1 + r),
 * q = (1 + g) × v, G(x) = 1 + x + … + x^(count−1).
 * In binary double precision (money in decimal, discounting in double: see
 * decayingGeometricSum); the caller multiplies the exact amount by it at the end.
 *
 * Closed form, no loop. With ρ = ln(1 + r), a = ln(1 + g) (logGrowth) and c = a − ρ = ln q,
 * each geometric sum is its largest term times decayingGeometricSum (expm1, exact as the
 * ratio → 1):
 * F = e^(−ρ + (count − 1)(max(c, 0) − max(a, 0))) × S(|c|) / S(|a|), the exponent reduced to
 * −count·ρ when c and a are both > 0; the two sums lie in [1, count], so F overflows or
 * underflows only when the present value itself does. F is exactly 1 at r = 0 and v for one
 * instalment; at g = 0 it is the annuity factor over count.
 *
 * @param ratePerPeriod discount rate per period as a fraction, > −1; the caller validates it
 * @param growthPerPeriod growth of each instalment over the one before, > −1
 * @param count number of instalments, a whole number >= 1
 * @returns the present value of instalments summing to 1, a double
 * @example growingInstalmentsFactor(0.1, 0, 5) ≈ 0.758157 (3.790787 / 5);
 *   growingInstalmentsFactor(0.1, 0.1, 2) ≈ 0.866 ((1/1.1 + 1.1/1.21) / 2.1)
 */
export function growingInstalmentsFactor(ratePerPeriod: number, growthPerPeriod: number, count: number): number {
  const logDiscount = logGrowth(ratePerPeriod);
  const logInstalmentGrowth = logGrowth(growthPerPeriod);
  const logRatio = logInstalmentGrowth - logDiscount;
  let exponent = -logDiscount;
  if (logRatio > 0 && logInstalmentGrowth > 0) exponent = -count * logDiscount;
  else if (logRatio > 0) exponent += (count - 1) * logRatio;
  else if (logInstalmentGrowth > 0) exponent -= (count - 1) * logInstalmentGrowth;
  const sums = decayingGeometricSum(Math.abs(logRatio), count) / decayingGeometricSum(Math.abs(logInstalmentGrowth), count);
  return Math.exp(exponent) * sums;
}
