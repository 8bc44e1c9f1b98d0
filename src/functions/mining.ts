/**
 * MINER.* mining-economics functions: thin declared wrappers over src/core/mining.
 */
import { hashpriceParams, hashpriceUsdPerPhDay } from '../core/mining/hashprice';
import { hashvalueBtcPerPhDay, hashvalueParams } from '../core/mining/hashvalue';
import { callNumber } from './invoke';

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
