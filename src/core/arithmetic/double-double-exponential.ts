/**
 * The policy these serve is in ./README.md.
 *
 * e^x − 1 and ln(1 + x) in double-double (./double-double.ts), from +, −, × and ÷ alone, so
 * that a discount factor with a fractional exponent, (1 + r)^(−1/12) or (1 + r)^(−4.5), is
 * the same double in every JavaScript engine. Both keep their relative precision for an
 * argument near 0, where e^x − 1 and ln(1 + x) are near 0 too, as Math.expm1 and Math.log1p
 * do; both are accurate to about 2^-100 of their value.
 */
import { portableLog, portableLog1p } from '../random/portable-math';
import { dd, DoubleDouble, ddOne, ddProduct, ddQuotient, ddSum, ddDifference, ddTimes, twoSum } from './double-double';

/** ln 2 to 106 bits. */
const ln2 = twoSum(6.93147180559945286227e-1, 2.319046813846299558e-17);
/** 2^halvings is what the reduced argument is divided by before the series. */
const halvings = 8;
const twoToHalvings = 2 ** halvings;
/** 1 / k! for k = 2 … 11, in double-double (each an exact factorial, divided once). */
const inverseFactorials: DoubleDouble[] = (() => {
  const list: DoubleDouble[] = [];
  let factorial = 1;
  for (let k = 2; k <= 11; k++) {
    factorial *= k; // exact: 11! < 2^53
    list.push(ddQuotient(ddOne, dd(factorial)));
  }
  return list;
})();
/** Past this 2^k × e^r might overflow (k > 1,023); below the other, e^x − 1 is −1 to 106 bits. */
const largestArgument = 709;
const smallestArgument = -80;

/** 2^k for a whole k from −1,074 to 1,023, by squaring: every product is a power of two, so exact. */
function powerOfTwo(k: number): number {
  let result = 1;
  let base = k > 0 ? 2 : 0.5;
  for (let n = Math.abs(k); n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result *= base;
    base *= base;
  }
  return result;
}

/**
 * e^x − 1. x = k × ln 2 + r, |r| <= ln 2 / 2 (k = 0 near 0, so nothing cancels); e^(r/256) − 1
 * by its Taylor series to the 11th power (|r/256| < 0.00136: the rest is below 2^-110 of the
 * sum); doubled back eight times by e^(2a) − 1 = (e^a − 1)(e^a − 1 + 2), which keeps the
 * relative precision; then 2^k × e^r − 1.
 *
 * @param x the exponent, finite (hi at most 709; e^x beyond overflows: the caller checks)
 * @returns e^x − 1 (Infinity in hi past the largest double)
 * @example ddExpm1(dd(0)).hi === 0; ddExpm1(dd(1e-20)).hi === 1e-20
 */
export function ddExpm1(x: DoubleDouble): DoubleDouble {
  if (x.hi === 0) return dd(0);
  if (x.hi > largestArgument) return dd(Infinity);
  if (x.hi < smallestArgument) return dd(-1);
  const { k, m } = reducedExpm1(x);
  return k === 0 ? m : ddDifference(scaled(ddSum(ddOne, m), k), ddOne);
}

/**
 * e^x, to the same relative precision for any x (also where e^x is small and e^x − 1 would
 * keep only its absolute precision).
 *
 * @param x the exponent, finite, hi at most 709 (the caller checks); below −600 e^x nears the
 *   subnormal doubles and keeps fewer digits
 * @returns e^x
 * @example ddExp(dd(0)).hi === 1
 */
export function ddExp(x: DoubleDouble): DoubleDouble {
  const { k, m } = reducedExpm1(x);
  return scaled(ddSum(ddOne, m), k);
}

/** x × 2^k, exact (k from −1,000 to 1,023). */
function scaled(x: DoubleDouble, k: number): DoubleDouble {
  const scale = powerOfTwo(k);
  return { hi: x.hi * scale, lo: x.lo * scale };
}

/** x = k × ln 2 + r: k and e^r − 1 (see ddExpm1). */
function reducedExpm1(x: DoubleDouble): { k: number; m: DoubleDouble } {
  const k = Math.round(x.hi / ln2.hi);
  const r = k === 0 ? x : ddDifference(x, ddTimes(ln2, k));
  const s = ddTimes(r, 1 / twoToHalvings);
  let series = inverseFactorials[inverseFactorials.length - 1];
  for (let i = inverseFactorials.length - 2; i >= 0; i--) series = ddSum(ddProduct(series, s), inverseFactorials[i]);
  // s + s²/2 + s³/6 + … = s × (1 + s × (1/2 + s × (1/6 + …)))
  let m = ddProduct(s, ddSum(ddOne, ddProduct(s, series)));
  for (let i = 0; i < halvings; i++) m = ddProduct(m, ddSum(m, dd(2)));
  return { k, m };
}

/**
 * ln g for g > 0 away from 1 (below 0.5, say, where ln g is at least 0.69 in size): one Newton
 * step on e^y = g from y0 = portableLog(g's hi), y = y0 + g / e^y0 − 1, which squares the
 * seed's error to below 2^-100 of y. Near 1 ddLog1p keeps the relative precision this loses.
 *
 * @param g a double-double > 0, finite (above 1e-250: nearer the subnormal doubles e^y0 keeps
 *   fewer digits)
 * @returns ln g
 * @example ddLog(dd(0.0001)).hi === −9.210340371976182 (ln 0.0001 rounded)
 */
export function ddLog(g: DoubleDouble): DoubleDouble {
  const y0 = portableLog(g.hi);
  return ddSum(dd(y0), ddDifference(ddQuotient(g, ddExp(dd(y0))), ddOne));
}

/**
 * ln(1 + x), x from −0.5 up: one Newton step on e^y − 1 = x from y0 = portableLog1p(hi) (a few units
 * in the last place of a double, from +, −, ×, ÷ alone), y = y0 + (x − (e^y0 − 1)) / e^y0,
 * which squares the seed's relative error to below 2^-100. In the e^y − 1 form nothing
 * cancels for a small x.
 *
 * @param x a double-double >= −0.5 (nearer −1, ddLog of 1 + x keeps more digits), finite
 * @returns ln(1 + x)
 * @example ddLog1p(dd(0)).hi === 0; ddLog1p(dd(Math.E - 1)).hi ≈ 1
 */
export function ddLog1p(x: DoubleDouble): DoubleDouble {
  if (x.hi === 0) return dd(0);
  const y0 = portableLog1p(x.hi);
  const e = ddExpm1(dd(y0));
  return ddSum(dd(y0), ddQuotient(ddDifference(x, e), ddSum(ddOne, e)));
}
