import { blocksPerDay, hashesPerSecondPerEhs, hashesPerSecondPerPhs, satsPerBtc } from '../constants';
import { divisionByZero } from '../errors';
import { optional, required } from '../params';
import { subsidySats } from '../protocol/subsidy';
import { atLeastZero, greaterThanZero, wholeNumber } from '../rules';
import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';
import { rememberLast } from '../remember-last';

/** The subsidy of the era that began with the 2024 halving (heights 840,000–1,049,999). */
export const defaultSubsidyBtc = 3.125;

export const hashvalueParams = [
  required('network_hashrate_ehs', greaterThanZero),
  optional('fees_btc_per_block', 0, atLeastZero),
  optional('block_height', undefined, atLeastZero, wholeNumber),
] as const;

const defaultSubsidy = Exact.of(defaultSubsidyBtc);
const one = Exact.one;
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
 * once, at the boundary (see ../arithmetic/README.md).
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns BTC per PH/s per day
 * @throws invalid_input for a hashrate <= 0, negative fees or a bad height
 * @throws not_finite when the hashvalue overflows a double
 * @example hashvalueBtcPerPhDay(1048.5, 0.0173) ≈ 0.000431561 (2026-01-12 network)
 */
export function hashvalueBtcPerPhDay(networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight?: number): number {
  return quotientValue(hashvalueOfInputs(networkHashrateEhs, feesBtcPerBlock, blockHeight), 'hashvalue');
}

/**
 * What one block pays, exactly: the subsidy at a height (3.125 BTC when none is given) plus
 * the average fees, in BTC, over 1. The caller has checked both against hashvalueParams.
 *
 * @example blockRewardBtc(0.0173, 840_000) is 3.1423 over 1
 */
export function blockRewardBtc(feesBtcPerBlock: number, blockHeight: number | undefined): Quotient {
  const subsidy = blockHeight === undefined ? defaultSubsidy : btcPerSat.times(subsidySats(blockHeight));
  return { numerator: feesBtcPerBlock === 0 ? subsidy : subsidy.plus(feesBtcPerBlock), denominator: one };
}

/**
 * The hashvalue formula on exact values, undivided: (BTC a block) × 0.144 over the hashrate
 * in EH/s, for the formulas that build on it (hashprice, the breakeven BTC price, the
 * hashprice path, whose block reward is a month's average). The numerator is 0 exactly when
 * the blocks pay nothing.
 *
 * @param btcPerBlock what one block pays, BTC, >= 0, as a quotient
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @returns BTC per PH/s per day, undivided
 */
export function hashvalueOf(btcPerBlock: Quotient, networkHashrateEhs: Exact): Quotient {
  return {
    numerator: btcPerBlock.numerator.times(blocksPerDayPerPhsPerEhs),
    denominator: btcPerBlock.denominator === one ? networkHashrateEhs : btcPerBlock.denominator.times(networkHashrateEhs),
  };
}

/**
 * The hashvalue of checked inputs, undivided (hashvalueOf of blockRewardBtc), the last one
 * remembered: in a grid of costs or prices the network's figures stay fixed from cell to cell.
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0
 * @param blockHeight whole number >= 0 selecting the subsidy; undefined: 3.125 BTC
 * @returns BTC per PH/s per day, undivided
 */
export const hashvalueOfInputs = rememberLast(
  (networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight: number | undefined): Quotient =>
    hashvalueOf(blockRewardBtc(feesBtcPerBlock, blockHeight), Exact.of(networkHashrateEhs)),
);

/**
 * hashvalueOfInputs for the formulas that divide by the hashvalue, refusing a hashvalue of 0.
 *
 * @param consequence what a hashvalue of 0 means for the formula, ending the message
 * @throws division_by_zero when there is no subsidy at the height and no fees
 */
export function nonZeroHashvalueOfInputs(
  networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight: number | undefined, consequence: string,
): Quotient {
  const hashvalue = hashvalueOfInputs(networkHashrateEhs, feesBtcPerBlock, blockHeight);
  if (hashvalue.numerator.isZero()) throw zeroHashvalue(blockHeight, consequence);
  return hashvalue;
}

/**
 * The error for a hashvalue of 0 (no subsidy at the height and no fees), for the formulas that
 * divide by it.
 *
 * @param consequence what a hashvalue of 0 means for the formula, ending the message
 */
export function zeroHashvalue(blockHeight: number | undefined, consequence: string): Error {
  return divisionByZero(`there is no subsidy at block_height ${blockHeight} and no fees (fees_btc_per_block is 0): ${consequence}`);
}
