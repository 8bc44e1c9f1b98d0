import { aiMwRevenueParams, aiRevenueUsdPerMwYear } from '../../core/hosting/ai-mw-revenue';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'AI_MW_REVENUE', result: 'number', unit: 'USD/MW/year', params: aiMwRevenueParams, core: aiRevenueUsdPerMwYear,
});

export const docs: FunctionDocs = [
  'Contract revenue per MW of critical IT load per year: contract value / term / MW.',
  'クリティカルIT負荷1 MWあたりの年間契約収入：契約額 / 期間 / MW。',
  { returns: 'USD per MW of IT load per year.', example: [9700000000, 5, 200] },
  { it_load_mw: ['Critical IT load under the contract in MW, > 0.', '契約のクリティカルIT負荷（MW）。0より大きい値。', [0.5, 5000]] },
];
