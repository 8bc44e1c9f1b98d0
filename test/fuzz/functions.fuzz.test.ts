/**
 * Property test of every MINER.* function: at least 2,000 generated argument lists each,
 * through the Excel layer, must each get a finite number, text where the result is not a
 * declared number, a rectangular table of them, or a CustomFunctions.Error with a code the
 * contract allows (allowed-errors.ts) and, for #VALUE!, a message naming a parameter. No
 * exception escapes, no NaN, no Infinity, no hang.
 *
 * The functions, their parameters and a valid argument list for each (its worked example) come
 * from the catalogue, so a function added later is fuzzed without editing this file.
 * A failure prints fast-check's seed and path: rerun one function with that seed by setting
 * FUZZ_SEED=<seed> (and FUZZ_RUNS for a longer run).
 */
import fc from 'fast-check';
import * as vm from 'vm';
import { catalogue } from '../../src/catalogue';
import { exampleValues } from '../../src/catalogue/example';
import { catalogueMetadata } from '../../src/catalogue/metadata';
import { functionsById } from '../../src/functions/registry';
import { allowedExtraCodes } from './allowed-errors';
import { argumentLists, FunctionMetadata } from './arguments';
import { outcomeProblem } from './outcome';

const samples: Record<string, { args: unknown[] }> = Object.fromEntries(
  catalogue.map(({ declaration, docs }) => [declaration.id, { args: exampleValues(docs.example) }]),
);
const metadata = catalogueMetadata() as unknown as { functions: FunctionMetadata[] };
const implementations = functionsById();

const numRuns = Math.max(2000, Number(process.env.FUZZ_RUNS) || 0);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Far beyond any honest run (2,000 calls take well under a second); only a hang reaches it. */
const hangLimitMs = 60_000;

/** Text values for string parameters: every text in the sample argument lists (tickers, fields, units, models). */
const textPool = [
  ...new Set(
    Object.values(samples)
      .flatMap((sample) => sample.args)
      .filter((arg): arg is string => typeof arg === 'string'),
  ),
];

/**
 * Runs `body` under a watchdog that stops it after `ms` even inside a synchronous endless
 * loop (vm's timeout terminates whatever JavaScript is running).
 */
const watchdog = vm.createContext({ body: () => undefined });
const runBody = new vm.Script('body()');
function withWatchdog(ms: number, body: () => void): void {
  watchdog.body = body;
  runBody.runInContext(watchdog, { timeout: ms });
}

describe('every MINER.* function honours its contract on generated arguments', () => {
  it('enumerates the functions of the catalogue, each made by the Excel layer', () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(metadata.functions.map((fn) => fn.id).filter((id) => !implementations.has(id))).toEqual([]);
  });

  it('has an error decision for every function (add one to test/fuzz/allowed-errors.ts)', () => {
    expect(metadata.functions.map((fn) => fn.id).filter((id) => !(id in allowedExtraCodes))).toEqual([]);
    // and no entry outlives its function
    expect(Object.keys(allowedExtraCodes).filter((id) => !metadata.functions.some((fn) => fn.id === id))).toEqual([]);
  });

  for (const fn of metadata.functions) {
    it(`${fn.id} (${numRuns} argument lists)`, () => {
      const implementation = implementations.get(fn.id);
      const extraCodes = allowedExtraCodes[fn.id];
      if (!implementation || !extraCodes) throw new Error(`${fn.id}: see the two tests above`);
      let current: unknown[] = [];
      const property = fc.property(argumentLists(fn, samples[fn.id]?.args, textPool), (args) => {
        current = args;
        const problem = outcomeProblem(fn, extraCodes, () => implementation(...args));
        if (problem) throw new Error(`${fn.id}(${args.map((a) => fc.stringify(a)).join(', ')}) ${problem}`);
      });
      try {
        withWatchdog(hangLimitMs, () => fc.assert(property, { numRuns, seed }));
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
          throw new Error(`${fn.id} hung (no answer within ${hangLimitMs} ms) on (${current.map((a) => fc.stringify(a)).join(', ')})`);
        }
        throw error;
      }
    });
  }
});
