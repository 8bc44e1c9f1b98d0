import { Decimal } from '../arithmetic/decimal';
import { dd, ddQuotient } from '../arithmetic/double-double';
import { geometricSum } from './geometric-sum';
import { geometricSumAndPower } from './geometric-sum-and-power';

describe('geometricSumAndPower', () => {
  it('gives the doc example: 1 + 1/2 + 1/4 and 1/8', () => {
    const { sum, power } = geometricSumAndPower(dd(0.5), 3);
    expect([sum.hi, power.hi]).toEqual([1.75, 0.125]);
  });

  it('is exactly the count at a ratio of 1, and 0 for no terms', () => {
    expect(geometricSumAndPower(dd(1), 1200).sum).toEqual(dd(1200));
    expect(geometricSumAndPower(dd(0.9), 0).sum.hi).toBe(0);
    expect(geometricSumAndPower(dd(0.9), 0).power.hi).toBe(1);
  });

  it.each([
    [1.07, 1],
    [1.07, 100],
    [1.0000001, 1200],
    [12, 360],
  ])('rounds to the 34-digit sum for a ratio of 1 / %p over %i terms', (growth, count) => {
    const ratio = ddQuotient(dd(1), dd(growth));
    const exactRatio = new Decimal(1).div(growth.toPrecision(40)); // of the double `growth`, as ratio is
    expect(geometricSumAndPower(ratio, count).sum.hi).toBe(geometricSum(exactRatio, count).toNumber());
    expect(geometricSumAndPower(ratio, count).power.hi).toBe(exactRatio.pow(count).toNumber());
  });
});
