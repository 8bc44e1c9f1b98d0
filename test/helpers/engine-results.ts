/**
 * Compares an engine's outcomes of the recorded calls with test/fixtures/recorded-results.json
 * (the listed outcomes and the digest of all of them), and on a difference names the cells
 * that differ from Node's own outcomes, so a failure says where an engine parts ways.
 */
import { readPresetFiles } from './data-files';
import type { PaneState } from './engines';
import { miner } from './miner';
import { outcome, readRecordedResults, RecordedCalls, recordedCalls, recordedEntry, RecordedOutcomes } from './recorded-cases';

/** What differs for one fixture key: the digest, and the first calls whose outcome differs from Node's. */
export interface EngineDifference {
  key: string;
  problem: string;
  differingCalls: number;
  examples: { args: unknown[]; node: string; engine: string }[];
}

/** Every key whose outcomes differ from the recorded ones (empty when the engine agrees to the bit). */
export function differencesFromRecorded(
  calls: readonly RecordedCalls[],
  engineOutcomes: Record<string, string[] | null>,
  recorded: Record<string, RecordedOutcomes>,
): EngineDifference[] {
  const differences: EngineDifference[] = [];
  for (const entry of calls) {
    const outcomes = engineOutcomes[entry.key];
    if (!outcomes) {
      differences.push({ key: entry.key, problem: `${entry.id} is not registered by the bundle`, differingCalls: entry.calls.length, examples: [] });
      continue;
    }
    const now = recordedEntry(entry, outcomes);
    const then = recorded[entry.key];
    if (then && now.digest === then.digest && JSON.stringify(now.listed) === JSON.stringify(then.listed)) continue;
    const node = entry.calls.map((args) => outcome(miner[entry.id], args));
    const differing = entry.calls.map((args, i) => ({ args, node: node[i], engine: outcomes[i] })).filter((call) => call.node !== call.engine);
    differences.push({
      key: entry.key,
      problem: then ? 'differs from the recorded results' : 'has no recorded results',
      differingCalls: differing.length,
      examples: differing.slice(0, 3).map((call) => ({ ...call, node: call.node.slice(0, 300), engine: call.engine.slice(0, 300) })),
    });
  }
  return differences;
}

/**
 * The tests every engine runs on its outcomes of the recorded calls (test/engines/): the bundle
 * registers every function of the catalogue, and each fixture key's outcomes (the 100 × 100
 * BREAKEVEN_BTC grid among them) are the recorded ones to the bit. `outcomes` is read when the
 * tests run, after the engine's beforeAll.
 */
export function itGivesTheRecordedResults(outcomes: () => Record<string, string[] | null>): void {
  const calls = recordedCalls();
  const recorded = readRecordedResults();
  it('registers every function of the catalogue', () => {
    const missing = calls.filter((entry) => !outcomes()[entry.key]).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });
  it.each(calls.map((entry) => [entry.key, entry] as const))('%s: every recorded result, bit for bit', (_, entry) => {
    expect(differencesFromRecorded([entry], outcomes(), recorded)).toEqual([]);
  });
}

/**
 * The task pane's preview as every engine must show it: "Preview", every preset of data/presets,
 * no uncaught error. Content-Security-Policy reports are collected (PaneState) but judged by the
 * Chromium tests (test/e2e), which check the page's policy against what Office.js loads.
 */
export function expectPaneLoaded(state: PaneState): void {
  const tickers = readPresetFiles().map((file) => file.ticker);
  expect({ connection: state.connection, tickers: state.tickers, pageErrors: state.pageErrors }).toEqual({ connection: 'Preview', tickers, pageErrors: [] });
}
