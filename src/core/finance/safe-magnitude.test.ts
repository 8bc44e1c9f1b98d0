import { isSafeMagnitude } from './safe-magnitude';

describe('isSafeMagnitude', () => {
  it('gives the doc examples: a contract value is safe, 1e-300 USD is not', () => {
    expect(isSafeMagnitude(9.7e9)).toBe(true);
    expect(isSafeMagnitude(1e-300)).toBe(false);
  });

  it('takes 0 and magnitudes from 1e-100 to 1e100, of either sign', () => {
    for (const value of [0, -0, 1e-100, -1e-100, 1e100, -1e100, 1, -564_000, 0.992]) expect(isSafeMagnitude(value)).toBe(true);
  });

  it('refuses what a product of three could push out of a double’s normal range, and what is not finite', () => {
    for (const value of [9.9e-101, 1.01e100, 5e-324, 1e300, -1e120, Infinity, -Infinity, NaN]) expect(isSafeMagnitude(value)).toBe(false);
  });

  it('keeps a product of three safe magnitudes within 1e-300 … 1e300', () => {
    expect(1e-100 * 1e-100 * 1e-100).toBeGreaterThan(2.2250738585072014e-308);
    expect(1e100 * 1e100 * 1e100).toBeLessThan(Number.MAX_VALUE);
  });
});
