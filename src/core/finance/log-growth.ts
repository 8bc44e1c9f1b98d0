import { Decimal } from '../arithmetic/decimal';

/** Below this rate 1 + rate is formed in decimal: the binary rate is too far from the typed one. */
const decimalBelowRate = -0.5;
const one = new Decimal(1);

/**
 * ln(1 + rate), the logarithmic growth of one period, of the rate as typed (its decimal
 * value), in binary double precision: the exponent from which the discount factors are made
 * (money in decimal, discounting in double: see decayingGeometricSum).
 *
 * Math.log1p, accurate to the last place however small the rate. Below −50% the double of
 * a typed rate is itself off: −0.9999 is stored as −0.99990000000000001, which puts
 * 1 + rate 1.1e-13 away from 0.0001 (relative), and a factor (1 + rate)^(−100) would raise
 * that to 1.1e-11. There 1 + rate is formed in decimal from the typed digits (exact) and
 * then its logarithm taken.
 *
 * @param rate growth or discount rate of one period as a fraction, > −1; the caller
 *   validates it
 * @returns ln(1 + rate), a double (0 at rate 0, negative below it)
 * @example logGrowth(0.1) === Math.log1p(0.1); logGrowth(-0.9999) === Math.log(0.0001)
 */
export function logGrowth(rate: number): number {
  if (rate >= decimalBelowRate) return Math.log1p(rate);
  return Math.log(one.plus(rate).toNumber());
}
