import { hashesPerDifficultyUnit, hashesPerSecondPerEhs, secondsPerBlockTarget } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, optional, required } from '../params';
import { greaterThanZero } from '../rules';

export const difficultyParams = [
  required('network_hashrate_ehs', greaterThanZero),
  optional('block_seconds', secondsPerBlockTarget, greaterThanZero),
] as const;

/**
 * The difficulty implied by a network hashrate: the inverse of hashrateEhsFromDifficulty.
 *
 * D = H (EH/s) × 1e18 × seconds / 2^32, from "a block takes difficulty × 2^32 hashes".
 *
 * @param networkHashrateEhs network hashrate in EH/s, > 0
 * @param blockSeconds seconds between blocks, > 0 (default 600, the protocol target)
 * @returns difficulty (dimensionless)
 * @throws invalid_input for a hashrate or spacing <= 0
 * @throws not_finite when the difficulty overflows a double
 * @example difficultyFromHashrateEhs(1048.5) ≈ 146.474e12 (2026-01-12 network)
 */
export function difficultyFromHashrateEhs(networkHashrateEhs: number, blockSeconds = secondsPerBlockTarget): number {
  checkParam(difficultyParams[0], networkHashrateEhs);
  checkParam(difficultyParams[1], blockSeconds);
  const hashesPerBlock = new Decimal(networkHashrateEhs).times(hashesPerSecondPerEhs).times(blockSeconds);
  return toFiniteNumber(hashesPerBlock.div(hashesPerDifficultyUnit), 'the difficulty');
}
