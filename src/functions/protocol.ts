/**
 * MINER.* protocol and network functions. Each is a thin, declared function (the metadata
 * tool reads only top-level `function` declarations) over one core function.
 */
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
