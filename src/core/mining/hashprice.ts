import { required } from '../params';
import { greaterThanZero } from '../rules';
import { blockRewardBtc, hashvalueOf, hashvalueParams } from './hashvalue';
import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';

export const hashpriceParams = [required('btc_price_usd', greaterThanZero), ...hashvalueParams] as const;

/**
 * Hashprice: expected USD earned by 1 PH/s in one day.
 *
 * Hashvalue (BTC/PH/day, Luxor Hashrate Index method) × BTC price:
 * price × (subsidy + fees) × 144 / (network hashrate in PH/s). The numerator is exact; the
 * division happens once, at the boundary (see ../arithmetic/README.md).
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
  btcPriceUsd: number, networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight?: number,
): number {
  const hashprice = hashpriceOf(Exact.of(btcPriceUsd), blockRewardBtc(feesBtcPerBlock, blockHeight), Exact.of(networkHashrateEhs));
  return quotientValue(hashprice, 'hashprice');
}

/**
 * The hashprice formula on exact values, undivided: the hashvalue (hashvalueOf) times the
 * price, price × (BTC a block) × 0.144 over the hashrate in EH/s. HASHPRICE and every month
 * of HASHPRICE_PATH are this one computation.
 *
 * @param btcPriceUsd BTC price in USD, > 0
 * @param btcPerBlock what one block pays, BTC, >= 0, as a quotient
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @returns USD per PH/s per day, undivided
 */
export function hashpriceOf(btcPriceUsd: Exact, btcPerBlock: Quotient, networkHashrateEhs: Exact): Quotient {
  const { numerator, denominator } = hashvalueOf(btcPerBlock, networkHashrateEhs);
  return { numerator: numerator.times(btcPriceUsd), denominator };
}
