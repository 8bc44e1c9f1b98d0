/**
 * Halving path: hashprice month by month through the 2028 halving (MINER.HASHPRICE_PATH),
 * from a starting network state and monthly growth of hashrate and BTC price, with a line
 * chart of the path.
 */
import { lit, miner, ref } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import type { CellRef, Expr } from '../sheet/formula-tree';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, ModelOptions } from './common';
import { networkInput } from './network-inputs';

/** HASHPRICE_PATH's table: a header row, then one row a month. */
export const hashpricePathColumns = 6;
export function hashpricePathRows(months: number): number {
  return months + 1;
}

/** The labels of a path's starting point and growth inputs (shared with the fleet payback model). */
export const pathInputText = {
  en: {
    start: 'Starting point',
    startDate: 'Start date',
    months: 'Months to project',
    btcPrice: 'BTC price at the start',
    difficulty: 'Difficulty at the start',
    height: 'Block height at the start',
    fees: 'Average fees per block',
    growth: 'Growth',
    hashrateGrowth: 'Network hashrate growth per month',
    priceGrowth: 'BTC price growth per month',
    growthSource: 'Derived: difficulty 86.39T (2024-04-10) → 146.47T (2026-01-12): ≈ 2.5% a month',
    assumption: 'Assumption: set your own',
  },
  ja: {
    start: '出発点',
    startDate: '開始日',
    months: '予測する月数',
    btcPrice: '開始時のBTC価格',
    difficulty: '開始時のディフィカルティ',
    height: '開始時のブロック高',
    fees: '1ブロックあたり平均手数料',
    growth: '成長率',
    hashrateGrowth: 'ネットワーク・ハッシュレートの月間成長率',
    priceGrowth: 'BTC価格の月間成長率',
    growthSource: '算出：ディフィカルティ 86.39T（2024-04-10）→ 146.47T（2026-01-12）：月約2.5%',
    assumption: '仮定：ご自身の値を設定してください',
  },
} as const;

const text = {
  en: {
    ...pathInputText.en,
    name: 'Halving path',
    summary: 'Hashprice month by month through the 2028 halving, with growth inputs and a chart.',
    sheet: 'Halving path',
    title: 'Halving path: hashprice through the 2028 halving',
    subtitle: 'One row a month from the start date; the block height advances 144 blocks a day and the subsidy halves at 1,050,000.',
    derived: 'Derived',
    hashrate: 'Network hashrate at the start',
    hashprice: 'Hashprice at the start',
    nextHalving: 'Next halving height',
    halvingDate: 'Estimated halving date (10-minute blocks)',
    path: 'Monthly path = MINER.HASHPRICE_PATH (spills; a longer projection spills further down)',
    chart: 'Hashprice through the halving (USD/PH/day)',
    axis: 'USD/PH/day',
    series: 'Hashprice',
  },
  ja: {
    ...pathInputText.ja,
    name: '半減期パス',
    summary: '2028年の半減期を通した月次ハッシュプライス（成長率の入力とグラフ付き）。',
    sheet: '半減期パス',
    title: '半減期パス：2028年の半減期を通したハッシュプライス',
    subtitle: '開始日から月ごとに1行。ブロック高は1日144ブロックずつ進み、1,050,000で報酬が半減します。',
    derived: '導出値',
    hashrate: '開始時のネットワーク・ハッシュレート',
    hashprice: '開始時のハッシュプライス',
    nextHalving: '次の半減期のブロック高',
    halvingDate: '半減期の推定日（10分ブロック）',
    path: '月次パス = MINER.HASHPRICE_PATH（スピル。期間を延ばすと下へ広がります）',
    chart: '半減期を通したハッシュプライス（USD/PH/日）',
    axis: 'USD/PH/日',
    series: 'ハッシュプライス',
  },
} as const;

const months = 36;

/** The inputs a hashprice path is projected from. */
export interface PathInputs {
  readonly startDate: CellRef;
  readonly months: CellRef;
  readonly btc: CellRef;
  readonly difficulty: CellRef;
  readonly height: CellRef;
  readonly fees: CellRef;
  readonly hashrateGrowth: CellRef;
  readonly priceGrowth: CellRef;
}

/**
 * The starting point (today's network: MINER.NETWORK, see network-inputs.ts) and the growth
 * inputs of a path, as two sections, each followed by a gap.
 */
export function addPathInputs(s: SheetBuilder, t: (typeof pathInputText)[Locale], months: number, locale: Locale): PathInputs {
  const start = s.inputSection(t.start, {
    startDate: networkInput('start_date', t.startDate, 'date', formats.date, locale),
    months: input('months', t.months, months, 'months', formats.integer, t.assumption),
    btc: networkInput('btc_price_usd', t.btcPrice, 'USD', formats.usd, locale),
    difficulty: networkInput('difficulty', t.difficulty, 'difficulty', formats.integer, locale),
    height: networkInput('start_block_height', t.height, 'blocks', formats.integer, locale),
    fees: networkInput('fees_btc_per_block', t.fees, 'BTC/block', formats.number4, locale),
  });
  const growth = s.inputSection(t.growth, {
    hashrateGrowth: input('monthly_hashrate_growth', t.hashrateGrowth, 0.025, 'share/month', formats.share, t.growthSource),
    priceGrowth: input('monthly_price_growth', t.priceGrowth, 0, 'share/month', formats.share, t.assumption),
  });
  return { ...start, ...growth };
}

/** MINER.HASHPRICE_PATH over those inputs, with or without its header row. */
export function hashpricePathFormula(p: PathInputs, networkHashrate: CellRef): (headers: boolean) => Expr {
  return (headers) =>
    miner('HASHPRICE_PATH', ref(p.startDate), ref(p.months), ref(p.btc), ref(networkHashrate), ref(p.height), ref(p.hashrateGrowth), ref(p.priceGrowth), ref(p.fees), lit(headers));
}

/** The number formats of HASHPRICE_PATH's columns. */
export const hashpricePathFormats = [formats.date, formats.integer, formats.number4, formats.number1, formats.usd, formats.usd2];

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  const p = addPathInputs(s, t, months, options.locale);

  s.section(t.derived);
  const hashrate = s.addOutput({ label: t.hashrate, formula: miner('NETWORK_HASHRATE', ref(p.difficulty)), unit: 'EH/s', format: formats.number1 });
  s.addOutput({ label: t.hashprice, formula: miner('HASHPRICE', ref(p.btc), ref(hashrate), ref(p.fees), ref(p.height)), unit: 'USD/PH/day', format: formats.usd2 });
  s.addOutput({ label: t.nextHalving, formula: miner('NEXT_HALVING_HEIGHT', ref(p.height)), unit: 'blocks', format: formats.integer });
  s.addOutput({ label: t.halvingDate, formula: miner('HALVING_DATE', ref(p.height), ref(p.startDate)), unit: 'date', format: formats.date, strong: true });
  s.gap();

  s.section(t.path);
  const path = s.addSpill(s.row, 0, hashpricePathFormula(p, hashrate), hashpricePathRows(months), hashpricePathColumns, hashpricePathFormats);
  s.row = path.lastRow + 1;

  s.addChart({
    title: t.chart,
    categories: path.column(0),
    categoryFormat: formats.month,
    valueFormat: formats.usd,
    valueTitle: t.axis,
    series: [{ name: t.series, type: 'line', values: path.column(5) }],
    from: { row: path.anchorRow, col: 7 },
    to: { row: path.anchorRow + 22, col: 17 },
  });
}

export const halvingPath = defineModel('halving-path', text, [46, 18, 14, 16, 14, 16, 4, 12], layout);
