import { Decimal } from '../arithmetic/decimal';

/**
 * Present value of a series of flows at equally spaced points in time: flow k at the end of
 * period k, flow 0 at time zero (undiscounted): Σ flow_k × factor^k.
 *
 * Evaluated backwards (Horner's rule): one multiplication and one addition a period, with
 * the discount factor computed once by the caller (see periodDiscountFactor).
 *
 * Money in decimal, discounting in double-double rounded once (src/core/arithmetic/README.md): the
 * spreadsheet functions discount with double-doubles
 * (annuityFactor, growingInstalmentsFactor) while every amount and factor is of a safe
 * magnitude (isSafeMagnitude); this 34-digit present value serves beyond that range, and
 * as the reference of their closed forms in the tests.
 *
 * @param flows the flows, index 0 = time zero, index k = end of period k (any sign)
 * @param factorPerPeriod discount factor for one period, > 0
 * @returns the present value at time zero, in the flows' unit, as a Decimal
 * @example presentValue([−100, 110], 1 / 1.1) = 0
 */
export function presentValue(flows: readonly Decimal[], factorPerPeriod: Decimal): Decimal {
  let value = new Decimal(0);
  for (let k = flows.length - 1; k >= 0; k--) value = value.times(factorPerPeriod).plus(flows[k]);
  return value;
}
