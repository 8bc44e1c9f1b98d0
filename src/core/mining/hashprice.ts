import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, required } from '../params';
import { greaterThanZero } from '../rules';
import { hashvalueDecimal, hashvalueParams } from './hashvalue';

export const hashpriceParams = [required('btc_price_usd', greaterThanZero), ...hashvalueParams] as const;

/**
 * Hashprice: expected USD earned by 1 PH/s in one day.
 *
 * Hashvalue (BTC/PH/day, Luxor Hashrate Index method) × BTC price.
 *
 * @param btcPriceUsd BTC price in USD, > 0
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns USD per PH/s per day
 * @throws invalid_input for a price or hashrate <= 0, negative fees or a bad height
 * @example hashpriceUsdPerPhDay(91132, 1048.5, 0.0173) ≈ 39.33 (Hashrate Index published
 *   $39.53 on 2026-01-12 at its own price timing)
 */
export function hashpriceUsdPerPhDay(
  btcPriceUsd: number,
  networkHashrateEhs: number,
  feesBtcPerBlock = 0,
  blockHeight?: number,
): number {
  return toFiniteNumber(hashpriceDecimal(btcPriceUsd, networkHashrateEhs, feesBtcPerBlock, blockHeight), 'hashprice');
}

export function hashpriceDecimal(
  btcPriceUsd: number,
  networkHashrateEhs: number,
  feesBtcPerBlock = 0,
  blockHeight?: number,
): Decimal {
  checkParam(hashpriceParams[0], btcPriceUsd);
  return hashvalueDecimal(networkHashrateEhs, feesBtcPerBlock, blockHeight).times(btcPriceUsd);
}
