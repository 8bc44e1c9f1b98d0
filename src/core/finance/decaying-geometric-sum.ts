/**
 * Sum of a geometric series whose ratio is at most 1, given by its logarithm:
 * 1 + e^(−d) + e^(−2d) + … + e^(−(count − 1)d), d >= 0, in binary double precision.
 *
 * Money in decimal, discounting in double: discount factors such as (1 + r)^(−1/12) are
 * irrational, so a 34-digit decimal would only round them later; the factors, geometric
 * sums and annuity factors of the finance functions are computed as doubles and combined
 * with the exact decimal cash amounts once, at the end.
 *
 * Closed form (1 − e^(−count·d)) / (1 − e^(−d)) evaluated as expm1(−count·d) / expm1(−d):
 * expm1 keeps its digits for a ratio a hair from 1, where 1 − ratio^count and 1 − ratio
 * cancel, so the sum loses no accuracy as d → 0 (relative error of a few units in the last
 * place for any d and count); at d = 0 it is exactly `count`. Both values lie in [−1, 0), so
 * nothing overflows, and the sum lies in [1, count] (0 for count = 0).
 *
 * Any geometric series is this sum times its largest term: for a ratio e^L,
 * Σ_{j<count} e^(jL) = e^((count − 1)·max(L, 0)) × decayingGeometricSum(|L|, count), which
 * is how the annuity factors below keep a ratio far from 1 from overflowing too early.
 *
 * @param logDecay d, the natural logarithm of 1 / ratio, >= 0 (0 for a ratio of 1)
 * @param count number of terms, a whole number >= 0
 * @returns the sum (1 for count = 1, count for d = 0)
 * @example decayingGeometricSum(Math.log(2), 3) === 1.75 (1 + 1/2 + 1/4)
 */
export function decayingGeometricSum(logDecay: number, count: number): number {
  if (logDecay === 0) return count;
  return Math.expm1(-count * logDecay) / Math.expm1(-logDecay);
}
