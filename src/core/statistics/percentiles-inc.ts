/**
 * Percentiles as Excel's PERCENTILE.INC (and NumPy's default "linear") computes them: with n
 * values x₍₀₎ <= … <= x₍ₙ₋₁₎ (in order) and h = (n − 1) × p, the value
 * x₍⌊h⌋₎ + (h − ⌊h⌋) × (x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎). The percentiles are given in whole percent so
 * that h is found exactly: (n − 1) × percent, whole hundreds and a remainder.
 *
 * The order statistics are found by selection, not by sorting: Hoare's FIND with a
 * median-of-three pivot puts each rank ⌊h⌋ in place, each within the part the ranks before
 * it left, and the rank after it is the least value between it and the next rank selected;
 * a few passes over the values instead of n log n comparisons. The values are reordered in
 * place; the result is the same as from a full sort.
 *
 * @param values the values, at least one; reordered in place
 * @param percents the percentiles, whole numbers 0 to 100
 * @param value maps an order statistic to the value interpolated (identity by default), so
 *   that values ordered by a monotone key (a log price) interpolate in the values themselves
 * @returns one value for each percentile, in the order asked
 * @example percentilesInc(Float64Array.of(4, 1, 3, 2), [10, 50]) gives [1.3, 2.5]
 */
export function percentilesInc(values: Float64Array, percents: readonly number[], value: (x: number) => number = (x) => x): number[] {
  const plan = percents.map((percent) => {
    const scaled = (values.length - 1) * percent;
    const lower = Math.floor(scaled / 100);
    return { lower, fraction: (scaled - lower * 100) / 100 };
  });
  const lowers = [...new Set(plan.map((entry) => entry.lower))].sort((a, b) => a - b);
  selectRanks(values, lowers, 0, values.length - 1);
  return plan.map(({ lower, fraction }) => {
    const low = value(values[lower]);
    if (fraction === 0) return low;
    // The next order statistic is the least value between this rank and the next one selected.
    const next = lowers.find((rank) => rank > lower) ?? values.length;
    return low + fraction * (value(leastOf(values, lower + 1, next)) - low);
  });
}

/** The least of a[from…to − 1], or a[from] when that part is empty (it is then the next rank selected). */
function leastOf(a: Float64Array, from: number, to: number): number {
  let least = a[from];
  for (let i = from + 1; i < to; i++) if (a[i] < least) least = a[i];
  return least;
}

/** Puts each of the ascending `ranks` (all within left…right) where a sort would put it. */
function selectRanks(a: Float64Array, ranks: readonly number[], left: number, right: number): void {
  if (ranks.length === 0) return;
  const middle = ranks.length >> 1;
  const rank = ranks[middle];
  select(a, rank, left, right);
  selectRanks(a, ranks.slice(0, middle), left, rank - 1);
  selectRanks(a, ranks.slice(middle + 1), rank + 1, right);
}

/**
 * Hoare's FIND (Wirth's formulation): afterwards a[k] is the k-th smallest of a[left…right],
 * with nothing larger before it and nothing smaller after it in that part.
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
  let l = left;
  let r = right;
  while (l < r) {
    const pivot = medianOfThree(a[l], a[(l + r) >>> 1], a[r]);
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
