import { difficultyFromHashrateEhs, difficultyParams } from '../../core/protocol/difficulty';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'DIFFICULTY', result: 'number', params: difficultyParams, core: difficultyFromHashrateEhs,
});

export const docs: FunctionDocs = [
  'The difficulty implied by a network hashrate: hashrate × block seconds / 2^32.',
  'ネットワーク・ハッシュレートから求めるディフィカルティ：hashrate × ブロック間隔（秒） / 2^32。',
  { returns: 'Difficulty (dimensionless).', example: [1048.5] },
];
