import { hashesPerDifficultyUnit, hashesPerSecondPerEhs, secondsPerBlockTarget } from '../constants';
import { Decimal, toFiniteNumber } from '../arithmetic/decimal';
import { checkParams, optional, required } from '../params';
import { greaterThanZero } from '../rules';

export const networkHashrateParams = [
  required('difficulty', greaterThanZero),
  optional('block_seconds', secondsPerBlockTarget, greaterThanZero),
] as const;

/** 2^32 hashes per difficulty unit in EH: exactly 4.294967296e-9. */
const ehPerDifficultyUnit = new Decimal(hashesPerDifficultyUnit).div(hashesPerSecondPerEhs);

/**
 * Network hashrate implied by a difficulty, in EH/s.
 *
 * A block takes difficulty × 2^32 hashes on average (Bitcoin Core's target arithmetic;
 * exactly D × 2^48 / 65,535, 0.0015% more, which the industry ignores), found every
 * `blockSeconds`: H = D × 2^32 / seconds / 1e18 EH/s (https://blog.lopp.net/what-is-the-bitcoin-networks-real-hashrate/),
 * computed as D × 4.294967296e-9 (2^32 / 1e18, exact) over seconds with one 34-digit decimal
 * division, at the boundary: the same correctly rounded number as dividing by the spacing and
 * then by 1e18, which the network figures (NETWORK, the task pane) are checked against. A
 * spacing such as 600 is a one-word divisor, decimal.js's cheapest division.
 *
 * @param difficulty network difficulty, > 0 (146.47T is 146,470,000,000,000)
 * @param blockSeconds seconds between blocks, > 0 (default 600, the protocol target)
 * @returns hashrate in EH/s
 * @throws invalid_input for a difficulty or spacing <= 0
 * @throws not_finite when the hashrate overflows a double
 * @example hashrateEhsFromDifficulty(146.47e12) ≈ 1048.47 (2026-01-12 network; Hashrate Index)
 */
export function hashrateEhsFromDifficulty(difficulty: number, blockSeconds = secondsPerBlockTarget): number {
  checkParams(networkHashrateParams, arguments);
  const ehPerBlock = new Decimal(difficulty).times(ehPerDifficultyUnit);
  return toFiniteNumber(ehPerBlock.div(blockSeconds), 'the network hashrate');
}
