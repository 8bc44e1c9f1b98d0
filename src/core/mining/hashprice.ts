import { checkParams, required } from '../params';
import { greaterThanZero } from '../rules';
import { hashvalueParams, hashvalueQuotient } from './hashvalue';
import { quotientValue } from '../quotient';

export const hashpriceParams = [required('btc_price_usd', greaterThanZero), ...hashvalueParams] as const;

/**
 * Hashprice: expected USD earned by 1 PH/s in one day.
 *
 * Hashvalue (BTC/PH/day, Luxor Hashrate Index method) × BTC price:
 * price × (subsidy + fees) × 144 / (network hashrate in PH/s). The numerator is exact; the
 * division happens once, at the boundary (see quotient.ts).
 *
 * @param btcPriceUsd BTC price in USD, > 0
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns USD per PH/s per day
 * @throws invalid_input for a price or hashrate <= 0, negative fees or a bad height
 * @throws not_finite when the hashprice overflows a double
 * @example hashpriceUsdPerPhDay(91132, 1048.5, 0.0173) ≈ 39.33 (Hashrate Index published
 *   $39.53 on 2026-01-12 at its own price timing)
 */
export function hashpriceUsdPerPhDay(
  btcPriceUsd: number,
  networkHashrateEhs: number,
  feesBtcPerBlock = 0,
  blockHeight?: number,
): number {
  checkParams(hashpriceParams, [btcPriceUsd, networkHashrateEhs, feesBtcPerBlock, blockHeight]);
  const { numerator, denominator } = hashvalueQuotient(networkHashrateEhs, feesBtcPerBlock, blockHeight);
  return quotientValue({ numerator: numerator.times(btcPriceUsd), denominator }, 'hashprice');
}
