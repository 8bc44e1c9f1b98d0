/**
 * The text of each parameter name as Excel's Formula Builder shows it (English and Japanese),
 * and the range a value plausibly falls in (a value outside it draws a warning, never an error).
 * A function's declaration uses this text unless it gives its own for that parameter.
 */
import type { ParameterText } from './types';

export const parameterText: Readonly<Record<string, ParameterText>> = {
  ai_ebitda_margin: {
    en: 'EBITDA as a share of AI/HPC revenue, 0 to 1.',
    ja: 'AI/HPC収入に対するEBITDAの割合。0から1。',
    plausible: [0, 1],
  },
  ai_revenue_per_mw_year: {
    en: 'AI/HPC revenue in USD per MW of IT load per year, >= 0.',
    ja: 'AI/HPC収入（IT負荷 MW・年あたりUSD）。0以上。',
    plausible: [100000, 50000000],
  },
  annual_escalator: {
    en: 'Growth of each instalment over the one before (3% is 0.03), > -1. Default 0.',
    ja: '各分割額の前年比の伸び（3%は0.03）。-1より大きい値。既定値 0。',
    plausible: [0, 0.1],
  },
  as_of_date: {
    en: 'Date: the latest figure on or before it is returned. Default: the latest figure.',
    ja: '日付：その日以前の最新の数値を返します。既定：最新の数値。',
    plausible: [39816, 73051],
  },
  block_height: {
    en: 'Block height selecting the subsidy. Default: 3.125 BTC (2024–2028 era).',
    ja: 'ブロック報酬を決めるブロック高。既定：3.125 BTC（2024–2028年の期間）。',
    plausible: [0, 3000000],
  },
  block_minutes: {
    en: 'Average minutes between blocks, > 0. Default 10 (the protocol target).',
    ja: 'ブロック間の平均時間（分）。0より大きい値。既定値 10（プロトコルの目標値）。',
    plausible: [1, 60],
  },
  block_seconds: {
    en: 'Seconds between blocks, > 0. Default 600 (the protocol target).',
    ja: 'ブロック間隔（秒）。0より大きい値。既定値 600（プロトコルの目標値）。',
    plausible: [60, 3600],
  },
  btc_price_usd: {
    en: 'BTC price in USD, > 0.',
    ja: 'BTC価格（USD）。0より大きい値。',
    plausible: [1000, 10000000],
  },
  build_months: {
    en: 'Months from the start of the build to the first AI revenue, a whole number >= 0.',
    ja: '建設開始から最初のAI収入までの月数。0以上の整数。',
    plausible: [0, 60],
  },
  cap_rate: {
    en: 'Capitalisation rate as a fraction (7.5% is 0.075), > 0 and <= 1.',
    ja: 'キャップレート（小数、7.5%は0.075）。0より大きく1以下。',
    plausible: [0.03, 0.2],
  },
  capex_per_mw: {
    en: 'Conversion capex in USD per MW of IT load, >= 0, spent evenly over the build.',
    ja: '転換の設備投資（IT負荷 MWあたりUSD）。0以上。建設期間中に均等に支出。',
    plausible: [0, 50000000],
  },
  capex_usd_per_mw: {
    en: 'Build cost in USD per MW of IT load, >= 0.',
    ja: '建設費（IT負荷 MWあたりUSD）。0以上。',
    plausible: [0, 50000000],
  },
  contract_value_usd: {
    en: 'Total contract value in USD, >= 0.',
    ja: '契約総額（USD）。0以上。',
    plausible: [0, 100000000000],
  },
  demand_response_usd_per_mw_year: {
    en: 'Demand-response payment in USD per MW per year, >= 0. Default 0.',
    ja: 'デマンドレスポンス収入（MW・年あたりUSD）。0以上。既定値 0。',
    plausible: [0, 1000000],
  },
  difficulty: {
    en: 'Network difficulty (dimensionless), > 0; 146.47T is 146470000000000.',
    ja: 'ネットワークのディフィカルティ（無次元）。0より大きい値。146.47T は 146470000000000。',
    plausible: [1000000000000, 100000000000000000],
  },
  discount_rate: {
    en: 'Annual discount rate as a fraction (10% is 0.1), > -1.',
    ja: '年間割引率（小数、10%は0.1）。-1より大きい値。',
    plausible: [0, 0.3],
  },
  efficiency_j_per_th: {
    en: 'Machine efficiency in J/TH, > 0.',
    ja: 'マシンの電力効率（J/TH）。0より大きい値。',
    plausible: [5, 150],
  },
  fees_btc_per_block: {
    en: 'Average fees per block in BTC, >= 0. Default 0.',
    ja: '1ブロックあたりの平均手数料（BTC）。0以上。既定値 0。',
    plausible: [0, 10],
  },
  field: {
    en: 'One of name, power_capacity_mw, energized_mw, ai_contracted_it_mw, hashrate_ehs, fleet_efficiency_j_per_th, power_price_usd_per_kwh, btc_holdings.',
    ja: 'name、power_capacity_mw、energized_mw、ai_contracted_it_mw、hashrate_ehs、fleet_efficiency_j_per_th、power_price_usd_per_kwh、btc_holdings のいずれか。',
  },
  from_unit: {
    en: 'Its unit: H/s, TH/s, PH/s, EH/s; W, kW, MW, GW; Wh, kWh, MWh, GWh; BTC, sats; USD/kWh, USD/MWh; USD/TH/day, USD/PH/day, USD/EH/day.',
    ja: 'その単位：H/s、TH/s、PH/s、EH/s；W、kW、MW、GW；Wh、kWh、MWh、GWh；BTC、sats；USD/kWh、USD/MWh；USD/TH/day、USD/PH/day、USD/EH/day。',
  },
  gross_mw: {
    en: "The site's gross (utility) power in MW, >= 0.",
    ja: '拠点のグロス（系統）電力（MW）。0以上。',
    plausible: [0.5, 10000],
  },
  halvings_ahead: {
    en: 'Which halving to date: 1 is the next, a whole number >= 1. Default 1.',
    ja: '何回先の半減期か：1は次回。1以上の整数。既定値 1。',
    plausible: [1, 10],
  },
  hashprice_usd_per_ph_day: {
    en: 'Hashprice in USD per PH/s per day, >= 0.',
    ja: 'ハッシュプライス（PH/s・日あたりUSD）。0以上。',
    plausible: [0, 2000],
  },
  headers: {
    en: 'TRUE puts a header row first. Default TRUE.',
    ja: 'TRUE で1行目に見出し行を入れます。既定値 TRUE。',
  },
  hourly_power_prices_usd_per_mwh: {
    en: 'Hourly power prices in USD/MWh (may be negative), a range of any shape, at most 1,048,576 cells.',
    ja: '時間別電力価格（USD/MWh、負の値も可）。任意の形の範囲、最大1,048,576セル。',
  },
  it_load_mw: {
    en: 'Critical IT load converted in MW, > 0.',
    ja: '転換するクリティカルIT負荷（MW）。0より大きい値。',
    plausible: [0.5, 5000],
  },
  kw_per_gpu: {
    en: 'IT power per GPU in kW including its share of servers and network, > 0.',
    ja: 'GPU 1基あたりのIT電力（kW、サーバーとネットワークの按分を含む）。0より大きい値。',
    plausible: [0.3, 5],
  },
  mining_margin_per_mw_year: {
    en: 'Mining margin given up from the start of the build, USD per MW of IT load per year.',
    ja: '建設開始から手放すマイニング・マージン（IT負荷 MW・年あたりUSD）。',
    plausible: [-2000000, 5000000],
  },
  model: {
    en: 'Machine model, e.g. "Antminer S21" (case and extra spaces ignored).',
    ja: 'マシンのモデル（例 "Antminer S21"。大文字小文字と余分な空白は無視）。',
  },
  monthly_hashrate_growth: {
    en: 'Network hashrate growth per month, > -1 (2% is 0.02). Default 0.',
    ja: 'ネットワーク・ハッシュレートの月間成長率。-1より大きい値（2%は0.02）。既定値 0。',
    plausible: [-0.2, 0.2],
  },
  monthly_price_growth: {
    en: 'BTC price growth per month, > -1 (2% is 0.02). Default 0.',
    ja: 'BTC価格の月間成長率。-1より大きい値（2%は0.02）。既定値 0。',
    plausible: [-0.3, 0.3],
  },
  months: {
    en: 'Number of months (rows), a whole number from 1 to 1,200.',
    ja: '月数（行数）。1から1,200の整数。',
    plausible: [1, 1200],
  },
  network_hashrate_ehs: {
    en: 'Network hashrate in EH/s, > 0.',
    ja: 'ネットワーク・ハッシュレート（EH/s）。0より大きい値。',
    plausible: [10, 100000],
  },
  noi_margin: {
    en: 'Net operating income as a share of rent, 0 to 1.',
    ja: '賃料に対する営業純利益（NOI）の割合。0から1。',
    plausible: [0, 1],
  },
  occupancy: {
    en: 'Share of the IT load leased, 0 to 1. Default 1.',
    ja: '賃貸されるIT負荷の割合。0から1。既定値 1。',
    plausible: [0, 1],
  },
  other_cost_usd_per_mw_year: {
    en: 'Other costs in USD per MW per year, >= 0. Default 0.',
    ja: 'その他の費用（MW・年あたりUSD）。0以上。既定値 0。',
    plausible: [0, 2000000],
  },
  other_cost_usd_per_ph_day: {
    en: 'Other costs in USD per PH/s per day, >= 0. Default 0.',
    ja: 'その他の費用（PH/s・日あたりUSD）。0以上。既定値 0。',
    plausible: [0, 100],
  },
  part: {
    en: 'Which part of the figure: value, as_of (date serial), unit, source (URL) or note. Default value.',
    ja: '数値のどの部分か：value、as_of（日付シリアル値）、unit、source（URL）、note。既定値 value。',
  },
  pool_fee: {
    en: 'Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.',
    ja: '収入に対するプール手数料の割合。0以上1未満（2%は0.02）。既定値 0。',
    plausible: [0, 0.1],
  },
  power_price_usd_per_kwh: {
    en: 'Power price in USD/kWh, >= 0.',
    ja: '電力価格（USD/kWh）。0以上。',
    plausible: [0, 0.5],
  },
  prepayment_share: {
    en: 'Share of the value paid at signing, 0 to 1. Default 0.',
    ja: '締結時に支払われる割合。0から1。既定値 0。',
    plausible: [0, 1],
  },
  price_usd_per_gpu_hour: {
    en: 'Rental price in USD per GPU-hour, >= 0.',
    ja: 'レンタル価格（GPU・時間あたりUSD）。0以上。',
    plausible: [0.1, 20],
  },
  pue: {
    en: 'Power usage effectiveness (facility power / IT power), >= 1.',
    ja: '電力使用効率（施設電力 / IT電力）。1以上。',
    plausible: [1, 2.5],
  },
  rent_usd_per_kw_month: {
    en: 'Rent in USD per kW of IT load per month, >= 0.',
    ja: '賃料（IT負荷 kW・月あたりUSD）。0以上。',
    plausible: [10, 500],
  },
  start_block_height: {
    en: 'Block height on start_date (blocks), a whole number >= 0.',
    ja: 'start_date 時点のブロック高（ブロック）。0以上の整数。',
    plausible: [0, 3000000],
  },
  start_date: {
    en: 'Start of the first month (Excel date serial).',
    ja: '最初の月の開始日（Excelの日付シリアル値）。',
    plausible: [39816, 73051],
  },
  term_years: {
    en: 'Contract term in years, > 0 (an average term may be fractional).',
    ja: '契約期間（年）。0より大きい値（平均期間なら小数も可）。',
    plausible: [0.5, 30],
  },
  ticker: {
    en: 'Company ticker, e.g. "IREN" (case and surrounding spaces ignored).',
    ja: '企業のティッカー（例 "IREN"。大文字小文字と前後の空白は無視）。',
  },
  to_unit: {
    en: 'The unit wanted, of the same family as from_unit.',
    ja: '換算先の単位（from_unit と同じ系統）。',
  },
  uptime: {
    en: 'Share of the year the machines run, 0 to 1 (95% is 0.95). Default 1.',
    ja: 'マシンが稼働する年間の割合。0から1（95%は0.95）。既定値 1。',
    plausible: [0, 1],
  },
  utilization: {
    en: "Share of the year's hours rented, 0 to 1. Default 1.",
    ja: '年間のうち貸し出される時間の割合。0から1。既定値 1。',
    plausible: [0, 1],
  },
  value: {
    en: 'The quantity to convert, in from_unit.',
    ja: '換算する数量（from_unit 単位）。',
    plausible: [0, 1000000000],
  },
  years: {
    en: 'Horizon in years from the start of the build, a whole number from 1 to 100.',
    ja: '建設開始からの分析期間（年）。1から100の整数。',
    plausible: [1, 50],
  },
};
