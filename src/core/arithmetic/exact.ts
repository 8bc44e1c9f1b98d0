/**
 * The policy these serve is in ./README.md.
 *
 * Exact decimal values for the core formulas, fast while they are small.
 *
 * An input double stands for the decimal it reads as (0.045, not the binary fraction nearest to
 * it), as it does for decimal.js. Most inputs are short decimals (17.5 J/TH, 0.045 USD/kWh,
 * 1,048.5 EH/s, a 2% fee), and so are the products and sums a formula makes of them. Such a
 * value is held as a whole number m and a power of ten k, value = m × 10^-k, with |m| at most
 * 2^53 − 1 so that m is exact in a double: products multiply the m's and add the k's, sums
 * align the k's, and every step is exact (each checks that its whole number stays below 2^53;
 * a double product or sum of whole numbers below that bound is exact). A quotient of two such
 * values becomes one whole number over another and one double division: the correctly rounded
 * quotient. A value that does not fit (a full 17-digit double, a product past 2^53) is held as
 * a 34-digit Decimal instead, and so is everything computed from it; such a quotient is
 * divided by quotientToNumber. Either way the formula is one exact numerator over one exact
 * denominator divided once, at the boundary; the scaled whole numbers only avoid decimal.js's
 * cost (parsing a number into a Decimal costs about 300 ns, a double operation about 1 ns).
 *
 * Why the decimal of a double is found exactly: if m / 10^k (m and 10^k exact doubles, one
 * correctly rounded division) equals the double x, the decimal m × 10^-k reads back as x. With
 * |m| < 10^15 it has at most 15 significant digits, and two different decimals of at most 15
 * digits lie further apart (at least 10^-15 of their size) than the interval of reals that
 * round to one double is wide (at most 2^-52, 2.2 × 10^-16, of its size), so m × 10^-k is the
 * only such decimal that reads as x: the shortest, which JavaScript prints for x and
 * decimal.js reads.
 */
import { Decimal, dividedInRange, quotientToNumber as decimalQuotientToNumber } from './decimal';

const maxSafe = Number.MAX_SAFE_INTEGER;
/** Whole numbers below this have at most 15 digits (see the module comment). */
const fifteenDigits = 1e15;
/** 10^0 to 10^22, each exact in a double (5^22 < 2^53), made by exact multiplications. */
export const powersOfTen: number[] = [1];
while (powersOfTen.length <= 22) powersOfTen.push(powersOfTen[powersOfTen.length - 1] * 10);
const maxPower = powersOfTen.length - 1;
/** The base of a wide value's low part: h × 10^8 + l. */
const lowBase = 1e8;

/** Veltkamp's splitter for a 53-bit significand: 2^27 + 1. */
const splitter = 134217729;

/**
 * The rounding error of the product p = fl(a × b): a × b − p, exactly (Dekker's product; a
 * double holds it whenever nothing overflows, and JavaScript has no fused multiply-add).
 */
export function productError(a: number, b: number, p: number): number {
  let t = splitter * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = splitter * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** 2^-64: the half-width, relative to the value, of the band in which wideToNumber makes sure. */
const wideBand = 2 ** -64;

/**
 * (m × 10^8 + lo) × 10^-k, |m| < 2^53, |lo| < 10^8 of the sign of m, |m × 10^8 + lo| above
 * 2^52 (a wide value), as the correctly rounded number; undefined when k > 22 or in the rare
 * case (about one in 2,000) that this cannot tell, for the caller to read the digits instead.
 *
 * The whole number W is held exactly as two doubles: high = fl(m × 10^8) and rest = the
 * product's rounding error + lo (whole numbers below 2^28, so their sum is exact). W / 10^k is
 * then q1 + q2: q1 = fl(high / 10^k), and q2 the remainder (high − q1 × 10^k, exact by Dekker's
 * product and Sterbenz's lemma, + rest) over 10^k; the two roundings left cost less than
 * 2^-74 of the value. Rounding is monotonic, so when q1 + q2 ± 2^-64 of it (both beyond that
 * error) round to the same double, the exact value rounds to it too.
 */
function wideToNumber(m: number, lo: number, k: number): number | undefined {
  if (k > maxPower) return undefined;
  const high = m * lowBase;
  const rest = productError(m, lowBase, high) + lo;
  const power = powersOfTen[k];
  const q1 = high / power;
  const t = q1 * power;
  const q2 = (high - t - productError(q1, power, t) + rest) / power;
  const band = Math.abs(q1) * wideBand;
  const below = q1 + (q2 - band);
  return below === q1 + (q2 + band) ? below : undefined;
}

/** A whole number below 2^53 as h × 10^8 + l: h (exact: the remainder is taken first). */
function highOf(whole: number): number {
  return (whole - lowOf(whole)) / lowBase;
}

/**
 * A whole number below 2^53 as h × 10^8 + l: l, of the sign of the number (whole % 10^8, by a
 * division: % of numbers past 2^31 is a call into the runtime, several times a division).
 * whole / 10^8 is rounded, so its whole part may be one too far; the rest then is out by
 * 10^8, and moved back. Every step is exact: the multiple of 10^8 is a multiple of 2^8 below
 * 2^54, and the rest is below 2^28.
 */
function lowOf(whole: number): number {
  const rest = whole - Math.trunc(whole / lowBase) * lowBase;
  if (whole >= 0) return rest < 0 ? rest + lowBase : rest >= lowBase ? rest - lowBase : rest;
  return rest > 0 ? rest - lowBase : rest <= -lowBase ? rest + lowBase : rest;
}

/**
 * The most recent conversions of doubles to Exact values, in a table of 1,024 slots chosen by a
 * hash of the double's bits. A sensitivity grid calls a function once per cell with the same
 * row and column values over and over, and reading a full 17-digit double (its printed digits)
 * costs about ten products. An Exact never changes, so a remembered one serves any caller;
 * the table only saves time, never changes a result.
 */
const recentSize = 1024;
/** 0 marks an empty slot: 0 is a safe whole number and never looked up. */
const recentInputs = new Float64Array(recentSize);
const recentValues: (Exact | undefined)[] = new Array(recentSize).fill(undefined);
const bitsOfDouble = new Float64Array(1);
const wordsOfDouble = new Uint32Array(bitsOfDouble.buffer);

/** The table slot of a double: its two 32-bit words mixed by a multiplicative hash, top 10 bits. */
function recentSlot(x: number): number {
  bitsOfDouble[0] = x;
  return Math.imul(wordsOfDouble[0] ^ wordsOfDouble[1], 0x9e3779b1) >>> 22;
}

const enum Kind {
  /** m × 10^-k, |m| < 2^53 */
  Small,
  /** (m × 10^8 + lo) × 10^-k, |m| < 2^53, |lo| < 10^8, lo of the sign of m */
  Wide,
  /** `decimal` */
  Large,
}

export class Exact {
  private static readonly zero = new Exact(Kind.Small, 0, 0, 0, undefined);
  /** 1, one instance, so that a formula can tell "over 1" from its denominator at no cost. */
  static readonly one = new Exact(Kind.Small, 1, 0, 0, undefined);

  /** The Decimal of a large value, or of another once asked for. */
  private decimal: Decimal | undefined;
  /** The number of a wide or large value, once asked for (a conversion costs a few hundred ns). */
  private number: number | undefined;

  private constructor(
    private readonly kind: Kind,
    private readonly m: number,
    /** The low part of a wide value. */
    private readonly lo: number,
    private readonly k: number,
    decimal: Decimal | undefined,
  ) {
    this.decimal = decimal;
    // Set here, not first in toNumber, so that every Exact has one shape: a field added later
    // gives the values that were converted a second shape (and a property store outside the
    // object), and makes every read of an Exact's fields check for both.
    this.number = undefined;
  }

  /**
   * The decimal a finite double reads as. Whole numbers are immediate; other values are looked
   * up among the recent conversions first (readOf).
   */
  static of(x: number): Exact {
    if (Number.isSafeInteger(x)) return x === 0 ? Exact.zero : x === 1 ? Exact.one : new Exact(Kind.Small, x, 0, 0, undefined);
    const slot = recentSlot(x);
    if (recentInputs[slot] === x) return recentValues[slot] as Exact;
    const value = Exact.read(x);
    recentInputs[slot] = x;
    recentValues[slot] = value;
    return value;
  }

  /** The decimal a double that is not a safe whole number reads as: the shortest m × 10^-k, else its printed digits. */
  private static read(x: number): Exact {
    const size = Math.abs(x);
    for (let k = 1; k <= maxPower && size * powersOfTen[k] < fifteenDigits; k++) {
      const m = Math.round(x * powersOfTen[k]);
      if (m / powersOfTen[k] === x) return new Exact(Kind.Small, m, 0, k, undefined);
    }
    return Exact.ofPrinted(x) ?? new Exact(Kind.Large, 0, 0, 0, new Decimal(x));
  }

  /**
   * The decimal a double of 16 or 17 digits reads as, from the digits JavaScript prints for it
   * (the shortest that read back as it, as decimal.js reads it), as a wide value when the
   * digits and the power of ten fit one.
   */
  private static ofPrinted(x: number): Exact | undefined {
    // "-2.6000000000000002e-2": sign, one digit, the fraction's digits, the power of ten.
    const printed = x.toExponential();
    const at = printed.indexOf('e');
    const negative = printed.charCodeAt(0) === 45; // '-'
    const lead = negative ? 1 : 0;
    const fraction = at > lead + 2 ? printed.slice(lead + 2, at) : '';
    const k = fraction.length - Number(printed.slice(at + 1));
    if (k < 0 || k > maxPower) return undefined;
    const digits = printed[lead] + fraction;
    const sign = negative ? -1 : 1;
    const high = digits.length > 8 ? Number(digits.slice(0, -8)) : 0;
    return Exact.wide(sign * high, sign * Number(digits.slice(-8)), k);
  }

  /** m × 10^-k with the trailing zeros of m moved into k, so that later steps have room below 2^53. */
  private static small(m: number, k: number): Exact {
    if (m === 0) return Exact.zero;
    if (k === 0) return m === 1 ? Exact.one : new Exact(Kind.Small, m, 0, 0, undefined);
    let digits = m;
    let power = k;
    // digits / 10 is a whole number exactly when 10 divides digits: below 2^53 a remainder of
    // at least 0.1 is more than half a unit in the last place of the quotient (and a division
    // costs less than %).
    while (power > 0 && Number.isInteger(digits / 10)) {
      digits /= 10;
      power--;
    }
    return new Exact(Kind.Small, digits, 0, power, undefined);
  }

  /**
   * (high × 10^8 + low) × 10^-k, both whole numbers below 2^53 of any sign, carried so that
   * |low| < 10^8 with the sign of high (every step exact: % and the division of a multiple of
   * 10^8 are); small when the whole fits one number; undefined when high passes 2^53.
   */
  private static wide(high: number, low: number, k: number): Exact | undefined {
    const rest = lowOf(low);
    let m = high + (low - rest) / lowBase;
    let lo = rest;
    if (m > 0 && lo < 0) {
      m -= 1;
      lo += lowBase;
    } else if (m < 0 && lo > 0) {
      m += 1;
      lo -= lowBase;
    }
    if (Math.abs(m) > maxSafe) return undefined;
    const whole = m * lowBase + lo;
    if (Math.abs(m) < maxSafe / lowBase && Math.abs(whole) <= maxSafe) return Exact.small(whole, k);
    return new Exact(Kind.Wide, m, lo, k, undefined);
  }

  private static large(value: Decimal): Exact {
    return new Exact(Kind.Large, 0, 0, 0, value);
  }

  /** −1, 0 or 1, as the value is negative, zero or positive. */
  sign(): number {
    return this.kind === Kind.Large ? (this.decimal as Decimal).cmp(0) : Math.sign(this.m || this.lo);
  }

  isZero(): boolean {
    return this.sign() === 0;
  }

  /** A short decimal m × 10^-k as [m, k], m a whole number below 2^53; undefined for other values. */
  shortDecimal(): [m: number, k: number] | undefined {
    return this.kind === Kind.Small ? [this.m, this.k] : undefined;
  }

  times(other: Exact | number): Exact {
    const y = other instanceof Exact ? other : Exact.of(other);
    // The usual case, kept small enough for the compiler to inline: two short decimals.
    if (this.kind === Kind.Small && y.kind === Kind.Small) {
      const m = this.m * y.m;
      if (Math.abs(m) <= maxSafe) return Exact.small(m, this.k + y.k);
    }
    return this.timesBeyondSmall(y);
  }

  private timesBeyondSmall(y: Exact): Exact {
    const product = this.wideTimes(y);
    if (product) return product;
    // (A wide value is never 0: it is past 2^52.)
    if ((this.kind !== Kind.Wide && this.isZero()) || (y.kind !== Kind.Wide && y.isZero())) return Exact.zero;
    return Exact.large(this.toDecimal().times(y.toDecimal()));
  }

  /**
   * The product of two values that are small or wide, not both wide, as a wide product when it
   * fits one (0 included: a factor of 0 makes every part 0); undefined otherwise. A short
   * decimal times a wide one, the usual case in a grid of 17-digit inputs, goes straight to
   * wideProduct: no second dispatch with the operands swapped, no test for 0 first.
   */
  private wideTimes(y: Exact): Exact | undefined {
    const k = this.k + y.k;
    if (this.kind === Kind.Wide) return y.kind === Kind.Small ? Exact.wideProduct(this.m, this.lo, y.m, k) : undefined;
    if (this.kind !== Kind.Small) return undefined;
    if (y.kind === Kind.Wide) return Exact.wideProduct(y.m, y.lo, this.m, k);
    if (y.kind !== Kind.Small) return undefined;
    // Two short decimals whose product passes 2^53: the larger is split in two, the smaller
    // multiplies both parts.
    const thisLarger = Math.abs(this.m) >= Math.abs(y.m);
    const split = thisLarger ? this.m : y.m;
    return Exact.wideProduct(highOf(split), lowOf(split), thisLarger ? y.m : this.m, k);
  }

  /**
   * (high × 10^8 + low) × factor × 10^-k, |low| < 10^8, when both parts' products stay below
   * 2^53: one carry from the low part makes the result. Undefined otherwise (a Decimal product).
   */
  private static wideProduct(high: number, low: number, factor: number, k: number): Exact | undefined {
    if (k > maxPower) return undefined;
    const highProduct = high * factor;
    const lowProduct = low * factor;
    return Math.abs(highProduct) <= maxSafe && Math.abs(lowProduct) <= maxSafe ? Exact.wide(highProduct, lowProduct, k) : undefined;
  }

  plus(other: Exact | number): Exact {
    return this.add(other instanceof Exact ? other : Exact.of(other), 1);
  }

  minus(other: Exact | number): Exact {
    return this.add(other instanceof Exact ? other : Exact.of(other), -1);
  }

  /**
   * The value as a Decimal (exact for every small and wide value; 34 digits for a large one).
   * A small value of at most 15 digits is the decimal that m / 10^k reads as (see the module
   * comment), and decimal.js reads a number faster than the text `${m}e-${k}`.
   */
  toDecimal(): Decimal {
    if (this.decimal === undefined) {
      if (this.kind === Kind.Wide) this.decimal = new Decimal(`${this.wideDigits()}e-${this.k}`);
      else {
        const fromNumber = this.k === 0 || (this.k <= maxPower && Math.abs(this.m) < fifteenDigits);
        this.decimal = new Decimal(fromNumber ? this.m / powersOfTen[this.k] : `${this.m}e-${this.k}`);
      }
    }
    return this.decimal;
  }

  /** h of a small or wide value as h × 10^8 + l. */
  private highPart(): number {
    return this.kind === Kind.Wide ? this.m : highOf(this.m);
  }

  /** l of a small or wide value as h × 10^8 + l. */
  private lowPart(): number {
    return this.kind === Kind.Wide ? this.lo : lowOf(this.m);
  }

  /** The whole number h × 10^8 + l of a wide value, as text: "-123" and "00000045" make "-12300000045". */
  private wideDigits(): string {
    const low = String(Math.abs(this.lo));
    return `${this.m}${'00000000'.slice(low.length)}${low}`;
  }

  /**
   * The value as a number, rounded once: m / 10^k is one correctly rounded division of two
   * exact doubles; a wide value is read from its digits, correctly rounded too; a large value
   * rounds its Decimal (±Infinity or 0 beyond what a double holds, for the caller to refuse).
   *
   * @example Exact.of(100000).times(1.1).toNumber() === 110000
   */
  toNumber(): number {
    if (this.kind === Kind.Small && this.k <= maxPower) return this.m / powersOfTen[this.k];
    if (this.number === undefined) {
      this.number =
        this.kind === Kind.Wide
          ? wideToNumber(this.m, this.lo, this.k) ?? Number(`${this.wideDigits()}e-${this.k}`)
          : this.toDecimal().toNumber();
    }
    return this.number;
  }

  private add(y: Exact, sign: 1 | -1): Exact {
    // The usual case, kept small enough for the compiler to inline: two short decimals.
    if (this.kind === Kind.Small && y.kind === Kind.Small) {
      const k = Math.max(this.k, y.k);
      if (k - Math.min(this.k, y.k) <= maxPower) {
        const a = this.m * powersOfTen[k - this.k];
        const b = sign * y.m * powersOfTen[k - y.k];
        const m = a + b;
        if (Math.abs(a) <= maxSafe && Math.abs(b) <= maxSafe && Math.abs(m) <= maxSafe) return Exact.small(m, k);
      }
    }
    return this.addBeyondSmall(y, sign);
  }

  private addBeyondSmall(y: Exact, sign: 1 | -1): Exact {
    if (this.kind !== Kind.Large && y.kind !== Kind.Large) {
      const k = Math.max(this.k, y.k);
      const a = this.scaledTo(k);
      const b = y.scaledTo(k);
      if (a && b) {
        const sum = Exact.wide(a.m + sign * b.m, a.lo + sign * b.lo, k);
        if (sum) return sum;
      }
    }
    const x = this.toDecimal();
    return Exact.large(sign === 1 ? x.plus(y.toDecimal()) : x.minus(y.toDecimal()));
  }

  /**
   * The same value over 10^k (k >= this.k) as a wide pair, when it fits one: times 10^(shift
   * mod 8), then a move of whole 10^8s from the low part to the high one.
   */
  private scaledTo(k: number): { m: number; lo: number } | undefined {
    const shift = k - this.k;
    if (shift > maxPower) return undefined;
    const partShift = shift % 8;
    const scaled = partShift === 0 ? this : Exact.wideProduct(this.highPart(), this.lowPart(), powersOfTen[partShift], 0);
    if (scaled === undefined) return undefined;
    let m = scaled.highPart();
    let lo = scaled.lowPart();
    for (let moves = (shift - partShift) / 8; moves > 0; moves--) {
      if (Math.abs(m) > maxSafe / lowBase) return undefined;
      m = m * lowBase + lo;
      lo = 0;
    }
    return { m, lo };
  }

  /**
   * numerator / denominator as a number, dividing once: when both are small and the quotient
   * is one of two whole numbers below 2^53 (the powers of ten moved to one side), a single
   * double division, correctly rounded; else the two as correctly rounded numbers divided
   * (relative error below 3.4e-16; quotientToNumber of their Decimals past a double's range).
   *
   * @throws not_finite when the denominator is zero or the quotient is not a finite number
   */
  static quotientToNumber(numerator: Exact, denominator: Exact, what: string): number {
    const shift = denominator.k - numerator.k;
    if (numerator.kind === Kind.Small && denominator.kind === Kind.Small && denominator.m !== 0 && Math.abs(shift) <= maxPower) {
      const top = shift > 0 ? numerator.m * powersOfTen[shift] : numerator.m;
      const bottom = shift < 0 ? denominator.m * powersOfTen[-shift] : denominator.m;
      if (Math.abs(top) <= maxSafe && Math.abs(bottom) <= maxSafe) {
        const quotient = top / bottom;
        return quotient === 0 ? 0 : quotient;
      }
    }
    return Exact.roundedQuotient(numerator, denominator, what);
  }

  /**
   * quotientToNumber beyond two short decimals: the two rounded to numbers and divided, or their
   * Decimals divided past a double's range. A method of its own so that quotientToNumber stays
   * small: the compiler inlines a formula's calls up to a total size, and a large quotient
   * leaves less room for the formula's other calls (the look-ups of its inputs' Exact values).
   */
  private static roundedQuotient(numerator: Exact, denominator: Exact, what: string): number {
    const quotient = dividedInRange(numerator.toNumber(), denominator.toNumber(), numerator.isZero(), what);
    return quotient ?? decimalQuotientToNumber(numerator.toDecimal(), denominator.toDecimal(), what);
  }
}
