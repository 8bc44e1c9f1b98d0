import { Decimal } from '../decimal';

/**
 * value × a whole-number factor (12 months, 12,000 kW-months) as an exact Decimal. When the
 * value is a whole number and the product a safe integer (at most 2^53 − 1), the double
 * product is itself exact and becomes the Decimal directly: one decimal construction
 * instead of a construction and a product. Any other value is multiplied in decimal.
 *
 * @param value any finite number (an argument, already validated)
 * @param wholeFactor a whole number (a unit conversion)
 * @returns value × wholeFactor, exact
 * @example decimalTimes(10_000_000, 12).eq(120_000_000); decimalTimes(0.1, 12).eq(1.2)
 */
export function decimalTimes(value: number, wholeFactor: number): Decimal {
  const product = value * wholeFactor;
  if (Number.isInteger(value) && Math.abs(product) <= Number.MAX_SAFE_INTEGER) return new Decimal(product);
  return new Decimal(value).times(wholeFactor);
}
