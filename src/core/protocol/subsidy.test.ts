import { subsidyBtc, subsidySats } from './subsidy';

// Golden values: Bitcoin Core GetBlockSubsidy (src/validation.cpp):
// 50 BTC >> floor(height / 210,000), zero from 64 halvings (and already 0 sats from 33).
describe('subsidySats', () => {
  it.each([
    [0, 5_000_000_000],
    [209_999, 5_000_000_000],
    [210_000, 2_500_000_000],
    [839_999, 625_000_000],
    [840_000, 312_500_000],
    [1_049_999, 312_500_000],
    [1_050_000, 156_250_000],
    [6_719_999, 2], // halving 31: 5e9 >> 31 = 2 sats
    [6_720_000, 1], // halving 32: the last 1-sat era
    [6_929_999, 1],
    [6_930_000, 0], // halving 33: 5e9 >> 33 = 0
    [13_440_000, 0], // halving 64 and beyond
    [Number.MAX_SAFE_INTEGER, 0],
  ])('height %i pays %i sats', (height, sats) => {
    expect(subsidySats(height)).toBe(sats);
  });

  it('is exact to the satoshi in BTC (no floating-point residue)', () => {
    expect(subsidyBtc(840_000)).toBe(3.125);
    expect(subsidyBtc(1_050_000)).toBe(1.5625);
    expect(subsidyBtc(6_929_999)).toBe(1e-8);
    // halving 10: 5e9 >> 10 = 4,882,812 sats (integer shift drops the 0.5 sat)
    expect(subsidySats(2_100_000)).toBe(4_882_812);
  });

  it.each([
    [-1, 'block_height must be >= 0 (got -1)'],
    [1.5, 'block_height must be a whole number (got 1.5)'],
    [Number.NaN, 'block_height must be a finite number (got NaN)'],
    // Every double from 2^53 up is whole, but it may not be the height typed: 2^53 + 1 reads as 2^53.
    [2 ** 53, 'block_height must be a whole number below 2^53 (9,007,199,254,740,992), the largest a number holds exactly (got 9007199254740992)'],
    [1e300, 'block_height must be a whole number below 2^53 (9,007,199,254,740,992), the largest a number holds exactly (got 1e+300)'],
  ])('rejects %p', (height, message) => {
    expect(() => subsidySats(height)).toThrow(message);
  });
});
