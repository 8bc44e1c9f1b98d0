import { dd, DoubleDouble, ddOne, ddQuotient, ddSum } from '../arithmetic/double-double';
import { ddExpm1 } from '../arithmetic/double-double-exponential';
import { growth } from './growth';
import { logGrowth } from './log-growth';

/**
 * Discount factor for one period when a year holds `periodsPerYear` equal periods:
 * v = (1 + annual rate)^(−1 / periodsPerYear), in double-double (money in decimal, discounting
 * in double-double rounded once: see ../arithmetic/README.md). Twelve monthly factors compound
 * to the annual factor 1 / (1 + r): the annual rate is an effective rate (as in Excel's XNPV),
 * not a nominal one divided by 12.
 *
 * A year: 1 / (1 + r), one division. Shorter periods: 1 + (e^(−ln(1 + r) / n) − 1), by
 * logGrowth and ddExpm1 (+, −, ×, ÷ alone), so the same in every engine.
 *
 * @param annualRate effective annual discount rate as a fraction (8% is 0.08), > −1; the
 *   caller validates it
 * @param periodsPerYear periods in a year, a whole number >= 1 (12 for months)
 * @returns the factor by which a flow one period later is multiplied, > 0
 * @example discountFactor(0.1, 1).hi === 1 / 1.1; discountFactor(0.1, 12).hi ≈ 0.992089
 */
export function discountFactor(annualRate: number, periodsPerYear: number): DoubleDouble {
  if (periodsPerYear === 1) return ddQuotient(ddOne, growth(annualRate));
  return ddSum(ddOne, ddExpm1(ddQuotient(logGrowth(annualRate), dd(-periodsPerYear))));
}
