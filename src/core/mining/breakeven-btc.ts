import { divisionByZero } from '../errors';
import { checkParams } from '../params';
import { breakevenHashpriceOf, breakevenHashpriceParams } from './breakeven-hashprice';
import { blockRewardBtc, hashvalueOf, hashvalueParams } from './hashvalue';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';

export const breakevenBtcParams = [
  breakevenHashpriceParams[0],
  breakevenHashpriceParams[1],
  ...hashvalueParams,
  breakevenHashpriceParams[2],
  breakevenHashpriceParams[3],
] as const;

/**
 * Breakeven BTC price: the USD price of one BTC at which mining just covers its costs;
 * equally, the production cost of one BTC.
 *
 * Breakeven hashprice (USD/PH/day) / hashvalue (BTC/PH/day, Luxor Hashrate Index method).
 * With depreciation and overheads per PH/day in `otherCostUsdPerPhDay` it is an all-in cost.
 * As one quotient: (e × 24 × price + other) × H (EH/s) / ((1 − pool_fee) × (subsidy + fees)
 * × 0.144), numerator and denominator exact; the division happens once, at the boundary
 * (see ../arithmetic/README.md).
 *
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param otherCostUsdPerPhDay other costs in USD per PH/s per day, >= 0 (default 0)
 * @returns USD per BTC
 * @throws invalid_input for any input outside its rule
 * @throws division_by_zero when there is no subsidy (height >= 6,930,000) and no fees: the
 *   hashvalue is 0 and no price breaks even
 * @throws not_finite when the price overflows a double
 * @example breakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0.0173) ≈ 38,928.49 (16.8 USD/PH/day over the
 *   2026-01-12 hashvalue of 0.000431561 BTC/PH/day)
 */
export function breakevenBtcPriceUsd(
  efficiencyJPerTh: number,
  powerPriceUsdPerKwh: number,
  networkHashrateEhs: number,
  feesBtcPerBlock = 0,
  blockHeight?: number,
  poolFee = 0,
  otherCostUsdPerPhDay = 0,
): number {
  checkParams(breakevenBtcParams, [
    efficiencyJPerTh,
    powerPriceUsdPerKwh,
    networkHashrateEhs,
    feesBtcPerBlock,
    blockHeight,
    poolFee,
    otherCostUsdPerPhDay,
  ]);
  const hashvalue = hashvalueOf(blockRewardBtc(feesBtcPerBlock, blockHeight), Exact.of(networkHashrateEhs));
  if (hashvalue.numerator.isZero()) {
    throw divisionByZero(
      `there is no subsidy at block_height ${blockHeight} and no fees (fees_btc_per_block is 0): ` +
        'the hashvalue is 0, so no BTC price breaks even',
    );
  }
  const cost = breakevenHashpriceOf(Exact.of(efficiencyJPerTh), Exact.of(powerPriceUsdPerKwh), poolFee, otherCostUsdPerPhDay);
  return quotientValue(
    { numerator: cost.numerator.times(hashvalue.denominator), denominator: cost.denominator.times(hashvalue.numerator) },
    'the breakeven BTC price',
  );
}
