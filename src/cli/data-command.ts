/**
 * `hashwatt data`: each bundled data set, its newest date and its age in days against today's
 * date (UTC), so a user sees how old the figures are before trusting them. The clock is read
 * here, never in src/core.
 */
import { ageInDays, bundledDataSets } from '../core/data/data-sets';
import type { CliOutcome } from './outcome';

export const dataUsage = 'hashwatt data                      each bundled data set, its newest date and age in days';

/** One line a data set, tab-separated after a header; as JSON lines with `json`. */
export function runData(json: boolean, today = new Date()): CliOutcome {
  const todayIso = today.toISOString().slice(0, 10);
  const rows = bundledDataSets().map((set) => ({ ...set, age_days: ageInDays(set.newest, todayIso) }));
  if (json) return { stdout: rows.map((row) => JSON.stringify({ ...row, today: todayIso })).join('\n') + '\n', stderr: '', status: 0 };
  const lines = [['data_set', 'file', 'newest', 'age_days'], ...rows.map((row) => [row.name, row.file, row.newest, String(row.age_days)])];
  return { stdout: lines.map((line) => line.join('\t')).join('\n') + '\n', stderr: '', status: 0 };
}
