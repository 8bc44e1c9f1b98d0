/**
 * Fleet payback: one machine from the bundled specs (MINER.ASIC) at a price per TH, its
 * monthly cash flows on a hashprice path through the 2028 halving (MINER.HASHPRICE_PATH
 * feeding MINER.ASIC_CASHFLOWS and MINER.ASIC_PAYBACK_MONTHS), the network size that retires
 * it (MINER.BREAKEVEN_NETWORK_HASHRATE), a P10/P50/P90 hashprice fan (MINER.HASHPRICE_FAN)
 * with its chart, and a GPU cost-of-ownership block beside GPU_MW_REVENUE.
 */
import { lit, miner, minus, range, ref, times } from '../sheet/formula';
import { addPathInputs, hashpricePathColumns, hashpricePathFormats, hashpricePathFormula, hashpricePathRows, pathInputText } from './halving-path';
import type { Locale } from '../sheet/locale';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, ModelOptions } from './common';
import { sources } from './sources';

/** ASIC_CASHFLOWS' table: date, days, hashprice, revenue, power cost, margin, cumulative. */
const cashflowColumns = 7;
/** HASHPRICE_FAN's table: date, p10, p50, p90. */
const fanColumns = 4;
/** Months projected: from 2026-03-20 through the 2028 halving (its 26th month) and a year past it. */
const months = 36;

const text = {
  en: {
    ...pathInputText.en,
    name: 'Fleet payback',
    summary: 'A machine’s payback through the 2028 halving, the network size that retires it, a hashprice fan and GPU cost of ownership.',
    sheet: 'Fleet payback',
    title: 'Fleet payback: a machine through the 2028 halving',
    subtitle: 'Monthly cash flows on a hashprice path, payback against today’s flat hashprice, the retiring network size, hashprice risk and a GPU comparison.',
    machine: 'Machine',
    model: 'Model (as in the bundled ASIC specs)',
    pricePerTh: 'Price per TH/s',
    hashrateThs: 'Hashrate',
    efficiency: 'Efficiency',
    machineCost: 'Machine cost',
    site: 'Site',
    powerPrice: 'Power price',
    uptime: 'Uptime',
    poolFee: 'Pool fee',
    risk: 'Hashprice risk',
    volatility: 'BTC annual volatility',
    paths: 'Simulated price paths',
    seed: 'Seed (same seed, same fan)',
    derived: 'Payback and retirement',
    networkHashrate: 'Network hashrate at the start',
    hashprice: 'Hashprice at the start',
    flatPayback: 'Payback at today’s hashprice held flat',
    pathPayback: 'Payback on the path through the halving',
    retireNow: 'Network hashrate that retires it (today’s subsidy)',
    retireAfter: 'Network hashrate that retires it (after the 2028 halving)',
    retireDifficulty: 'Difficulty that retires it after the halving',
    gpu: 'GPU cost of ownership',
    gpuCapex: 'Capex per GPU',
    gpuLife: 'Life',
    kwPerGpu: 'IT power per GPU',
    pue: 'PUE',
    gpuPower: 'Power price',
    gpuOpex: 'Other opex per GPU per year',
    costOfCapital: 'Cost of capital',
    utilization: 'Utilization (hours sold)',
    gpuPrice: 'GPU rental price',
    tco: 'Cost per sold GPU-hour',
    gpuMarginHour: 'Margin per sold GPU-hour',
    gpuRevenueMw: 'Revenue per MW of IT per year (GPU_MW_REVENUE)',
    gpuCostMw: 'Cost per MW of IT per year',
    gpuMarginMw: 'Margin per MW of IT per year',
    tables: 'Monthly path (MINER.HASHPRICE_PATH, left) and the machine’s cash flows on its hashprice (MINER.ASIC_CASHFLOWS, right)',
    fan: 'Hashprice fan (MINER.HASHPRICE_FAN): p10, p50, p90 across simulated BTC price paths',
    chart: 'Hashprice fan through the halving (USD/PH/day)',
    axis: 'USD/PH/day',
    series: ['P10', 'P50', 'P90'],
  },
  ja: {
    ...pathInputText.ja,
    name: 'フリート回収期間',
    summary: '2028年の半減期を通したマシンの投資回収、マシンを退役させるネットワーク規模、ハッシュプライスのファンチャート、GPUの保有コスト。',
    sheet: 'フリート回収期間',
    title: 'フリート回収期間：2028年の半減期を通したマシン',
    subtitle: 'ハッシュプライス・パス上の月次キャッシュフロー、現在のハッシュプライス一定での回収期間、退役させるネットワーク規模、ハッシュプライスのリスク、GPUとの比較。',
    machine: 'マシン',
    model: '機種（同梱のASIC仕様の名称）',
    pricePerTh: 'TH/sあたり価格',
    hashrateThs: 'ハッシュレート',
    efficiency: '電力効率',
    machineCost: 'マシン価格',
    site: '拠点',
    powerPrice: '電力価格',
    uptime: '稼働率',
    poolFee: 'プール手数料',
    risk: 'ハッシュプライスのリスク',
    volatility: 'BTCの年率ボラティリティ',
    paths: '模擬する価格パスの数',
    seed: 'シード（同じシードなら同じファン）',
    derived: '回収期間と退役',
    networkHashrate: '開始時のネットワーク・ハッシュレート',
    hashprice: '開始時のハッシュプライス',
    flatPayback: '現在のハッシュプライスが一定の場合の回収期間',
    pathPayback: '半減期を通したパス上の回収期間',
    retireNow: 'マシンを退役させるネットワーク・ハッシュレート（現在の報酬）',
    retireAfter: 'マシンを退役させるネットワーク・ハッシュレート（2028年の半減期後）',
    retireDifficulty: '半減期後にマシンを退役させるディフィカルティ',
    gpu: 'GPUの保有コスト',
    gpuCapex: 'GPU 1基あたりの設備投資',
    gpuLife: '耐用年数',
    kwPerGpu: 'GPU 1基あたりのIT電力',
    pue: 'PUE',
    gpuPower: '電力価格',
    gpuOpex: 'GPU 1基あたりの年間その他運営費',
    costOfCapital: '資本コスト',
    utilization: '稼働率（販売時間）',
    gpuPrice: 'GPUレンタル価格',
    tco: '販売したGPU時間あたりの費用',
    gpuMarginHour: '販売したGPU時間あたりのマージン',
    gpuRevenueMw: 'IT 1MWあたりの年間収入（GPU_MW_REVENUE）',
    gpuCostMw: 'IT 1MWあたりの年間費用',
    gpuMarginMw: 'IT 1MWあたりの年間マージン',
    tables: '月次パス（MINER.HASHPRICE_PATH、左）とそのハッシュプライスでのマシンのキャッシュフロー（MINER.ASIC_CASHFLOWS、右）',
    fan: 'ハッシュプライスのファンチャート（MINER.HASHPRICE_FAN）：模擬したBTC価格パスにおける p10、p50、p90',
    chart: '半減期を通したハッシュプライスのファン（USD/PH/日）',
    axis: 'USD/PH/日',
    series: ['P10', 'P50', 'P90'],
  },
} as const;

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  s.section(t.machine);
  const { model, pricePerTh } = s.addInputs({
    model: input('asic_model', t.model, 'Antminer S21 XP', 'ASIC', formats.text, sources.s21xp),
    pricePerTh: input('price_usd_per_th', t.pricePerTh, 7, 'USD/TH/s', formats.usd2, sources.asicPricePerTh),
  });
  const ths = s.addOutput({ label: t.hashrateThs, formula: miner('ASIC', ref(model), lit('hashrate_ths')), unit: 'TH/s', format: formats.number1 });
  const efficiency = s.addOutput({ label: t.efficiency, formula: miner('ASIC', ref(model), lit('efficiency_j_per_th')), unit: 'J/TH', format: formats.number1 });
  const cost = s.addOutput({ label: t.machineCost, formula: times(ref(pricePerTh), ref(ths)), unit: 'USD', format: formats.usd });
  s.gap();

  const { power, uptime, poolFee } = s.inputSection(t.site, {
    power: input('power_price_usd_per_kwh', t.powerPrice, 0.04, 'USD/kWh', formats.number4, sources.listedMinerPower),
    uptime: input('uptime', t.uptime, 0.95, 'share', formats.share, t.assumption),
    poolFee: input('pool_fee', t.poolFee, 0.02, 'share', formats.share, t.assumption),
  });

  const p = addPathInputs(s, t, months, options.locale);

  const risk = s.inputSection(t.risk, {
    volatility: input('annual_btc_volatility', t.volatility, 0.5, 'share/year', formats.share, t.assumption),
    paths: input('paths', t.paths, 10000, 'paths', formats.integer, t.assumption),
    seed: input('seed', t.seed, 1, 'seed', formats.integer, t.assumption),
  });

  // The tables stand at the bottom; their rows are known now, so the payback can read the path.
  const derivedRows = 8;
  const gpuRows = 15;
  const tablesTitleRow = s.row + derivedRows + 1 + gpuRows + 1;
  const pathAnchor = tablesTitleRow + 1;
  const pathRows = hashpricePathRows(months);
  const hashpriceColumn = range(s.at(pathAnchor + 1, 5), s.at(pathAnchor + months, 5));

  s.section(t.derived);
  const networkHashrate = s.addOutput({ label: t.networkHashrate, formula: miner('NETWORK_HASHRATE', ref(p.difficulty)), unit: 'EH/s', format: formats.number1 });
  const hashprice = s.addOutput({ label: t.hashprice, formula: miner('HASHPRICE', ref(p.btc), ref(networkHashrate), ref(p.fees), ref(p.height)), unit: 'USD/PH/day', format: formats.usd2 });
  s.addOutput({
    label: t.flatPayback,
    formula: miner('ASIC_PAYBACK_MONTHS', ref(cost), ref(ths), ref(efficiency), ref(power), ref(hashprice), ref(uptime), ref(poolFee), ref(p.months)),
    unit: 'months',
    format: formats.number1,
  });
  s.addOutput({
    label: t.pathPayback,
    formula: miner('ASIC_PAYBACK_MONTHS', ref(cost), ref(ths), ref(efficiency), ref(power), hashpriceColumn, ref(uptime), ref(poolFee), ref(p.months)),
    unit: 'months',
    format: formats.number1,
    strong: true,
  });
  s.addOutput({
    label: t.retireNow,
    formula: miner('BREAKEVEN_NETWORK_HASHRATE', ref(p.btc), ref(efficiency), ref(power), ref(p.fees), ref(p.height), ref(poolFee)),
    unit: 'EH/s',
    format: formats.number1,
  });
  const retireAfter = s.addOutput({
    label: t.retireAfter,
    formula: miner('BREAKEVEN_NETWORK_HASHRATE', ref(p.btc), ref(efficiency), ref(power), ref(p.fees), lit(1050000), ref(poolFee)),
    unit: 'EH/s',
    format: formats.number1,
    strong: true,
  });
  s.addOutput({ label: t.retireDifficulty, formula: miner('DIFFICULTY', ref(retireAfter)), unit: 'difficulty', format: formats.integer });
  s.gap();

  s.section(t.gpu);
  const gpu = s.addInputs({
    capex: input('capex_usd_per_gpu', t.gpuCapex, 25000, 'USD/GPU', formats.usd, sources.h100Capex),
    life: input('life_years', t.gpuLife, 5, 'years', formats.number1, sources.gpuLife),
    kwPerGpu: input('kw_per_gpu', t.kwPerGpu, 1.4, 'kW/GPU', formats.number2, sources.h100Power),
    pue: input('pue', t.pue, 1.3, 'gross/IT', formats.number2, sources.pue),
    power: input('gpu_power_price_usd_per_kwh', t.gpuPower, 0.04, 'USD/kWh', formats.number4, sources.listedMinerPower),
    opex: input('annual_opex_usd_per_gpu', t.gpuOpex, 0, 'USD/GPU-yr', formats.usd, t.assumption),
    costOfCapital: input('cost_of_capital', t.costOfCapital, 0.06, 'share/year', formats.share, sources.gpuFinancing),
    utilization: input('utilization', t.utilization, 0.9, 'share', formats.share, sources.gpuUtilization),
    price: input('price_usd_per_gpu_hour', t.gpuPrice, 2.35, 'USD/GPU-hour', formats.usd2, sources.h100Price),
  });
  const tco = s.addOutput({
    label: t.tco,
    formula: miner('GPU_TCO_PER_HOUR', ref(gpu.capex), ref(gpu.life), ref(gpu.kwPerGpu), ref(gpu.pue), ref(gpu.power), ref(gpu.opex), ref(gpu.costOfCapital), ref(gpu.utilization)),
    unit: 'USD/GPU-hour',
    format: formats.usd2,
  });
  s.addOutput({ label: t.gpuMarginHour, formula: minus(ref(gpu.price), ref(tco)), unit: 'USD/GPU-hour', format: formats.usd2 });
  const revenueMw = s.addOutput({ label: t.gpuRevenueMw, formula: miner('GPU_MW_REVENUE', ref(gpu.price), ref(gpu.kwPerGpu), ref(gpu.utilization)), unit: 'USD/MW-yr', format: formats.usd });
  // The cost per sold hour over the hours a MW of IT sells: GPU_MW_REVENUE at that price.
  const costMw = s.addOutput({ label: t.gpuCostMw, formula: miner('GPU_MW_REVENUE', ref(tco), ref(gpu.kwPerGpu), ref(gpu.utilization)), unit: 'USD/MW-yr', format: formats.usd });
  s.addOutput({ label: t.gpuMarginMw, formula: minus(ref(revenueMw), ref(costMw)), unit: 'USD/MW-yr', format: formats.usd, strong: true });
  s.gap();

  if (s.row !== tablesTitleRow) throw new Error(`fleet payback layout: the tables start at row ${s.row}, not ${tablesTitleRow}`);
  s.section(t.tables);
  const path = s.addSpill(pathAnchor, 0, hashpricePathFormula(p, networkHashrate), pathRows, hashpricePathColumns, hashpricePathFormats);
  const cashflows = (headers: boolean) =>
    miner('ASIC_CASHFLOWS', ref(p.startDate), ref(p.months), ref(ths), ref(efficiency), ref(power), hashpriceColumn, ref(cost), ref(uptime), ref(poolFee), lit(headers));
  const usd2 = formats.usd2;
  s.addSpill(pathAnchor, hashpricePathColumns + 1, cashflows, months + 1, cashflowColumns, [formats.date, formats.integer, usd2, usd2, usd2, usd2, formats.usd]);
  s.row = path.lastRow + 1;
  s.gap();

  s.section(t.fan);
  const fanArgs = [ref(p.btc), ref(networkHashrate), ref(p.height), ref(risk.volatility), ref(p.hashrateGrowth), ref(p.priceGrowth), ref(p.fees), ref(risk.paths), ref(risk.seed)];
  const fanFormula = (headers: boolean) => miner('HASHPRICE_FAN', ref(p.startDate), ref(p.months), ...fanArgs, lit(headers));
  const fan = s.addSpill(s.row, 0, fanFormula, months + 1, fanColumns, [formats.date, usd2, usd2, usd2]);
  s.row = fan.lastRow + 1;

  s.addChart({
    title: t.chart,
    categories: fan.column(0),
    categoryFormat: formats.month,
    valueFormat: formats.usd,
    valueTitle: t.axis,
    series: t.series.map((name, i) => ({ name, type: 'line' as const, values: fan.column(i + 1) })),
    from: { row: fan.anchorRow, col: fanColumns + 1 },
    to: { row: fan.anchorRow + 22, col: fanColumns + 11 },
  });
}

export const fleetPayback = defineModel('fleet-payback', text, [46, 18, 14, 16, 14, 16, 4, 12, 10, 14, 14, 14, 14, 14], layout);
