import { logGrowth } from './log-growth';

/**
 * Capital recovery factor: the level payment at the end of each period, for `periods`
 * periods, whose present value at `rate` is 1: r / (1 − (1 + r)^(−n)), and 1 / n at r = 0.
 * Money in decimal, discounting in double (see decayingGeometricSum): the factor is
 * irrational in general (n need not be whole), so it is a double the caller multiplies the
 * exact amount by.
 *
 * Evaluated as r / −expm1(−n × ln(1 + r)), ln(1 + r) by logGrowth: expm1 keeps its digits as
 * r → 0, where 1 − (1 + r)^(−n) cancels, so the factor tends smoothly to 1 / n (relative
 * error of a few units in the last place for any r and n).
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
  const recovered = -Math.expm1(-periods * logGrowth(rate));
  // A rate so small that n × ln(1 + r) underflows to 0 recovers like a zero rate: r / (n r) = 1 / n.
  return recovered === 0 ? 1 / periods : rate / recovered;
}
