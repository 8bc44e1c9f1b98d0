import { debtSchedule, debtScheduleParams } from '../../core/underwriting/debt-schedule';
import { defineFunction, FunctionDocs } from '../types';
import { balloonShareText, scheduleProfileText } from './lease-text';

export const declaration = defineFunction({ id: 'DEBT_SCHEDULE', result: 'table', params: debtScheduleParams, core: debtSchedule });

export const docs: FunctionDocs = [
  'A loan repaid yearly, level, sculpted to CFADS, bullet or balloon: year, opening balance, interest, principal, debt service, closing balance, DSCR.',
  '年1回返済の借入（元利均等、CFADSに合わせた彫刻型、満期一括、バルーン）：年、期首残高、利息、元本、元利返済額、期末残高、DSCR。',
  { returns: 'A table in USD, one row a year from year 1 to the tenor; the DSCR column when CFADS are given.', example: [1000000, 0.06, 5, { range: [[300000], [310000], [320000], [330000], [340000]] }] },
  {
    cfads_usd_per_year: [
      'Cash flow available for debt service in USD a year, >= 0: one figure (every year) or one column or row, one figure a year from year 1. Given: debt service sculpted to it. Omitted: level debt service.',
      '元利返済に充当可能なキャッシュフロー（CFADS、年あたりUSD）。0以上。1つの値（毎年同額）または1年目から年ごとの1列または1行の範囲。指定時：CFADSに合わせた彫刻型返済。省略時：元利均等返済。',
      [0, 10000000000],
    ],
    profile: scheduleProfileText,
    balloon_share: balloonShareText,
  },
];
