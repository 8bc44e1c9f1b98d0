import { listPresets, newestAsOf } from './presets';
import { ageInDays, bundledDataSets } from './data-sets';

describe('bundledDataSets', () => {
  const sets = bundledDataSets();

  it('lists the network history, its newest complete snapshot, the machine specs and every preset', () => {
    // data/network.json: the newest row and the newest complete snapshot are both the
    // 2026-10-05 captures (mining.md, "2026 network data").
    expect(sets[0]).toEqual({ name: 'network history', file: 'data/network.json', newest: '2026-10-05' });
    expect(sets[1]).toEqual({ name: 'network snapshot (NETWORK without a date)', file: 'data/network.json', newest: '2026-10-05' });
    // data/asics.json: undated specs stand at the reference's compile date, 2026-06-30.
    expect(sets[2]).toEqual({ name: 'ASIC specs', file: 'data/asics.json', newest: '2026-06-30' });
    const presets = listPresets();
    expect(sets.slice(3).map((s) => s.file)).toEqual(presets.map((p) => `data/presets/${p.ticker}.json`));
    expect(sets.slice(3).map((s) => s.newest)).toEqual(presets.map(newestAsOf));
    for (const set of sets) expect(set.newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('ageInDays', () => {
  it('counts whole days to the day given, across months and years', () => {
    expect(ageInDays('2026-10-05', '2026-12-07')).toBe(63);
    expect(ageInDays('2026-01-12', '2026-12-07')).toBe(329);
    expect(ageInDays('2025-12-31', '2026-01-01')).toBe(1);
    expect(ageInDays('2026-12-07', '2026-12-07')).toBe(0);
    expect(ageInDays('2026-12-08', '2026-12-07')).toBe(-1);
  });

  it('names a value that is not a date', () => {
    expect(() => ageInDays('2026-02-30', '2026-12-07')).toThrow('date must be a date YYYY-MM-DD');
    expect(() => ageInDays('2026-10-05', 'today')).toThrow('today must be a date YYYY-MM-DD');
  });
});
