/**
 * The seeded calls behind test/fixtures/recorded-results.json, and how an outcome is written
 * down, shared by the Node check (test/functions/recorded-results.test.ts, which also records
 * the fixture anew) and the engine checks (test/engines/), which make the same calls on the
 * shipped bundle in JavaScriptCore, Firefox and WebKit. The sample mixes the inputs a worksheet
 * makes (short decimals, whole numbers, and full-precision doubles such as
 * 0.02 + 6 × 0.001 = 0.026000000000000002 from a filled series) around each function's catalogue
 * example, so that the exact arithmetic's small, wide and large paths all run.
 */
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { catalogue } from '../../src/catalogue';
import { exampleValues } from '../../src/catalogue/example';
import { seededRandom as random } from './seeded-random';

export const recordedResultsFile = path.join(__dirname, '..', 'fixtures', 'recorded-results.json');

/** A function's recorded outcomes: the first ones written out (readable on a failure), all of them through one digest. */
export interface RecordedOutcomes {
  listed: string[];
  digest: string;
}

/** Cases per function written out one by one (readable on a failure; a spilled table is long) ... */
const listedCases = { scalar: 150, table: 5 };
/** ... and in all, the rest checked through one digest (fewer for the spilled tables, each a long run). */
const allCases = { scalar: 3000, table: 200 };

/** The key of the sensitivity grid in the fixture. */
export const breakevenGridKey = 'BREAKEVEN_BTC grid';

/** One entry of the fixture: which function is called on which arguments. */
export interface RecordedCalls {
  key: string;
  id: string;
  listedCount: number;
  calls: unknown[][];
}

/** A number near `x` in one of the forms a worksheet makes. */
function variant(x: number, next: () => number): number {
  const form = Math.floor(next() * 6);
  const scale = x === 0 ? 1 : Math.abs(x);
  switch (form) {
    case 0:
      return x; // the example itself
    case 1:
      // a short decimal near it: 2 to 4 significant digits
      return Number((x + (next() - 0.5) * scale).toPrecision(2 + Math.floor(next() * 3)));
    case 2: {
      // a filled series: start + i × step, full-precision doubles
      const step = Number((scale / 100).toPrecision(1));
      return x + Math.floor(next() * 100) * step;
    }
    case 3:
      // any double near it
      return x * (0.5 + next());
    case 4:
      // a whole number near it
      return Math.round(x * (0.5 + next()));
    default:
      // a product of two short decimals (a percentage of a figure)
      return x * Number((0.5 + next()).toFixed(3));
  }
}

function casesOf(example: unknown[], count: number, seed: number): unknown[][] {
  const next = random(seed);
  return Array.from({ length: count }, () =>
    example.map((arg) => (typeof arg === 'number' && next() < 0.8 ? variant(arg, next) : arg)),
  );
}

/** The benchmark's sensitivity grid: power price 0.02 + i × 0.001 (full-precision doubles) × efficiency 12 + j × 0.25. */
export function breakevenGrid(): unknown[][] {
  const example = exampleValues(catalogue.find(({ declaration }) => declaration.id === 'BREAKEVEN_BTC')!.docs.example);
  return Array.from({ length: 100 }, (_, i) => 0.02 + i * 0.001).flatMap((price) =>
    Array.from({ length: 100 }, (_, j) => [12 + j * 0.25, price, ...example.slice(2)]),
  );
}

/** Every recorded call, in the fixture's order: the grid, then each function of the catalogue. */
export function recordedCalls(): RecordedCalls[] {
  return [
    { key: breakevenGridKey, id: 'BREAKEVEN_BTC', listedCount: -1, calls: breakevenGrid() },
    ...catalogue.map(({ declaration, docs }, index) => {
      const kind = declaration.result === 'table' ? 'table' : 'scalar';
      const calls = casesOf(exampleValues(docs.example), allCases[kind], 1000 + index);
      return { key: declaration.id, id: declaration.id, listedCount: listedCases[kind], calls };
    }),
  ];
}

/**
 * How an outcome is written down: a number as JavaScript prints it (the shortest digits that
 * read back as the same double, so equal text is equal bits; −0 as "-0"), a table as JSON, an
 * error as its Excel code and message. The engine runner (test/helpers/engine-runner-script.ts)
 * writes it the same way.
 */
export function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): string {
  try {
    const value = fn(...args);
    return typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return `error ${code} ${message}`;
  }
}

export function digestOf(outcomes: readonly string[]): string {
  return createHash('sha256').update(outcomes.join('\n')).digest('hex');
}

/** The fixture's entry for one function's outcomes (the grid lists every 97th cell). */
export function recordedEntry(calls: RecordedCalls, outcomes: readonly string[]): RecordedOutcomes {
  const listed = calls.listedCount < 0 ? outcomes.filter((_, i) => i % 97 === 0) : outcomes.slice(0, calls.listedCount);
  return { listed, digest: digestOf(outcomes) };
}

export function readRecordedResults(): Record<string, RecordedOutcomes> {
  return JSON.parse(fs.readFileSync(recordedResultsFile, 'utf8'));
}

export function writeRecordedResults(results: Record<string, RecordedOutcomes>): void {
  fs.writeFileSync(recordedResultsFile, `${JSON.stringify(results, null, 1)}\n`);
}
