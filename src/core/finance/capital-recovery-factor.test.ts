import { expectClose } from '../../../test/helpers/tolerance';
import { annuityFactor } from './annuity-factor';
import { capitalRecoveryFactor } from './capital-recovery-factor';
import { discountFactor } from './discount-factor';
import { Decimal } from '../arithmetic/decimal';

describe('capitalRecoveryFactor', () => {
  // Worked: 1.06^−5 = 0.747258173..., 0.06 / (1 − 0.747258173) = 0.237396400 (the payment
  // that repays 1 over 5 years at 6%, as Excel's PMT(0.06, 5, −1)).
  it('gives 0.2373964 for 5 years at 6%', () => {
    expectClose(capitalRecoveryFactor(0.06, 5), 0.23739640043118945, 1e-14);
  });

  it('is 1 / n at a rate of 0 and tends to it as the rate vanishes', () => {
    expect(capitalRecoveryFactor(0, 4)).toBe(0.25);
    expectClose(capitalRecoveryFactor(1e-12, 4), 0.25, 1e-11);
  });

  it('is the inverse of the annuity factor for whole periods (invariant)', () => {
    for (const [rate, n] of [
      [0.06, 5],
      [0.1, 30],
      [0.003, 360],
    ]) {
      expectClose(capitalRecoveryFactor(rate, n) * annuityFactor(discountFactor(rate, 1), n), 1, 5e-16);
    }
  });

  it('takes a fractional life: 1 × r for a one-period life, between whole lives otherwise', () => {
    expectClose(capitalRecoveryFactor(0.08, 1), 1.08, 1e-15);
    const f = capitalRecoveryFactor(0.08, 4.5);
    expect(f).toBeLessThan(capitalRecoveryFactor(0.08, 4));
    expect(f).toBeGreaterThan(capitalRecoveryFactor(0.08, 5));
  });
});

describe('capitalRecoveryFactor against 34 digits', () => {
  /** r / (1 − (1 + r)^(−n)) in decimal.js (its pow: a logarithm and an exponential at 34 digits). */
  const reference = (rate: number, periods: number) => {
    const r = new Decimal(rate);
    return r.div(new Decimal(1).minus(r.plus(1).pow(-periods))).toNumber();
  };

  it.each([
    [0.06, 5],
    [0.06, 4.5],
    [0.1, 30],
    [0.003, 360],
    [1e-9, 7.25],
    [0.25, 0.5],
    [3, 12.5],
  ])('is within a unit in the last place at %p over %p periods', (rate, periods) => {
    expectClose(capitalRecoveryFactor(rate, periods), reference(rate, periods), 2.3e-16);
  });
});

describe('capitalRecoveryFactor at a rate too small for a double to grow', () => {
  it('recovers like a zero rate, 1 / n, instead of dividing by an underflowed 0', () => {
    expect(capitalRecoveryFactor(5e-324, 5)).toBe(1 / 5);
  });
});
