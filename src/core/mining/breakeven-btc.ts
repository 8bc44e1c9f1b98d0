import { breakevenHashpriceParams, dailyCostOf } from './breakeven-hashprice';
import { hashvalueOfInputs, hashvalueParams, zeroHashvalue } from './hashvalue';
import { Exact } from '../arithmetic/exact';
import { oneMinus, Quotient } from '../arithmetic/quotient';
import { rememberLast } from '../remember-last';

export const breakevenBtcParams = [
  breakevenHashpriceParams[0],
  breakevenHashpriceParams[1],
  ...hashvalueParams,
  breakevenHashpriceParams[2],
  breakevenHashpriceParams[3],
] as const;

const noPriceBreaksEven = 'the hashvalue is 0, so no BTC price breaks even';

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
  efficiencyJPerTh: number, powerPriceUsdPerKwh: number, networkHashrateEhs: number, feesBtcPerBlock: number,
  blockHeight: number | undefined, poolFee: number, otherCostUsdPerPhDay: number,
): number {
  const revenue = revenuePerUsdOfBtc(networkHashrateEhs, feesBtcPerBlock, blockHeight, poolFee);
  if (revenue.numerator.isZero()) throw zeroHashvalue(blockHeight, noPriceBreaksEven);
  const cost = dailyCostOf(Exact.of(efficiencyJPerTh), Exact.of(powerPriceUsdPerKwh), otherCostUsdPerPhDay);
  return Exact.quotientToNumber(cost.times(revenue.denominator), revenue.numerator, 'the breakeven BTC price');
}

/**
 * What 1 PH/s earns a day per USD of BTC price after the pool fee: the hashvalue × (1 − pool
 * fee), undivided; the denominator of the breakeven cost's (1 − pool fee) over the hashvalue.
 * The numerator is 0 exactly when the hashvalue is. It depends on the network and the pool
 * only, so a grid of costs remembers it.
 */
const revenuePerUsdOfBtc = rememberLast(
  (networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight: number | undefined, poolFee: number): Quotient => {
    const hashvalue = hashvalueOfInputs(networkHashrateEhs, feesBtcPerBlock, blockHeight);
    return { numerator: oneMinus(poolFee).times(hashvalue.numerator), denominator: hashvalue.denominator };
  },
);
