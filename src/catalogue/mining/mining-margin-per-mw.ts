import { miningMarginPerMwParams, miningMarginUsdPerMwYear } from '../../core/mining/margin-per-mw';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'MINING_MARGIN_PER_MW', result: 'number', unit: 'USD/MW/year', params: miningMarginPerMwParams, core: miningMarginUsdPerMwYear,
});

export const docs: FunctionDocs = [
  'Mining margin per MW of machine load per year: revenue less power less other costs.',
  'マシン負荷1 MWあたりの年間マイニング・マージン：収入から電力費とその他の費用を引いた額。',
  { returns: 'USD per MW per year; negative when mining loses money.', example: [39.53, 17.5, 0.04, 0.95, 0.02] },
];
