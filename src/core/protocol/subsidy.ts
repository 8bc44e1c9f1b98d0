import { blocksPerHalving, halvingsToZeroSubsidy, initialSubsidySats, satsPerBtc } from '../constants';
import { checkParam, required } from '../params';
import { atLeastZero, wholeNumber } from '../rules';

export const subsidyParams = [required('block_height', atLeastZero, wholeNumber)] as const;

/** The subsidy of each era before it reaches 0: 5e9 sats shifted right 0 to 32 times, computed once. */
const satsByHalvings = Array.from({ length: halvingsToZeroSubsidy }, (_, halvings) => Math.floor(initialSubsidySats / 2 ** halvings));

/**
 * Block subsidy in satoshis at a height.
 *
 * 5,000,000,000 sats shifted right once per 210,000 blocks, as Bitcoin Core's
 * GetBlockSubsidy does; zero from halving 33 (height 6,930,000) on. The shift is done by
 * integer division by a power of two, because JavaScript's `>>` works on 32 bits only.
 *
 * @param blockHeight whole number >= 0
 * @returns subsidy in sats, an exact integer
 * @throws invalid_input when block_height is negative or fractional
 * @example subsidySats(840_000) === 312_500_000
 */
export function subsidySats(blockHeight: number): number {
  checkParam(subsidyParams[0], blockHeight);
  const halvings = (blockHeight - (blockHeight % blocksPerHalving)) / blocksPerHalving;
  return halvings < halvingsToZeroSubsidy ? satsByHalvings[halvings] : 0;
}

/**
 * Block subsidy in BTC at a height, exact to the satoshi (sats / 1e8).
 *
 * @example subsidyBtc(840_000) === 3.125
 */
export function subsidyBtc(blockHeight: number): number {
  return subsidySats(blockHeight) / satsPerBtc;
}
