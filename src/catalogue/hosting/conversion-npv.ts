import { conversionNpvParams, conversionNpvUsd } from '../../core/hosting/conversion-npv';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERSION_NPV', result: 'number', unit: 'USD', params: conversionNpvParams, core: conversionNpvUsd, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  'NPV in USD of converting mining capacity to AI/HPC hosting, discounting the monthly flows at month ends.',
  'マイニング容量をAI/HPCホスティングへ転換するNPV（USD）。月次キャッシュフローを各月末で割り引く。',
  { returns: 'NPV in USD at the start of the build.', example: [200, 9700000, 0.85, 29000000, 12, 702601, 6, 0.1] },
  { discount_rate: ['Annual discount rate as a fraction (10% is 0.1), > -1; monthly factor (1 + rate)^(-1/12).', '年間割引率（小数、10%は0.1）。-1より大きい値。月次の割引係数は (1 + rate)^(-1/12)。', [0, 0.3]] },
];
