import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { annuityFactor } from './annuity-factor';
import { dd } from '../arithmetic/double-double';
import { discountFactor } from './discount-factor';
import { periodDiscountFactor } from './period-discount-factor';

/** The 34-digit reference, term by term: Σ_{k=s+1…s+count} v^k, v = (1 + r)^(−1/periodsPerYear). */
function reference(annualRate: number, periodsPerYear: number, count: number, deferred: number): number {
  const v = periodDiscountFactor(annualRate, periodsPerYear);
  let sum = new Decimal(0);
  for (let k = deferred + 1; k <= deferred + count; k++) sum = sum.plus(v.pow(k));
  return sum.toNumber();
}

describe('annuityFactor', () => {
  it('gives the doc example: 5 years at 10% is 3.790787 (1/1.1 + … + 1/1.1^5)', () => {
    expectClose(annuityFactor(discountFactor(0.1, 1), 5), 3.790786769408448, 2.3e-16);
  });

  it('is exactly the count with no discounting, deferred or not', () => {
    expect(annuityFactor(dd(1), 12, 6)).toBe(12);
    expect(annuityFactor(dd(1), 1200)).toBe(1200);
    expect(annuityFactor(discountFactor(0, 12), 7, 3)).toBe(7);
  });

  it('is 0 for no payments, even where a deferral would overflow', () => {
    expect(annuityFactor(dd(0.9), 0, 5)).toBe(0);
    expect(annuityFactor(dd(20), 0, 1200)).toBe(0);
  });

  it('discounts one payment by v^(s + 1)', () => {
    expect(annuityFactor(discountFactor(0.1, 1), 1)).toBe(1 / 1.1);
    expectClose(annuityFactor(discountFactor(0.1, 1), 1, 2), 1 / 1.331, 2.3e-16);
  });

  it.each([
    [0.1, 12, 360, 0],
    [0.1, 12, 342, 18],
    [0.075, 12, 348, 12],
    [0.04, 12, 1200, 0],
    [-0.2, 12, 1, 1199],
    [-0.2, 12, 1200, 0],
    [0.12, 12, 53, 7],
    [1e-9, 12, 1200, 0],
  ])('equals the 34-digit monthly sum (rate %p, %i a year, %i payments after %i)', (rate, perYear, count, deferred) => {
    expectClose(annuityFactor(discountFactor(rate, perYear), count, deferred), reference(rate, perYear, count, deferred), 2.3e-16);
  });

  // Far from 0 the rate's logarithm carried its last binary digit times count into v^count; in
  // double-double the factor is within a unit in the last place of the 34-digit sum.
  it.each([
    [5, 1, 100],
    [-0.5, 1, 100],
    [-0.5, 12, 1200],
  ])('equals the 34-digit sum within what the rate’s last digit allows (rate %p, %i a year, %i payments)', (rate, perYear, count) => {
    expectClose(annuityFactor(discountFactor(rate, perYear), count), reference(rate, perYear, count, 0), 2.3e-16);
  });

  it('takes the rate as typed below −50%, where its double is off (logGrowth)', () => {
    // the double of −0.9999 would put the factor 1.1e-12 off
    expectClose(annuityFactor(discountFactor(-0.9, 1), 100), reference(-0.9, 1, 100, 0), 2.3e-16);
    // 1 / (1 − 0.9999)^k for k = 1…10: 1e40 × (1 − 1e-40) / (1 − 1e-4)
    expectClose(annuityFactor(discountFactor(-0.9999, 1), 10), reference(-0.9999, 1, 10, 0), 2.3e-16);
    expectClose(annuityFactor(discountFactor(-0.9999, 1), 10), (1e40 * (1 - 1e-40)) / (1 - 1e-4), 1e-15);
  });

  it('splits: payments 1…n are payments 1…s and, deferred s, payments s+1…n', () => {
    const v = discountFactor(0.08, 12);
    expectClose(annuityFactor(v, 17) + annuityFactor(v, 343, 17), annuityFactor(v, 360), 1e-15);
  });

  it('overflows only when the present value does (a rate near −100%)', () => {
    // 1 / (1 − 0.9999)^100 = 1e400
    expect(annuityFactor(discountFactor(-0.9999, 1), 100)).toBe(Infinity);
    expect(Number.isFinite(annuityFactor(discountFactor(-0.9999, 1), 76))).toBe(true);
    expectClose(annuityFactor(discountFactor(1e300, 1), 100), 1e-300, 1e-15);
  });
});
