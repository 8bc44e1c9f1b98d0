import { ruleCases } from '../../../test/helpers/rule-cases';
import { subsidySats } from './subsidy';
import { totalSubsidySats, totalSubsidyParams } from './total-subsidy';

// Golden values: Bitcoin Core GetBlockSubsidy summed by hand; the sum of every subsidy is the
// 20,999,999.9769 BTC cap (2,099,999,997,690,000 sats).
describe('totalSubsidySats', () => {
  it('sums every subsidy ever to the 20,999,999.9769 BTC cap', () => {
    expect(totalSubsidySats(0, 6_930_000)).toBe(2_099_999_997_690_000);
    expect(totalSubsidySats(0, 100_000_000)).toBe(2_099_999_997_690_000);
  });

  it('splits a range across a halving', () => {
    expect(totalSubsidySats(1_049_999, 1_050_001)).toBe(312_500_000 + 156_250_000);
    // the 2028-03-20 month of a path from height 941,472 on 2026-03-20: 3,264 + 1,200 blocks
    expect(totalSubsidySats(1_046_736, 1_051_200)).toBe(3_264 * 312_500_000 + 1_200 * 156_250_000);
  });

  it('pays one era in full (210,000 × 50 BTC) and nothing from height 6,930,000', () => {
    expect(totalSubsidySats(0, 210_000)).toBe(210_000 * 5_000_000_000);
    expect(totalSubsidySats(6_929_999, 6_930_000)).toBe(1);
    expect(totalSubsidySats(6_930_000, 7_000_000)).toBe(0);
    expect(totalSubsidySats(6_929_000, Number.MAX_SAFE_INTEGER)).toBe(1_000);
  });

  it('is 0 for an empty range and equals the per-block sum (invariant)', () => {
    expect(totalSubsidySats(840_000, 840_000)).toBe(0);
    let perBlock = 0;
    for (let height = 629_000; height < 841_500; height++) perBlock += subsidySats(height);
    expect(totalSubsidySats(629_000, 841_500)).toBe(perBlock);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => totalSubsidySats(10, 9)).toThrow('to_block_height must be >= from_block_height 10 (got 9)');
  });

  it.each(ruleCases(totalSubsidyParams, [0, 10]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => totalSubsidySats(...(args as [number, number]))).toThrow(message);
  });
});
