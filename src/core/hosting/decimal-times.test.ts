import { Decimal } from '../decimal';
import { decimalTimes } from './decimal-times';

describe('decimalTimes', () => {
  it('gives the doc examples: 1e7 × 12 = 1.2e8 and 0.1 × 12 = 1.2 exactly (not the double 1.2000000000000002)', () => {
    expect(decimalTimes(10_000_000, 12).eq(120_000_000)).toBe(true);
    expect(decimalTimes(0.1, 12).eq(1.2)).toBe(true);
    expect(0.1 * 12).not.toBe(1.2);
  });

  it.each([
    [130, 12_000],
    [-4e5, 12],
    [0, 12_000],
    [Number.MAX_SAFE_INTEGER, 1],
    [2 ** 50, 12],
    [9e15, 12_000],
    [184.06, 12_000],
    [1e300, 12],
    [5e-324, 12],
    [0.85, 8_760_000],
  ])('equals the decimal product %p × %p exactly', (value, factor) => {
    expect(decimalTimes(value, factor).eq(new Decimal(value).times(factor))).toBe(true);
  });

  it('keeps the sign of −0', () => {
    expect(decimalTimes(-0, 12).isNeg()).toBe(true);
  });
});
