import { percentilesInc } from './percentiles-inc';

/** PERCENTILE.INC by its definition, on a full sort: the oracle. */
function bySorting(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * percent) / 100;
  const lower = Math.floor(h);
  return lower + 1 < sorted.length ? sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]) : sorted[lower];
}

describe('percentilesInc', () => {
  // Excel: PERCENTILE.INC({1,2,3,4}, 0.1) = 1.3 (h = 3 × 0.1 = 0.3), 0.5 → 2.5, 0.9 → 3.7, 1 → 4.
  it('gives Excel PERCENTILE.INC values', () => {
    const result = percentilesInc(Float64Array.of(4, 1, 3, 2), [10, 50, 90, 100, 0]);
    expect(result[0]).toBeCloseTo(1.3, 15);
    expect(result.slice(1)).toEqual([2.5, 3.7, 4, 1]);
    expect(percentilesInc(Float64Array.of(7), [10, 50, 90])).toEqual([7, 7, 7]);
  });

  it('matches a full sort on many sizes, with ties, in any order of percentiles', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const n of [2, 3, 5, 10, 11, 101, 1000, 10_001]) {
      for (const ties of [false, true]) {
        const values = Array.from({ length: n }, () => (ties ? Math.floor(next() * 5) : next() * 100 - 50));
        const percents = [90, 10, 50, 25, 99, 1];
        const expected = percents.map((p) => bySorting(values, p));
        const actual = percentilesInc(Float64Array.from(values), percents);
        actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 12));
      }
    }
  });

  it('gives the same with brackets, whether they hold the ranks or miss them', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values = Array.from({ length: 5001 }, () => next() * 2 - 1);
    const percents = [10, 50, 90];
    const expected = percents.map((p) => bySorting(values, p));
    const around: [number, number][] = [
      [-0.85, -0.75],
      [-0.05, 0.05],
      [0.75, 0.85],
    ];
    const missing: [number, number][] = [
      [-0.5, -0.4],
      [0.3, 0.4],
      [0.75, 0.85],
    ];
    for (const brackets of [around, missing, [[0, 0], [0, 0], [0, 0]] as [number, number][]]) {
      const actual = percentilesInc(Float64Array.from(values), percents, undefined, brackets);
      actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 14));
    }
  });

  it('interpolates in the mapped values, so a log scale gives percentiles of prices', () => {
    const prices = [100, 200, 400, 800];
    const [p50] = percentilesInc(Float64Array.from(prices.map(Math.log)), [50], Math.exp);
    expect(p50).toBeCloseTo(300, 10);
  });
});
