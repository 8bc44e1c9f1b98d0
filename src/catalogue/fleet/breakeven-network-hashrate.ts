import { breakevenNetworkHashrateEhs, breakevenNetworkHashrateParams } from '../../core/mining/breakeven-network-hashrate';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'BREAKEVEN_NETWORK_HASHRATE', result: 'number', unit: 'EH/s', params: breakevenNetworkHashrateParams, core: breakevenNetworkHashrateEhs,
});

export const docs: FunctionDocs = [
  'The network hashrate (EH/s) at which a machine of that efficiency just covers power and other cost: the network size that ends its life.',
  'その効率のマシンが電力費とその他の費用をちょうど賄えるネットワーク・ハッシュレート（EH/s）。マシンの寿命を終わらせるネットワーク規模。',
  { returns: 'Network hashrate in EH/s; DIFFICULTY() turns it into a difficulty.', example: [91132, 13.5, 0.05, 0.0173] },
];
