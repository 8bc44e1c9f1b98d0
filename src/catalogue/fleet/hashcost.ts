/** MINER.HASHCOST: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { hashcostParams, hashcostUsdPerPhDay } from '../../core/mining/hashcost';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HASHCOST',
  result: 'number',
  params: hashcostParams,
  core: hashcostUsdPerPhDay,
  native: ([cost, ehs, days]) => `${cost}/(${ehs}*1000*${days})`,
});

export const docs: FunctionDocs = {
  section: 'fleet',
  description: {
    en: 'A cost per PH/s per day (USD/PH/day), the unit of hashprice: cost ÷ (hashrate_ehs × 1,000 × days).',
    ja: 'ハッシュプライスと同じ単位（USD/PH/日）で表した費用：費用 ÷（hashrate_ehs × 1,000 × 日数）。',
  },
  returns: 'USD per PH/s per day.',
  parameters: {
    cost_usd: {
      en: 'Cost over the period in USD (power, or all-in), >= 0.',
      ja: '期間中の費用（USD、電力費または全費用）。0以上。',
      plausible: [0, 10000000000],
    },
  },
  example: [10000000, 10, 92],
};
