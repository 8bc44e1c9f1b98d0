import { flexMarginPerMwParams, flexMarginUsdPerMwYear } from '../../core/mining/flex-margin-per-mw';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'FLEX_MARGIN_PER_MW', result: 'number', unit: 'USD/MW/year', params: flexMarginPerMwParams, core: flexMarginUsdPerMwYear, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  'Margin per MW-year of a load that mines only in the hours when mining pays, from hourly power prices.',
  '時間別電力価格から、採算が合う時間だけマイニングする負荷の MW・年あたりマージン。',
  { returns: 'USD per MW per year, annualised from the hours given.', example: [39.53, 17.5, { range: [[28, 26, 25, 24, 24, 26], [60, 95, 140, 120, 80, 55]] }, 0.02, 25000] },
];
