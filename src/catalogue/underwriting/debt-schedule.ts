import { debtSchedule, debtScheduleParams } from '../../core/underwriting/debt-schedule';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'DEBT_SCHEDULE', result: 'table', params: debtScheduleParams, core: debtSchedule });

export const docs: FunctionDocs = [
  'A loan repaid yearly, level or sculpted to CFADS: year, opening balance, interest, principal, debt service, closing balance, DSCR.',
  '年1回返済の借入（均等返済またはCFADSに合わせた彫刻型返済）：年、期首残高、利息、元本、元利返済額、期末残高、DSCR。',
  { returns: 'A table in USD, one row a year from year 1 to the tenor; the DSCR column when CFADS are given.', example: [1000000, 0.06, 5, { range: [[300000], [310000], [320000], [330000], [340000]] }] },
  {
    cfads_usd_per_year: [
      'Cash flow available for debt service in USD a year, >= 0: one figure (every year) or a range, one figure a year from year 1. Given: debt service sculpted to it. Omitted: level debt service.',
      '元利返済に充当可能なキャッシュフロー（CFADS、年あたりUSD）。0以上。1つの値（毎年同額）または1年目から年ごとの範囲。指定時：CFADSに合わせた彫刻型返済。省略時：元利均等返済。',
      [0, 10000000000],
    ],
  },
];
