import { miningRevenuePerMwParams, miningRevenueUsdPerMwYear } from '../../core/mining/revenue-per-mw';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'MINING_REVENUE_PER_MW', result: 'number', unit: 'USD/MW/year', params: miningRevenuePerMwParams, core: miningRevenueUsdPerMwYear,
});

export const docs: FunctionDocs = [
  'Mining revenue per MW of machine load per year at a hashprice.',
  'あるハッシュプライスでの、マシン負荷1 MWあたりの年間マイニング収入。',
  { returns: 'USD per MW per year: hashprice × (1000 / efficiency) × 365 × uptime × (1 − pool fee).', example: [39.53, 17.5, 0.95, 0.02] },
];
