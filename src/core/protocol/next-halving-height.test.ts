import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { nextHalvingHeight, nextHalvingHeightParams } from './next-halving-height';

// Golden values: Bitcoin Core chainparams, nSubsidyHalvingInterval = 210,000; a halving height
// itself is already past, so the next one is strictly greater.
describe('nextHalvingHeight', () => {
  it.each([
    [0, 210_000],
    [209_999, 210_000],
    [210_000, 420_000],
    [839_999, 840_000],
    [840_000, 1_050_000], // the 2024 halving block: the next is the 2028 one
    [941_472, 1_050_000], // tip on 2026-03-20 (mining.md)
    [1_049_999, 1_050_000],
    [1_050_000, 1_260_000],
    [6_929_999, 6_930_000], // the halving that takes the subsidy to 0 sats
    [6_930_000, 7_140_000], // halvings go on being counted after the subsidy is gone
  ])('after height %i comes %i', (height, next) => {
    expect(nextHalvingHeight(height)).toBe(next);
  });

  // 9,007,199,254,620,000 is the last multiple of 210,000 below 2^53 − 1 (worked: (2^53 − 1) −
  // ((2^53 − 1) mod 210,000)); dividing by 210,000 in doubles would round near here.
  it('stays exact up to the largest whole number a double holds', () => {
    expect(nextHalvingHeight(9_007_199_254_619_999)).toBe(9_007_199_254_620_000);
    expect(nextHalvingHeight(9_007_199_254_410_001)).toBe(9_007_199_254_620_000);
  });

  it('reports a next halving past 2^53 − 1 as not a finite number', () => {
    expect(() => nextHalvingHeight(9_007_199_254_620_000)).toThrow('the next halving height is beyond 9,007,199,254,740,991');
    expect(() => nextHalvingHeight(Number.MAX_SAFE_INTEGER)).toThrow(expect.objectContaining({ kind: 'not_finite' }));
  });

  it('is always a multiple of 210,000 within 210,000 blocks above the height (invariant)', () => {
    for (const height of [1, 123_456, 777_777, 5_000_001]) {
      const next = nextHalvingHeight(height);
      expect(next % 210_000).toBe(0);
      expect(next - height).toBeGreaterThan(0);
      expect(next - height).toBeLessThanOrEqual(210_000);
    }
  });

  it.each(ruleCases(nextHalvingHeightParams, [840_000]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(nextHalvingHeightParams, nextHalvingHeight)(...(args as [number]))).toThrow(message);
  });
});
