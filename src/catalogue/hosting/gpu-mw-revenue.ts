import { gpuMwRevenueParams, gpuRevenueUsdPerMwYear } from '../../core/hosting/gpu-mw-revenue';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'GPU_MW_REVENUE', result: 'number', unit: 'USD/MW/year', params: gpuMwRevenueParams, core: gpuRevenueUsdPerMwYear,
});

export const docs: FunctionDocs = [
  'GPU-cloud revenue per MW of IT load per year: price × 8,760 × utilization × 1,000 / kW per GPU.',
  'IT負荷1 MWあたりの年間GPUクラウド収入：価格 × 8,760 × 稼働率 × 1,000 / GPU 1基あたりのkW。',
  { returns: 'USD per MW of IT load per year.', example: [2.35, 1.4, 0.9] },
];
