import { sampleSnapshot } from '../../../test/network/sample-snapshot';
import { crossCheckSnapshot, KnownPrice, maxFeeWindowDistanceBlocks, maxPriceAgeMs, maxPriceRatio } from './cross-checks';
import type { NetworkSnapshot } from './snapshot';

// The recorded answers' snapshot (test/network/sample-snapshot.ts): 91,132 USD, tip 931,958,
// fees over blocks 931,815–931,958; the price taken at 2026-01-12 12:00:00 UTC.
const priceAt = '2026-01-12T12:00:00.000Z';
const clock = new Date('2026-01-12T12:00:05.000Z');
const bundled: KnownPrice = { usd: 91_132, origin: 'bundled', asOf: '2026-01-12' };

function snapshot(changes: Partial<NetworkSnapshot> = {}): NetworkSnapshot {
  return { ...sampleSnapshot(), btc_price_at: priceAt, ...changes };
}

describe('crossCheckSnapshot', () => {
  it('finds nothing wrong with figures that agree with the bundled price, the clock and the tip', () => {
    expect(crossCheckSnapshot(snapshot(), [bundled], clock)).toEqual([]);
  });

  it('flags a price more than 5× from a known price, either way, and not one at 5× exactly', () => {
    expect(maxPriceRatio).toBe(5);
    expect(crossCheckSnapshot(snapshot({ btc_price_usd: 911_320 }), [bundled], clock)).toEqual([
      { kind: 'price-far', priceUsd: 911_320, known: bundled, ratio: 10 },
    ]);
    const crash = crossCheckSnapshot(snapshot({ btc_price_usd: 1_000 }), [bundled], clock);
    expect(crash).toMatchObject([{ kind: 'price-far', priceUsd: 1_000 }]);
    expect(crossCheckSnapshot(snapshot({ btc_price_usd: 5 * 91_132 }), [bundled], clock)).toEqual([]);
  });

  it('compares with each known price on its own: the bundled one and the last written one', () => {
    const written: KnownPrice = { usd: 300_000, origin: 'written', asOf: '2026-06-01 09:00:00' };
    const flags = crossCheckSnapshot(snapshot({ btc_price_usd: 50_000 }), [bundled, written], clock);
    expect(flags).toEqual([{ kind: 'price-far', priceUsd: 50_000, known: written, ratio: 6 }]);
  });

  it('flags a price taken more than a day before or after the clock, and a price with no time', () => {
    expect(maxPriceAgeMs).toBe(86_400_000);
    const old = crossCheckSnapshot(snapshot({ btc_price_at: '2019-01-01T00:00:00.000Z' }), [bundled], clock);
    expect(old).toMatchObject([{ kind: 'price-time-far', priceAt: '2019-01-01T00:00:00.000Z' }]);
    expect((old[0] as { hours: number }).hours).toBeCloseTo((Date.parse('2026-01-12T12:00:05Z') - Date.parse('2019-01-01T00:00:00Z')) / 3_600_000, 6);
    const ahead = crossCheckSnapshot(snapshot({ btc_price_at: '2026-01-14T12:00:00.000Z' }), [bundled], clock);
    expect(ahead).toMatchObject([{ kind: 'price-time-far' }]);
    expect((ahead[0] as { hours: number }).hours).toBeLessThan(0);
    expect(crossCheckSnapshot(snapshot({ btc_price_at: '2026-01-11T12:00:06.000Z' }), [bundled], clock)).toEqual([]);
    const { btc_price_at: _, ...timeless } = snapshot();
    expect(crossCheckSnapshot(timeless as NetworkSnapshot, [bundled], clock)).toEqual([{ kind: 'price-time-missing' }]);
  });

  it('flags fees averaged over a window far from the tip (ending at block 5,000,000 with the tip at 931,958)', () => {
    const far = snapshot({ fee_blocks: { first: 4_999_857, last: 5_000_000 } });
    expect(crossCheckSnapshot(far, [bundled], clock)).toEqual([{ kind: 'fees-off-tip', firstBlock: 4_999_857, lastBlock: 5_000_000, tip: 931_958 }]);
    const behind = snapshot({ fee_blocks: { first: 931_815 - 13, last: 931_958 - maxFeeWindowDistanceBlocks - 1 } });
    expect(crossCheckSnapshot(behind, [bundled], clock)).toMatchObject([{ kind: 'fees-off-tip' }]);
    const nearly = snapshot({ fee_blocks: { first: 931_815 - 12, last: 931_958 - maxFeeWindowDistanceBlocks } });
    expect(crossCheckSnapshot(nearly, [bundled], clock)).toEqual([]);
  });
});
