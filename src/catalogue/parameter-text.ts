/**
 * The text of each parameter name as Excel's Formula Builder shows it (English and Japanese),
 * and the range a value plausibly falls in (a value outside it draws a warning, never an error).
 * A function's docs use this text unless they give their own for that parameter. Each entry is
 * [English, Japanese, plausible range], the range left out where a value has none (text, TRUE/FALSE).
 */
import type { ParameterLines } from './types';

export const parameterText: ParameterLines = {
  ai_ebitda_margin: [
    'EBITDA as a share of AI/HPC revenue, 0 to 1.',
    'AI/HPC収入に対するEBITDAの割合。0から1。',
    [0, 1],
  ],
  ai_revenue_per_mw_year: [
    'AI/HPC revenue in USD per MW of IT load per year, >= 0.',
    'AI/HPC収入（IT負荷 MW・年あたりUSD）。0以上。',
    [100000, 50000000],
  ],
  annual_btc_volatility: [
    'Annual volatility of the BTC price as a fraction (50% is 0.5), the standard deviation of its log over a year, >= 0.',
    'BTC価格の年率ボラティリティ（小数、50%は0.5。対数価格の1年間の標準偏差）。0以上。',
    [0.1, 1.5],
  ],
  annual_escalator: [
    'Growth of each instalment over the one before (3% is 0.03), > -1. Default 0.',
    '各分割額の前年比の伸び（3%は0.03）。-1より大きい値。既定値 0。',
    [0, 0.1],
  ],
  annual_opex_usd_per_gpu: [
    'Other operating cost per GPU per year in USD (maintenance, staff, insurance), >= 0. Default 0.',
    'GPU 1基あたりの年間のその他運営費（USD、保守・人件費・保険）。0以上。既定値 0。',
    [0, 20000],
  ],
  as_of_date: [
    'Date: the latest figure on or before it is returned. Default: the latest figure.',
    '日付：その日以前の最新の数値を返します。既定：最新の数値。',
    [39816, 73051],
  ],
  block_height: [
    'Block height selecting the subsidy. Default: 3.125 BTC (2024–2028 era).',
    'ブロック報酬を決めるブロック高。既定：3.125 BTC（2024–2028年の期間）。',
    [0, 3000000],
  ],
  block_minutes: [
    'Average minutes between blocks, > 0. Default 10 (the protocol target).',
    'ブロック間の平均時間（分）。0より大きい値。既定値 10（プロトコルの目標値）。',
    [1, 60],
  ],
  block_seconds: [
    'Seconds between blocks, > 0. Default 600 (the protocol target).',
    'ブロック間隔（秒）。0より大きい値。既定値 600（プロトコルの目標値）。',
    [60, 3600],
  ],
  btc_mined: [
    'BTC mined in the period, >= 0.',
    '期間中に採掘したBTC。0以上。',
    [0, 100000],
  ],
  btc_price_usd: [
    'BTC price in USD, > 0.',
    'BTC価格（USD）。0より大きい値。',
    [1000, 10000000],
  ],
  build_months: [
    'Months from the start of the build to the first AI revenue, a whole number >= 0.',
    '建設開始から最初のAI収入までの月数。0以上の整数。',
    [0, 60],
  ],
  cap_price_usd: [
    "The capped call's cap price in USD a share, >= the conversion price. Omitted: no capped call.",
    'キャップドコールの上限価格（1株あたりUSD）。転換価格以上。省略時：キャップドコールなし。',
    [1, 200],
  ],
  cap_rate: [
    'Capitalisation rate as a fraction (7.5% is 0.075), > 0 and <= 1.',
    'キャップレート（小数、7.5%は0.075）。0より大きく1以下。',
    [0.03, 0.2],
  ],
  capex_per_mw: [
    'Conversion capex in USD per MW of IT load, >= 0, spent evenly over the build.',
    '転換の設備投資（IT負荷 MWあたりUSD）。0以上。建設期間中に均等に支出。',
    [0, 50000000],
  ],
  capex_usd_per_gpu: [
    'Capital cost per GPU in USD, with its share of servers and network, >= 0.',
    'GPU 1基あたりの設備投資（USD、サーバーとネットワークの按分を含む）。0以上。',
    [1000, 200000],
  ],
  capex_usd_per_mw: [
    'Build cost in USD per MW of IT load, >= 0.',
    '建設費（IT負荷 MWあたりUSD）。0以上。',
    [0, 50000000],
  ],
  cfads_usd_per_year: [
    'Cash flow available for debt service in USD a year, >= 0: one figure (every year) or a range, one figure a year from year 1.',
    '元利返済に充当可能なキャッシュフロー（CFADS、年あたりUSD）。0以上。1つの値（毎年同額）または1年目から年ごとに1つずつの範囲。',
    [0, 10000000000],
  ],
  contract_value_usd: [
    'Total contract value in USD, >= 0.',
    '契約総額（USD）。0以上。',
    [0, 100000000000],
  ],
  conversion_price_usd: [
    'Conversion price in USD a share (USD 1,000 ÷ shares per USD 1,000 of principal), > 0.',
    '転換価格（1株あたりUSD。1,000 USD ÷ 元本1,000 USDあたりの株式数）。0より大きい値。',
    [1, 100],
  ],
  cost_usd: [
    'Project cost in USD, >= 0, for the loan-to-cost cap. Omitted: no cap.',
    'プロジェクト費用（USD）。0以上。LTC上限に使用。省略時：上限なし。',
    [0, 100000000000],
  ],
  cost_of_capital: [
    'Annual cost of capital as a fraction (6% is 0.06), >= 0. Default 0 (straight-line).',
    '年間の資本コスト（小数、6%は0.06）。0以上。既定値 0（定額法）。',
    [0, 0.25],
  ],
  days: [
    'Length of the period in days, > 0.',
    '期間の日数。0より大きい値。',
    [1, 3660],
  ],
  demand_response_usd_per_mw_year: [
    'Demand-response payment in USD per MW per year, >= 0. Default 0.',
    'デマンドレスポンス収入（MW・年あたりUSD）。0以上。既定値 0。',
    [0, 1000000],
  ],
  difficulty: [
    'Network difficulty (dimensionless), > 0; 146.47T is 146470000000000.',
    'ネットワークのディフィカルティ（無次元）。0より大きい値。146.47T は 146470000000000。',
    [1000000000000, 100000000000000000],
  ],
  discount_rate: [
    'Annual discount rate as a fraction (10% is 0.1), > -1.',
    '年間割引率（小数、10%は0.1）。-1より大きい値。',
    [0, 0.3],
  ],
  efficiency_j_per_th: [
    'Machine efficiency in J/TH, > 0.',
    'マシンの電力効率（J/TH）。0より大きい値。',
    [5, 150],
  ],
  exit_cap_rate: [
    "Cap rate of a sale at the end of the term (5.5% is 0.055), > 0: the sale is the next year's NOI ÷ this rate. Omitted: no sale.",
    '期間終了時の売却のキャップレート（5.5%は0.055）。0より大きい値。売却額＝翌年のNOI ÷ この率。省略時：売却なし。',
    [0.03, 0.15],
  ],
  fees_btc_per_block: [
    'Average fees per block in BTC, >= 0. Default 0.',
    '1ブロックあたりの平均手数料（BTC）。0以上。既定値 0。',
    [0, 10],
  ],
  field: [
    'One of name, power_capacity_mw, energized_mw, ai_contracted_it_mw, hashrate_ehs, fleet_efficiency_j_per_th, power_price_usd_per_kwh, btc_holdings.',
    'name、power_capacity_mw、energized_mw、ai_contracted_it_mw、hashrate_ehs、fleet_efficiency_j_per_th、power_price_usd_per_kwh、btc_holdings のいずれか。',
  ],
  from_unit: [
    'Its unit: H/s, TH/s, PH/s, EH/s; W, kW, MW, GW; Wh, kWh, MWh, GWh; BTC, sats; USD/kWh, USD/MWh; USD/TH/day, USD/PH/day, USD/EH/day.',
    'その単位：H/s、TH/s、PH/s、EH/s；W、kW、MW、GW；Wh、kWh、MWh、GWh；BTC、sats；USD/kWh、USD/MWh；USD/TH/day、USD/PH/day、USD/EH/day。',
  ],
  gross_mw: [
    "The site's gross (utility) power in MW, >= 0.",
    '拠点のグロス（系統）電力（MW）。0以上。',
    [0.5, 10000],
  ],
  halvings_ahead: [
    'Which halving to date: 1 is the next, a whole number >= 1. Default 1.',
    '何回先の半減期か：1は次回。1以上の整数。既定値 1。',
    [1, 10],
  ],
  hashprice_usd_per_ph_day: [
    'Hashprice in USD per PH/s per day, >= 0.',
    'ハッシュプライス（PH/s・日あたりUSD）。0以上。',
    [0, 2000],
  ],
  hashrate_ehs: [
    'Average hashrate over the period in EH/s, > 0.',
    '期間中の平均ハッシュレート（EH/s）。0より大きい値。',
    [0.01, 1000],
  ],
  hashrate_ths: [
    'Machine hashrate in TH/s, > 0.',
    'マシンのハッシュレート（TH/s）。0より大きい値。',
    [1, 2000],
  ],
  headers: [
    'TRUE puts a header row first. Default TRUE.',
    'TRUE で1行目に見出し行を入れます。既定値 TRUE。',
  ],
  hourly_power_prices_usd_per_mwh: [
    'Hourly power prices in USD/MWh (may be negative), a range of any shape, at most 1,048,576 cells.',
    '時間別電力価格（USD/MWh、負の値も可）。任意の形の範囲、最大1,048,576セル。',
  ],
  interest_rate: [
    'Interest rate a year as a fraction (6.192% is 0.06192), >= 0.',
    '年利（小数、6.192%は0.06192）。0以上。',
    [0, 0.2],
  ],
  it_load_mw: [
    'Critical IT load converted in MW, > 0.',
    '転換するクリティカルIT負荷（MW）。0より大きい値。',
    [0.5, 5000],
  ],
  kw_per_gpu: [
    'IT power per GPU in kW including its share of servers and network, > 0.',
    'GPU 1基あたりのIT電力（kW、サーバーとネットワークの按分を含む）。0より大きい値。',
    [0.3, 5],
  ],
  max_loan_to_cost: [
    'The largest loan as a share of cost, 0 to 1 (85% is 0.85). Default 1.',
    '費用に対する借入の上限割合（LTC）。0から1（85%は0.85）。既定値 1。',
    [0.3, 0.95],
  ],
  min_dscr: [
    'The minimum debt service coverage ratio (CFADS ÷ debt service) the lender accepts, > 0 (1.3 is 1.30x).',
    '貸し手が求める最低の元利金返済カバー率（DSCR、CFADS ÷ 元利返済額）。0より大きい値（1.3は1.30倍）。',
    [1, 3],
  ],
  life_years: [
    'Depreciation life in years, > 0 (4 to 6 years in filings).',
    '減価償却年数。0より大きい値（開示例では4〜6年）。',
    [1, 10],
  ],
  machine_cost_usd: [
    'Price paid for the machine in USD, >= 0.',
    'マシンの購入価格（USD）。0以上。',
    [0, 100000],
  ],
  max_months: [
    'Longest payback searched, in months: a whole number from 1 to 1,200. Default 60.',
    '探索する最長の回収期間（月）。1から1,200の整数。既定値 60。',
    [1, 120],
  ],
  mining_margin_per_mw_year: [
    'Mining margin given up from the start of the build, USD per MW of IT load per year.',
    '建設開始から手放すマイニング・マージン（IT負荷 MW・年あたりUSD）。',
    [-2000000, 5000000],
  ],
  mining_margins_per_mw_year: [
    'Mining margin given up in USD per MW of IT load, one figure a year of the horizon (a range, e.g. from HASHPRICE_PATH), so a halving shows; replaces mining_margin_per_mw_year. Omitted: that margin every year.',
    '手放すマイニング・マージン（IT負荷 MW・年あたりUSD）を分析期間の1年ごとに1つ（範囲。例：HASHPRICE_PATHから）。半減期が反映されます。mining_margin_per_mw_year に代わります。省略時：その値を毎年使用。',
    [-2000000, 5000000],
  ],
  model: [
    'Machine model, e.g. "Antminer S21" (case and extra spaces ignored).',
    'マシンのモデル（例 "Antminer S21"。大文字小文字と余分な空白は無視）。',
  ],
  monthly_hashrate_growth: [
    'Network hashrate growth per month, > -1 (2% is 0.02). Default 0.',
    'ネットワーク・ハッシュレートの月間成長率。-1より大きい値（2%は0.02）。既定値 0。',
    [-0.2, 0.2],
  ],
  monthly_price_drift: [
    'Expected growth of the BTC price a month (1% is 0.01), > -1. Default 0.',
    'BTC価格の月あたりの期待成長率（1%は0.01）。-1より大きい値。既定値 0。',
    [-0.05, 0.05],
  ],
  monthly_price_growth: [
    'BTC price growth per month, > -1 (2% is 0.02). Default 0.',
    'BTC価格の月間成長率。-1より大きい値（2%は0.02）。既定値 0。',
    [-0.3, 0.3],
  ],
  months: [
    'Number of months (rows), a whole number from 1 to 1,200.',
    '月数（行数）。1から1,200の整数。',
    [1, 1200],
  ],
  net_converted_notes: [
    'TRUE takes the notes counted as shares (above their conversion price) out of the debt, the if-converted treatment. Default FALSE: debt is debt_usd, notes at par.',
    'TRUE で転換価格を上回り株式として数える転換社債を負債から除きます（転換仮定法）。既定値 FALSE：負債は debt_usd（社債は額面）。',
  ],
  net_share_settlement: [
    'TRUE: the principal is paid in cash and only the value above it in shares. Default FALSE (physical settlement: all in shares).',
    'TRUE：元本は現金、超過分のみ株式で決済。既定値 FALSE（現物決済：すべて株式）。',
    [0, 1],
  ],
  network_hashrate_ehs: [
    'Network hashrate in EH/s, > 0.',
    'ネットワーク・ハッシュレート（EH/s）。0より大きい値。',
    [10, 100000],
  ],
  noi_margin: [
    'Net operating income as a share of rent, 0 to 1.',
    '賃料に対する営業純利益（NOI）の割合。0から1。',
    [0, 1],
  ],
  occupancy: [
    'Share of the IT load leased, 0 to 1. Default 1.',
    '賃貸されるIT負荷の割合。0から1。既定値 1。',
    [0, 1],
  ],
  other_cost_usd_per_mw_year: [
    'Other costs in USD per MW per year, >= 0. Default 0.',
    'その他の費用（MW・年あたりUSD）。0以上。既定値 0。',
    [0, 2000000],
  ],
  other_cost_usd_per_ph_day: [
    'Other costs in USD per PH/s per day, >= 0. Default 0.',
    'その他の費用（PH/s・日あたりUSD）。0以上。既定値 0。',
    [0, 100],
  ],
  paths: [
    'Simulated BTC price paths, a whole number >= 1; paths × months at most 600,000 (a larger value is an error naming the cap). Blank: 10,000, or for more than 60 months as many as the cap allows, floor(600,000 ÷ months) (9,836 for 61 months).',
    '模擬するBTC価格パスの数。1以上の整数。paths × months は600,000以下（超える値は上限を示すエラー）。空欄：10,000。60か月を超える場合は上限までの floor(600,000 ÷ months)（61か月なら9,836）。',
    [100, 100000],
  ],
  part: [
    'Which part of the figure: value, as_of (date serial), unit, source (URL) or note. Default value.',
    '数値のどの部分か：value、as_of（日付シリアル値）、unit、source（URL）、note。既定値 value。',
  ],
  pipeline_probability: [
    'Probability that the pipeline is built, 0 to 1 (50% is 0.5). Default 1.',
    'パイプラインが建設される確率。0から1（50%は0.5）。既定値 1。',
    [0, 1],
  ],
  pool_fee: [
    'Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.',
    '収入に対するプール手数料の割合。0以上1未満（2%は0.02）。既定値 0。',
    [0, 0.1],
  ],
  power_price_usd_per_kwh: [
    'Power price in USD/kWh, >= 0.',
    '電力価格（USD/kWh）。0以上。',
    [0, 0.5],
  ],
  prepayment_share: [
    'Share of the value paid at signing, 0 to 1. Default 0.',
    '締結時に支払われる割合。0から1。既定値 0。',
    [0, 1],
  ],
  prepayment_usd: [
    'Part of the revenue received at signing (the start of the build) in USD, >= 0: counted at time zero, then it pays the revenue of the first months after the build until used up; what the horizon has not used is still owed, and the NPV and the table deduct it at the end of the horizon. Default 0.',
    '締結時（建設開始時）に受け取る収入の前払分（USD）。0以上。時点ゼロに計上し、建設後最初の月々の収入に充当して使い切ります。期間内に使い切れない残りは未履行の債務で、NPVと表では期間末に差し引きます。既定値 0。',
    [0, 100000000000],
  ],
  price_usd_per_gpu_hour: [
    'Rental price in USD per GPU-hour, >= 0.',
    'レンタル価格（GPU・時間あたりUSD）。0以上。',
    [0.1, 20],
  ],
  principal_usd: [
    'The loan at the start of year 1, in USD, > 0.',
    '1年目期首の借入元本（USD）。0より大きい値。',
    [1000, 100000000000],
  ],
  pue: [
    'Power usage effectiveness (facility power / IT power), >= 1.',
    '電力使用効率（施設電力 / IT電力）。1以上。',
    [1, 2.5],
  ],
  rent_usd_per_kw_month: [
    'Rent in USD per kW of IT load per month, >= 0.',
    '賃料（IT負荷 kW・月あたりUSD）。0以上。',
    [10, 500],
  ],
  seed: [
    'Seed of the random generator, a whole number from 0 to 4,294,967,295: the same seed gives the same table on every machine and in every version. Default 1.',
    '乱数生成器のシード。0から4,294,967,295の整数。同じシードなら、どの環境・どのバージョンでも同じ表になります。既定値 1。',
    [0, 4294967295],
  ],
  share_price_usd: [
    'Share price in USD, > 0.',
    '株価（USD）。0より大きい値。',
    [1, 200],
  ],
  start_block_height: [
    'Block height on start_date (blocks), a whole number >= 0.',
    'start_date 時点のブロック高（ブロック）。0以上の整数。',
    [0, 3000000],
  ],
  start_date: [
    'Start of the first month (Excel date serial).',
    '最初の月の開始日（Excelの日付シリアル値）。',
    [39816, 73051],
  ],
  tenor_years: [
    'Years over which the debt is repaid, one payment a year: a whole number from 1 to 100.',
    '借入の返済年数（年1回払い）。1から100の整数。',
    [1, 40],
  ],
  term_years: [
    'Contract term in years, > 0 (an average term may be fractional).',
    '契約期間（年）。0より大きい値（平均期間なら小数も可）。',
    [0.5, 30],
  ],
  ticker: [
    'Company ticker, e.g. "IREN" (case and surrounding spaces ignored).',
    '企業のティッカー（例 "IREN"。大文字小文字と前後の空白は無視）。',
  ],
  to_unit: [
    'The unit wanted, of the same family as from_unit.',
    '換算先の単位（from_unit と同じ系統）。',
  ],
  uptime: [
    'Share of the year the machines run, 0 to 1 (95% is 0.95). Default 1.',
    'マシンが稼働する年間の割合。0から1（95%は0.95）。既定値 1。',
    [0, 1],
  ],
  usd_per_contracted_mw: [
    "The analyst's value of contracted AI/HPC capacity in USD per MW of IT load, >= 0.",
    'アナリストによる契約済みAI/HPC容量の価値（IT負荷 MWあたりUSD）。0以上。',
    [0, 25000000],
  ],
  usd_per_ehs: [
    "The analyst's value of the mining business in USD per EH/s of hashrate, >= 0.",
    'アナリストによるマイニング事業の価値（ハッシュレート EH/sあたりUSD）。0以上。',
    [0, 100000000],
  ],
  usd_per_pipeline_mw: [
    "The analyst's value of pipeline power in USD per MW, >= 0.",
    'アナリストによるパイプライン電力の価値（MWあたりUSD）。0以上。',
    [0, 10000000],
  ],
  utilization: [
    "Share of the year's hours rented, 0 to 1. Default 1.",
    '年間のうち貸し出される時間の割合。0から1。既定値 1。',
    [0, 1],
  ],
  value: [
    'The quantity to convert, in from_unit.',
    '換算する数量（from_unit 単位）。',
    [0, 1000000000],
  ],
  years: [
    'Horizon in years from the start of the build, a whole number from 1 to 100.',
    '建設開始からの分析期間（年）。1から100の整数。',
    [1, 50],
  ],
};
