/**
 * Percentiles as Excel's PERCENTILE.INC (and NumPy's default "linear") computes them: with n
 * values x₍₀₎ <= … <= x₍ₙ₋₁₎ (in order) and h = (n − 1) × p, the value
 * x₍⌊h⌋₎ + (h − ⌊h⌋) × (x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎). The percentiles are given in whole percent so
 * that h is found exactly: (n − 1) × percent, whole hundreds and a remainder.
 *
 * The order statistics are found by selection, not by sorting: Hoare's FIND with a
 * median-of-three pivot puts each rank ⌊h⌋ in place, each within the part the ranks before
 * it left, and the rank after it is the least value between it and the next rank selected;
 * a few passes over the values instead of n log n comparisons. A caller that knows roughly
 * where a percentile lies (a simulation whose distribution is known) may give a bracket for
 * each: then one pass counts the values below the bracket and another collects those inside,
 * and the ranks are found among those only; where the ranks needed are not inside a bracket, selection
 * decides. Either way the result is the same as from a full sort. The values may be
 * reordered in place.
 *
 * @param values the values, at least one; may be reordered in place
 * @param percents the percentiles, whole numbers 0 to 100
 * @param value maps an order statistic to the value interpolated (identity by default), so
 *   that values ordered by a monotone key (a log price) interpolate in the values themselves
 * @param brackets optionally, for each percentile, [low, high] where it probably lies
 * @returns one value for each percentile, in the order asked
 * @example percentilesInc(Float64Array.of(4, 1, 3, 2), [10, 50]) gives [1.3, 2.5]
 */
export function percentilesInc(
  values: Float64Array,
  percents: readonly number[],
  value: (x: number) => number = (x) => x,
  brackets?: readonly (readonly [number, number])[],
): number[] {
  const plan = percents.map((percent) => {
    const scaled = (values.length - 1) * percent;
    const lower = Math.floor(scaled / 100);
    return { lower, fraction: (scaled - lower * 100) / 100 };
  });
  const interpolate = ({ fraction }: { fraction: number }, low: number, high: () => number): number => {
    const lowValue = value(low);
    return fraction === 0 ? lowValue : lowValue + fraction * (value(high()) - lowValue);
  };
  const inBrackets = brackets && plan.map((entry, i) => orderStatisticsInBracket(values, entry, brackets[i]));
  if (inBrackets && inBrackets.every((pair) => pair !== undefined)) {
    return plan.map((entry, i) => {
      const [low, high] = inBrackets[i] as [number, number];
      return interpolate(entry, low, () => high);
    });
  }
  const lowers = [...new Set(plan.map((entry) => entry.lower))].sort((a, b) => a - b);
  selectRanks(values, lowers, 0, values.length - 1);
  return plan.map((entry) => {
    // The next order statistic is the least value between this rank and the next one selected.
    const next = lowers.find((rank) => rank > entry.lower) ?? values.length;
    return interpolate(entry, values[entry.lower], () => leastOf(values, entry.lower + 1, next));
  });
}

/**
 * The order statistics of ranks `lower` and `lower + 1` (the same one when fraction is 0),
 * when both lie within [low, high]: the values below are counted, and the ranks found among
 * those inside. Undefined when they do not.
 */
function orderStatisticsInBracket(
  values: Float64Array,
  { lower, fraction }: { lower: number; fraction: number },
  [low, high]: readonly [number, number],
): [number, number] | undefined {
  const upper = fraction === 0 ? lower : lower + 1;
  let below = 0;
  let inside = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < low) below++;
    else if (x <= high) inside++;
  }
  if (below > lower || below + inside <= upper) return undefined;
  const window = new Float64Array(inside);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x >= low && x <= high) window[k++] = x;
  }
  const rank = lower - below;
  select(window, rank, 0, inside - 1);
  return [window[rank], upper === lower ? window[rank] : leastOf(window, rank + 1, inside)];
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
