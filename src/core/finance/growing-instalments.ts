import { Decimal } from '../arithmetic/decimal';

/**
 * Splits a total into `count` instalments that grow by a constant rate from one to the
 * next: instalment k (k = 0 … count − 1) = first × (1 + growth)^k, the first sized so the
 * instalments sum to the total: first = total / Σ (1 + growth)^k.
 *
 * The sum is accumulated term by term, so zero growth needs no special case (each
 * instalment is then total / count) and the instalments sum to the total to 34 digits.
 *
 * Money in decimal, discounting in double-double rounded once (src/core/arithmetic/README.md): the
 * spreadsheet functions discount with double-doubles
 * (annuityFactor, growingInstalmentsFactor) while every amount and factor is of a safe
 * magnitude (isSafeMagnitude); this 34-digit split serves beyond that range, and as the
 * reference of their closed forms in the tests.
 *
 * @param total the amount to split (any sign), as a Decimal
 * @param count number of instalments, a whole number >= 1; the caller validates it
 * @param growthPerPeriod growth from one instalment to the next as a fraction, > −1
 * @returns the instalments in order, as Decimals
 * @example growingInstalments(new Decimal(210), 2, 0.1) → [100, 110]
 */
export function growingInstalments(total: Decimal, count: number, growthPerPeriod: number): Decimal[] {
  const step = new Decimal(1).plus(growthPerPeriod);
  const weights: Decimal[] = new Array(count);
  let weight = new Decimal(1);
  let weightSum = new Decimal(0);
  for (let k = 0; k < count; k++) {
    weights[k] = weight;
    weightSum = weightSum.plus(weight);
    weight = weight.times(step);
  }
  const first = total.div(weightSum);
  return weights.map((w) => first.times(w));
}
