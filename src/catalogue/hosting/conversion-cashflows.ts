import { conversionCashflows, conversionCashflowsParams } from '../../core/hosting/conversion-cashflows';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERSION_CASHFLOWS', result: 'table', params: conversionCashflowsParams, core: conversionCashflows, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  'Yearly cash flows of converting mining capacity to AI/HPC hosting: year, capex, AI EBITDA, mining margin given up, incremental, cumulative.',
  'マイニング容量をAI/HPCホスティングへ転換する年次キャッシュフロー：年、設備投資、AIのEBITDA、手放すマイニング・マージン、増分、累計。',
  { returns: 'A table in USD, one row a year from year 0 (time zero); cash out is negative.', example: [200, 9700000, 0.85, 29000000, 12, 702601, 3] },
  { headers: ['TRUE to put a header row first. Default TRUE.', 'TRUE で1行目に見出し行を入れます。既定値 TRUE。'] },
];
