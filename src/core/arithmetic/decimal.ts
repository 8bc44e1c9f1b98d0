/**
 * The core's exact arithmetic: a decimal.js constructor configured once for the whole core.
 * 34 significant digits (IEEE 754 decimal128) keep every intermediate of a money formula
 * exact well past a double's 15–17 digits; the result leaves the core as a JS number.
 */
import DecimalJs from 'decimal.js';
import { notFinite } from '../errors';

export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

/** Converts a decimal result to a finite JS number, or throws not_finite (#NUM!). */
export function toFiniteNumber(value: Decimal, what: string): number {
  const result = value.toNumber();
  if (!Number.isFinite(result)) throw notFinite(`${what} is not a finite number`);
  return Object.is(result, -0) ? 0 : result;
}

/**
 * Divides at the boundary. A core formula keeps its numerator and denominator exact in
 * decimal (products and sums only) and divides once, here, where the result becomes a JS
 * number anyway: a 34-digit decimal division costs about seven decimal products, and the
 * spreadsheet functions must answer hundreds of thousands of times a second. Dividing the
 * two correctly rounded doubles gives the quotient within 1.5 units in the last place
 * (relative error below 3.4e-16), which is the precision of the number Excel receives.
 * When either side does not fit a double (beyond ±1.8e308 or below 1e-300), the exact
 * decimal division is used instead.
 *
 * @throws not_finite when the denominator is zero or the quotient is not a finite number;
 *   callers that owe the user #DIV/0! check their denominator first
 * @example quotientToNumber(new Decimal(1), new Decimal(3), 'x') === 1 / 3
 */
export function quotientToNumber(numerator: Decimal, denominator: Decimal, what: string): number {
  const quotient = dividedInRange(numerator.toNumber(), denominator.toNumber(), numerator.isZero(), what);
  if (quotient !== undefined) return quotient;
  if (denominator.isZero()) throw notFinite(`${what} is not a finite number (division by zero)`);
  return toFiniteNumber(numerator.div(denominator), what);
}

/** Whether a correctly rounded number keeps its digits: 0, or finite and above 1e-300 in size. */
function inRange(x: number): boolean {
  return x === 0 || (Number.isFinite(x) && Math.abs(x) > 1e-300);
}

/**
 * top / bottom, the correctly rounded numbers of an exact numerator and denominator, when
 * both are within a double's range (see quotientToNumber); undefined when one is not (0, from
 * a numerator that is not 0, counts as out of range), for the caller to divide exactly.
 *
 * @throws not_finite when the quotient of two numbers in range overflows
 */
export function dividedInRange(top: number, bottom: number, numeratorIsZero: boolean, what: string): number | undefined {
  if (bottom === 0 || (top === 0 && !numeratorIsZero) || !inRange(top) || !inRange(bottom)) return undefined;
  const result = top / bottom;
  if (!Number.isFinite(result)) throw notFinite(`${what} is not a finite number`);
  return Object.is(result, -0) ? 0 : result;
}
