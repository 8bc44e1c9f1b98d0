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

/**
 * An example of a function beyond its catalogue example, for the paths that example leaves out
 * (its trailing arguments omitted): its own key in the fixture, varied as the catalogue examples
 * are, and also every figure of a range (a blank stays blank). So that the calls stay valid
 * (a rule's error is already recorded by the catalogue example's calls), `whole` are the
 * arguments a whole number must fill (months, years), their variants rounded, and `shares` the
 * arguments that must lie between 0 and 1, a variant outside kept at the example's value.
 */
export interface ExampleVariant {
  key: string;
  id: string;
  example: unknown[];
  whole?: readonly number[];
  shares?: readonly number[];
  count: number;
}

type Fit = 'any' | 'whole' | 'share';

function fitted(x: number, varied: number, fit: Fit): number {
  if (fit === 'whole') return Math.max(1, Math.round(varied));
  if (fit === 'share') return varied > 0 && varied < 1 ? varied : x;
  return varied;
}

function variedArgument(arg: unknown, fit: Fit, next: () => number): unknown {
  if (typeof arg === 'number') return next() < 0.8 ? fitted(arg, variant(arg, next), fit) : arg;
  if (Array.isArray(arg)) return arg.map((row: unknown[]) => row.map((cell) => variedArgument(cell, 'any', next)));
  return arg;
}

function variantCasesOf({ example, whole = [], shares = [], count }: ExampleVariant, seed: number): unknown[][] {
  const next = random(seed);
  const fits = example.map((_, i): Fit => (whole.includes(i) ? 'whole' : shares.includes(i) ? 'share' : 'any'));
  return Array.from({ length: count }, () => example.map((arg, i) => variedArgument(arg, fits[i], next)));
}

/** A column of `figures` a year or month from `first`, each `step` apart, then `blanks` blank cells (Excel hands a blank as null). */
function columnEndingInBlanks(first: number, step: number, figures: number, blanks: number): (number | null)[][] {
  return [...Array.from({ length: figures }, (_, i) => [first + i * step]), ...Array.from({ length: blanks }, () => [null])];
}

/**
 * LEASE_FINANCING's and LEASE_SUMMARY's catalogue example with every trailing argument given:
 * an 18-month build, a tenor shorter than the term, an exit, the debt profile, a downside rent
 * haircut, a debt service reserve, a lock-up, a close date and a cash sweep. Arguments 2, 6, 10
 * and 16 are whole numbers (term, build, tenor, reserve months), 4, 7, 12, 14, 15 and 19 shares
 * (NOI margin, loan-to-cost, exit cap rate, balloon share, haircut, sweep share; a sweep of all
 * the excess, 1, is its own example).
 */
function leaseDealWith(profile: string, balloonShare: number | null, sweepShare: number): unknown[] {
  return [245, 128, 15, 0.03, 0.6, 10000000, 18, 0.85, 0.06192, 1.4, 13, true, 0.075, profile, balloonShare, 0.15, 6, 1.6, 46113, sweepShare];
}
const leaseWhole = [2, 6, 10, 16];
const leaseShares = [4, 7, 12, 14, 15, 19];
const leaseProfiles: [string, number | null, number][] = [
  ['sculpted', null, 0.5],
  ['level', null, 1],
  ['bullet', null, 0.35],
  ['balloon', 0.3, 0.75],
];

/**
 * The paths the catalogue examples leave out: the lease's reserve funded at close, lock-up and
 * cash sweep under each debt profile with a downside case; a balloon schedule and a debt size
 * on CFADS columns that end in blanks (read as 0); a machine's cash flows and payback on a
 * hashprice column longer than its months, blanks after (not read).
 */
export const exampleVariants: readonly ExampleVariant[] = [
  ...(['LEASE_FINANCING', 'LEASE_SUMMARY'] as const).flatMap((id) =>
    leaseProfiles.map(([profile, balloonShare, sweepShare]) => ({
      key: `${id} ${profile}, reserve, lock-up, sweep`,
      id,
      example: leaseDealWith(profile, balloonShare, sweepShare),
      whole: leaseWhole,
      shares: leaseShares,
      count: 30,
    })),
  ),
  {
    key: 'DEBT_SCHEDULE balloon, CFADS ending in blanks',
    id: 'DEBT_SCHEDULE',
    example: [1000000, 0.06, 5, columnEndingInBlanks(300000, 10000, 4, 3), true, 'balloon', 0.25],
    whole: [2],
    shares: [6],
    count: 40,
  },
  {
    key: 'DEBT_SIZE CFADS ending in blanks',
    id: 'DEBT_SIZE',
    example: [columnEndingInBlanks(45400000, 1000000, 12, 3), 0.06192, 15, 1.4, 245000000, 0.85],
    whole: [2],
    shares: [5],
    count: 40,
  },
  {
    key: 'ASIC_CASHFLOWS hashprice column ending in blanks',
    id: 'ASIC_CASHFLOWS',
    example: [46113, 12, 270, 13.5, 0.05, columnEndingInBlanks(39.33, -0.41, 24, 6), 1890, 0.97, 0.02],
    whole: [0, 1],
    shares: [7, 8],
    count: 40,
  },
  {
    key: 'ASIC_PAYBACK_MONTHS hashprice column ending in blanks',
    id: 'ASIC_PAYBACK_MONTHS',
    example: [1890, 270, 13.5, 0.05, columnEndingInBlanks(39.33, -0.41, 80, 12), 0.97, 0.02, 36],
    whole: [7],
    shares: [5, 6],
    count: 40,
  },
];

/** The benchmark's sensitivity grid: power price 0.02 + i × 0.001 (full-precision doubles) × efficiency 12 + j × 0.25. */
export function breakevenGrid(): unknown[][] {
  const example = exampleValues(catalogue.find(({ declaration }) => declaration.id === 'BREAKEVEN_BTC')!.docs.example);
  return Array.from({ length: 100 }, (_, i) => 0.02 + i * 0.001).flatMap((price) =>
    Array.from({ length: 100 }, (_, j) => [12 + j * 0.25, price, ...example.slice(2)]),
  );
}

/** Every recorded call, in the fixture's order: the grid, each function of the catalogue, then the example variants. */
export function recordedCalls(): RecordedCalls[] {
  return [
    { key: breakevenGridKey, id: 'BREAKEVEN_BTC', listedCount: -1, calls: breakevenGrid() },
    ...catalogue.map(({ declaration, docs }, index) => {
      const kind = declaration.result === 'table' ? 'table' : 'scalar';
      const calls = casesOf(exampleValues(docs.example), allCases[kind], 1000 + index);
      return { key: declaration.id, id: declaration.id, listedCount: listedCases[kind], calls };
    }),
    ...exampleVariants.map((variantSpec, index) => {
      const kind = catalogue.find(({ declaration }) => declaration.id === variantSpec.id)!.declaration.result === 'table' ? 'table' : 'scalar';
      return { key: variantSpec.key, id: variantSpec.id, listedCount: listedCases[kind], calls: variantCasesOf(variantSpec, 5000 + index) };
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
