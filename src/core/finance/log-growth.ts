import { DoubleDouble } from '../arithmetic/double-double';
import { ddLog, ddLog1p } from '../arithmetic/double-double-exponential';
import { growth, rateOf } from './growth';

/**
 * ln(1 + rate), the logarithmic growth of one period, of the rate as growth() takes it (its
 * typed digits), in double-double: the exponent from which
 * fractional powers (1 + r)^(−1/12), (1 + r)^(−n) are made (money in decimal, discounting in
 * double-double rounded once: see ../arithmetic/README.md). By ddLog1p, from +, −, ×, ÷
 * alone, so the same in every engine, and accurate to the last place however small the rate
 * (ddLog1p) or near −100% (ddLog).
 *
 * @param rate growth or discount rate of one period as a fraction, > −1; the caller
 *   validates it
 * @returns ln(1 + rate), a double-double (0 at rate 0, negative below it)
 * @example logGrowth(0.1).hi ≈ 0.0953101798043249; logGrowth(-0.9999).hi === ln(0.0001)
 *   rounded (−9.210340371976182)
 */
export function logGrowth(rate: number): DoubleDouble {
  // Below −50%, ln of 1 + rate itself: 1 + rate is then small, and known to 32 digits of itself.
  return rate < -0.5 ? ddLog(growth(rate)) : ddLog1p(rateOf(rate));
}
