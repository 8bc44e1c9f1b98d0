import { Decimal } from '../arithmetic/decimal';
import { periodDiscountFactor } from './period-discount-factor';

const relativeError = (actual: Decimal, expected: Decimal): number => actual.minus(expected).div(expected).abs().toNumber();

describe('periodDiscountFactor', () => {
  it('is 1 / (1 + r) for one period a year', () => {
    expect(periodDiscountFactor(0.1, 1).eq(new Decimal(1).div(1.1))).toBe(true);
    expect(periodDiscountFactor(0, 1).eq(1)).toBe(true);
  });

  it('gives the doc example: the monthly factor at 10% is 0.992089 (1.1^(−1/12))', () => {
    expect(periodDiscountFactor(0.1, 12).toFixed(6)).toBe('0.992089');
  });

  it('is exactly 1 at a zero rate', () => {
    expect(periodDiscountFactor(0, 12).eq(1)).toBe(true);
  });

  // Twelve monthly factors compound to the annual factor: an effective annual rate, not r / 12.
  it.each([-0.5, -1e-9, 1e-20, 1e-9, 0.075, 0.1, 0.25, 5, 1e10])('compounds to 1 / (1 + %p) over 12 months, to 32 digits', (rate) => {
    const monthly = periodDiscountFactor(rate, 12);
    expect(relativeError(monthly.pow(12), new Decimal(1).div(new Decimal(1).plus(rate)))).toBeLessThan(1e-32);
    // and agrees with decimal.js's own (slow) fractional power
    const reference = new Decimal(1).plus(rate).pow(new Decimal(-1).div(12));
    expect(relativeError(monthly, reference)).toBeLessThan(1e-32);
  });

  it('discounts more at a higher rate, and grows at a negative one', () => {
    expect(periodDiscountFactor(0.12, 12).lt(periodDiscountFactor(0.1, 12))).toBe(true);
    expect(periodDiscountFactor(-0.1, 12).gt(1)).toBe(true);
  });
});
