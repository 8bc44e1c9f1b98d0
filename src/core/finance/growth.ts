import { Decimal } from '../arithmetic/decimal';
import { dd, DoubleDouble, ddQuotient, twoSum } from '../arithmetic/double-double';

/** Below this rate a rate that is not a short decimal makes 1 + rate in decimal: its binary value is too far from the typed one. */
const decimalBelowRate = -0.5;
const one = new Decimal(1);
/** Digits of a double's exact binary value read into a Decimal (more than its 34-digit precision). */
const exactDigits = 40;
/** 10^0 … 10^15, exact doubles. */
const powersOfTen = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));
/** A whole number below this has at most 15 digits, so m × 10^-k is the only such decimal that reads as its double. */
const fifteenDigits = 1e15;

/**
 * The short decimal a rate reads as, m × 10^-k with |m| < 10^15 and k <= 15 (the digits
 * JavaScript prints for it), or undefined for a full 16- or 17-digit double. If m / 10^k (one
 * correctly rounded division) is the double, m × 10^-k reads back as it, and two decimals of at
 * most 15 digits lie further apart than the doubles that round to one value: it is the one.
 */
function shortDecimal(rate: number): { m: number; k: number } | undefined {
  for (let k = 0; k < powersOfTen.length; k++) {
    const m = Math.round(rate * powersOfTen[k]);
    if (Math.abs(m) >= fifteenDigits) return undefined;
    if (m / powersOfTen[k] === rate) return { m, k };
  }
  return undefined;
}

/**
 * 1 + rate, the growth of one period, of the rate as typed, in double-double (see
 * ../arithmetic/double-double.ts): the base of every discount and growth factor (money in
 * decimal, discounting in double-double rounded once: see ../arithmetic/README.md).
 *
 * A spreadsheet user types 0.045 and means the decimal 0.045, not the binary fraction nearest
 * to it; near −100% that matters: −0.9999 is stored as −0.99990000000000001, which puts
 * 1 + rate 1.1e-13 away from 0.0001 (relative), and a factor (1 + rate)^(−100) would raise that
 * to 1.1e-11. A short decimal m × 10^-k gives (10^k + m) / 10^k, two whole numbers below 2^53
 * divided in double-double; a full-precision double (the result of arithmetic, 0.02 + 6 × 0.001)
 * gives 1 + its binary value exactly from −50% up, and 1 + its printed digits in decimal below.
 *
 * @param rate growth or discount rate of one period as a fraction, > −1; the caller validates it
 * @returns 1 + rate, > 0
 * @example growth(0.1) is 1.1 to 32 digits (hi 1.1); growth(-0.9999).hi === 0.0001
 */
export function growth(rate: number): DoubleDouble {
  const typed = shortDecimal(rate);
  if (typed) return ddQuotient(dd(powersOfTen[typed.k] + typed.m), dd(powersOfTen[typed.k]));
  if (rate >= decimalBelowRate) return twoSum(1, rate);
  const exact = one.plus(rate);
  const hi = exact.toNumber();
  return twoSum(hi, exact.minus(hi.toPrecision(exactDigits)).toNumber());
}

/**
 * The rate growth(rate) is 1 + of, in double-double: m / 10^k for a short decimal, else its
 * double (from −50% up) or growth(rate) − 1.
 *
 * @example rateOf(0.1) is 0.1 to 32 digits (hi 0.1)
 */
export function rateOf(rate: number): DoubleDouble {
  const typed = shortDecimal(rate);
  if (typed) return ddQuotient(dd(typed.m), dd(powersOfTen[typed.k]));
  if (rate >= decimalBelowRate) return dd(rate);
  const g = growth(rate);
  const s = twoSum(g.hi, -1);
  return twoSum(s.hi, s.lo + g.lo);
}
