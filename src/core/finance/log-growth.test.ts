import { Decimal } from '../arithmetic/decimal';
import { logGrowth } from './log-growth';

/** ln(1 + rate) in decimal.js at 40 digits, the rate as typed (a whole number past 10^15, 1e300, as its double). */
const Decimal40 = Decimal.clone({ precision: 40 });
function reference(rate: number): Decimal {
  return new Decimal40(Math.abs(rate) < 1e15 ? String(rate) : rate.toPrecision(40)).plus(1).ln();
}

describe('logGrowth', () => {
  it('is 0 at a zero rate and keeps the digits of a tiny one', () => {
    expect(logGrowth(0).hi).toBe(0);
    expect(logGrowth(1e-20).hi).toBe(1e-20);
    expect(logGrowth(-1e-20).hi).toBe(-1e-20);
  });

  it.each([-0.99999999, -0.9999, -0.9, -0.6, -0.5, -0.1, 1e-9, 0.03, 0.1, 5, 1e10, 1e300])(
    'is ln(1 + %p) to 25 digits and more',
    (rate) => {
      const exact = reference(rate);
      const { hi, lo } = logGrowth(rate);
      const error = new Decimal40(hi.toPrecision(40)).plus(lo.toPrecision(40)).minus(exact).abs().div(exact.abs());
      expect(error.toNumber()).toBeLessThan(1e-25);
    },
  );

  it('takes a full-precision double as its binary value (0.02 + 6 × 0.001)', () => {
    const rate = 0.02 + 6 * 0.001; // 0.026000000000000002
    const exact = new Decimal40(rate.toPrecision(40)).plus(1).ln();
    const { hi, lo } = logGrowth(rate);
    expect(new Decimal40(hi.toPrecision(40)).plus(lo.toPrecision(40)).minus(exact).abs().div(exact).toNumber()).toBeLessThan(1e-25);
  });

  it('rounds to the double nearest ln(1 + rate)', () => {
    for (const rate of [-0.9999, 0.03, 0.1, 5]) expect(logGrowth(rate).hi).toBe(reference(rate).toNumber());
  });

  it('takes 1 + (−0.9999) from the typed digits, not from its double', () => {
    // the double of −0.9999 is −0.99990000000000001101…: 1 + it is 1.1e-13 (relative) below 1e-4
    expect(logGrowth(-0.9999).hi).toBe(new Decimal('0.0001').ln().toNumber());
  });
});
