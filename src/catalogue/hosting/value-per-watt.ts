import { valuePerWattParams, valuePerWattUsd } from '../../core/hosting/value-per-watt';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'VALUE_PER_WATT', result: 'number', unit: 'USD/W', params: valuePerWattParams, core: valuePerWattUsd,
});

export const docs: FunctionDocs = [
  'Equity value created per watt of IT load by leasing it: (rent × 12,000 × NOI margin / cap rate − capex per MW) / 1,000,000.',
  'IT負荷を賃貸して生まれるワットあたりの株主価値：（賃料 × 12,000 × NOIマージン / キャップレート − MWあたり設備投資）/ 1,000,000。',
  { returns: 'USD per watt of IT load.', example: [150, 0.85, 0.075, 10000000] },
];
