/**
 * Contract underwriting: one AI/HPC contract (value, term, MW, prepayment, escalator,
 * discount rate, capex, build time) to revenue per MW, present value, the NPV and payback of
 * converting mining capacity to serve it, and the yearly cash flows with a chart. Prefilled
 * with IREN–Microsoft ($9.7B, 5 years, 200 MW IT, 20% prepaid). The prepayment counts at
 * signing; every per-MW figure says whether it is per MW of IT load or of machine load; the
 * mining margin given up is figured year by year, so the 2028 halving shows.
 */
import { lit, minus, miner, over, plus, range, ref, times } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, ModelOptions } from './common';
import { sources } from './sources';
import { networkInput } from './network-inputs';

/** CONVERSION_CASHFLOWS's table: a header row, year 0 (signing), then one row a year. */
export const conversionCashflowColumns = 6;
export function conversionCashflowRows(years: number): number {
  return years + 2;
}

const text = {
  en: {
    name: 'Contract underwriting',
    summary: 'One AI/HPC contract to revenue per MW, PV, conversion NPV, payback and cash flows (IREN–Microsoft prefilled).',
    sheet: 'Contract underwriting',
    title: 'Contract underwriting: one AI/HPC contract',
    subtitle: 'Prefilled with IREN–Microsoft (GPU cloud at Childress, Texas). Replace the inputs with any contract.',
    contract: 'Contract',
    value: 'Contract value (total)',
    term: 'Term',
    mw: 'Critical IT load',
    prepayment: 'Prepaid at signing',
    escalator: 'Annual escalator',
    discount: 'Discount rate',
    conversion: 'Conversion',
    capex: 'Capex per MW of IT load',
    build: 'Build time',
    margin: 'AI EBITDA margin',
    years: 'Years to analyse (from the start of the build)',
    mining: 'Mining given up on that capacity',
    hashprice: 'Hashprice',
    btcPrice: 'BTC price',
    networkHashrate: 'Network hashrate',
    fees: 'Average fees per block',
    startHeight: 'Block height at the start of the build',
    startDate: 'Date of that block height',
    efficiency: 'Fleet efficiency',
    powerPrice: 'Power price',
    pue: 'Site power per MW of IT load (PUE of the AI hall)',
    byYear: 'Mining margin given up, year by year (the halving shows)',
    byYearHeaders: ['Block height mid-year', 'Hashprice (USD/PH/day)', 'Margin per MW of machine load', 'Margin per MW of IT load (× PUE)'],
    year: 'Year',
    prepaymentUsd: 'Prepayment received at signing',
    prepaidNote: 'Received at signing, then no longer due after the build',
    nextHalving: 'Next halving (date)',
    halvingYears: 'Next halving, years after the start of the build',
    flatNote: 'Assumption: BTC price, network hashrate and fees held flat',
    results: 'Results',
    annual: 'Contract revenue per year',
    perMw: 'Revenue per MW of IT load per year',
    pv: 'Present value of the contract',
    miningMargin: 'Mining margin given up per MW of IT load, year 1',
    npv: 'NPV of converting instead of mining on',
    payback: 'Payback from the start of the build',
    flows: 'Yearly cash flows = MINER.CONVERSION_CASHFLOWS (spills)',
    chart: 'Incremental cash flow and cumulative (USD)',
    axis: 'USD',
    seriesFlow: 'Incremental cash flow',
    seriesCumulative: 'Cumulative',
    assumption: 'Assumption: set your own',
    notDisclosed: 'Not disclosed: set your own',
    horizon: 'Assumption: 1 year of build + the 5-year term',
    prepaymentNote: 'Prepayment and escalator enter the PV',
    conversionNote: 'Counts the prepayment at signing and the margin given up year by year',
  },
  ja: {
    name: '契約の引受分析',
    summary: 'AI/HPC契約1件からMWあたり収入、現在価値、転換NPV、回収期間、キャッシュフローを算出（IREN–Microsoftで入力済み）。',
    sheet: '契約の引受分析',
    title: '契約の引受分析：AI/HPC契約1件',
    subtitle: 'IREN–Microsoft（テキサス州チルドレスのGPUクラウド）で入力済み。任意の契約に置き換えられます。',
    contract: '契約',
    value: '契約総額',
    term: '契約期間',
    mw: 'クリティカルIT負荷',
    prepayment: '締結時の前払い割合',
    escalator: '年間エスカレーター',
    discount: '割引率',
    conversion: '転換',
    capex: 'IT負荷1MWあたりの設備投資',
    build: '建設期間',
    margin: 'AIのEBITDAマージン',
    years: '分析年数（建設開始から）',
    mining: 'その容量で手放すマイニング',
    hashprice: 'ハッシュプライス',
    btcPrice: 'BTC価格',
    networkHashrate: 'ネットワーク・ハッシュレート',
    fees: 'ブロックあたり平均手数料',
    startHeight: '建設開始時のブロック高',
    startDate: 'そのブロック高の日付',
    efficiency: 'フリートの電力効率',
    powerPrice: '電力価格',
    pue: 'IT負荷1MWあたりのサイト電力（AIホールのPUE）',
    byYear: '年ごとに手放すマイニング・マージン（半減期が反映）',
    byYearHeaders: ['年央のブロック高', 'ハッシュプライス（USD/PH/日）', 'マシン負荷1MWあたりのマージン', 'IT負荷1MWあたりのマージン（× PUE）'],
    year: '年',
    prepaymentUsd: '締結時に受け取る前払金',
    prepaidNote: '締結時に受領し、建設後の収入からは差し引かれる',
    nextHalving: '次の半減期（日付）',
    halvingYears: '次の半減期（建設開始からの年数）',
    flatNote: '仮定：BTC価格、ネットワーク・ハッシュレート、手数料は一定',
    results: '結果',
    annual: '年間の契約収入',
    perMw: 'IT負荷1MWあたりの年間収入',
    pv: '契約の現在価値',
    miningMargin: '手放すマイニング・マージン（IT負荷1MWあたり、1年目）',
    npv: 'マイニング継続に対する転換のNPV',
    payback: '建設開始からの回収期間',
    flows: '年次キャッシュフロー = MINER.CONVERSION_CASHFLOWS（スピル）',
    chart: '増分キャッシュフローと累計（USD）',
    axis: 'USD',
    seriesFlow: '増分キャッシュフロー',
    seriesCumulative: '累計',
    assumption: '仮定：ご自身の値を設定してください',
    notDisclosed: '非開示：ご自身の値を設定してください',
    horizon: '仮定：建設1年＋契約期間5年',
    prepaymentNote: '前払いとエスカレーターは現在価値に反映',
    conversionNote: '締結時の前払いと年ごとに手放すマージンを反映',
  },
} as const;

const years = 6;
/** 144 blocks a day for 365 days. */
const blocksPerYear = 52_560;

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  const contract = s.inputSection(t.contract, {
    value: input('contract_value_usd', t.value, 9.7e9, 'USD', formats.usd, sources.irenMicrosoft),
    term: input('term_years', t.term, 5, 'years', formats.number1, sources.irenMicrosoft),
    mw: input('it_load_mw', t.mw, 200, 'MW IT', formats.number1, sources.irenMicrosoft),
    prepayment: input('prepayment_share', t.prepayment, 0.2, 'share', formats.share, sources.irenMicrosoft),
    escalator: input('annual_escalator', t.escalator, 0, 'share/yr', formats.share, t.notDisclosed),
    rate: input('discount_rate', t.discount, 0.1, 'share/yr', formats.share, t.assumption),
  });
  const conversion = s.inputSection(t.conversion, {
    capex: input('capex_per_mw', t.capex, 29e6, 'USD/MW', formats.usd, sources.irenCapex),
    buildMonths: input('build_months', t.build, 12, 'months', formats.integer, sources.irenBuild),
    margin: input('ai_ebitda_margin', t.margin, 0.85, 'share', formats.share, sources.irenMargin),
    years: input('years', t.years, years, 'years', formats.integer, t.horizon),
  });
  const mining = s.inputSection(t.mining, {
    btc: networkInput('btc_price_usd', t.btcPrice, 'USD', formats.usd, options.locale),
    hashrate: networkInput('network_hashrate_ehs', t.networkHashrate, 'EH/s', formats.number1, options.locale),
    fees: networkInput('fees_btc_per_block', t.fees, 'BTC/block', formats.number4, options.locale),
    height: networkInput('start_block_height', t.startHeight, 'blocks', formats.integer, options.locale),
    startDate: networkInput('start_date', t.startDate, 'date', formats.date, options.locale),
    efficiency: input('efficiency_j_per_th', t.efficiency, 15, 'J/TH', formats.number1, sources.irenEfficiency),
    power: input('power_price_usd_per_kwh', t.powerPrice, 0.0296, 'USD/kWh', formats.number4, sources.irenPower),
    pue: input('pue', t.pue, 1.3, 'MW site / MW IT', formats.number2, sources.pue),
  });
  const { value, term, mw, prepayment, rate } = contract;

  // One row a year of the horizon: the block height at mid-year (144 blocks a day), its
  // hashprice, the margin of a MW of machines, and of the site power a MW of IT load takes.
  s.section(t.byYear, [t.year, ...t.byYearHeaders]);
  const firstMarginRow = s.row;
  for (let year = 1; year <= years; year++) {
    const row = s.row++;
    s.put({ row, col: 1, style: 'label', value: year, numberFormat: formats.integer });
    s.put({ row, col: 2, style: 'output', formula: plus(ref(mining.height), lit(blocksPerYear * (year - 0.5))), numberFormat: formats.integer });
    s.put({ row, col: 3, style: 'output', formula: miner('HASHPRICE', ref(mining.btc), ref(mining.hashrate), ref(mining.fees), ref(s.at(row, 2))), numberFormat: formats.usd2 });
    s.put({ row, col: 4, style: 'output', formula: miner('MINING_MARGIN_PER_MW', ref(s.at(row, 3)), ref(mining.efficiency), ref(mining.power)), numberFormat: formats.usd });
    s.put({ row, col: 5, style: 'output', formula: times(ref(s.at(row, 4)), ref(mining.pue)), numberFormat: formats.usd });
  }
  s.source(s.row++, 1, t.flatNote);
  const margins = range(s.at(firstMarginRow, 5), s.at(firstMarginRow + years - 1, 5));
  s.gap();

  s.section(t.results);
  s.addOutput({ label: t.annual, formula: over(ref(value), ref(term)), unit: 'USD/yr', format: formats.usd });
  const perMw = s.addOutput({ label: t.perMw, formula: miner('AI_MW_REVENUE', ref(value), ref(term), ref(mw)), unit: 'USD/MW IT-yr', format: formats.usd });
  const prepaid = s.addOutput({ label: t.prepaymentUsd, formula: times(ref(value), ref(prepayment)), unit: 'USD', format: formats.usd, note: t.prepaidNote });
  const pv = miner('CONTRACT_PV', ref(value), ref(term), ref(rate), ref(prepayment), ref(contract.escalator));
  s.addOutput({ label: t.pv, formula: pv, unit: 'USD', format: formats.usd, note: t.prepaymentNote });
  s.addOutput({ label: t.nextHalving, formula: miner('HALVING_DATE', ref(mining.height), ref(mining.startDate)), unit: 'date', format: formats.date });
  s.addOutput({ label: t.halvingYears, formula: over(minus(miner('NEXT_HALVING_HEIGHT', ref(mining.height)), ref(mining.height)), lit(blocksPerYear)), unit: 'years', format: formats.number2 });
  const miningMargin = ref(s.at(firstMarginRow, 5));
  s.addOutput({ label: t.miningMargin, formula: miningMargin, unit: 'USD/MW IT-yr', format: formats.usd });
  const conversionArgs = [ref(mw), ref(perMw), ref(conversion.margin), ref(conversion.capex), ref(conversion.buildMonths), miningMargin];
  s.addOutput({ label: t.npv, formula: miner('CONVERSION_NPV', ...conversionArgs, ref(conversion.years), ref(rate), ref(prepaid), margins), unit: 'USD', format: formats.usd, strong: true, note: t.conversionNote });
  s.addOutput({ label: t.payback, formula: miner('CONVERSION_PAYBACK_YEARS', ...conversionArgs, ref(conversion.years), ref(prepaid), margins), unit: 'years', format: formats.number2, strong: true });
  s.gap();

  s.section(t.flows);
  const flows = (headers: boolean) => miner('CONVERSION_CASHFLOWS', ...conversionArgs, ref(conversion.years), lit(headers), ref(prepaid), margins);
  const usd = formats.usd;
  const table = s.addSpill(s.row, 0, flows, conversionCashflowRows(years), conversionCashflowColumns, [formats.integer, usd, usd, usd, usd, usd]);
  s.row = table.lastRow + 1;

  s.addChart({
    title: t.chart,
    categories: table.column(0),
    categoryFormat: formats.integer,
    valueFormat: formats.usd,
    valueTitle: t.axis,
    series: [
      { name: t.seriesFlow, type: 'bar', values: table.column(4) },
      { name: t.seriesCumulative, type: 'line', values: table.column(5) },
    ],
    from: { row: table.anchorRow - 2, col: 7 },
    to: { row: table.anchorRow + 18, col: 16 },
  });
}

export const contractUnderwriting = defineModel('contract-underwriting', text, [46, 20, 16, 18, 18, 18, 4, 12], layout, [
  { key: 'efficiency_j_per_th', field: 'fleet_efficiency_j_per_th' },
  { key: 'power_price_usd_per_kwh', field: 'power_price_usd_per_kwh' },
]);
