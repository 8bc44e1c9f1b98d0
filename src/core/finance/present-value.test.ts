import { Decimal } from '../arithmetic/decimal';
import { presentValue } from './present-value';

const d = (values: number[]): Decimal[] => values.map((v) => new Decimal(v));

describe('presentValue', () => {
  it('gives the doc example: −100 now and 110 in a year are worth 0 at 10%', () => {
    expect(presentValue(d([-100, 110]), new Decimal(1).div(1.1)).isZero()).toBe(true);
  });

  it('leaves the time-zero flow undiscounted and discounts flow k by factor^k', () => {
    const factor = new Decimal(0.5);
    expect(presentValue(d([7]), factor).eq(7)).toBe(true);
    expect(presentValue(d([0, 0, 8]), factor).eq(2)).toBe(true);
    // 1 + 2×0.5 + 4×0.25 + 8×0.125 = 4
    expect(presentValue(d([1, 2, 4, 8]), factor).eq(4)).toBe(true);
  });

  it('is 0 for no flows and the plain sum at factor 1', () => {
    expect(presentValue([], new Decimal(0.9)).isZero()).toBe(true);
    expect(presentValue(d([-3, 1.5, 2.25]), new Decimal(1)).eq(0.75)).toBe(true);
  });

  it('equals the term-by-term sum (Horner changes only the order of operations)', () => {
    const factor = new Decimal(1).div(1.08);
    const flows = d([-1000, 120, 130, 140, 150, 1200]);
    const direct = flows.reduce((sum, flow, k) => sum.plus(flow.times(factor.pow(k))), new Decimal(0));
    expect(presentValue(flows, factor).minus(direct).abs().lt(1e-28)).toBe(true);
  });
});
