import { Decimal } from '../arithmetic/decimal';

/**
 * Sum of a geometric series: 1 + ratio + ratio² + … + ratio^(count − 1).
 *
 * Built from the binary digits of `count` (S(2m) = S(m) × (1 + ratio^m),
 * S(m + 1) = S(m) + ratio^m), so it takes about 4 × log2(count) operations and, unlike
 * (1 − ratio^count) / (1 − ratio), loses no digits when the ratio is close to 1 (it is
 * exactly `count` at ratio 1). With a discount factor as ratio it is an annuity factor.
 *
 * Money in decimal, discounting in double-double rounded once (src/core/arithmetic/README.md): the
 * spreadsheet functions discount with double-doubles
 * (annuityFactor, growingInstalmentsFactor) while every amount and factor is of a safe
 * magnitude (isSafeMagnitude); this 34-digit sum serves beyond that range, and as the
 * reference of their closed forms in the tests.
 *
 * @param ratio the ratio of each term to the one before, as a Decimal
 * @param count number of terms, a whole number >= 0 (0 gives 0)
 * @returns the sum, as a Decimal
 * @example geometricSum(new Decimal(2), 10) = 1023
 */
export function geometricSum(ratio: Decimal, count: number): Decimal {
  let sum = new Decimal(0); // S(m)
  let power = new Decimal(1); // ratio^m
  for (const bit of count.toString(2)) {
    sum = sum.times(power.plus(1));
    power = power.times(power);
    if (bit === '1') {
      sum = sum.plus(power);
      power = power.times(ratio);
    }
  }
  return sum;
}
