import { Decimal } from '../arithmetic/decimal';
import { growingInstalments } from './growing-instalments';

const numbers = (values: Decimal[]): number[] => values.map((v) => v.toNumber());

describe('growingInstalments', () => {
  it('gives the doc example: 210 in two instalments growing 10% is 100 then 110', () => {
    expect(numbers(growingInstalments(new Decimal(210), 2, 0.1))).toEqual([100, 110]);
  });

  it('splits evenly with no growth', () => {
    expect(numbers(growingInstalments(new Decimal(7.76e9), 4, 0))).toEqual([1.94e9, 1.94e9, 1.94e9, 1.94e9]);
    expect(numbers(growingInstalments(new Decimal(5), 1, 0.3))).toEqual([5]);
  });

  it('grows each instalment by the rate over the one before (3% escalator, 15 years)', () => {
    const instalments = growingInstalments(new Decimal(7e9), 15, 0.03);
    for (let k = 1; k < instalments.length; k++) {
      expect(instalments[k].div(instalments[k - 1]).minus(1.03).abs().lt(1e-30)).toBe(true);
    }
  });

  it.each([
    [7e9, 15, 0.03],
    [1, 3, 0],
    [9.7e9, 5, -0.2],
    [0, 4, 0.05],
  ])('sums to the total (%p in %i instalments, growth %p)', (total, count, growth) => {
    const sum = growingInstalments(new Decimal(total), count, growth).reduce((a, b) => a.plus(b), new Decimal(0));
    expect(sum.minus(total).abs().lte(new Decimal(total).times(1e-32))).toBe(true);
  });
});
