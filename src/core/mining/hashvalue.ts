import { blocksPerDay, hashesPerSecondPerEhs, hashesPerSecondPerPhs } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, optional, required } from '../params';
import { subsidyBtc } from '../protocol/subsidy';
import { atLeastZero, greaterThanZero, wholeNumber } from '../rules';

/** The subsidy of the era that began with the 2024 halving (heights 840,000–1,049,999). */
export const defaultSubsidyBtc = 3.125;

export const hashvalueParams = [
  required('network_hashrate_ehs', greaterThanZero),
  optional('fees_btc_per_block', 0, atLeastZero),
  optional('block_height', undefined, atLeastZero, wholeNumber),
] as const;

const phsPerEhs = new Decimal(hashesPerSecondPerEhs / hashesPerSecondPerPhs);

/**
 * Hashvalue: expected BTC earned by 1 PH/s in one day.
 *
 * Luxor Hashrate Index method (docs.luxor.tech/hashrateindex/hashprice): the
 * difficulty-implied 144 blocks a day, each paying subsidy + average fees, shared in
 * proportion to hashrate: (subsidy + fees) × 144 / (network hashrate in PH/s).
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns BTC per PH/s per day
 * @throws invalid_input for a hashrate <= 0, negative fees or a bad height
 * @example hashvalueBtcPerPhDay(1048.5, 0.0173) ≈ 0.000431561 (2026-01-12 network)
 */
export function hashvalueBtcPerPhDay(networkHashrateEhs: number, feesBtcPerBlock = 0, blockHeight?: number): number {
  return toFiniteNumber(hashvalueDecimal(networkHashrateEhs, feesBtcPerBlock, blockHeight), 'hashvalue');
}

/** The same hashvalue as a Decimal, for formulas that build on it. Validates its inputs. */
export function hashvalueDecimal(networkHashrateEhs: number, feesBtcPerBlock = 0, blockHeight?: number): Decimal {
  checkParam(hashvalueParams[0], networkHashrateEhs);
  checkParam(hashvalueParams[1], feesBtcPerBlock);
  checkParam(hashvalueParams[2], blockHeight);
  const subsidy = blockHeight === undefined ? defaultSubsidyBtc : subsidyBtc(blockHeight);
  const networkPhs = phsPerEhs.times(networkHashrateEhs);
  return new Decimal(subsidy).plus(feesBtcPerBlock).times(blocksPerDay).div(networkPhs);
}
