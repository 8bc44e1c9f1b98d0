import { flexUptime, flexUptimeParams } from '../../core/mining/flex-uptime';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'FLEX_UPTIME', result: 'number', unit: 'share', params: flexUptimeParams, core: flexUptime, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  'The share of hours in which mining pays, from hourly power prices.',
  '時間別電力価格から、マイニングの採算が合う時間の割合。',
  { returns: 'Share of the hours mined, 0 to 1.', example: [39.53, 17.5, { range: [[28, 26, 25, 24, 24, 26], [60, 95, 140, 120, 80, 55]] }, 0.02] },
];
