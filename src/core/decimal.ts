/**
 * The core's exact arithmetic: a decimal.js constructor configured once for the whole core.
 * 34 significant digits (IEEE 754 decimal128) keep every intermediate of a money formula
 * exact well past a double's 15–17 digits; the result leaves the core as a JS number.
 */
import DecimalJs from 'decimal.js';
import { notFinite } from './errors';

export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

/** Converts a decimal result to a finite JS number, or throws not_finite (#NUM!). */
export function toFiniteNumber(value: Decimal, what: string): number {
  const result = value.toNumber();
  if (!Number.isFinite(result)) throw notFinite(`${what} is not a finite number`);
  return Object.is(result, -0) ? 0 : result;
}
