import { monthsPerYear } from '../constants';
import { invalidInput, notFinite } from '../errors';
import { optional, optionalBoolean, required } from '../params';
import { portableExp, portableLog1p } from '../random/portable-math';
import { fillStandardNormals } from '../random/standard-normals';
import { xoshiro128State } from '../random/xoshiro128';
import { atLeastOne, atLeastZero, atMost, rateAboveMinusOne, wholeNumber } from '../rules';
import { percentilesInc } from '../statistics/percentiles-inc';
import { hashpricePath, hashpricePathParams } from './hashprice-path';

/**
 * The most simulated months one call may ask for (paths × months): 10,000 paths of 60 months,
 * which answers in well under 100 ms; it bounds the work one cell can demand of a recalculation.
 */
export const maxSimulatedMonths = 600_000;
export const defaultFanPaths = 10_000;

/**
 * The paths a fan runs when `paths` is left blank: 10,000, or for a fan longer than 60 months
 * as many as the cap allows, floor(600,000 ÷ months), so a long fan answers with fewer paths
 * instead of failing on a limit the user never set.
 */
export function defaultFanPathsFor(months: number): number {
  return Math.min(defaultFanPaths, Math.floor(maxSimulatedMonths / months));
}
const maxSeed = 4_294_967_295;

export const hashpriceFanParams = [
  hashpricePathParams[0],
  hashpricePathParams[1],
  hashpricePathParams[2],
  hashpricePathParams[3],
  hashpricePathParams[4],
  required('annual_btc_volatility', atLeastZero),
  hashpricePathParams[5],
  optional('monthly_price_drift', 0, rateAboveMinusOne),
  hashpricePathParams[7],
  // No fixed default: blank means defaultFanPathsFor(months), which depends on months.
  optional('paths', undefined, atLeastOne, wholeNumber, atMost(maxSimulatedMonths, '600,000')),
  optional('seed', 1, atLeastZero, wholeNumber, atMost(maxSeed, '4,294,967,295')),
  optionalBoolean('headers', true),
] as const;

export const hashpriceFanHeaders = [
  'date',
  'p10_hashprice_usd_per_ph_day',
  'p50_hashprice_usd_per_ph_day',
  'p90_hashprice_usd_per_ph_day',
] as const;

/** The percentiles of the table's columns, in whole percent. */
const fanPercents = [10, 50, 90] as const;
/** Φ⁻¹(p) and the standard normal density there, for p = 10%, 50%, 90%. */
const fanZ = [-1.2815515655446004, 0, 1.2815515655446004];
const fanDensity = [0.17549833193248685, 0.3989422804014327, 0.17549833193248685];

/**
 * A hashprice fan: one row a month, as HASHPRICE_PATH's, of the 10th, 50th and 90th
 * percentiles of hashprice across simulated BTC price paths.
 *
 * Model: network hashrate, subsidy and fees follow HASHPRICE_PATH exactly (its rows at a
 * constant price give each month's hashprice per unit of price); the BTC price is a geometric
 * random walk. Row 0 is the start month at btc_price_usd; each later month the price is
 * multiplied by (1 + drift) × exp(σ√(1/12)·Z − σ²/24), Z standard normal, independent from
 * month to month and path to path, so σ is the annual volatility of the log price and the
 * expected price grows by (1 + drift) a month. With σ = 0 the fan collapses onto
 * HASHPRICE_PATH with monthly_price_growth = drift. Hashprice is proportional to price within
 * a month, so its percentiles are the month's hashprice at the start price × the percentiles
 * of price ÷ start price.
 *
 * Method, reproducible to the last bit: the log price ratio is summed month by month in
 * doubles; the draws come from xoshiro128** seeded by splitmix32 and the ziggurat method,
 * with ln and exp from + − × ÷ alone (portable-math), so the same seed gives the same
 * table in every engine, on every machine and in every version. The draws are taken month by
 * month, path 1 to `paths` within a month, so a longer fan with the same seed and paths
 * repeats a shorter one's rows. Percentile: PERCENTILE.INC's linear interpolation (h =
 * (paths − 1) × p between the order statistics), on prices, the order statistics found
 * among the log ratios (see percentilesInc). After i months the log ratio is normal with mean
 * i × (ln(1 + drift) − σ²/24) and standard deviation σ√(i/12), so each percentile is first
 * looked for within 8 standard errors of its expected place, a bracket that only speeds the
 * search: the order statistics are exact whichever way they are found.
 *
 * @param startDate Excel date serial of the first month's start, 61 to 2,958,465
 * @param months rows, a whole number 1 to 1,200
 * @param btcPriceUsd BTC price in the first month, USD, > 0
 * @param networkHashrateEhs network hashrate in the first month, EH/s, > 0
 * @param startBlockHeight block height on startDate, whole number >= 0
 * @param annualBtcVolatility σ, annual volatility of the BTC log price (50% is 0.5), >= 0
 * @param monthlyHashrateGrowth hashrate growth a month, > −1 (default 0)
 * @param monthlyPriceDrift expected BTC price growth a month, > −1 (default 0)
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param paths simulated price paths, a whole number >= 1 with paths × months <= 600,000
 *   (blank: 10,000, or floor(600,000 ÷ months) when months > 60)
 * @param seed the generator's seed, a whole number 0 to 4,294,967,295 (default 1)
 * @param headers whether the first row names the columns (default true)
 * @returns rows of [date serial, p10, p50, p90 hashprice USD/PH/day], after a header row when
 *   headers is true
 * @throws invalid_input for an input outside its rule, or a given paths × months above 600,000
 * @throws not_finite when a date passes 9999-12-31, or a simulated price or hashprice passes
 *   what a double holds
 * @example hashpriceFan(46101, 2, 70343.9, 957.7, 941_472, 0.5, 0, 0, 0.0173, 10000, 1, false)[0]
 *   = [46101, h, h, h], h ≈ 33.22 (the first month is at today's price); row 1 spreads around it
 */
export function hashpriceFan(
  startDate: number, months: number, btcPriceUsd: number, networkHashrateEhs: number, startBlockHeight: number,
  annualBtcVolatility: number, monthlyHashrateGrowth: number, monthlyPriceDrift: number, feesBtcPerBlock: number,
  pathsGiven: number | undefined, seed: number, headers: boolean,
): (number | string)[][] {
  const paths = pathsGiven ?? defaultFanPathsFor(months);
  if (paths * months > maxSimulatedMonths) {
    const most = Math.floor(maxSimulatedMonths / months);
    throw invalidInput('paths', `must be <= 600,000 ÷ months (${String(most).replace(/\B(?=(\d{3})+$)/g, ',')} for ${months} months)`, paths);
  }
  const path = hashpricePath(startDate, months, btcPriceUsd, networkHashrateEhs, startBlockHeight, monthlyHashrateGrowth, 0, feesBtcPerBlock, false);
  const sigma = annualBtcVolatility;
  const drift = portableLog1p(monthlyPriceDrift) - (sigma * sigma) / (2 * monthsPerYear);
  const shock = sigma * Math.sqrt(1 / monthsPerYear);

  const logRatios = new Float64Array(paths);
  const draws = new Float64Array(paths);
  const ordered = new Float64Array(paths);
  const generator = xoshiro128State(seed);
  const rows: (number | string)[][] = headers ? [[...hashpriceFanHeaders]] : [];
  for (let i = 0; i < months; i++) {
    if (i > 0) {
      fillStandardNormals(generator, draws);
      for (let p = 0; p < paths; p++) logRatios[p] += drift + shock * draws[p];
    }
    ordered.set(logRatios);
    const [date, , , , , hashpriceAtStartPrice] = path[i] as number[];
    const brackets = i > 0 && shock > 0 ? percentileBrackets(i * drift, shock * Math.sqrt(i), paths) : undefined;
    const hashprices = percentilesInc(ordered, fanPercents, portableExp, brackets).map((ratio) => hashpriceAtStartPrice * ratio);
    if (!hashprices.every(Number.isFinite)) throw notFinite(`month ${i + 1} of the fan takes the price or hashprice past what a number holds`);
    rows.push([date, ...hashprices]);
  }
  return rows;
}

/**
 * Where the fan's percentiles of the log ratio lie after some months, given the log ratio is
 * normal with that mean and standard deviation: around each quantile, 8 standard errors of a
 * sample quantile of `paths` draws (√(p(1 − p)/paths) / φ(z_p) in z units) and 0.01 more.
 */
function percentileBrackets(mean: number, deviation: number, paths: number): [number, number][] {
  return fanPercents.map((percent, q) => {
    const p = percent / 100;
    const halfWidth = (8 * Math.sqrt((p * (1 - p)) / paths)) / fanDensity[q] + 0.01;
    return [mean + deviation * (fanZ[q] - halfWidth), mean + deviation * (fanZ[q] + halfWidth)];
  });
}
