import { ddQuotient, ddTimes } from '../arithmetic/double-double';
import { ddExpm1 } from '../arithmetic/double-double-exponential';
import { rateOf } from './growth';
import { logGrowth } from './log-growth';

/**
 * Capital recovery factor: the level payment at the end of each period, for `periods`
 * periods, whose present value at `rate` is 1: r / (1 − (1 + r)^(−n)), and 1 / n at r = 0.
 * The factor is irrational in general (n need not be whole), so it is a double the caller
 * multiplies the exact amount by (money in decimal, discounting in double-double rounded
 * once: see ../arithmetic/README.md).
 *
 * Evaluated as r / −(e^(−n × ln(1 + r)) − 1) in double-double, by logGrowth and ddExpm1
 * (+, −, ×, ÷ alone: the same in every engine), rounded once: e^x − 1 keeps its digits as
 * r → 0, where 1 − (1 + r)^(−n) cancels, so the factor tends smoothly to 1 / n.
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
  const lost = ddExpm1(ddTimes(logGrowth(rate), -periods));
  // A rate so small that n × ln(1 + r) underflows to 0 recovers like a zero rate: r / (n r) = 1 / n.
  if (lost.hi === 0) return 1 / periods;
  return ddQuotient(rateOf(rate), { hi: -lost.hi, lo: -lost.lo }).hi;
}
