import { nextHalvingHeight, nextHalvingHeightParams } from '../../core/protocol/next-halving-height';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'NEXT_HALVING_HEIGHT', result: 'number', unit: 'blocks', params: nextHalvingHeightParams, core: nextHalvingHeight,
});

export const docs: FunctionDocs = [
  'The first halving height strictly greater than a block height (halvings every 210,000 blocks).',
  '指定したブロック高より厳密に大きい最初の半減期のブロック高（半減期は210,000ブロックごと）。',
  { returns: 'Block height of the next halving.', example: [941472] },
  { block_height: ['Block height (blocks), a whole number >= 0.', 'ブロック高（ブロック）。0以上の整数。', [0, 3000000]] },
];
