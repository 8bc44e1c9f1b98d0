/**
 * Every MINER.* function, called through the Excel layer on a large seeded sample of
 * arguments, gives exactly the result recorded in test/fixtures/recorded-results.json: the same
 * double to the last bit, or the same Excel error and message. The sample mixes the inputs a
 * worksheet makes (short decimals, whole numbers, and full-precision doubles such as
 * 0.02 + 6 × 0.001 = 0.026000000000000002 from a filled series) around each function's
 * catalogue example, so that the exact arithmetic's small, wide and large paths all run.
 * A change made for speed must leave every figure as it was.
 *
 * To record anew after a change that is meant to move results: RECORD_RESULTS=1 npx jest
 * test/functions/recorded-results.test.ts (and say why in the commit).
 */
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { catalogue } from '../../src/catalogue';
import { exampleValues } from '../../src/catalogue/example';
import { miner } from '../helpers/miner';
import { seededRandom as random } from '../helpers/seeded-random';

const fixture = path.join(__dirname, '..', 'fixtures', 'recorded-results.json');
/** Cases per function written out one by one (readable on a failure; a spilled table is long) ... */
const listedCases = { scalar: 150, table: 5 };
/** ... and in all, the rest checked through one digest (fewer for the spilled tables, each a long run). */
const allCases = { scalar: 3000, table: 200 };

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

function outcome(id: string, args: unknown[]): string {
  try {
    const value = miner[id](...args);
    return typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return `error ${code} ${message}`;
  }
}

function casesOf(example: unknown[], count: number, seed: number): unknown[][] {
  const next = random(seed);
  return Array.from({ length: count }, () =>
    example.map((arg) => (typeof arg === 'number' && next() < 0.8 ? variant(arg, next) : arg)),
  );
}

/** The benchmark's sensitivity grid: power price 0.02 + i × 0.001 (full-precision doubles) × efficiency 12 + j × 0.25. */
function breakevenGrid(): unknown[][] {
  const example = exampleValues(catalogue.find(({ declaration }) => declaration.id === 'BREAKEVEN_BTC')!.docs.example);
  return Array.from({ length: 100 }, (_, i) => 0.02 + i * 0.001).flatMap((price) =>
    Array.from({ length: 100 }, (_, j) => [12 + j * 0.25, price, ...example.slice(2)]),
  );
}

function digestOf(outcomes: string[]): string {
  return createHash('sha256').update(outcomes.join('\n')).digest('hex');
}

function record(): Record<string, { listed: string[]; digest: string }> {
  const grid = breakevenGrid().map((args) => outcome('BREAKEVEN_BTC', args));
  return Object.fromEntries([
    ['BREAKEVEN_BTC grid', { listed: grid.filter((_, i) => i % 97 === 0), digest: digestOf(grid) }],
    ...catalogue.map(({ declaration, docs }, index) => {
      const kind = declaration.result === 'table' ? 'table' : 'scalar';
      const outcomes = casesOf(exampleValues(docs.example), allCases[kind], 1000 + index).map((args) => outcome(declaration.id, args));
      return [declaration.id, { listed: outcomes.slice(0, listedCases[kind]), digest: digestOf(outcomes) }];
    }),
  ]);
}

if (process.env.RECORD_RESULTS) {
  fs.writeFileSync(fixture, `${JSON.stringify(record(), null, 1)}\n`);
}

const recorded: Record<string, { listed: string[]; digest: string }> = JSON.parse(fs.readFileSync(fixture, 'utf8'));

describe('MINER.* functions give the recorded results, bit for bit', () => {
  const now = record();
  it.each(Object.keys(recorded))('%s', (id) => {
    expect(now[id].listed).toEqual(recorded[id].listed);
    expect(now[id].digest).toBe(recorded[id].digest);
  });
});
