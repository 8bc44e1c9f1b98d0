import { Decimal } from '../arithmetic/decimal';
import { discountFactor } from './discount-factor';

/** Newton steps from a double's 16 digits: two reach 34 digits, the rest is a guard. */
const maxNewtonSteps = 6;
const tolerance = new Decimal('1e-33');

/**
 * Discount factor for one period when a year holds `periodsPerYear` equal periods:
 * v = (1 + annual rate)^(−1 / periodsPerYear). Twelve monthly factors compound to exactly
 * the annual factor 1 / (1 + r): the annual rate is an effective rate (as in Excel's XNPV),
 * not a nominal one divided by 12.
 *
 * The root is found by Newton's method for v^(−n) = 1 + r, v ← v + v × (1 − (1 + r) × v^n) / n,
 * from discountFactor's double (the same in every engine, so every step is too): a few
 * multiplications instead of decimal.js's general pow (a logarithm and an exponential at 34
 * digits, a thousand times slower).
 *
 * Money in decimal, discounting in double-double rounded once: the spreadsheet functions
 * discount with double-doubles (annuityFactor, growingInstalmentsFactor) while every amount and
 * factor is of a safe magnitude (isSafeMagnitude); this 34-digit factor serves beyond that
 * range, and as the reference of their closed forms in the tests.
 *
 * @param annualRate effective annual discount rate as a fraction (8% is 0.08), > −1; the
 *   caller validates it
 * @param periodsPerYear periods in a year, a whole number >= 1 (12 for months)
 * @returns the factor by which a flow one period later is multiplied, as a Decimal (> 0)
 * @example periodDiscountFactor(0.1, 1) = 1 / 1.1; periodDiscountFactor(0.1, 12) ≈ 0.992089
 */
export function periodDiscountFactor(annualRate: number, periodsPerYear: number): Decimal {
  const growth = new Decimal(1).plus(annualRate);
  if (periodsPerYear === 1) return new Decimal(1).div(growth);
  let factor = new Decimal(discountFactor(annualRate, periodsPerYear).hi);
  for (let step = 0; step < maxNewtonSteps; step++) {
    const residual = new Decimal(1).minus(growth.times(factor.pow(periodsPerYear)));
    const correction = factor.times(residual).div(periodsPerYear);
    factor = factor.plus(correction);
    if (correction.abs().lte(factor.times(tolerance))) break;
  }
  return factor;
}
