import fc from 'fast-check';
import { correctlyRoundedQuotient } from './correctly-rounded-quotient';
import { Decimal } from './decimal';
import { Exact } from './exact';

/** The reference: decimal.js at 80 digits, where every quotient below is far finer than a double. */
const Precise = Decimal.clone({ precision: 80 });
const precise = (x: number) => new Precise(x);

/** Short decimals like the functions' inputs: a whole number of up to `digits` digits over 10^0 to 10^places. */
function decimals(digits: number, places: number) {
  return fc.tuple(fc.integer({ min: -(10 ** digits) + 1, max: 10 ** digits - 1 }), fc.integer({ min: 0, max: places })).map(([m, k]) => m / 10 ** k);
}

describe('correctlyRoundedQuotient', () => {
  // The reference rounds the 80-digit quotient, which holds a double's midpoints far finer than
  // any of these quotients comes to one.
  it('divides short decimals times a power of two correctly rounded, or declines', () => {
    const twoPowers = fc.constantFrom(1, 2 ** 32, 2 ** 60);
    let divided = 0;
    fc.assert(
      fc.property(decimals(15, 22), decimals(15, 22), twoPowers, (a, b, twoPower) => {
        fc.pre(a !== 0 && b !== 0);
        const quotient = correctlyRoundedQuotient(Exact.of(a), Exact.of(b), twoPower);
        if (quotient === undefined) return;
        divided++;
        // (2^60 as a Decimal from its digits: read from the double, it is the shortest 1152921504606847000.)
        expect(quotient).toBe(precise(a).times(BigInt(twoPower).toString()).div(b).toNumber());
      }),
      { numRuns: 5000 },
    );
    expect(divided).toBeGreaterThan(1000);
    // 600 × 10^20 is exact (its odd part 3 × 5^22 is below 2^53), 600 × 10^21 is not; a
    // quotient past 2^1024 is not divided.
    expect(correctlyRoundedQuotient(Exact.of(1.23).times(1e-18), Exact.of(600), 2 ** 32)).toBe(
      precise(1.23).times(2 ** 32).div('600e18').toNumber(),
    );
    expect(correctlyRoundedQuotient(Exact.of(1.234).times(1e-18), Exact.of(600), 2 ** 32)).toBeUndefined();
    expect(correctlyRoundedQuotient(Exact.of(1e300), Exact.of(1e-300), 2 ** 32)).toBeUndefined();
    expect(correctlyRoundedQuotient(Exact.of(0.1 + 0.2), Exact.of(3), 1)).toBeUndefined();
  });

  it('gives the doc example', () => {
    expect(correctlyRoundedQuotient(Exact.of(1.5), Exact.of(3), 1)).toBe(0.5);
  });
});
