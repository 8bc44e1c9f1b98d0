/**
 * Contract underwriting: one AI/HPC contract (value, term, MW, prepayment, escalator,
 * discount rate, capex, build time) to revenue per MW, present value, the NPV and payback of
 * converting mining capacity to serve it, and the yearly cash flows with a chart. Prefilled
 * with IREN–Microsoft ($9.7B, 5 years, 200 MW IT, 20% prepaid).
 */
import { lit, miner, over, ref } from './formula';
import type { Locale } from './locale';
import { formats, SheetBuilder } from './sheet-builder';
import { defineModel, sources } from './common';

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
    efficiency: 'Fleet efficiency',
    powerPrice: 'Power price',
    results: 'Results',
    annual: 'Contract revenue per year',
    perMw: 'Revenue per MW of IT load per year',
    pv: 'Present value of the contract',
    miningMargin: 'Mining margin given up per MW-year',
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
    prepaymentNote: 'Prepayment and escalator enter the PV; the conversion flows use the average revenue',
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
    efficiency: 'フリートの電力効率',
    powerPrice: '電力価格',
    results: '結果',
    annual: '年間の契約収入',
    perMw: 'IT負荷1MWあたりの年間収入',
    pv: '契約の現在価値',
    miningMargin: '手放すマイニングのMW・年あたりマージン',
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
    prepaymentNote: '前払いとエスカレーターは現在価値に反映。転換キャッシュフローは平均収入を使用',
  },
} as const;

const years = 6;

function layout(s: SheetBuilder, t: (typeof text)[Locale]): void {
  s.section(t.contract);
  const value = s.addInput({ key: 'contract_value_usd', label: t.value, value: 9.7e9, unit: 'USD', format: formats.usd, source: sources.irenMicrosoft });
  const term = s.addInput({ key: 'term_years', label: t.term, value: 5, unit: 'years', format: formats.number1, source: sources.irenMicrosoft });
  const mw = s.addInput({ key: 'it_load_mw', label: t.mw, value: 200, unit: 'MW IT', format: formats.number1, source: sources.irenMicrosoft });
  const prepayment = s.addInput({ key: 'prepayment_share', label: t.prepayment, value: 0.2, unit: 'share', format: formats.share, source: sources.irenMicrosoft });
  const escalator = s.addInput({ key: 'annual_escalator', label: t.escalator, value: 0, unit: 'share/yr', format: formats.share, source: t.notDisclosed });
  const rate = s.addInput({ key: 'discount_rate', label: t.discount, value: 0.1, unit: 'share/yr', format: formats.share, source: t.assumption });
  s.gap();

  s.section(t.conversion);
  const capex = s.addInput({ key: 'capex_per_mw', label: t.capex, value: 29e6, unit: 'USD/MW', format: formats.usd, source: sources.irenCapex });
  const buildMonths = s.addInput({ key: 'build_months', label: t.build, value: 12, unit: 'months', format: formats.integer, source: sources.irenBuild });
  const margin = s.addInput({ key: 'ai_ebitda_margin', label: t.margin, value: 0.85, unit: 'share', format: formats.share, source: sources.irenMargin });
  const yearsCell = s.addInput({ key: 'years', label: t.years, value: years, unit: 'years', format: formats.integer, source: t.horizon });
  s.gap();

  s.section(t.mining);
  const hashprice = s.addInput({ key: 'hashprice_usd_per_ph_day', label: t.hashprice, value: 39.53, unit: 'USD/PH/day', format: formats.usd2, source: sources.hashprice });
  const efficiency = s.addInput({ key: 'efficiency_j_per_th', label: t.efficiency, value: 15, unit: 'J/TH', format: formats.number1, source: sources.irenEfficiency });
  const power = s.addInput({ key: 'power_price_usd_per_kwh', label: t.powerPrice, value: 0.0296, unit: 'USD/kWh', format: formats.number4, source: sources.irenPower });
  s.gap();

  s.section(t.results);
  s.addOutput({ label: t.annual, formula: over(ref(value), ref(term)), unit: 'USD/yr', format: formats.usd });
  const perMw = s.addOutput({ label: t.perMw, formula: miner('AI_MW_REVENUE', ref(value), ref(term), ref(mw)), unit: 'USD/MW-yr', format: formats.usd });
  s.addOutput({
    label: t.pv,
    formula: miner('CONTRACT_PV', ref(value), ref(term), ref(rate), ref(prepayment), ref(escalator)),
    unit: 'USD',
    format: formats.usd,
    note: t.prepaymentNote,
  });
  const miningMargin = s.addOutput({ label: t.miningMargin, formula: miner('MINING_MARGIN_PER_MW', ref(hashprice), ref(efficiency), ref(power)), unit: 'USD/MW-yr', format: formats.usd });
  const conversionArgs = [ref(mw), ref(perMw), ref(margin), ref(capex), ref(buildMonths), ref(miningMargin)];
  s.addOutput({ label: t.npv, formula: miner('CONVERSION_NPV', ...conversionArgs, ref(yearsCell), ref(rate)), unit: 'USD', format: formats.usd, strong: true });
  s.addOutput({ label: t.payback, formula: miner('CONVERSION_PAYBACK_YEARS', ...conversionArgs), unit: 'years', format: formats.number2, strong: true });
  s.gap();

  s.text(s.row++, 0, t.flows, 'section');
  const anchorRow = s.row;
  const rows = conversionCashflowRows(years);
  s.addSpill(anchorRow, 0, miner('CONVERSION_CASHFLOWS', ...conversionArgs, ref(yearsCell), lit(true)), rows, conversionCashflowColumns, [
    formats.integer,
    formats.usd,
    formats.usd,
    formats.usd,
    formats.usd,
    formats.usd,
  ]);
  s.row += rows;

  const lastRow = anchorRow + rows - 1;
  const column = (col: number) => ({ from: s.at(anchorRow + 1, col, true, true), to: s.at(lastRow, col, true, true) });
  s.addChart({
    title: t.chart,
    categories: column(0),
    categoryFormat: formats.integer,
    valueFormat: formats.usd,
    valueTitle: t.axis,
    series: [
      { name: t.seriesFlow, type: 'bar', values: column(4) },
      { name: t.seriesCumulative, type: 'line', values: column(5) },
    ],
    from: { row: anchorRow - 2, col: 7 },
    to: { row: anchorRow + 18, col: 16 },
  });
}

export const contractUnderwriting = defineModel('contract-underwriting', text, [46, 20, 16, 18, 18, 18, 4, 12], layout, [
  { key: 'efficiency_j_per_th', field: 'fleet_efficiency_j_per_th' },
  { key: 'power_price_usd_per_kwh', field: 'power_price_usd_per_kwh' },
]);
