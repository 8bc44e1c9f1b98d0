import { DoubleDouble, ddCompare, ddOne, ddPower, ddProduct, ddQuotient } from '../arithmetic/double-double';
import { geometricSumAndPower } from './geometric-sum-and-power';
import { growth } from './growth';

/**
 * Present value of `count` instalments that sum to 1, paid at the end of periods 1 … count
 * and growing by a constant rate from one to the next (instalment k = (1 + g)^(k−1) / W,
 * W = Σ_{k<count} (1 + g)^k), discounted at a rate per period r:
 * F = Σ_{k=1…count} (1 + g)^(k−1) v^k / W = v × G(q) / G(1 + g), v = 1 / (1 + r),
 * q = (1 + g) × v, G(x) = 1 + x + … + x^(count−1).
 * In double-double, rounded once to a double (money in decimal, discounting in double-double
 * rounded once: see ../arithmetic/README.md); the caller multiplies the exact amount by it.
 *
 * Closed form over integer powers, no loop over the periods: each geometric sum is its largest
 * term times a sum whose ratio is at most 1 (geometricSumAndPower), so with a = 1 + g
 * F = v^count × G(1/q) / G(1/a) when q > 1 and a > 1, v × q^(count−1) × G(1/q) / G(a) when only
 * q > 1, v / a^(count−1) × G(q) / G(1/a) when only a > 1, else v × G(q) / G(a); the two sums lie
 * in [1, count], so F overflows or underflows only when the present value itself does. Powers by
 * squaring (+, −, ×, ÷ alone: the same in every engine). F is exactly 1 at r = 0 and v for one
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
  const v = ddQuotient(ddOne, growth(ratePerPeriod));
  const a = growth(growthPerPeriod);
  const q = ddProduct(a, v);
  const qAbove = ddCompare(q, ddOne) > 0;
  const aAbove = ddCompare(a, ddOne) > 0;
  const decaying = (x: DoubleDouble, above: boolean) => geometricSumAndPower(above ? ddQuotient(ddOne, x) : x, count).sum;
  let largest: DoubleDouble = v;
  if (qAbove && aAbove) largest = ddPower(v, count);
  else if (qAbove) largest = ddProduct(v, ddPower(q, count - 1));
  else if (aAbove) largest = ddQuotient(v, ddPower(a, count - 1));
  return ddProduct(largest, ddQuotient(decaying(q, qAbove), decaying(a, aAbove))).hi;
}
