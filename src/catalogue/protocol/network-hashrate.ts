import { hashrateEhsFromDifficulty, networkHashrateParams } from '../../core/protocol/network-hashrate';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'NETWORK_HASHRATE', result: 'number', unit: 'EH/s', params: networkHashrateParams, core: hashrateEhsFromDifficulty,
});

export const docs: FunctionDocs = [
  'Network hashrate implied by a difficulty: difficulty × 2^32 hashes per block at the block spacing.',
  'ディフィカルティから求めるネットワーク・ハッシュレート：1ブロックあたり difficulty × 2^32 ハッシュをブロック間隔で割った値。',
  { returns: 'Network hashrate in EH/s.', example: [146470000000000] },
];
