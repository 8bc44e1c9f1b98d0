/**
 * Every MINER.* function, called through the Excel layer on a large seeded sample of
 * arguments (test/helpers/recorded-cases.ts), gives exactly the result recorded in
 * test/fixtures/recorded-results.json: the same double to the last bit, or the same Excel error
 * and message. A change made for speed must leave every figure as it was. The same calls on the
 * shipped bundle in the other engines Excel runs are checked in test/engines/.
 *
 * To record anew after a change that is meant to move results: RECORD_RESULTS=1 npx jest
 * test/functions/recorded-results.test.ts (and say why in the commit).
 */
import { miner } from '../helpers/miner';
import { outcome, readRecordedResults, recordedCalls, recordedEntry, RecordedOutcomes, writeRecordedResults } from '../helpers/recorded-cases';

function record(): Record<string, RecordedOutcomes> {
  return Object.fromEntries(
    recordedCalls().map((entry) => [entry.key, recordedEntry(entry, entry.calls.map((args) => outcome(miner[entry.id], args)))]),
  );
}

if (process.env.RECORD_RESULTS) writeRecordedResults(record());

const recorded = readRecordedResults();

describe('MINER.* functions give the recorded results, bit for bit', () => {
  const now = record();
  it.each(Object.keys(recorded))('%s', (id) => {
    expect(now[id].listed).toEqual(recorded[id].listed);
    expect(now[id].digest).toBe(recorded[id].digest);
  });
});
