import { leaseFinancing, leaseFinancingParams } from '../../core/underwriting/lease-financing';
import { defineFunction, FunctionDocs } from '../types';
import { leaseTermYearsText, rentEscalatorText } from './lease-text';

export const declaration = defineFunction({ id: 'LEASE_FINANCING', result: 'table', params: leaseFinancingParams, core: leaseFinancing });

export const docs: FunctionDocs = [
  'The whole financing of an AI/HPC lease: build, capitalised interest, debt sculpted on NOI, equity and project cash flows.',
  'AI/HPCリースの資金調達全体：建設、資本化される建設期間利息、NOIに合わせた彫刻型返済、エクイティとプロジェクトのキャッシュフロー。',
  {
    returns: 'A table in USD, one row a year from year 0 (the build) to the term; =IRR() of the last two columns is the equity and the project IRR.',
    example: [245, 128, 15, 0.03, 0.986, 10000000, 18, 0.85, 0.06192, 1.4],
  },
  {
    term_years: leaseTermYearsText,
    annual_escalator: rentEscalatorText,
    build_months: ['Months of build before the lease starts, a whole number >= 0; the loan is drawn evenly over them.', 'リース開始前の建設月数。0以上の整数。借入はこの期間に均等に引き出されます。', [0, 48]],
    max_loan_to_cost: ['The largest loan as a share of capex, 0 to 1 (85% is 0.85).', '設備投資に対する借入の上限割合（LTC）。0から1（85%は0.85）。', [0.3, 0.95]],
    tenor_years: ['Years over which the debt is repaid, a whole number from 1 to 100. Default: term_years.', '借入の返済年数。1から100の整数。既定値：term_years。', [1, 40]],
  },
];
