import { coloMwRevenueParams, coloRevenueUsdPerMwYear } from '../../core/hosting/colo-mw-revenue';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'COLO_MW_REVENUE', result: 'number', unit: 'USD/MW/year', params: coloMwRevenueParams, core: coloRevenueUsdPerMwYear,
});

export const docs: FunctionDocs = [
  'Colocation or powered-shell rent per MW of IT load per year: rent × 1,000 × 12 × occupancy.',
  'IT負荷1 MWあたりの年間コロケーション／パワードシェル賃料：賃料 × 1,000 × 12 × 入居率。',
  { returns: 'USD per MW of IT load per year.', example: [150, 1] },
];
