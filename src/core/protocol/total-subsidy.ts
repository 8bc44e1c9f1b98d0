import { blocksPerHalving, halvingsToZeroSubsidy } from '../constants';
import { invalidInput } from '../errors';
import { checkParams, required } from '../params';
import { atLeastZero, wholeNumber } from '../rules';
import { subsidySats } from './subsidy';

export const totalSubsidyParams = [
  required('from_block_height', atLeastZero, wholeNumber),
  required('to_block_height', atLeastZero, wholeNumber),
] as const;

/**
 * Total subsidy in satoshis of the blocks at heights from `fromHeight` up to, not including,
 * `toHeight`.
 *
 * Walks the halving eras the range touches (at most 34) rather than the blocks: each era
 * contributes (blocks of the range inside it) × subsidySats of that era. The sum of every
 * subsidy ever is under 2.1e15 sats, so the result is an exact whole number.
 *
 * @param fromHeight first height counted, whole number >= 0
 * @param toHeight height after the last one counted, whole number >= fromHeight
 * @returns sats, an exact whole number (0 for an empty range)
 * @throws invalid_input for a negative or fractional height, or toHeight < fromHeight
 * @example totalSubsidySats(1_049_999, 1_050_001) === 312_500_000 + 156_250_000
 */
export function totalSubsidySats(fromHeight: number, toHeight: number): number {
  checkParams(totalSubsidyParams, [fromHeight, toHeight]);
  if (toHeight < fromHeight) throw invalidInput('to_block_height', `must be >= from_block_height ${fromHeight}`, toHeight);
  let total = 0;
  let height = fromHeight;
  while (height < toHeight) {
    const era = (height - (height % blocksPerHalving)) / blocksPerHalving;
    if (era >= halvingsToZeroSubsidy) break;
    const eraStart = era * blocksPerHalving;
    const eraEnd = Math.min(toHeight, eraStart + blocksPerHalving);
    total += (eraEnd - height) * subsidySats(eraStart);
    height = eraEnd;
  }
  return total;
}
