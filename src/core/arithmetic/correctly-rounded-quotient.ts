/**
 * The correctly rounded quotient of two short decimals times a power of two, with one double
 * division when it is provably that: what NETWORK_HASHRATE (src/core/protocol/network-hashrate.ts)
 * divides a difficulty by. Unlike Exact.quotientToNumber, it must never settle for a quotient
 * within a few units in the last place: it declines instead, for the caller to divide in decimal.
 */
import { Exact, powersOfTen, productError } from './exact';

/** The least normal double, 2^-1022: below it a quotient loses bits of its own. */
const minNormal = 2.2250738585072014e-308;

/** a × b for whole numbers a and b when the double product is exact (its rounding error is 0). */
function exactProduct(a: number, b: number): number | undefined {
  const p = a * b;
  return Number.isFinite(p) && productError(a, b, p) === 0 ? p : undefined;
}

/**
 * numerator × twoPower / denominator, correctly rounded, when the quotient can be had so:
 * both short decimals whose whole numbers, the powers of ten moved to one side, are exact
 * doubles (a product checked exact by its rounding error, so that trailing binary zeros
 * count: 600 × 10^20 is exact), and the quotient a normal double. One division of two exact
 * doubles is then the correctly rounded quotient (the power of two only moves the exponent).
 * Undefined otherwise, for the caller to divide in decimal.
 *
 * @param twoPower a power of two >= 1 (2^32 for the hashes of a difficulty unit)
 * @example correctlyRoundedQuotient(Exact.of(1.5), Exact.of(3), 1) === 0.5
 */
export function correctlyRoundedQuotient(numerator: Exact, denominator: Exact, twoPower: number): number | undefined {
  const top = numerator.shortDecimal();
  const bottom = denominator.shortDecimal();
  if (top === undefined || bottom === undefined || bottom[0] === 0) return undefined;
  const shift = bottom[1] - top[1];
  if (Math.abs(shift) >= powersOfTen.length) return undefined;
  const topWhole = shift > 0 ? exactProduct(top[0], powersOfTen[shift]) : top[0];
  const bottomWhole = shift < 0 ? exactProduct(bottom[0], powersOfTen[-shift]) : bottom[0];
  if (topWhole === undefined || bottomWhole === undefined) return undefined;
  const quotient = (topWhole * twoPower) / bottomWhole;
  const size = Math.abs(quotient);
  return size >= minNormal && size <= Number.MAX_VALUE ? quotient : undefined;
}
