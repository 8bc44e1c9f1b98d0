import fc from 'fast-check';
import { Decimal } from './decimal';
import { Exact } from './exact';

/** The reference: decimal.js at 80 digits, where every product and quotient below is exact or far finer than a double. */
const Precise = Decimal.clone({ precision: 80 });
const precise = (x: number) => new Precise(x);

/** Short decimals like the functions' inputs: a whole number of up to `digits` digits over 10^0 to 10^places. */
function decimals(digits: number, places: number) {
  return fc.tuple(fc.integer({ min: -(10 ** digits) + 1, max: 10 ** digits - 1 }), fc.integer({ min: 0, max: places })).map(([m, k]) => m / 10 ** k);
}
const shortDecimal = decimals(12, 12);
/** Any finite double, from subnormals to the largest. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const anyValue = fc.oneof(shortDecimal, anyDouble);

describe('Exact', () => {
  it('reads a double as the decimal decimal.js reads it as, short or not', () => {
    fc.assert(
      fc.property(anyValue, (x) => {
        expect(Exact.of(x).toDecimal().eq(new Decimal(x))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const x of [0, -0, 0.1, 0.045, 17.5, 1 / 3, 0.1 + 0.2, 2 ** 53 - 1, 2 ** 53, 1e21, 5e-324, 1e-300, -1.7976931348623157e308]) {
      expect(Exact.of(x).toDecimal().eq(new Decimal(x))).toBe(true);
    }
  });

  it('multiplies, adds and subtracts exactly (short decimals stay exact; any others as Decimal does)', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        const x = Exact.of(a);
        expect(x.times(b).toDecimal().eq(new Decimal(a).times(b))).toBe(true);
        expect(x.plus(b).toDecimal().eq(new Decimal(a).plus(b))).toBe(true);
        expect(x.minus(b).toDecimal().eq(new Decimal(a).minus(b))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('computes a chain exactly as the same chain of Decimals does, moving to Decimal where a whole number would not fit', () => {
    // 99,999,999² = 9,999,999,800,000,001 > 2^53: the product is held as a Decimal, still exact.
    expect(Exact.of(99_999_999).times(99_999_999).toDecimal().toString()).toBe('9999999800000001');
    expect(Exact.of(0.1).times(1e-15).times(1e-15).toDecimal().toString()).toBe('1e-31');
    expect(Exact.of(2 ** 52).plus(2 ** 52).plus(1).toDecimal().toString()).toBe('9007199254740993');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('times', 'plus', 'minus'), anyValue), { minLength: 1, maxLength: 8 }), (steps) => {
        let exact = Exact.of(1.5);
        let decimal = new Decimal(1.5);
        let reference = precise(1.5);
        let fits = true;
        for (const [op, y] of steps) {
          exact = exact[op](y);
          decimal = decimal[op](y);
          reference = reference[op](precise(y));
          fits = fits && reference.precision() <= 34;
        }
        // 34-digit Decimal semantics step by step, so exact whenever no step needs more digits
        expect(exact.toDecimal().eq(decimal)).toBe(true);
        if (fits) expect(exact.toDecimal().eq(reference)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  // Up to 6 digits and 6 decimals, the quotient is one of whole numbers below 2^53.
  it('divides short decimals once, correctly rounded', () => {
    fc.assert(
      fc.property(decimals(6, 6), decimals(6, 6), (a, b) => {
        fc.pre(b !== 0);
        const correctlyRounded = precise(a).times('0.98').div(b).toNumber() + 0; // + 0: -0 becomes 0
        expect(Exact.quotientToNumber(Exact.of(a).times(0.98), Exact.of(b), 'q')).toBe(correctlyRounded);
      }),
      { numRuns: 3000 },
    );
    expect(Exact.quotientToNumber(Exact.of(1), Exact.of(3), 'q')).toBe(1 / 3);
    expect(Exact.quotientToNumber(Exact.of(-1.5), Exact.of(0.5), 'q')).toBe(-3);
  });

  // Numerators and denominators within quotientToNumber's range of doubles (1e-300 to 1.8e308).
  it('divides any values within 3.4e-16 of the exact quotient', () => {
    const inRange = (x: InstanceType<typeof Precise>) => x.abs().gt(1e-300) && x.abs().lt(1e308);
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        const [top, bottom] = [precise(a).times(c), precise(b).times(c)];
        fc.pre(inRange(top) && inRange(bottom));
        const exact = top.div(bottom);
        fc.pre(Number.isFinite(exact.toNumber()) && exact.abs().gt(1e-300));
        const quotient = Exact.quotientToNumber(Exact.of(a).times(c), Exact.of(b).times(c), 'q');
        // Against the exact quotient itself (the double's own binary value, to 60 digits), not its
        // rounding to a double, which would add half a unit in the last place to the bound.
        const error = new Precise(quotient.toPrecision(60)).minus(exact).abs().div(exact.abs());
        expect(error.toNumber()).toBeLessThanOrEqual(3.4e-16);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers 0 (never -0) for a zero numerator and not_finite for a zero denominator or an overflow', () => {
    expect(Object.is(Exact.quotientToNumber(Exact.of(-0), Exact.of(-5), 'q'), 0)).toBe(true);
    expect(Object.is(Exact.quotientToNumber(Exact.of(0), Exact.of(-1 / 3), 'q'), 0)).toBe(true);
    expect(Exact.of(-0).isZero() && Exact.of(0.5).minus(0.5).isZero() && Exact.of(1 / 3).times(0).isZero()).toBe(true);
    expect(() => Exact.quotientToNumber(Exact.of(1), Exact.of(0.5).minus(0.5), 'the value')).toThrow(
      expect.objectContaining({ kind: 'not_finite' }),
    );
    expect(() => Exact.quotientToNumber(Exact.of(1e300), Exact.of(1e-300), 'the value')).toThrow('the value is not a finite number');
  });

  // 0.02 + 6 × 0.001 is the double 0.026000000000000002: 17 digits, held as two whole numbers.
  it('keeps a 17-digit double exact through products and sums, as Decimal does', () => {
    const price = 0.02 + 6 * 0.001;
    const cost = Exact.of(12.25).times(24).times(price).plus(1.5).times(1048.5);
    const reference = new Decimal(12.25).times(24).times(price).plus(1.5).times(1048.5);
    expect(cost.toDecimal().eq(reference)).toBe(true);
    expect(cost.toNumber()).toBe(reference.toNumber());
    expect(Exact.quotientToNumber(cost, Exact.of(0.98), 'x')).toBe(reference.toNumber() / 0.98);
    expect(Exact.of(-price).times(3).minus(price).toDecimal().eq(new Decimal(-price).times(4))).toBe(true);
  });

  it('multiplies a short decimal and a wide value either way round, 0 included', () => {
    fc.assert(
      fc.property(fc.oneof(shortDecimal, fc.constantFrom(0, -0)), fc.integer({ min: 0, max: 99 }), (a, i) => {
        const wide = 0.02 + i * 0.001; // mostly 17 digits
        const reference = new Decimal(a).times(wide);
        expect(Exact.of(a).times(wide).toDecimal().eq(reference)).toBe(true);
        expect(Exact.of(wide).times(a).toDecimal().eq(reference)).toBe(true);
        expect(Exact.of(wide).times(a).isZero()).toBe(a === 0);
      }),
      { numRuns: 2000 },
    );
  });

  /** W × 10^-k as an Exact built from the whole number's digits, exactly (a wide value for W above 2^53). */
  function scaled(whole: InstanceType<typeof Precise>, k: number): Exact {
    const [high, low] = [whole.divToInt(1e8), whole.mod(1e8)];
    return Exact.of(high.toNumber()).times(1e8).plus(low.toNumber()).times(Exact.of(Number(`1e-${k}`)));
  }

  // A wide value leaves as the double its digits read as (JavaScript's own correctly rounded
  // reading is the reference), also at and next to the midpoints between two doubles.
  it('turns a wide value into the correctly rounded double, ties and near-ties included', () => {
    const wholeAndPower = fc.tuple(fc.bigInt({ min: BigInt(2 ** 53), max: BigInt('899999999999999999999999') }), fc.integer({ min: 0, max: 22 }), fc.boolean());
    fc.assert(
      fc.property(wholeAndPower, ([whole, k, negative]) => {
        const digits = `${negative ? '-' : ''}${whole}`;
        expect(scaled(new Precise(digits), k).toNumber()).toBe(Number(`${digits}e-${k}`));
      }),
      { numRuns: 5000 },
    );
    // Midpoints: d + ulp(d) / 2 to k places, and the whole numbers either side of it.
    const midpoint = fc.tuple(fc.double({ min: 1e-6, max: 1e23, noNaN: true }), fc.integer({ min: -1, max: 1 }));
    fc.assert(
      fc.property(midpoint, ([d, offset]) => {
        const ulp = new Precise(d).minus(new Precise(d).div(1 + 2 ** -52).toNumber()).abs();
        const next = Number.isFinite(d + d * 2 ** -53) ? new Precise(d).plus(ulp.div(2)) : new Precise(d);
        const k = Math.max(0, Math.min(22, Math.floor(Math.log10(9e23 / d)) - 1));
        const whole = next.times(new Precise(10).pow(k)).round().plus(offset);
        if (whole.lt(2 ** 53)) return;
        expect(scaled(whole, k).toNumber()).toBe(Number(`${whole.toFixed()}e-${k}`));
      }),
      { numRuns: 5000 },
    );
  });
});
