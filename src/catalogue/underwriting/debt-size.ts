import { debtSizeParams, debtSizeUsd } from '../../core/underwriting/debt-size';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'DEBT_SIZE', result: 'number', unit: 'USD', params: debtSizeParams, core: debtSizeUsd });

export const docs: FunctionDocs = [
  'The largest loan cash flows carry at a minimum DSCR, level or sculpted, optionally capped at a loan-to-cost.',
  '最低DSCRでキャッシュフローが支えられる最大の借入額（均等返済または彫刻型返済）。LTC上限も指定可能。',
  { returns: 'The loan in USD.', example: [454000000, 0.06192, 15, 1.4, 2450000000, 0.85] },
];
