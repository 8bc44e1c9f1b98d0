/** MINER.AI_MW_REVENUE: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { aiMwRevenueParams, aiRevenueUsdPerMwYear } from '../../core/hosting/ai-mw-revenue';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'AI_MW_REVENUE', result: 'number', params: aiMwRevenueParams, core: aiRevenueUsdPerMwYear,
  native: ([value, term, mw]) => `${value}/${term}/${mw}`,
});

export const docs: FunctionDocs = {
  section: 'hosting',
  description: {
    en: 'Contract revenue per MW of critical IT load per year: contract value / term / MW.',
    ja: 'クリティカルIT負荷1 MWあたりの年間契約収入：契約額 / 期間 / MW。',
  },
  returns: 'USD per MW of IT load per year.',
  parameters: {
    it_load_mw: {
      en: 'Critical IT load under the contract in MW, > 0.',
      ja: '契約のクリティカルIT負荷（MW）。0より大きい値。',
      plausible: [0.5, 5000],
    },
  },
  example: [9700000000, 5, 200],
};
