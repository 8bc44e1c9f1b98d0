import { bundledDataSets } from '../core/data/data-sets';
import { runData } from './data-command';

describe('hashwatt data', () => {
  // The 2026-10-05 network captures are 63 days old on 2026-12-07.
  const today = new Date('2026-12-07T21:00:00Z');

  it('prints each data set with its newest date and its age against the day given', () => {
    const out = runData(false, today);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(lines[0]).toEqual(['data_set', 'file', 'newest', 'age_days']);
    expect(lines[1]).toEqual(['network history', 'data/network.json', '2026-10-05', '63']);
    expect(lines[3]).toEqual(['ASIC specs', 'data/asics.json', '2026-06-30', '160']);
    expect(lines).toHaveLength(bundledDataSets().length + 1);
  });

  it('prints JSON lines with --json, naming the day measured against', () => {
    const rows = runData(true, today).stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows[0]).toEqual({ name: 'network history', file: 'data/network.json', newest: '2026-10-05', age_days: 63, today: '2026-12-07' });
  });
});
