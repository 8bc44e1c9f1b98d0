import { dd, DoubleDouble, ddDifference, ddOne, ddPower, ddProduct, ddQuotient, ddSum } from '../arithmetic/double-double';
import { portableExp, portableLog } from '../random/portable-math';
import { growth } from './growth';

/**
 * Discount factor for one period when a year holds `periodsPerYear` equal periods:
 * v = (1 + annual rate)^(−1 / periodsPerYear), in double-double (money in decimal, discounting
 * in double-double rounded once: see ../arithmetic/README.md). Twelve monthly factors compound
 * to the annual factor 1 / (1 + r): the annual rate is an effective rate (as in Excel's XNPV),
 * not a nominal one divided by 12.
 *
 * A year: 1 / (1 + r), one division. Shorter periods: the root of v^n × (1 + r) = 1 by one
 * Newton step in double-double, v ← v + v × (1 − (1 + r) × v^n) / n, from
 * e^(−ln(1 + r) / n) in doubles (portableExp, portableLog: within a few units in the last
 * place), which squares the seed's relative error to below 2^-100. +, −, ×, ÷ alone: the same
 * in every engine.
 *
 * @param annualRate effective annual discount rate as a fraction (8% is 0.08), > −1; the
 *   caller validates it
 * @param periodsPerYear periods in a year, a whole number >= 1 (12 for months)
 * @returns the factor by which a flow one period later is multiplied, > 0
 * @example discountFactor(0.1, 1).hi === 1 / 1.1; discountFactor(0.1, 12).hi ≈ 0.992089
 */
export function discountFactor(annualRate: number, periodsPerYear: number): DoubleDouble {
  const g = growth(annualRate);
  if (periodsPerYear === 1) return ddQuotient(ddOne, g);
  const seed = dd(portableExp(-portableLog(g.hi) / periodsPerYear));
  const shortfall = ddDifference(ddOne, ddProduct(g, ddPower(seed, periodsPerYear)));
  return ddSum(seed, ddQuotient(ddProduct(seed, shortfall), dd(periodsPerYear)));
}
