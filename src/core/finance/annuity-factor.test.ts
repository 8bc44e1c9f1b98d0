import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { annuityFactor } from './annuity-factor';
import { logGrowth } from './log-growth';
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
    expectClose(annuityFactor(Math.log1p(0.1), 5), 3.790786769408448, 1e-15);
  });

  it('is exactly the count with no discounting, deferred or not', () => {
    expect(annuityFactor(0, 12, 6)).toBe(12);
    expect(annuityFactor(0, 1200)).toBe(1200);
    expect(annuityFactor(-0, 7, 3)).toBe(7);
  });

  it('is 0 for no payments, even where a deferral would overflow', () => {
    expect(annuityFactor(0.1, 0, 5)).toBe(0);
    expect(annuityFactor(-3, 0, 1200)).toBe(0);
  });

  it('discounts one payment by v^(s + 1)', () => {
    expectClose(annuityFactor(Math.log1p(0.1), 1), 1 / 1.1, 1e-15);
    expectClose(annuityFactor(Math.log1p(0.1), 1, 2), 1 / 1.1 ** 3, 1e-15);
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
    expectClose(annuityFactor(Math.log1p(rate) / perYear, count, deferred), reference(rate, perYear, count, deferred), 1e-14);
  });

  // Far from 0 the rate's logarithm carries its last binary digit times count into v^count:
  // within count × |ln(1 + r)| × 1.1e-16 (8e-15 for 100 years at −50%).
  it.each([
    [5, 1, 100],
    [-0.5, 1, 100],
    [-0.5, 12, 1200],
  ])('equals the 34-digit sum within what the rate’s last digit allows (rate %p, %i a year, %i payments)', (rate, perYear, count) => {
    expectClose(annuityFactor(logGrowth(rate) / perYear, count), reference(rate, perYear, count, 0), 1e-13);
  });

  it('takes the rate as typed below −50%, where its double is off (logGrowth)', () => {
    // within count × |ln(1 + r)| × 1.1e-16 as above (2.5e-14 and 1e-14 here); Math.log1p of the
    // double would be 1.1e-12 off in the second
    expectClose(annuityFactor(logGrowth(-0.9), 100), reference(-0.9, 1, 100, 0), 1e-13);
    // 1 / (1 − 0.9999)^k for k = 1…10: 1e40 × (1 − 1e-40) / (1 − 1e-4)
    expectClose(annuityFactor(logGrowth(-0.9999), 10), (1e40 * (1 - 1e-40)) / (1 - 1e-4), 1e-13);
  });

  it('splits: payments 1…n are payments 1…s and, deferred s, payments s+1…n', () => {
    const lambda = Math.log1p(0.08) / 12;
    expectClose(annuityFactor(lambda, 17) + annuityFactor(lambda, 343, 17), annuityFactor(lambda, 360), 1e-15);
  });

  it('overflows only when the present value does (a rate near −100%)', () => {
    // 1 / (1 − 0.9999)^100 = 1e400
    expect(annuityFactor(logGrowth(-0.9999), 100)).toBe(Infinity);
    expect(Number.isFinite(annuityFactor(logGrowth(-0.9999), 76))).toBe(true);
    expectClose(annuityFactor(Math.log1p(1e300), 100), 1e-300, 1e-13);
  });
});
