import { DoubleDouble, ddCompare, ddOne, ddPower, ddProduct, ddQuotient } from '../arithmetic/double-double';
import { geometricSumAndPower } from './geometric-sum-and-power';

/**
 * Present value of 1 paid at the end of each of `count` equal periods, the first at the end
 * of period `periodsDeferred + 1`: Σ_{k = s+1 … s+count} v^k, v the discount factor of one
 * period (discountFactor), s = periodsDeferred. In double-double, rounded once to a double
 * (money in decimal, discounting in double-double rounded once: see ../arithmetic/README.md);
 * the caller multiplies the exact cash amount by it at the end.
 *
 * Closed form over integer powers, no loop over the periods: v^(s+1) × (1 + v + … + v^(count−1))
 * for v <= 1, the geometric sum by geometricSumAndPower; for v > 1 (a negative rate) the
 * largest term is factored out instead, v^(s+count) × (1 + 1/v + … + (1/v)^(count−1)), so the
 * factor overflows only when the present value itself does. Both powers by squaring (+, −, ×,
 * ÷ alone: the same in every engine). With v = 1 it is exactly `count`.
 *
 * @param factorPerPeriod v, the discount factor of one period, > 0 (1: no discounting)
 * @param count number of payments, a whole number >= 0 (0 gives 0)
 * @param periodsDeferred whole periods before the first payment's period, >= 0 (default 0)
 * @returns the annuity factor (payments of 1), a double
 * @example annuityFactor(discountFactor(0.1, 1), 5) ≈ 3.790787 (5 years at 10%);
 *   annuityFactor(dd(1), 12, 6) === 12
 */
export function annuityFactor(factorPerPeriod: DoubleDouble, count: number, periodsDeferred = 0): number {
  if (count === 0) return 0; // not 0 × a largest term that may have overflowed
  if (ddCompare(factorPerPeriod, ddOne) <= 0) {
    const { sum } = geometricSumAndPower(factorPerPeriod, count);
    return ddProduct(ddPower(factorPerPeriod, periodsDeferred + 1), sum).hi;
  }
  const { sum } = geometricSumAndPower(ddQuotient(ddOne, factorPerPeriod), count);
  return ddProduct(ddPower(factorPerPeriod, periodsDeferred + count), sum).hi;
}
