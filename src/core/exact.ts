/**
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
import { Decimal, quotientToNumber as decimalQuotientToNumber } from './decimal';

const maxSafe = Number.MAX_SAFE_INTEGER;
/** Whole numbers below this have at most 15 digits (see the module comment). */
const fifteenDigits = 1e15;
/** 10^0 to 10^22, each exact in a double (5^22 < 2^53), made by exact multiplications. */
const powersOfTen: number[] = [1];
while (powersOfTen.length <= 22) powersOfTen.push(powersOfTen[powersOfTen.length - 1] * 10);
const maxPower = powersOfTen.length - 1;

export class Exact {
  private static readonly zero = new Exact(true, 0, 0, undefined);
  /** 1, one instance, so that a formula can tell "over 1" from its denominator at no cost. */
  static readonly one = new Exact(true, 1, 0, undefined);

  /** The Decimal of a large value, or of a small one once asked for. */
  private decimal: Decimal | undefined;
  /** The number of a large value, once asked for (a 34-digit conversion costs a few hundred ns). */
  private number: number | undefined;

  private constructor(
    /** Whether the value is m × 10^-k; otherwise it is `decimal`. */
    private readonly small: boolean,
    private readonly m: number,
    private readonly k: number,
    decimal: Decimal | undefined,
  ) {
    this.decimal = decimal;
  }

  /** The decimal a finite double reads as. */
  static of(x: number): Exact {
    if (Number.isSafeInteger(x)) return x === 0 ? Exact.zero : x === 1 ? Exact.one : new Exact(true, x, 0, undefined);
    const size = Math.abs(x);
    for (let k = 1; k <= maxPower && size * powersOfTen[k] < fifteenDigits; k++) {
      const m = Math.round(x * powersOfTen[k]);
      if (m / powersOfTen[k] === x) return new Exact(true, m, k, undefined);
    }
    return new Exact(false, 0, 0, new Decimal(x));
  }

  /** m × 10^-k with the trailing zeros of m moved into k, so that later steps have room below 2^53. */
  private static small(m: number, k: number): Exact {
    if (m === 0) return Exact.zero;
    if (m === 1 && k === 0) return Exact.one;
    let digits = m;
    let power = k;
    while (power > 0 && digits % 10 === 0) {
      digits /= 10;
      power--;
    }
    return new Exact(true, digits, power, undefined);
  }

  private static large(value: Decimal): Exact {
    return new Exact(false, 0, 0, value);
  }

  /** −1, 0 or 1, as the value is negative, zero or positive. */
  sign(): number {
    return this.small ? Math.sign(this.m) : (this.decimal as Decimal).cmp(0);
  }

  isZero(): boolean {
    return this.small ? this.m === 0 : (this.decimal as Decimal).isZero();
  }

  times(other: Exact | number): Exact {
    const y = other instanceof Exact ? other : Exact.of(other);
    if (this.small && y.small) {
      const m = this.m * y.m;
      if (Math.abs(m) <= maxSafe) return Exact.small(m, this.k + y.k);
    } else if ((this.small && this.m === 0) || (y.small && y.m === 0)) {
      return Exact.zero;
    }
    return Exact.large(this.toDecimal().times(y.toDecimal()));
  }

  plus(other: Exact | number): Exact {
    return this.add(other instanceof Exact ? other : Exact.of(other), 1);
  }

  minus(other: Exact | number): Exact {
    return this.add(other instanceof Exact ? other : Exact.of(other), -1);
  }

  /**
   * The value as a Decimal (exact for every small value; 34 digits for a large one). A small
   * value of at most 15 digits is the decimal that m / 10^k reads as (see the module comment),
   * and decimal.js reads a number faster than the text `${m}e-${k}`.
   */
  toDecimal(): Decimal {
    if (this.decimal === undefined) {
      const fromNumber = this.k === 0 || (this.k <= maxPower && Math.abs(this.m) < fifteenDigits);
      this.decimal = new Decimal(fromNumber ? this.m / powersOfTen[this.k] : `${this.m}e-${this.k}`);
    }
    return this.decimal;
  }

  /**
   * The value as a number, rounded once: m / 10^k is one correctly rounded division of two
   * exact doubles; a large value rounds its Decimal (±Infinity or 0 beyond what a double holds,
   * for the caller to refuse).
   *
   * @example Exact.of(100000).times(1.1).toNumber() === 110000
   */
  toNumber(): number {
    if (this.small && this.k <= maxPower) return this.m / powersOfTen[this.k];
    if (this.number === undefined) this.number = this.toDecimal().toNumber();
    return this.number;
  }

  private add(y: Exact, sign: 1 | -1): Exact {
    if (this.small && y.small) {
      const k = Math.max(this.k, y.k);
      if (k - Math.min(this.k, y.k) <= maxPower) {
        const a = this.m * powersOfTen[k - this.k];
        const b = sign * y.m * powersOfTen[k - y.k];
        const m = a + b;
        if (Math.abs(a) <= maxSafe && Math.abs(b) <= maxSafe && Math.abs(m) <= maxSafe) return Exact.small(m, k);
      }
    }
    const x = this.toDecimal();
    return Exact.large(sign === 1 ? x.plus(y.toDecimal()) : x.minus(y.toDecimal()));
  }

  /**
   * numerator / denominator as a number, dividing once: when both are small and the quotient
   * is one of two whole numbers below 2^53 (the powers of ten moved to one side), a single
   * double division, correctly rounded; else quotientToNumber of their Decimals (relative
   * error below 3.4e-16).
   *
   * @throws not_finite when the denominator is zero or the quotient is not a finite number
   */
  static quotientToNumber(numerator: Exact, denominator: Exact, what: string): number {
    const shift = denominator.k - numerator.k;
    if (numerator.small && denominator.small && denominator.m !== 0 && Math.abs(shift) <= maxPower) {
      const top = shift > 0 ? numerator.m * powersOfTen[shift] : numerator.m;
      const bottom = shift < 0 ? denominator.m * powersOfTen[-shift] : denominator.m;
      if (Math.abs(top) <= maxSafe && Math.abs(bottom) <= maxSafe) {
        const quotient = top / bottom;
        return quotient === 0 ? 0 : quotient;
      }
    }
    return decimalQuotientToNumber(numerator.toDecimal(), denominator.toDecimal(), what, numerator.toNumber(), denominator.toNumber());
  }
}
