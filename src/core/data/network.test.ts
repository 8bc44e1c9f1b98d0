import { firstCompleteNetworkRow, isCompleteNetworkRow, latestCompleteNetworkRow, listHalvings, listNetworkRows, networkNotes, networkRowFields } from './network';

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

  // data/network.json: the rows holding a price, a difficulty, fees and a height are 2024-11-12
  // (Hashrate Index capture) and 2026-01-12 (Hashrate Index roundup, height [D] from the
  // 2026-01-08 adjustment at 931,392); 2026-01-08 and 2026-03-20 lack a price and fees.
  it.each([
    ['2024-11-11', undefined],
    ['2024-11-12', '2024-11-12'],
    ['2026-01-11', '2024-11-12'],
    ['2026-01-12', '2026-01-12'],
    ['2026-03-20', '2026-01-12'],
    [undefined, '2026-01-12'],
  ] as const)('the latest complete row on or before %s is the row of %s', (date, rowDate) => {
    expect(latestCompleteNetworkRow(date)?.date).toBe(rowDate);
  });

  it('finds the first complete row, and calls a row complete only with all four figures', () => {
    expect(firstCompleteNetworkRow()?.date).toBe('2024-11-12');
    const incomplete = listNetworkRows().filter((row) => !isCompleteNetworkRow(row));
    expect(incomplete.map((row) => row.date)).toEqual(['2024-04-10', '2024-12-23', '2025-03-03', '2025-11-03', '2026-01-08', '2026-03-20']);
    for (const row of incomplete) expect(networkRowFields.some((field) => row[field] === undefined)).toBe(true);
  });
});
