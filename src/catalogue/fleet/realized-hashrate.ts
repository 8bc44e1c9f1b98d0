import { realizedHashrateEhs, realizedHashrateParams } from '../../core/mining/realized-hashrate';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'REALIZED_HASHRATE', result: 'number', unit: 'EH/s', params: realizedHashrateParams, core: realizedHashrateEhs,
});

export const docs: FunctionDocs = [
  'The average hashrate (EH/s) that earns that much BTC in those days at that network size: btc_mined ÷ (days × BTC per EH/s per day).',
  'そのネットワーク規模で、その日数にそれだけのBTCを得る平均ハッシュレート（EH/s）：採掘BTC ÷（日数 × 1 EH/s・1日あたりのBTC）。',
  { returns: 'Realized hashrate in EH/s.', example: [1795, 90, 1048.5, 0.0173] },
  { network_hashrate_ehs: ['Average network hashrate over the period in EH/s, > 0.', '期間中の平均ネットワーク・ハッシュレート（EH/s）。0より大きい値。', [10, 100000]] },
];
