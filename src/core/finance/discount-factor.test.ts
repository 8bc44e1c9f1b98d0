import { Decimal } from '../arithmetic/decimal';
import { discountFactor } from './discount-factor';
import { periodDiscountFactor } from './period-discount-factor';

describe('discountFactor', () => {
  it('gives the doc examples: 1 / 1.1 a year, 0.992089 a month at 10%', () => {
    expect(discountFactor(0.1, 1).hi).toBe(1 / 1.1);
    expect(discountFactor(0.1, 12).hi).toBe(periodDiscountFactor(0.1, 12).toNumber());
  });

  it.each([
    [0.08, 12],
    [-0.5, 12],
    [-0.9999, 12],
    [1e-9, 12],
    [3, 4],
    [0.045, 365],
  ])('is the 34-digit root, rounded, at %p over %i periods a year', (rate, periods) => {
    const exact = periodDiscountFactor(rate, periods);
    expect(discountFactor(rate, periods).hi).toBe(exact.toNumber());
    // twelve monthly factors make the annual one
    expect(exact.pow(periods).times(new Decimal(1).plus(rate)).minus(1).abs().toNumber()).toBeLessThan(1e-31);
  });
});
