import { secondsPerBlockTarget } from '../constants';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { optional, required } from '../params';
import { greaterThanZero } from '../rules';

export const difficultyParams = [
  required('network_hashrate_ehs', greaterThanZero),
  optional('block_seconds', secondsPerBlockTarget, greaterThanZero),
] as const;

/**
 * 1e18 hashes per EH over 2^32 hashes per difficulty unit: exactly 232,830,643.65386962890625,
 * which is 5^32 / 10^14 (1e18 / 2^32 = 5^18 / 2^14 = 5^32 / 10^14), a product of exact values.
 */
const difficultyPerEhsSecond = Exact.of(5 ** 16).times(5 ** 16).times(1e-14); // 5^32 / 10^14, exactly 1e18 / 2^32

/**
 * The difficulty implied by a network hashrate: the inverse of hashrateEhsFromDifficulty.
 *
 * D = H (EH/s) × 1e18 × seconds / 2^32, from "a block takes difficulty × 2^32 hashes".
 * 1e18 / 2^32 is a finite decimal (232,830,643.65386962890625), so D is computed as the exact
 * product H × seconds × 1e18 / 2^32 with no division at all, rounded once to a number.
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param blockSeconds seconds between blocks, > 0 (default 600, the protocol target)
 * @returns difficulty (dimensionless)
 * @throws invalid_input for a hashrate or spacing <= 0
 * @throws not_finite when the difficulty overflows a double
 * @example difficultyFromHashrateEhs(1048.5) ≈ 146.474e12 (2026-01-12 network)
 */
export function difficultyFromHashrateEhs(networkHashrateEhs: number, blockSeconds: number): number {
  const ehsSeconds = Exact.of(networkHashrateEhs).times(blockSeconds);
  return quotientValue({ numerator: ehsSeconds.times(difficultyPerEhsSecond), denominator: Exact.one }, 'the difficulty');
}
