import { blocksPerDay, hashesPerSecondPerEhs, hashesPerSecondPerPhs, satsPerBtc } from '../constants';
import { checkParams, optional, required } from '../params';
import { subsidySatsOfValidHeight } from '../protocol/subsidy';
import { atLeastZero, greaterThanZero, wholeNumber } from '../rules';
import { Exact } from '../exact';
import { Quotient, quotientValue } from '../quotient';

/** The subsidy of the era that began with the 2024 halving (heights 840,000–1,049,999). */
export const defaultSubsidyBtc = 3.125;

export const hashvalueParams = [
  required('network_hashrate_ehs', greaterThanZero),
  optional('fees_btc_per_block', 0, atLeastZero),
  optional('block_height', undefined, atLeastZero, wholeNumber),
] as const;

const defaultSubsidy = Exact.of(defaultSubsidyBtc);
const btcPerSat = Exact.of(1 / satsPerBtc);
/** 144 blocks a day over 1,000 PH/s per EH/s: exactly 0.144, so the hashrate stays in EH/s. */
const blocksPerDayPerPhsPerEhs = Exact.of(blocksPerDay / (hashesPerSecondPerEhs / hashesPerSecondPerPhs));

/**
 * Hashvalue: expected BTC earned by 1 PH/s in one day.
 *
 * Luxor Hashrate Index method (docs.luxor.tech/hashrateindex/hashprice): the
 * difficulty-implied 144 blocks a day, each paying subsidy + average fees, shared in
 * proportion to hashrate: (subsidy + fees) × 144 / (network hashrate in PH/s), computed as
 * (subsidy + fees) × 0.144 / (hashrate in EH/s). The numerator is exact; the division happens
 * once, at the boundary (see quotient.ts).
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns BTC per PH/s per day
 * @throws invalid_input for a hashrate <= 0, negative fees or a bad height
 * @throws not_finite when the hashvalue overflows a double
 * @example hashvalueBtcPerPhDay(1048.5, 0.0173) ≈ 0.000431561 (2026-01-12 network)
 */
export function hashvalueBtcPerPhDay(networkHashrateEhs: number, feesBtcPerBlock = 0, blockHeight?: number): number {
  checkParams(hashvalueParams, [networkHashrateEhs, feesBtcPerBlock, blockHeight]);
  return quotientValue(hashvalueQuotient(networkHashrateEhs, feesBtcPerBlock, blockHeight), 'hashvalue');
}

/**
 * The same hashvalue undivided, for formulas that build on it: (subsidy + fees) × 0.144 over
 * the hashrate in EH/s. The caller validates the inputs (hashvalueParams). The numerator is 0
 * exactly when there is no subsidy and no fees.
 */
export function hashvalueQuotient(networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight: number | undefined): Quotient {
  const subsidy = blockHeight === undefined ? defaultSubsidy : btcPerSat.times(subsidySatsOfValidHeight(blockHeight));
  const btcPerBlock = feesBtcPerBlock === 0 ? subsidy : subsidy.plus(feesBtcPerBlock);
  return { numerator: btcPerBlock.times(blocksPerDayPerPhsPerEhs), denominator: Exact.of(networkHashrateEhs) };
}
