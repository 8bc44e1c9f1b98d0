import { divisionByZero } from '../errors';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { breakevenHashpriceOf, breakevenHashpriceParams } from './breakeven-hashprice';
import { hashpriceOf, hashpriceParams } from './hashprice';
import { blockRewardBtc, hashvalueParams } from './hashvalue';

export const breakevenNetworkHashrateParams = [
  hashpriceParams[0],
  breakevenHashpriceParams[0],
  breakevenHashpriceParams[1],
  hashvalueParams[1],
  hashvalueParams[2],
  breakevenHashpriceParams[2],
  breakevenHashpriceParams[3],
] as const;

/**
 * Breakeven network hashrate: the network size (EH/s) at which a machine of that efficiency
 * just covers its power and other costs, the network size that ends its life.
 *
 * Hashprice falls as the network grows (Luxor Hashrate Index method:
 * price × (subsidy + fees) × 0.144 / H, H in EH/s); the machine breaks even where that
 * hashprice × (1 − pool_fee) equals e × 24 × power price + other, so
 * H = price × (subsidy + fees) × 0.144 × (1 − pool_fee) / (e × 24 × power price + other).
 * Numerator and denominator are exact; the division happens once, at the boundary (see
 * quotient.ts). DIFFICULTY() turns the result into a difficulty.
 *
 * @param btcPriceUsd BTC price in USD, > 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns network hashrate in EH/s (0 when there is no subsidy and no fees)
 * @throws invalid_input for any input outside its rule
 * @throws division_by_zero when the power price and the other cost are both 0: the machine
 *   costs nothing to run, so no network size ends its life
 * @throws not_finite when the hashrate overflows a double
 * @example breakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0.0173) ≈ 2,545.46 (an S21 XP at
 *   5 c/kWh costs 16.2 USD/PH/day; at $91,132 the hashprice falls that low at 2,545 EH/s)
 */
export function breakevenNetworkHashrateEhs(
  btcPriceUsd: number, efficiencyJPerTh: number, powerPriceUsdPerKwh: number, feesBtcPerBlock: number, blockHeight: number | undefined,
  poolFee: number, otherCostUsdPerPhDay: number,
): number {
  const cost = breakevenHashpriceOf(Exact.of(efficiencyJPerTh), Exact.of(powerPriceUsdPerKwh), poolFee, otherCostUsdPerPhDay);
  if (cost.numerator.isZero()) {
    throw divisionByZero(
      'power_price_usd_per_kwh and other_cost_usd_per_ph_day are both 0: the machine costs nothing to run, ' +
        'so no network hashrate ends its life',
    );
  }
  // The hashprice on a network of 1 EH/s; on H EH/s it is that over H.
  const atOneEhs = hashpriceOf(Exact.of(btcPriceUsd), blockRewardBtc(feesBtcPerBlock, blockHeight), Exact.one);
  return quotientValue(
    { numerator: atOneEhs.numerator.times(cost.denominator), denominator: atOneEhs.denominator.times(cost.numerator) },
    'the breakeven network hashrate',
  );
}
