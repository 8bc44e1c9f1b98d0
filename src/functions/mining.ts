/**
 * MINER.* mining-economics functions: thin declared wrappers over src/core/mining.
 */
import { breakevenBtcParams, breakevenBtcPriceUsd } from '../core/mining/breakeven-btc';
import { breakevenHashpriceParams, breakevenHashpriceUsdPerPhDay } from '../core/mining/breakeven-hashprice';
import { breakevenPowerParams, breakevenPowerPriceUsdPerKwh } from '../core/mining/breakeven-power';
import { flexMarginPerMwParams, flexMarginUsdPerMwYear } from '../core/mining/flex-margin-per-mw';
import { flexUptime, flexUptimeParams } from '../core/mining/flex-uptime';
import { hashpricePath, hashpricePathParams } from '../core/mining/hashprice-path';
import { hashpriceParams, hashpriceUsdPerPhDay } from '../core/mining/hashprice';
import { hashvalueBtcPerPhDay, hashvalueParams } from '../core/mining/hashvalue';
import { miningMarginPerMwParams, miningMarginUsdPerMwYear } from '../core/mining/margin-per-mw';
import { miningRevenuePerMwParams, miningRevenueUsdPerMwYear } from '../core/mining/revenue-per-mw';
import { callNumber, callTable } from './invoke';


// The hourly-price ranges below are declared `any[][]`, not `number[][]`, so that Excel hands
// over a blank cell as blank instead of converting it to 0: src/functions/normalise.ts then
// rejects blanks and text with the cell's position, and a missing hour is never priced at $0.

/**
 * Hashvalue: BTC earned by 1 PH/s in one day at the difficulty-implied 144 blocks a day.
 * @customfunction HASHVALUE
 * @param network_hashrate_ehs Network hashrate in EH/s, > 0.
 * @param [fees_btc_per_block] Average fees per block in BTC, >= 0. Default 0.
 * @param [block_height] Block height selecting the subsidy. Default: 3.125 BTC (2024–2028 era).
 * @returns BTC per PH/s per day.
 * @helpurl https://localhost:3000/docs/functions.html#hashvalue
 */
export function HASHVALUE(network_hashrate_ehs: number, fees_btc_per_block?: number, block_height?: number): number {
  return callNumber(hashvalueParams, [network_hashrate_ehs, fees_btc_per_block, block_height], hashvalueBtcPerPhDay);
}

/**
 * Hashprice: USD earned by 1 PH/s in one day (Luxor Hashrate Index method).
 * @customfunction HASHPRICE
 * @param btc_price_usd BTC price in USD, > 0.
 * @param network_hashrate_ehs Network hashrate in EH/s, > 0.
 * @param [fees_btc_per_block] Average fees per block in BTC, >= 0. Default 0.
 * @param [block_height] Block height selecting the subsidy. Default: 3.125 BTC (2024–2028 era).
 * @returns USD per PH/s per day.
 * @helpurl https://localhost:3000/docs/functions.html#hashprice
 */
export function HASHPRICE(
  btc_price_usd: number,
  network_hashrate_ehs: number,
  fees_btc_per_block?: number,
  block_height?: number,
): number {
  return callNumber(
    hashpriceParams,
    [btc_price_usd, network_hashrate_ehs, fees_btc_per_block, block_height],
    hashpriceUsdPerPhDay,
  );
}

/**
 * Breakeven hashprice: the USD per PH/s per day at which mining just covers power and other costs.
 * @customfunction BREAKEVEN_HASHPRICE
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param power_price_usd_per_kwh Power price in USD/kWh, >= 0.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @param [other_cost_usd_per_ph_day] Other costs in USD per PH/s per day, >= 0. Default 0.
 * @returns USD per PH/s per day: (efficiency × 24 × power price + other cost) / (1 − pool fee).
 * @helpurl https://localhost:3000/docs/functions.html#breakeven_hashprice
 */
export function BREAKEVEN_HASHPRICE(
  efficiency_j_per_th: number,
  power_price_usd_per_kwh: number,
  pool_fee?: number,
  other_cost_usd_per_ph_day?: number,
): number {
  return callNumber(
    breakevenHashpriceParams,
    [efficiency_j_per_th, power_price_usd_per_kwh, pool_fee, other_cost_usd_per_ph_day],
    breakevenHashpriceUsdPerPhDay,
  );
}

/**
 * Breakeven power price: the USD/kWh above which a machine should be shut down.
 * @customfunction BREAKEVEN_POWER
 * @param hashprice_usd_per_ph_day Hashprice in USD per PH/s per day, >= 0.
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @param [other_cost_usd_per_ph_day] Other costs in USD per PH/s per day, >= 0. Default 0.
 * @returns USD per kWh; negative when the other costs exceed the revenue (shut down at any price).
 * @helpurl https://localhost:3000/docs/functions.html#breakeven_power
 */
export function BREAKEVEN_POWER(
  hashprice_usd_per_ph_day: number,
  efficiency_j_per_th: number,
  pool_fee?: number,
  other_cost_usd_per_ph_day?: number,
): number {
  return callNumber(
    breakevenPowerParams,
    [hashprice_usd_per_ph_day, efficiency_j_per_th, pool_fee, other_cost_usd_per_ph_day],
    breakevenPowerPriceUsdPerKwh,
  );
}

/**
 * Breakeven BTC price: the USD price of one BTC at which mining covers its costs (its production cost).
 * @customfunction BREAKEVEN_BTC
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param power_price_usd_per_kwh Power price in USD/kWh, >= 0.
 * @param network_hashrate_ehs Network hashrate in EH/s, > 0.
 * @param [fees_btc_per_block] Average fees per block in BTC, >= 0. Default 0.
 * @param [block_height] Block height selecting the subsidy. Default: 3.125 BTC (2024–2028 era).
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @param [other_cost_usd_per_ph_day] Other costs (depreciation, overheads) in USD per PH/s per day, >= 0. Default 0.
 * @returns USD per BTC.
 * @helpurl https://localhost:3000/docs/functions.html#breakeven_btc
 */
export function BREAKEVEN_BTC(
  efficiency_j_per_th: number,
  power_price_usd_per_kwh: number,
  network_hashrate_ehs: number,
  fees_btc_per_block?: number,
  block_height?: number,
  pool_fee?: number,
  other_cost_usd_per_ph_day?: number,
): number {
  return callNumber(
    breakevenBtcParams,
    [
      efficiency_j_per_th,
      power_price_usd_per_kwh,
      network_hashrate_ehs,
      fees_btc_per_block,
      block_height,
      pool_fee,
      other_cost_usd_per_ph_day,
    ],
    breakevenBtcPriceUsd,
  );
}

/**
 * Mining revenue per MW of machine load per year at a hashprice.
 * @customfunction MINING_REVENUE_PER_MW
 * @param hashprice_usd_per_ph_day Hashprice in USD per PH/s per day, >= 0.
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param [uptime] Share of the year the machines run, 0 to 1 (95% is 0.95). Default 1.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @returns USD per MW per year: hashprice × (1000 / efficiency) × 365 × uptime × (1 − pool fee).
 * @helpurl https://localhost:3000/docs/functions.html#mining_revenue_per_mw
 */
export function MINING_REVENUE_PER_MW(
  hashprice_usd_per_ph_day: number,
  efficiency_j_per_th: number,
  uptime?: number,
  pool_fee?: number,
): number {
  return callNumber(
    miningRevenuePerMwParams,
    [hashprice_usd_per_ph_day, efficiency_j_per_th, uptime, pool_fee],
    miningRevenueUsdPerMwYear,
  );
}

/**
 * Mining margin per MW of machine load per year: revenue less power less other costs.
 * @customfunction MINING_MARGIN_PER_MW
 * @param hashprice_usd_per_ph_day Hashprice in USD per PH/s per day, >= 0.
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param power_price_usd_per_kwh Power price in USD/kWh, >= 0.
 * @param [uptime] Share of the year the machines run, 0 to 1 (95% is 0.95). Default 1.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @param [other_cost_usd_per_mw_year] Other costs in USD per MW per year, >= 0. Default 0.
 * @returns USD per MW per year; negative when mining loses money.
 * @helpurl https://localhost:3000/docs/functions.html#mining_margin_per_mw
 */
export function MINING_MARGIN_PER_MW(
  hashprice_usd_per_ph_day: number,
  efficiency_j_per_th: number,
  power_price_usd_per_kwh: number,
  uptime?: number,
  pool_fee?: number,
  other_cost_usd_per_mw_year?: number,
): number {
  return callNumber(
    miningMarginPerMwParams,
    [hashprice_usd_per_ph_day, efficiency_j_per_th, power_price_usd_per_kwh, uptime, pool_fee, other_cost_usd_per_mw_year],
    miningMarginUsdPerMwYear,
  );
}

/**
 * Margin per MW-year of a load that mines only in the hours when mining pays, from hourly power prices.
 * @customfunction FLEX_MARGIN_PER_MW
 * @param hashprice_usd_per_ph_day Hashprice in USD per PH/s per day, >= 0.
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param hourly_power_prices_usd_per_mwh Hourly power prices in USD/MWh (may be negative), a range of any shape, at most 1,048,576 cells.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @param [demand_response_usd_per_mw_year] Demand-response payment in USD per MW per year, >= 0. Default 0.
 * @returns USD per MW per year, annualised from the hours given.
 * @helpurl https://localhost:3000/docs/functions.html#flex_margin_per_mw
 */
export function FLEX_MARGIN_PER_MW(
  hashprice_usd_per_ph_day: number,
  efficiency_j_per_th: number,
  hourly_power_prices_usd_per_mwh: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any
  pool_fee?: number,
  demand_response_usd_per_mw_year?: number,
): number {
  return callNumber(
    flexMarginPerMwParams,
    [hashprice_usd_per_ph_day, efficiency_j_per_th, hourly_power_prices_usd_per_mwh, pool_fee, demand_response_usd_per_mw_year],
    flexMarginUsdPerMwYear,
  );
}

/**
 * The share of hours in which mining pays, from hourly power prices.
 * @customfunction FLEX_UPTIME
 * @param hashprice_usd_per_ph_day Hashprice in USD per PH/s per day, >= 0.
 * @param efficiency_j_per_th Machine efficiency in J/TH, > 0.
 * @param hourly_power_prices_usd_per_mwh Hourly power prices in USD/MWh (may be negative), a range of any shape, at most 1,048,576 cells.
 * @param [pool_fee] Pool fee as a share of revenue, >= 0 and < 1 (2% is 0.02). Default 0.
 * @returns Share of the hours mined, 0 to 1.
 * @helpurl https://localhost:3000/docs/functions.html#flex_uptime
 */
export function FLEX_UPTIME(
  hashprice_usd_per_ph_day: number,
  efficiency_j_per_th: number,
  hourly_power_prices_usd_per_mwh: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any
  pool_fee?: number,
): number {
  return callNumber(
    flexUptimeParams,
    [hashprice_usd_per_ph_day, efficiency_j_per_th, hourly_power_prices_usd_per_mwh, pool_fee],
    flexUptime,
  );
}

/**
 * A monthly hashprice path that spills: date, block height, subsidy, network hashrate, BTC price and hashprice.
 * @customfunction HASHPRICE_PATH
 * @param start_date Start of the first month (Excel date serial).
 * @param months Number of months (rows), a whole number from 1 to 1,200.
 * @param btc_price_usd BTC price in the first month in USD, > 0.
 * @param network_hashrate_ehs Network hashrate in the first month in EH/s, > 0.
 * @param start_block_height Block height on start_date (blocks), a whole number >= 0.
 * @param [monthly_hashrate_growth] Network hashrate growth per month, > -1 (2% is 0.02). Default 0.
 * @param [monthly_price_growth] BTC price growth per month, > -1 (2% is 0.02). Default 0.
 * @param [fees_btc_per_block] Average fees per block in BTC, >= 0. Default 0.
 * @param [headers] TRUE to put column names in the first row. Default TRUE.
 * @returns One row a month: date, block_height, subsidy_btc (block-weighted average), network_hashrate_ehs, btc_price_usd, hashprice_usd_per_ph_day.
 * @helpurl https://localhost:3000/docs/functions.html#hashprice_path
 */
export function HASHPRICE_PATH(
  start_date: number,
  months: number,
  btc_price_usd: number,
  network_hashrate_ehs: number,
  start_block_height: number,
  monthly_hashrate_growth?: number,
  monthly_price_growth?: number,
  fees_btc_per_block?: number,
  headers?: boolean,
): any[][] {
  return callTable(
    hashpricePathParams,
    [
      start_date,
      months,
      btc_price_usd,
      network_hashrate_ehs,
      start_block_height,
      monthly_hashrate_growth,
      monthly_price_growth,
      fees_btc_per_block,
      headers,
    ],
    hashpricePath,
  );
}
