import { debtSizeParams, debtSizeUsd } from '../../core/underwriting/debt-size';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'DEBT_SIZE', result: 'number', unit: 'USD', params: debtSizeParams, core: debtSizeUsd });

export const docs: FunctionDocs = [
  'The largest loan cash flows carry at a minimum DSCR, level or sculpted, on the smallest of several CFADS cases, optionally capped at a loan-to-cost.',
  '最低DSCRでキャッシュフローが支えられる最大の借入額（均等返済または彫刻型返済、複数のCFADSケースの最小値）。LTC上限も指定可能。',
  { returns: 'The loan in USD.', example: [454000000, 0.06192, 15, 1.4, 2450000000, 0.85] },
  {
    cfads_usd_per_year: [
      'Cash flow available for debt service in USD a year, >= 0: one figure (every year), a column or row (one figure a year from year 1), or several columns, one case a column (base, downside): the loan is sized on the smallest.',
      '元利返済に充当可能なキャッシュフロー（CFADS、年あたりUSD）。0以上。1つの値（毎年同額）、1年目から年ごとの1列または1行、または複数列（1列が1ケース：ベース、ダウンサイド）。最も小さいケースで借入額を決めます。',
      [0, 10000000000],
    ],
  },
];
