import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { isoDateToSerial } from '../dates';
import { expectClose } from '../../../test/helpers/tolerance';
import { defaultFanPathsFor, hashpriceFan, hashpriceFanHeaders, hashpriceFanParams } from './hashprice-fan';
import { hashpricePath, hashpricePathParams } from './hashprice-path';

const checkedHashpriceFan = checkedCore(hashpriceFanParams, hashpriceFan);
const checkedHashpricePath = checkedCore(hashpricePathParams, hashpricePath);

const start = isoDateToSerial('2026-03-20') as number; // 46101, block 941,472 (mining.md)
type Args = [number, number, number, number, number, number, number?, number?, number?, number?, number?, boolean?];
const validArgs: Args = [start, 4, 70343.9, 957.7, 941_472, 0.5, 0.025, 0, 0.0173, 1000, 7];

/** Standard normal quantiles z_p = Φ⁻¹(p) for p = 10%, 50%, 90%. */
const zQuantiles = [-1.2815515655446004, 0, 1.2815515655446004];
/** The standard normal density at those quantiles. */
const densities = [0.17549833193248685, 0.3989422804014327, 0.17549833193248685];

describe('hashpriceFan', () => {
  // Committed: the table for seed 7, 1,000 paths, 4 months from 2026-03-20 at an assumed 50%
  // annual volatility. Every step is an integer operation or IEEE 754 +, −, ×, ÷ and √
  // (portable-math), and the months' hashprice at the start price is HASHPRICE_PATH's, the
  // HASHPRICE formula on exact values rounded once, so these are the same doubles on every
  // machine and in every version: a change here changes users' tables and must be deliberate.
  it('reproduces a committed table exactly for a fixed seed', () => {
    expect(hashpriceFan(start, 4, 70343.9, 957.7, 941_472, 0.5, 0.025, 0, 0.0173, 1000, 7, false)).toEqual([
      [46101, 33.235873158275034, 33.235873158275034, 33.235873158275034],
      [46132, 26.78332785340962, 32.082563793437316, 38.68791265972063],
      [46162, 23.7100998345182, 31.147862562009863, 40.224301445631596],
      [46193, 21.562091467457677, 30.058545431844934, 41.03201124414476],
    ]);
  });

  it('puts the column names first by default, and follows HASHPRICE_PATH dates', () => {
    const table = checkedHashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0.5);
    expect(table[0]).toEqual([...hashpriceFanHeaders]);
    const path = checkedHashpricePath(start, 3, 70343.9, 957.7, 941_472);
    expect(table.map((row) => row[0])).toEqual(path.map((row) => row[0]));
  });

  it('collapses onto HASHPRICE_PATH with the drift as its price growth when volatility is 0 (invariant)', () => {
    const fan = hashpriceFan(start, 36, 70343.9, 957.7, 941_472, 0, 0.02, 0.01, 0.0173, 50, 1, false);
    const path = hashpricePath(start, 36, 70343.9, 957.7, 941_472, 0.02, 0.01, 0.0173, false);
    fan.forEach((row, i) => {
      for (const column of [1, 2, 3]) expectClose(row[column] as number, path[i][5] as number, 1e-13);
    });
  });

  // Statistical: with no hashrate growth, after one month the price ratio is lognormal,
  // ln ratio ~ N(ln(1 + drift) − σ²/24, σ²/12), so its p-quantile is
  // (1 + drift) × exp(−σ²/24 + σ√(1/12) × z_p). A sample quantile of n draws has a standard
  // error of √(p(1 − p)/n) / φ(z_p) in z units (0.0054 at p = 10% for n = 100,000); the test
  // allows 4.5 of them, for three seeds.
  it('matches the lognormal quantiles after one month within sampling error', () => {
    const sigma = 0.6;
    const drift = 0.01;
    const paths = 100_000;
    for (const seed of [1, 2, 3]) {
      const [first, second] = hashpriceFan(start, 2, 70343.9, 957.7, 941_472, sigma, 0, drift, 0.0173, paths, seed, false);
      // Month 1's hashprice at the start price, from the same path with no price change.
      const atStartPrice = hashpricePath(start, 2, 70343.9, 957.7, 941_472, 0, 0, 0.0173, false)[1][5] as number;
      expect(first.slice(1)).toEqual([1, 2, 3].map(() => first[1]));
      [0, 1, 2].forEach((q) => {
        const ratio = (second[q + 1] as number) / atStartPrice;
        const z = (Math.log(ratio) - Math.log1p(drift) + (sigma * sigma) / 24) / (sigma * Math.sqrt(1 / 12));
        const p = [0.1, 0.5, 0.9][q];
        const standardError = Math.sqrt((p * (1 - p)) / paths) / densities[q];
        expect(Math.abs(z - zQuantiles[q])).toBeLessThan(4.5 * standardError);
      });
    }
  });

  it('spreads with the horizon, ordered p10 <= p50 <= p90, and falls by about half at the 2028 halving', () => {
    const fan = hashpriceFan(start, 30, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0.0173, 5000, 1, false) as number[][];
    for (const [, p10, p50, p90] of fan) expect(p10 <= p50 && p50 <= p90).toBe(true);
    expect(fan[20][3] - fan[20][1]).toBeGreaterThan(fan[5][3] - fan[5][1]);
    // Month 26 (from 2028-04-20) is all after the halving; month 25 blends it.
    const drop = fan[25][2] / fan[24][2];
    expect(drop).toBeGreaterThan(0.4);
    expect(drop).toBeLessThan(0.6);
  });

  it('repeats a shorter fan in a longer one, and differs with the seed', () => {
    const short = hashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0.5, 0.01, 0, 0.0173, 2000, 11, false);
    const long = hashpriceFan(start, 8, 70343.9, 957.7, 941_472, 0.5, 0.01, 0, 0.0173, 2000, 11, false);
    expect(long.slice(0, 3)).toEqual(short);
    const other = hashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0.5, 0.01, 0, 0.0173, 2000, 12, false);
    expect(other[2]).not.toEqual(short[2]);
  });

  it('bounds the work at 600,000 simulated months', () => {
    expect(hashpriceFan(start, 60, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 10_000, 1, false)).toHaveLength(60);
    expect(() => checkedHashpriceFan(start, 60, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 10_001)).toThrow(
      expect.objectContaining({ kind: 'invalid_input', message: 'paths must be <= 600,000 ÷ months (10,000 for 60 months) (got 10001)' }),
    );
  });

  it('runs as many paths as the cap allows when paths is blank and months pass 60', () => {
    // 61 months from 2026-03-20: 10,000 paths would be 610,000 simulated months; blank gives
    // floor(600,000 ÷ 61) = 9,836 paths, the same table as asking for 9,836.
    expect(defaultFanPathsFor(60)).toBe(10_000);
    expect(defaultFanPathsFor(61)).toBe(9_836);
    expect(defaultFanPathsFor(1200)).toBe(500);
    const blank = checkedHashpriceFan(start, 61, 70343.9, 957.7, 941_472, 0.5);
    expect(blank).toHaveLength(62);
    expect(blank).toEqual(checkedHashpriceFan(start, 61, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 9_836));
    expect(blank).not.toEqual(checkedHashpriceFan(start, 61, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 9_835));
    // Up to 60 months a blank stays 10,000 paths.
    expect(checkedHashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0.5)).toEqual(checkedHashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 10_000));
  });

  it('keeps an explicit paths over the cap an error naming the cap', () => {
    expect(() => checkedHashpriceFan(start, 61, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0, 10_000)).toThrow(
      expect.objectContaining({ kind: 'invalid_input', message: 'paths must be <= 600,000 ÷ months (9,836 for 61 months) (got 10000)' }),
    );
  });

  it('is #NUM! when a simulated price passes what a number holds', () => {
    expect(() => checkedHashpriceFan(start, 3, 70343.9, 957.7, 941_472, 0, 0, 1e200, 0, 10, 1)).toThrow(
      expect.objectContaining({ kind: 'not_finite' }),
    );
  });

  it.each(ruleCases(hashpriceFanParams, validArgs))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(hashpriceFanParams, hashpriceFan)(...(args as Args))).toThrow(message);
  });
});
