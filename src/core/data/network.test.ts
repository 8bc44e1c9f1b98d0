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
  // (Hashrate Index capture), 2024-12-23, 2025-03-03 and 2025-11-03 (roundups, heights ≈ [D]
  // linear in date), 2026-01-12 (roundup), and the 2026-09-15 and 2026-10-05 explorer captures;
  // the 2026 difficulty epochs and the 2026-09-20 price reference lack fields.
  it.each([
    ['2024-11-11', undefined],
    ['2024-11-12', '2024-11-12'],
    ['2026-01-11', '2025-11-03'],
    ['2026-01-12', '2026-01-12'],
    ['2026-09-14', '2026-01-12'],
    ['2026-10-04', '2026-09-15'],
    ['2026-12-07', '2026-10-05'],
    [undefined, '2026-10-05'],
  ] as const)('the latest complete row on or before %s is the row of %s', (date, rowDate) => {
    expect(latestCompleteNetworkRow(date)?.date).toBe(rowDate);
  });

  it('finds the first complete row, and calls a row complete only with all four figures', () => {
    expect(firstCompleteNetworkRow()?.date).toBe('2024-11-12');
    const complete = listNetworkRows().filter(isCompleteNetworkRow);
    expect(complete.map((row) => row.date)).toEqual(['2024-11-12', '2024-12-23', '2025-03-03', '2025-11-03', '2026-01-12', '2026-09-15', '2026-10-05']);
    const incomplete = listNetworkRows().filter((row) => !isCompleteNetworkRow(row));
    expect(incomplete.length).toBe(listNetworkRows().length - complete.length);
    for (const row of incomplete) expect(networkRowFields.some((field) => row[field] === undefined)).toBe(true);
  });
});
