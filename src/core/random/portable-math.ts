/**
 * The natural logarithm and exponential from IEEE 754 +, −, ×, ÷ alone, so that a result is
 * the same double in every JavaScript engine. Math.log and Math.exp are only approximated by
 * the language standard and differ in the last place between engines and versions; a seeded
 * simulation (HASHPRICE_FAN) that must give the same table on every machine uses these.
 * Basic operations are correctly rounded everywhere, so the same operations in the same
 * order give the same double. Accuracy: within a few units in the last place.
 */

/** ln 2 split so that k × ln2Hi is exact for |k| < 2^11 (fdlibm's constants). */
const ln2Hi = 6.93147180369123816490e-1;
const ln2Lo = 1.90821492927058770002e-10;
const sqrtHalf = 0.70710678118654752440;
const sqrtTwo = 1.41421356237309504880;
const twoTo64 = 18446744073709551616;
const twoToMinus64 = 1 / twoTo64;

/** 1 / (2k + 1) for the series of atanh: ln m = 2 (f + f³/3 + f⁵/5 + …), f = (m − 1) / (m + 1). */
const atanhCoefficients = Array.from({ length: 12 }, (_, k) => 1 / (2 * k + 1));
/** 1 / k! for k = 0 … 17, each one correctly rounded division of the exact factorial. */
const expCoefficients = (() => {
  const coefficients: number[] = [];
  let factorial = 1;
  for (let k = 0; k <= 17; k++) {
    if (k > 0) factorial *= k; // exact: 17! < 2^53
    coefficients.push(1 / factorial);
  }
  return coefficients;
})();

/**
 * ln x for a finite x > 0. x = m × 2^e with m in [√½, √2) (scaling by powers of two is
 * exact), then ln m by the atanh series in f = (m − 1)/(m + 1), |f| <= 0.1716 (f² <= 0.0295,
 * twelve terms reach 1e-19), and ln x = e × ln 2 + ln m.
 *
 * @param x a finite number > 0; the caller ensures it
 * @returns ln x
 * @example portableLog(1) === 0; portableLog(Math.E) ≈ 1
 */
export function portableLog(x: number): number {
  let m = x;
  let e = 0;
  while (m < twoToMinus64) {
    m *= twoTo64;
    e -= 64;
  }
  while (m >= twoTo64) {
    m *= twoToMinus64;
    e += 64;
  }
  while (m < sqrtHalf) {
    m *= 2;
    e--;
  }
  while (m >= sqrtTwo) {
    m *= 0.5;
    e++;
  }
  const f = (m - 1) / (m + 1);
  const f2 = f * f;
  let series = atanhCoefficients[atanhCoefficients.length - 1];
  for (let k = atanhCoefficients.length - 2; k >= 0; k--) series = series * f2 + atanhCoefficients[k];
  const lnM = 2 * f * series;
  return e * ln2Hi + (e * ln2Lo + lnM);
}

/**
 * ln(1 + x) for x > −1, accurate for small x: with u = 1 + x rounded, ln u × x / (u − 1)
 * (Goldberg's correction, exact where u − 1 = x), and x itself when u rounds to 1.
 *
 * @example portableLog1p(0) === 0; portableLog1p(1e-20) === 1e-20
 */
export function portableLog1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  return (portableLog(u) * x) / (u - 1);
}

/**
 * e^x. x = k × ln 2 + r with k = round(x / ln 2) and |r| <= 0.35 (r formed with the split
 * ln 2, so without cancellation), e^r by its Taylor series to r^17/17! (below 1e-22), then
 * × 2^k, a power of two made exactly; below the normal doubles in two steps, so a subnormal
 * result is rounded once. The caller checks for an infinite result.
 *
 * @param x a finite number
 * @returns e^x (Infinity past the largest double, 0 below the smallest)
 * @example portableExp(0) === 1; portableExp(1) ≈ Math.E
 */
export function portableExp(x: number): number {
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const k = Math.round(x / (ln2Hi + ln2Lo));
  const r = x - k * ln2Hi - k * ln2Lo;
  let series = expCoefficients[expCoefficients.length - 1];
  for (let i = expCoefficients.length - 2; i >= 0; i--) series = series * r + expCoefficients[i];
  if (k > 1023) return series * 2 * powerOfTwo(k - 1);
  if (k < -1021) return series * powerOfTwo(k + 64) * powerOfTwo(-64);
  return series * powerOfTwo(k);
}

/** 2^k for −1022 <= k <= 1023, by squaring: every product is a power of two, so exact. */
function powerOfTwo(k: number): number {
  let result = 1;
  let base = k > 0 ? 2 : 0.5;
  for (let n = Math.abs(k); n > 0; n >>= 1) {
    if (n & 1) result *= base;
    base *= base;
  }
  return result;
}
