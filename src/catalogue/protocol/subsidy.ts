import { subsidyBtc, subsidyParams } from '../../core/protocol/subsidy';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'SUBSIDY', result: 'number', unit: 'BTC', params: subsidyParams, core: subsidyBtc,
});

export const docs: FunctionDocs = [
  'Block subsidy in BTC at a block height, exact to the satoshi.',
  'ブロック高におけるブロック報酬（BTC、1サトシ単位で正確）。',
  { returns: 'Subsidy in BTC per block.', example: [840000] },
  { block_height: ['Block height (blocks), a whole number >= 0.', 'ブロック高（ブロック）。0以上の整数。', [0, 3000000]] },
];
