import { ddCompare, ddOne, ddQuotient, ddTimes } from '../arithmetic/double-double';
import { ddExpm1 } from '../arithmetic/double-double-exponential';
import { geometricSumAndPower } from './geometric-sum-and-power';
import { growth, rateOf } from './growth';
import { logGrowth } from './log-growth';

/**
 * Capital recovery factor: the level payment at the end of each period, for `periods`
 * periods, whose present value at `rate` is 1: r / (1 − (1 + r)^(−n)), and 1 / n at r = 0.
 * The factor is irrational in general (n need not be whole), so it is a double the caller
 * multiplies the exact amount by (money in decimal, discounting in double-double rounded
 * once: see ../arithmetic/README.md). +, −, ×, ÷ alone: the same in every engine.
 *
 * A whole number of periods: with g = 1 + r, r / (1 − g^(−n)) = g^n / (1 + g + … + g^(n−1)),
 * since g^n − 1 = r × (1 + g + … + g^(n−1)): nothing cancels as r → 0, and it is exactly 1 / n
 * at r = 0. The sum and the power by geometricSumAndPower; for g > 1 the largest term is
 * factored out, g / (1 + 1/g + … + (1/g)^(n−1)), so nothing overflows. A fractional number of
 * periods: r / −(e^(−n × ln(1 + r)) − 1), by logGrowth and ddExpm1, which keep their digits as
 * r → 0.
 *
 * @param rate rate per period as a fraction, > −1, not 0 unless exactly 0; the caller
 *   validates it
 * @param periods number of periods, > 0 (need not be whole); the caller validates it
 * @returns the payment per period per 1 of present value
 * @example capitalRecoveryFactor(0.06, 5) ≈ 0.2373964 (5 years at 6%);
 *   capitalRecoveryFactor(0, 4) === 0.25
 */
export function capitalRecoveryFactor(rate: number, periods: number): number {
  if (rate === 0) return 1 / periods;
  if (Number.isInteger(periods)) {
    const g = growth(rate);
    if (ddCompare(g, ddOne) > 0) return ddQuotient(g, geometricSumAndPower(ddQuotient(ddOne, g), periods).sum).hi;
    const { sum, power } = geometricSumAndPower(g, periods);
    return ddQuotient(power, sum).hi;
  }
  const lost = ddExpm1(ddTimes(logGrowth(rate), -periods));
  // A rate so small that n × ln(1 + r) underflows to 0 recovers like a zero rate: r / (n r) = 1 / n.
  if (lost.hi === 0) return 1 / periods;
  return ddQuotient(rateOf(rate), { hi: -lost.hi, lo: -lost.lo }).hi;
}
