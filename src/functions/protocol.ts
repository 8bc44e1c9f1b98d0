/**
 * MINER.* protocol and network functions. Each is a thin, declared function (the metadata
 * tool reads only top-level `function` declarations) over one core function.
 */
import { difficultyFromHashrateEhs, difficultyParams } from '../core/protocol/difficulty';
import { halvingDateParams, halvingDateSerial } from '../core/protocol/halving-date';
import { hashrateEhsFromDifficulty, networkHashrateParams } from '../core/protocol/network-hashrate';
import { nextHalvingHeight, nextHalvingHeightParams } from '../core/protocol/next-halving-height';
import { subsidyBtc, subsidyParams } from '../core/protocol/subsidy';
import { callNumber } from './invoke';

/**
 * Block subsidy in BTC at a block height, exact to the satoshi.
 * @customfunction SUBSIDY
 * @param block_height Block height (blocks), a whole number >= 0.
 * @returns Subsidy in BTC per block.
 * @helpurl https://localhost:3000/docs/functions.html#subsidy
 */
export function SUBSIDY(block_height: number): number {
  return callNumber(subsidyParams, [block_height], subsidyBtc);
}

/**
 * The first halving height strictly greater than a block height (halvings every 210,000 blocks).
 * @customfunction NEXT_HALVING_HEIGHT
 * @param block_height Block height (blocks), a whole number >= 0.
 * @returns Block height of the next halving.
 * @helpurl https://localhost:3000/docs/functions.html#next_halving_height
 */
export function NEXT_HALVING_HEIGHT(block_height: number): number {
  return callNumber(nextHalvingHeightParams, [block_height], nextHalvingHeight);
}

/**
 * Estimated date of the Nth halving after a block height, counting from the date that height was the tip.
 * @customfunction HALVING_DATE
 * @param block_height Block height (blocks) of the tip on as_of_date, a whole number >= 0.
 * @param as_of_date Date (Excel date serial) when block_height was the tip.
 * @param [halvings_ahead] Which halving to date: 1 is the next, a whole number >= 1. Default 1.
 * @param [block_minutes] Average minutes between blocks, > 0. Default 10 (the protocol target).
 * @returns Excel date serial, with the time of day as a fraction; format the cell as a date.
 * @helpurl https://localhost:3000/docs/functions.html#halving_date
 */
export function HALVING_DATE(
  block_height: number,
  as_of_date: number,
  halvings_ahead?: number,
  block_minutes?: number,
): number {
  return callNumber(halvingDateParams, [block_height, as_of_date, halvings_ahead, block_minutes], halvingDateSerial);
}

/**
 * Network hashrate implied by a difficulty: difficulty × 2^32 hashes per block at the block spacing.
 * @customfunction NETWORK_HASHRATE
 * @param difficulty Network difficulty (dimensionless), > 0; 146.47T is 146470000000000.
 * @param [block_seconds] Seconds between blocks, > 0. Default 600 (the protocol target).
 * @returns Network hashrate in EH/s.
 * @helpurl https://localhost:3000/docs/functions.html#network_hashrate
 */
export function NETWORK_HASHRATE(difficulty: number, block_seconds?: number): number {
  return callNumber(networkHashrateParams, [difficulty, block_seconds], hashrateEhsFromDifficulty);
}

/**
 * The difficulty implied by a network hashrate: hashrate × block seconds / 2^32.
 * @customfunction DIFFICULTY
 * @param network_hashrate_ehs Network hashrate in EH/s, > 0.
 * @param [block_seconds] Seconds between blocks, > 0. Default 600 (the protocol target).
 * @returns Difficulty (dimensionless).
 * @helpurl https://localhost:3000/docs/functions.html#difficulty
 */
export function DIFFICULTY(network_hashrate_ehs: number, block_seconds?: number): number {
  return callNumber(difficultyParams, [network_hashrate_ehs, block_seconds], difficultyFromHashrateEhs);
}
