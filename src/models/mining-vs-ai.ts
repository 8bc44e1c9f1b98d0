/**
 * Mining vs AI per MW: one site, the four strategies of the industry story side by side —
 * keep mining; lease the site as colocation / powered shell (landlord); run GPU cloud; hybrid
 * (AI as the firm load, mining as an interruptible load behind it) — per MW of the
 * strategy's own load, per MW of site power and for the whole site.
 */
import { iferror, lit, miner, minus, over, plus, range, ref, times } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { CellRef, Expr } from '../sheet/formula-tree';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, ModelOptions } from './common';
import { sources } from './sources';
import { networkInput } from './network-inputs';

const hourlyPricesUsdPerMwh = [28, 26, 25, 24, 24, 26, 32, 40, 38, 34, 30, 29, 31, 35, 42, 60, 95, 140, 120, 80, 55, 42, 35, 30];

const text = {
  en: {
    name: 'Mining vs AI per MW',
    summary: 'One site, four strategies side by side: keep mining, landlord, GPU cloud, hybrid.',
    sheet: 'Mining vs AI',
    title: 'Mining vs AI per MW: one site, four strategies',
    subtitle: 'Keep mining, lease to AI (colocation / powered shell), run GPU cloud, or hybrid with flexible mining.',
    site: 'Site',
    grossMw: 'Site power (gross)',
    pue: 'PUE of an AI hall (gross / IT)',
    network: 'Network and mining',
    btcPrice: 'BTC price',
    hashrate: 'Network hashrate',
    fees: 'Average fees per block',
    efficiency: 'Fleet efficiency',
    powerPrice: 'Power price',
    poolFee: 'Pool fee',
    uptime: 'Mining uptime',
    otherCost: 'Other mining cost per MW-year',
    colo: 'Landlord: colocation / powered shell',
    rent: 'Rent',
    occupancy: 'Occupancy',
    coloMargin: 'NOI margin',
    gpu: 'GPU cloud',
    gpuPrice: 'GPU rental price',
    kwPerGpu: 'IT power per GPU',
    utilization: 'GPU utilization',
    gpuMargin: 'EBITDA margin',
    hybrid: 'Hybrid: AI firm load + flexible mining',
    aiShare: 'Share of site power leased to AI',
    demandResponse: 'Demand-response payment',
    hours: 'Hourly power prices (one representative day, in the table below)',
    derived: 'Derived',
    hashprice: 'Hashprice',
    itLoad: 'IT load the site supports',
    breakeven: 'Breakeven BTC price (power and pool fee only)',
    flexMw: 'Flexible mining load',
    aiItMw: 'AI IT load (hybrid)',
    flexUptime: 'Share of hours mining pays',
    flexMargin: 'Flexible mining margin per MW-year',
    compare: 'Side by side',
    strategies: ['Keep mining', 'Landlord (colo / shell)', 'GPU cloud', 'Hybrid'],
    load: 'Load of the strategy at this site',
    revenuePerMw: 'Revenue per MW of that load per year',
    marginPerMw: 'Margin per MW of that load per year',
    siteRevenue: 'Site revenue per year',
    siteMargin: 'Site margin per year',
    marginPerSiteMw: 'Margin per MW of site power per year',
    multiple: 'Margin multiple of mining',
    hourTable: 'Hourly power prices (illustrative day: replace with your node’s prices)',
    hour: (h: number) => `Hour ${String(h).padStart(2, '0')}:00`,
    assumption: 'Assumption: set your own',
    illustrative: 'Illustrative profile (low nights, evening peak)',
    gpuCapexNote: 'Before GPU capex (~$29M per MW IT for GB300-class kit, derived from the IREN–Dell order)',
    hybridNote: 'AI lease on the AI share; the rest mines only in the hours it pays',
    times: '×',
  },
  ja: {
    name: 'MWあたりのマイニング対AI',
    summary: '1拠点で4つの戦略を比較：マイニング継続、賃貸、GPUクラウド、ハイブリッド。',
    sheet: 'マイニング対AI',
    title: 'MWあたりのマイニング対AI：1拠点・4つの戦略',
    subtitle: 'マイニング継続、AIへの賃貸（コロケーション／パワードシェル）、GPUクラウド運営、柔軟なマイニングとのハイブリッド。',
    site: '拠点',
    grossMw: '拠点の電力（グロス）',
    pue: 'AIホールのPUE（グロス／IT）',
    network: 'ネットワークとマイニング',
    btcPrice: 'BTC価格',
    hashrate: 'ネットワーク・ハッシュレート',
    fees: '1ブロックあたり平均手数料',
    efficiency: 'フリートの電力効率',
    powerPrice: '電力価格',
    poolFee: 'プール手数料',
    uptime: 'マイニング稼働率',
    otherCost: 'その他のマイニング費用（MW・年あたり）',
    colo: '賃貸：コロケーション／パワードシェル',
    rent: '賃料',
    occupancy: '稼働（入居）率',
    coloMargin: 'NOIマージン',
    gpu: 'GPUクラウド',
    gpuPrice: 'GPUレンタル価格',
    kwPerGpu: 'GPU 1基あたりのIT電力',
    utilization: 'GPU稼働率',
    gpuMargin: 'EBITDAマージン',
    hybrid: 'ハイブリッド：AIの常時負荷＋柔軟なマイニング',
    aiShare: 'AIに賃貸する拠点電力の割合',
    demandResponse: 'デマンドレスポンス収入',
    hours: '時間別電力価格（代表的な1日、下の表）',
    derived: '導出値',
    hashprice: 'ハッシュプライス',
    itLoad: '拠点が支えるIT負荷',
    breakeven: '損益分岐BTC価格（電力とプール手数料のみ）',
    flexMw: '柔軟なマイニング負荷',
    aiItMw: 'AIのIT負荷（ハイブリッド）',
    flexUptime: 'マイニングが採算に合う時間の割合',
    flexMargin: '柔軟なマイニングのMW・年あたりマージン',
    compare: '比較',
    strategies: ['マイニング継続', '賃貸（コロ／シェル）', 'GPUクラウド', 'ハイブリッド'],
    load: 'この拠点での各戦略の負荷',
    revenuePerMw: 'その負荷1MWあたりの年間収入',
    marginPerMw: 'その負荷1MWあたりの年間マージン',
    siteRevenue: '拠点の年間収入',
    siteMargin: '拠点の年間マージン',
    marginPerSiteMw: '拠点電力1MWあたりの年間マージン',
    multiple: 'マイニングに対するマージン倍率',
    hourTable: '時間別電力価格（例示の1日：自拠点の価格に置き換えてください）',
    hour: (h: number) => `${String(h).padStart(2, '0')}:00`,
    assumption: '仮定：ご自身の値を設定してください',
    illustrative: '例示のプロファイル（夜間は安く、夕方にピーク）',
    gpuCapexNote: 'GPU設備投資前（GB300級でIT 1MWあたり約2,900万ドル、IREN–Dellの発注額から算出）',
    hybridNote: 'AI割合はAIに賃貸し、残りは採算に合う時間だけマイニング',
    times: '倍',
  },
} as const;

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  const { grossMw, pue } = s.inputSection(t.site, {
    grossMw: input('site_gross_mw', t.grossMw, 100, 'MW', formats.integer, sources.morganStanleySite),
    pue: input('pue', t.pue, 1.3, 'gross/IT', formats.number2, sources.pue),
  });
  const { btc, hashrate, fees, efficiency, power, poolFee, uptime, otherCost } = s.inputSection(t.network, {
    btc: networkInput('btc_price_usd', t.btcPrice, 'USD', formats.usd, options.locale),
    hashrate: networkInput('network_hashrate_ehs', t.hashrate, 'EH/s', formats.number1, options.locale),
    fees: networkInput('fees_btc_per_block', t.fees, 'BTC/block', formats.number4, options.locale),
    efficiency: input('efficiency_j_per_th', t.efficiency, 17.5, 'J/TH', formats.number1, sources.s21),
    power: input('power_price_usd_per_kwh', t.powerPrice, 0.04, 'USD/kWh', formats.number4, sources.listedMinerPower),
    poolFee: input('pool_fee', t.poolFee, 0.02, 'share', formats.share, t.assumption),
    uptime: input('uptime', t.uptime, 0.95, 'share', formats.share, t.assumption),
    otherCost: input('other_cost_usd_per_mw_year', t.otherCost, 0, 'USD/MW-yr', formats.usd, t.assumption),
  });
  const colo = s.inputSection(t.colo, {
    rent: input('rent_usd_per_kw_month', t.rent, 150, 'USD/kW-month', formats.usd2, sources.coloRent),
    occupancy: input('occupancy', t.occupancy, 1, 'share', formats.share, t.assumption),
    margin: input('colo_noi_margin', t.coloMargin, 0.85, 'share', formats.share, sources.coloMargin),
  });
  const gpu = s.inputSection(t.gpu, {
    price: input('price_usd_per_gpu_hour', t.gpuPrice, 2.35, 'USD/GPU-hour', formats.usd2, sources.h100Price),
    kwPerGpu: input('kw_per_gpu', t.kwPerGpu, 1.4, 'kW/GPU', formats.number2, sources.h100Power),
    utilization: input('utilization', t.utilization, 0.9, 'share', formats.share, sources.gpuUtilization),
    margin: input('gpu_ebitda_margin', t.gpuMargin, 0.62, 'share', formats.share, sources.coreweaveMargin),
  });
  s.section(t.hybrid);
  const { aiShare, demandResponse } = s.addInputs({
    aiShare: input('hybrid_ai_share', t.aiShare, 0.7, 'share', formats.share, t.assumption),
    demandResponse: input('demand_response_usd_per_mw_year', t.demandResponse, 0, 'USD/MW-yr', formats.usd, t.assumption),
  });
  s.text(s.row++, 0, t.hours, 'source');
  s.gap();

  // The hourly prices stand at the bottom; their rows are known now, so formulas can refer to them.
  const derivedRows = 8;
  const compareRows = 9;
  const hoursTitleRow = s.row + derivedRows + 1 + compareRows + 1;
  const firstHourRow = hoursTitleRow + 1;
  const hours = range(s.at(firstHourRow, 1), s.at(firstHourRow + hourlyPricesUsdPerMwh.length - 1, 1));

  s.section(t.derived);
  const hashprice = s.addOutput({ label: t.hashprice, formula: miner('HASHPRICE', ref(btc), ref(hashrate), ref(fees)), unit: 'USD/PH/day', format: formats.usd2 });
  const itMw = s.addOutput({ label: t.itLoad, formula: miner('IT_LOAD_MW', ref(grossMw), ref(pue)), unit: 'MW IT', format: formats.number1 });
  s.addOutput({
    label: t.breakeven,
    formula: miner('BREAKEVEN_BTC', ref(efficiency), ref(power), ref(hashrate), ref(fees), null, ref(poolFee)),
    unit: 'USD/BTC',
    format: formats.usd,
  });
  const flexMw = s.addOutput({ label: t.flexMw, formula: times(ref(grossMw), minus(lit(1), ref(aiShare))), unit: 'MW', format: formats.number1, note: t.hybridNote });
  const aiItMw = s.addOutput({ label: t.aiItMw, formula: miner('IT_LOAD_MW', times(ref(grossMw), ref(aiShare)), ref(pue)), unit: 'MW IT', format: formats.number1 });
  const flexUptime = s.addOutput({ label: t.flexUptime, formula: miner('FLEX_UPTIME', ref(hashprice), ref(efficiency), hours, ref(poolFee)), unit: 'share', format: formats.share });
  const flexMargin = s.addOutput({
    label: t.flexMargin,
    formula: miner('FLEX_MARGIN_PER_MW', ref(hashprice), ref(efficiency), hours, ref(poolFee), ref(demandResponse)),
    unit: 'USD/MW-yr',
    format: formats.usd,
  });
  s.gap();

  // Side by side: columns B–E are the four strategies.
  s.section(t.compare, t.strategies);
  const f = (formula: Expr, format: string = formats.usd) => ({ formula, format });
  const [mineLoad, coloLoad, gpuLoad, hybridLoad] = s.addTableRow(
    t.load,
    [f(ref(grossMw), formats.number1), f(ref(itMw), formats.number1), f(ref(itMw), formats.number1), f(ref(grossMw), formats.number1)],
    'MW',
  );
  const mineRevenue = miner('MINING_REVENUE_PER_MW', ref(hashprice), ref(efficiency), ref(uptime), ref(poolFee));
  const coloRevenue = miner('COLO_MW_REVENUE', ref(colo.rent), ref(colo.occupancy));
  const gpuRevenue = miner('GPU_MW_REVENUE', ref(gpu.price), ref(gpu.kwPerGpu), ref(gpu.utilization));
  const flexRevenue = miner('MINING_REVENUE_PER_MW', ref(hashprice), ref(efficiency), ref(flexUptime), ref(poolFee));
  const revenueRow = s.row;
  const [mineRev, coloRev, gpuRev] = s.addTableRow(
    t.revenuePerMw,
    [f(mineRevenue), f(coloRevenue), f(gpuRevenue), f(over(ref(s.at(revenueRow + 2, 4)), ref(hybridLoad)))],
    'USD/MW-yr',
  );
  const marginRow = s.row;
  const [mineMargin, coloMarginPerMw] = s.addTableRow(
    t.marginPerMw,
    [
      f(miner('MINING_MARGIN_PER_MW', ref(hashprice), ref(efficiency), ref(power), ref(uptime), ref(poolFee), ref(otherCost))),
      f(times(ref(coloRev), ref(colo.margin))),
      f(times(ref(gpuRev), ref(gpu.margin))),
      f(over(ref(s.at(marginRow + 2, 4)), ref(hybridLoad))),
    ],
    'USD/MW-yr',
  );
  const perLoad = (load: CellRef, perMw: CellRef): Expr => times(ref(load), ref(perMw));
  s.addTableRow(
    t.siteRevenue,
    [
      f(perLoad(mineLoad, mineRev)),
      f(perLoad(coloLoad, coloRev)),
      f(perLoad(gpuLoad, gpuRev)),
      f(plus(times(ref(aiItMw), ref(coloRev)), times(ref(flexMw), flexRevenue))),
    ],
    'USD/yr',
  );
  const siteMargins = s.addTableRow(
    t.siteMargin,
    [
      f(perLoad(mineLoad, mineMargin)),
      f(perLoad(coloLoad, coloMarginPerMw)),
      f(perLoad(gpuLoad, s.at(marginRow, 3))),
      f(plus(times(ref(aiItMw), ref(coloMarginPerMw)), times(ref(flexMw), ref(flexMargin)))),
    ],
    'USD/yr',
    true,
  );
  const perSiteMw = s.addTableRow(t.marginPerSiteMw, siteMargins.map((cell) => f(over(ref(cell), ref(grossMw)))), 'USD/MW-yr', true);
  s.addTableRow(
    t.multiple,
    perSiteMw.map((cell) => f(iferror(over(ref(cell), ref(perSiteMw[0])), lit('n/a')), formats.number2)),
    t.times,
  );
  s.text(s.row++, 0, t.gpuCapexNote, 'source');
  s.gap();

  if (s.row !== hoursTitleRow) throw new Error(`mining-vs-ai: hourly prices planned at row ${hoursTitleRow}, layout reached ${s.row}`);
  s.section(t.hourTable);
  hourlyPricesUsdPerMwh.forEach((price, hour) => {
    s.addInput({ key: `hour_${hour}`, label: t.hour(hour), value: price, unit: 'USD/MWh', format: formats.usd2, source: hour === 0 ? t.illustrative : undefined });
  });
}

export const miningVsAi = defineModel('mining-vs-ai', text, [50, 22, 26, 22, 22, 12], layout, [
  { key: 'site_gross_mw', field: 'energized_mw' },
  { key: 'efficiency_j_per_th', field: 'fleet_efficiency_j_per_th' },
  { key: 'power_price_usd_per_kwh', field: 'power_price_usd_per_kwh' },
]);
