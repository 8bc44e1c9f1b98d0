import { latestCompleteNetworkRow } from '../../core/data/network';
import { expectClose } from '../../../test/helpers/tolerance';
import { bundledNetworkFigures } from './bundled';

describe('bundledNetworkFigures', () => {
  const figures = bundledNetworkFigures();

  it('gives every field from the latest complete row, with its date and each figure\'s source', () => {
    expect(figures.map((f) => f.field)).toEqual(['btc_price_usd', 'difficulty', 'network_hashrate_ehs', 'block_height', 'fees_btc_per_block']);
    for (const figure of figures) {
      expect(figure.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.source).toMatch(/^https:\/\//);
      expect(Number.isFinite(figure.value) && figure.value > 0).toBe(true);
    }
    const price = figures.find((f) => f.field === 'btc_price_usd')!;
    const row = latestCompleteNetworkRow()!;
    expect([price.value, price.date, price.source]).toEqual([row.btc_price_usd!.value, row.date, row.btc_price_usd!.source]);
    // One snapshot: every figure carries the same date (data/network.json, the 2026-10-05 captures).
    expect(new Set(figures.map((f) => f.date))).toEqual(new Set(['2026-10-05']));
  });

  it('derives the hashrate from the latest difficulty, and says so', () => {
    const difficulty = figures.find((f) => f.field === 'difficulty')!;
    const hashrate = figures.find((f) => f.field === 'network_hashrate_ehs')!;
    expectClose(hashrate.value, (difficulty.value * 2 ** 32) / 600 / 1e18);
    expect([hashrate.derived, difficulty.derived]).toEqual([true, false]);
    expect(hashrate.date).toBe(difficulty.date);
  });
});
