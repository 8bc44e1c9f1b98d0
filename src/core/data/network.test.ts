import { firstNetworkRow, latestNetworkRow, listHalvings, listNetworkRows, networkNotes, networkRowFields } from './network';

describe('network history', () => {
  it('lists the rows ascending by date and the halvings ascending by height', () => {
    const dates = listNetworkRows().map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThanOrEqual(8);
    const heights = listHalvings().map((h) => h.height);
    // Bitcoin halvings every 210,000 blocks from 210,000.
    expect(heights.slice(0, 4)).toEqual([210_000, 420_000, 630_000, 840_000]);
    expect(networkNotes().length).toBeGreaterThan(0);
    expect(networkRowFields).toEqual(['btc_price_usd', 'difficulty', 'fees_btc_per_block', 'block_height']);
  });

  // data/network.json: heights on 2024-04-10, 2024-11-12 and 2026-03-20 only.
  it.each([
    ['block_height', '2024-04-09', undefined],
    ['block_height', '2024-04-10', '2024-04-10'],
    ['block_height', '2026-03-19', '2024-11-12'],
    ['block_height', undefined, '2026-03-20'],
    ['btc_price_usd', undefined, '2026-01-12'],
    [undefined, '2026-01-10', '2026-01-08'],
    [undefined, undefined, '2026-03-20'],
  ] as const)('latest %s on or before %s is the row of %s', (field, date, rowDate) => {
    expect(latestNetworkRow(field, date)?.date).toBe(rowDate);
  });

  it('finds the first row with a field', () => {
    expect(firstNetworkRow('btc_price_usd')?.date).toBe('2024-11-12');
    expect(firstNetworkRow(undefined)?.date).toBe('2024-04-10');
  });
});
