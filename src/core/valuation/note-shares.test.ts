import { checkedCore } from '../params';
import { noteShares, noteSharesParams } from './note-shares';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedNoteShares = checkedCore(noteSharesParams, noteShares);

// A $1,000,000 note converting at $10 a share: N = 100,000 shares. Capped call cap $20.
describe('noteShares', () => {
  it('adds nothing at or below the conversion price', () => {
    expect(checkedNoteShares(1_000_000, 10, 8)).toBe(0);
    expect(checkedNoteShares(1_000_000, 10, 10)).toBe(0);
    expect(noteShares(1_000_000, 10, 8, 20, true)).toBe(0);
  });

  it('delivers N shares on physical settlement without a capped call', () => {
    expect(checkedNoteShares(1_000_000, 10, 15)).toBe(100_000);
    expect(checkedNoteShares(1_000_000, 10, 1000)).toBe(100_000);
  });

  it('between conversion and cap, the capped call hands back N × (P − conversion) ÷ P', () => {
    // 100,000 − 100,000 × 5 / 15 = 66,666.67 = 200,000 / 3
    expect(checkedNoteShares(1_000_000, 10, 15, 20)).toBeCloseTo(200_000 / 3, 6);
  });

  it('above the cap, the capped call hands back only N × (cap − conversion) ÷ P', () => {
    // 100,000 − 100,000 × 10 / 25 = 60,000
    expect(checkedNoteShares(1_000_000, 10, 25, 20)).toBe(60_000);
    // at the cap: 100,000 − 100,000 × 10 / 20 = 50,000
    expect(checkedNoteShares(1_000_000, 10, 20, 20)).toBe(50_000);
  });

  it('net-share settlement delivers only the value above the principal, N × (P − conversion) ÷ P', () => {
    // 100,000 × 5 / 15 = 33,333.33; 100,000 × 15 / 25 = 60,000
    expect(noteShares(1_000_000, 10, 15, undefined, true)).toBeCloseTo(100_000 / 3, 6);
    expect(noteShares(1_000_000, 10, 25, undefined, true)).toBe(60_000);
  });

  it('net-share settlement with a capped call dilutes only above the cap', () => {
    // below the cap the capped call hands back all of it: 0
    expect(noteShares(1_000_000, 10, 15, 20, true)).toBe(0);
    // above: 100,000 × (25 − 10) / 25 − 100,000 × (20 − 10) / 25 = 60,000 − 40,000 = 20,000
    expect(noteShares(1_000_000, 10, 25, 20, true)).toBe(20_000);
  });

  it('keeps the decimals the analyst typed: IREN 2029s at $40, above the $20.98 cap', () => {
    // 183.4M × (40 − 20.98 + 13.64) / (13.64 × 40) = 59,898,440,000 / 5,456 (whole numbers: one correctly rounded division)
    expect(checkedNoteShares(183_400_000, 13.64, 40, 20.98)).toBe(59_898_440_000 / 5456);
  });

  it('refuses a cap below the conversion price, and prices that are not > 0', () => {
    expect(() => checkedNoteShares(1_000_000, 10, 15, 9)).toThrow('cap_price_usd must be >= conversion_price_usd (10) (got 9)');
    expect(() => checkedNoteShares(0, 10, 15)).toThrow('principal_usd must be > 0');
    expect(() => checkedNoteShares(1_000_000, -1, 15)).toThrow('conversion_price_usd must be > 0');
    expect(() => checkedNoteShares(1_000_000, 10, 0)).toThrow('share_price_usd must be > 0');
  });
});
