import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { growingInstalments } from './growing-instalments';
import { periodDiscountFactor } from './period-discount-factor';
import { presentValue } from './present-value';
import { growingInstalmentsFactor } from './growing-instalments-factor';

/** The 34-digit reference: the instalments of 1 split term by term, discounted flow by flow. */
function reference(rate: number, growth: number, count: number): number {
  const flows = [new Decimal(0), ...growingInstalments(new Decimal(1), count, growth)];
  return presentValue(flows, periodDiscountFactor(rate, 1)).toNumber();
}

describe('growingInstalmentsFactor', () => {
  it('gives the doc examples: 3.790787 / 5 at 10% with no growth; (1/1.1 + 1.1/1.21) / 2.1', () => {
    expectClose(growingInstalmentsFactor(0.1, 0, 5), 3.790786769408448 / 5, 1e-15);
    expectClose(growingInstalmentsFactor(0.1, 0.1, 2), (1 / 1.1 + 1.1 / 1.21) / 2.1, 1e-15);
  });

  it.each([0, 0.03, -0.5, 10, 1e6])('is exactly 1 at a zero rate (growth %p)', (growth) => {
    expect(growingInstalmentsFactor(0, growth, 15)).toBe(1);
    expect(growingInstalmentsFactor(0, growth, 100)).toBe(1);
  });

  it('is v for one instalment, whatever the growth', () => {
    for (const growth of [0, 0.03, -0.5]) expectClose(growingInstalmentsFactor(0.1, growth, 1), 1 / 1.1, 1e-15);
  });

  it.each([
    [0.08, 0.03, 15],
    [0.1, 0, 5],
    [0.1, -0.05, 10],
    [0.5, 0.5, 1],
    [0.03, 0.03, 100],
    [0.0300001, 0.03, 100],
    [-0.5, 0.03, 100],
    [-0.5, -0.6, 100],
    [0.25, 3, 40],
    [3, 0.1, 100],
    [1e-12, 0, 100],
    [0.07, 1300, 100],
    [-0.5, 1e6, 100],
  ])('equals the 34-digit instalment-by-instalment value (rate %p, growth %p, %i instalments)', (rate, growth, count) => {
    expectClose(growingInstalmentsFactor(rate, growth, count), reference(rate, growth, count), 1e-13);
  });

  it('falls as the rate rises and as the instalments are back-loaded (rate > 0)', () => {
    expect(growingInstalmentsFactor(0.12, 0, 10)).toBeLessThan(growingInstalmentsFactor(0.1, 0, 10));
    expect(growingInstalmentsFactor(0.1, 0.05, 10)).toBeLessThan(growingInstalmentsFactor(0.1, 0, 10));
  });
});
