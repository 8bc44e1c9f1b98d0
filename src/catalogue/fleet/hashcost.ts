import { hashcostParams, hashcostUsdPerPhDay } from '../../core/mining/hashcost';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HASHCOST', result: 'number', unit: 'USD/PH/day', params: hashcostParams, core: hashcostUsdPerPhDay,
});

export const docs: FunctionDocs = [
  'A cost per PH/s per day (USD/PH/day), the unit of hashprice: cost ÷ (hashrate_ehs × 1,000 × days).',
  'ハッシュプライスと同じ単位（USD/PH/日）で表した費用：費用 ÷（hashrate_ehs × 1,000 × 日数）。',
  { returns: 'USD per PH/s per day.', example: [10000000, 10, 92] },
  { cost_usd: ['Cost over the period in USD (power, or all-in), >= 0.', '期間中の費用（USD、電力費または全費用）。0以上。', [0, 10000000000]] },
];
