import { blocksPerHalving } from '../constants';
import { notFinite } from '../errors';
import { required } from '../params';
import { atLeastZero, wholeNumber } from '../rules';

export const nextHalvingHeightParams = [required('block_height', atLeastZero, wholeNumber)] as const;

/**
 * The first halving height strictly greater than a block height.
 *
 * Halvings fall every 210,000 blocks (Bitcoin Core, chainparams nSubsidyHalvingInterval), so
 * the next one is height − (height mod 210,000) + 210,000. A halving height itself is past:
 * at 840,000 the next is 1,050,000. The remainder is taken with `%`, which is exact on whole
 * numbers, where `Math.floor(height / 210,000)` can round up near 2^53.
 *
 * @param blockHeight whole number >= 0
 * @returns a block height, a whole number
 * @throws invalid_input when block_height is negative or fractional
 * @throws not_finite when the next halving lies beyond 2^53 − 1, the largest exact whole number
 * @example nextHalvingHeight(840_000) === 1_050_000
 */
export function nextHalvingHeight(blockHeight: number): number {
  const next = blockHeight - (blockHeight % blocksPerHalving) + blocksPerHalving;
  if (!Number.isSafeInteger(next)) throw notFinite('the next halving height is beyond 9,007,199,254,740,991');
  return next;
}
