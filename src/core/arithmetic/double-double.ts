/**
 * The policy these serve is in ./README.md.
 *
 * Double-double numbers: a value held as the unevaluated sum hi + lo of two doubles, |lo| at
 * most half a unit in the last place of hi, so about 106 bits (32 digits) of precision from
 * double operations alone. Discount and growth factors are made in it: +, −, × and ÷ of
 * doubles are correctly rounded in every JavaScript engine (and JavaScript never fuses a
 * multiply and an add), so the same operations in the same order give the same bits in V8,
 * JavaScriptCore and SpiderMonkey, which Math.pow, Math.exp and Math.log do not. A factor is
 * rounded to a double once, at the end (its hi), within half a unit in the last place of its
 * exact value but for the last of its 106 bits.
 *
 * The algorithms are the double-word ones of Joldes, Muller and Popescu ("Tight and rigorous
 * error bounds for basic building blocks of double-word arithmetic", ACM TOMS 44, 2017):
 * error-free sums (Knuth's TwoSum) and products (Dekker's, with Veltkamp's split), then
 * relative errors below 3 × 2^-106 for a sum and 7 × 2^-106 for a product or quotient. A
 * product beyond about 1e300 keeps a double's precision (the split would overflow), one that
 * overflows is ±Infinity: the caller checks its result is finite.
 */

/** hi + lo, |lo| <= ulp(hi) / 2: hi is the value rounded to a double. */
export interface DoubleDouble {
  readonly hi: number;
  readonly lo: number;
}

/** Veltkamp's splitter for a 53-bit significand: 2^27 + 1. */
const splitter = 134217729;

/*
 * Each operation below makes one object, its result: the error-free steps inside are written
 * out on local numbers (sumError, productError), because JavaScriptCore does not remove the
 * short-lived pairs that V8 does. The operations and their order are those of the algorithms
 * as published, so the bits are the same.
 */

/** The rounding error of s = fl(a + b), any order (Knuth's TwoSum): a + b − s, exactly. */
function sumError(a: number, b: number, s: number): number {
  const bVirtual = s - a;
  return a - (s - bVirtual) + (b - bVirtual);
}

/** a + b with its rounding error, any order (Knuth's TwoSum): exact. */
export function twoSum(a: number, b: number): DoubleDouble {
  const hi = a + b;
  return { hi, lo: sumError(a, b, hi) };
}

/** The high 26 bits of a double (Veltkamp's split): a − it, the low part, is exact too. */
function highHalf(a: number): number {
  const t = splitter * a;
  return t - (t - a);
}

/**
 * The rounding error of p = fl(a × b) (Dekker's product): a × b − p, exactly unless a or b is
 * beyond about 1e300, where the split overflows: then 0, and the product keeps a double's
 * precision.
 */
function productError(a: number, b: number, p: number): number {
  const aHigh = highHalf(a);
  const bHigh = highHalf(b);
  const aLow = a - aHigh;
  const bLow = b - bHigh;
  const error = aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
  return Number.isFinite(error) ? error : 0;
}

/** hi + lo rounded to hi with its error, |hi| >= |lo| or hi = 0 (Dekker's Fast2Sum): exact. */
function renormalised(hi: number, lo: number): DoubleDouble {
  return renormalisedTo({ hi: 0, lo: 0 }, hi, lo);
}

/** renormalised into `out`. */
function renormalisedTo(out: DoubleDoubleCell, hi: number, lo: number): DoubleDoubleCell {
  const s = hi + lo;
  out.lo = lo - (s - hi);
  out.hi = s;
  return out;
}

/** A double as a double-double. */
export function dd(x: number): DoubleDouble {
  return { hi: x, lo: 0 };
}

/** A double-double that a loop updates in place: one object for all of its steps. */
export interface DoubleDoubleCell {
  hi: number;
  lo: number;
}

/** x + y (AccurateDWPlusDW), into `out` (which may be x or y). */
export function ddSumTo(out: DoubleDoubleCell, x: DoubleDouble, y: DoubleDouble): DoubleDoubleCell {
  const sHi = x.hi + y.hi;
  const sLo = sumError(x.hi, y.hi, sHi);
  const tHi = x.lo + y.lo;
  const tLo = sumError(x.lo, y.lo, tHi);
  const vLo = sLo + tHi;
  const vHi = sHi + vLo;
  return renormalisedTo(out, vHi, tLo + (vLo - (vHi - sHi)));
}

/** x + y (AccurateDWPlusDW). */
export function ddSum(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  return ddSumTo({ hi: 0, lo: 0 }, x, y);
}

/** x + a double (DWPlusFP), into `out` (which may be x). */
export function ddPlusTo(out: DoubleDoubleCell, x: DoubleDouble, a: number): DoubleDoubleCell {
  const sHi = x.hi + a;
  return renormalisedTo(out, sHi, sumError(x.hi, a, sHi) + x.lo);
}

/** x + a double (DWPlusFP): cheaper than ddSum. */
export function ddPlus(x: DoubleDouble, a: number): DoubleDouble {
  return ddPlusTo({ hi: 0, lo: 0 }, x, a);
}

/** x − y. */
export function ddDifference(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  return ddSum(x, { hi: -y.hi, lo: -y.lo });
}

/** x × y (DWTimesDW without a fused multiply-add), into `out` (which may be x or y). */
export function ddProductTo(out: DoubleDoubleCell, x: DoubleDouble, y: DoubleDouble): DoubleDoubleCell {
  const p = x.hi * y.hi;
  const error = productError(x.hi, y.hi, p);
  if (!Number.isFinite(p)) {
    // overflowed: ±Infinity, not NaN
    out.hi = p;
    out.lo = error;
    return out;
  }
  return renormalisedTo(out, p, error + (x.hi * y.lo + x.lo * y.hi));
}

/** x × y (DWTimesDW without a fused multiply-add). */
export function ddProduct(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  return ddProductTo({ hi: 0, lo: 0 }, x, y);
}

/** x × a double (DWTimesFP). */
export function ddTimes(x: DoubleDouble, a: number): DoubleDouble {
  const p = x.hi * a;
  const error = productError(x.hi, a, p);
  if (!Number.isFinite(p)) return { hi: p, lo: error };
  return renormalised(p, error + x.lo * a);
}

/** x ÷ y, y ≠ 0 (DWDivDW). */
export function ddQuotient(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const th = x.hi / y.hi;
  const r = ddTimes(y, th);
  const tl = (x.hi - r.hi + (x.lo - r.lo)) / y.hi;
  return renormalised(th, tl);
}

/** x^n for a whole n >= 0, by squaring (x^0 = 1): about 2 × log2(n) products, exact at 1. */
export function ddPower(x: DoubleDouble, n: number): DoubleDouble {
  const result = { hi: 1, lo: 0 };
  const base = { hi: x.hi, lo: x.lo };
  for (let m = n; m > 0; m = Math.floor(m / 2)) {
    if (m % 2 === 1) ddProductTo(result, result, base);
    if (m > 1) ddProductTo(base, base, base);
  }
  return result;
}

/**
 * Σ_{t=0…n−1} values[t] × factor^(t+1), by Horner's rule from the last value,
 * factor × (values[0] + factor × (values[1] + … + factor × values[n−1])): each step ddPlus then
 * ddProduct, the same operations in the same order, written out on local numbers because a
 * loop of a hundred years should not make two hundred objects (JavaScriptCore does not
 * remove them).
 *
 * @example ddDiscountedSum([110, 121], ddQuotient(dd(1), dd(1.1))).hi ≈ 200
 */
export function ddDiscountedSum(values: readonly number[], factor: DoubleDouble): DoubleDouble {
  const fh = factor.hi;
  const fl = factor.lo;
  const fHigh = highHalf(fh);
  const fLow = fh - fHigh;
  let hi = 0;
  let lo = 0;
  for (let t = values.length - 1; t >= 0; t--) {
    // (hi, lo) + values[t], as ddPlus
    const a = values[t];
    const s = hi + a;
    const aVirtual = s - hi;
    const e = hi - (s - aVirtual) + (a - aVirtual) + lo;
    hi = s + e;
    lo = e - (hi - s);
    // (hi, lo) × factor, as ddProduct
    const p = hi * fh;
    if (!Number.isFinite(p)) return { hi: p, lo: 0 };
    const hHigh = highHalf(hi);
    const hLow = hi - hHigh;
    const pError = hHigh * fHigh - p + hHigh * fLow + hLow * fHigh + hLow * fLow;
    const q = (Number.isFinite(pError) ? pError : 0) + (hi * fl + lo * fh);
    hi = p + q;
    lo = q - (hi - p);
  }
  return { hi, lo };
}

/** −1, 0 or 1 as x < y, x = y or x > y. */
export function ddCompare(x: DoubleDouble, y: DoubleDouble): number {
  if (x.hi !== y.hi) return x.hi < y.hi ? -1 : 1;
  return x.lo === y.lo ? 0 : x.lo < y.lo ? -1 : 1;
}

export const ddOne = dd(1);
