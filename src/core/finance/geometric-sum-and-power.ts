import { DoubleDouble, ddPlusTo, ddProductTo, ddSumTo } from '../arithmetic/double-double';

/** A geometric sum and the power that comes with it. */
export interface GeometricSumAndPower {
  /** 1 + ratio + ratio² + … + ratio^(count − 1) */
  readonly sum: DoubleDouble;
  /** ratio^count */
  readonly power: DoubleDouble;
}

/**
 * Sum of a geometric series, 1 + ratio + … + ratio^(count − 1), and ratio^count, in
 * double-double (money in decimal, discounting in double-double rounded once: see
 * ../arithmetic/README.md). Built from the binary digits of `count`, as geometricSum builds
 * its 34-digit sum (S(2m) = S(m) × (1 + ratio^m), S(m + 1) = S(m) + ratio^m): about
 * 5 × log2(count) operations of +, −, × alone, so the same in every engine; unlike
 * (1 − ratio^count) / (1 − ratio) it loses no digits for a ratio near 1 and is exactly
 * `count` at 1. With a ratio at most 1 nothing overflows: the sum lies in [1, count].
 *
 * @param ratio the ratio of each term to the one before, > 0
 * @param count number of terms, a whole number >= 0 (0 gives a sum of 0)
 * @returns the sum and ratio^count
 * @example geometricSumAndPower(dd(0.5), 3) → sum 1.75, power 0.125
 */
export function geometricSumAndPower(ratio: DoubleDouble, count: number): GeometricSumAndPower {
  // Three cells updated in place, not an object a step (JavaScriptCore keeps those).
  const sum = { hi: 0, lo: 0 }; // S(m)
  const power = { hi: 1, lo: 0 }; // ratio^m
  const onePlusPower = { hi: 0, lo: 0 };
  let topBit = 1;
  while (topBit * 2 <= count) topBit *= 2;
  for (let bit = count > 0 ? topBit : 0; bit >= 1; bit /= 2) {
    ddProductTo(sum, sum, ddPlusTo(onePlusPower, power, 1));
    ddProductTo(power, power, power);
    if (Math.floor(count / bit) % 2 === 1) {
      ddSumTo(sum, sum, power);
      ddProductTo(power, power, ratio);
    }
  }
  return { sum, power };
}
