import { Decimal } from '../arithmetic/decimal';
import { logGrowth } from './log-growth';

describe('logGrowth', () => {
  it('gives the doc examples: log1p above −50%, the log of the exact 1 + rate below', () => {
    expect(logGrowth(0.1)).toBe(Math.log1p(0.1));
    expect(logGrowth(-0.9999)).toBe(Math.log(0.0001));
  });

  it('is 0 at a zero rate and keeps the digits of a tiny one', () => {
    expect(logGrowth(0)).toBe(0);
    expect(logGrowth(1e-20)).toBe(1e-20);
    expect(logGrowth(-1e-20)).toBe(-1e-20);
  });

  it.each([-0.99999999, -0.9999, -0.9, -0.6, -0.5, -0.1, 0.03, 0.1, 5, 1e10, 1e300])(
    'is ln(1 + %p) of the typed rate to the last place or so',
    (rate) => {
      const exact = new Decimal(1).plus(rate).ln();
      expect(Math.abs(logGrowth(rate) - exact.toNumber())).toBeLessThanOrEqual(Math.abs(exact.toNumber()) * 2.3e-16);
    },
  );

  it('is what Math.log1p cannot be for a rate near −100%: 1 + (−0.9999) from the typed digits', () => {
    // the double of −0.9999 is −0.99990000000000001101…: 1 + it is 1.1e-13 (relative) below 1e-4
    expect(Math.abs(Math.log1p(-0.9999) - Math.log(1e-4))).toBeGreaterThan(1e-13);
    expect(logGrowth(-0.9999)).toBe(Math.log(1e-4));
  });
});
