/** MINER.DEBT_SCHEDULE: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { debtSchedule, debtScheduleParams } from '../../core/underwriting/debt-schedule';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'DEBT_SCHEDULE',
  result: 'table',
  params: debtScheduleParams,
  core: debtSchedule,
});

export const docs: FunctionDocs = {
  section: 'underwriting',
  description: {
    en: 'A loan repaid yearly, level or sculpted to CFADS: year, opening balance, interest, principal, debt service, closing balance, DSCR.',
    ja: '年1回返済の借入（均等返済またはCFADSに合わせた彫刻型返済）：年、期首残高、利息、元本、元利返済額、期末残高、DSCR。',
  },
  returns: 'A table in USD, one row a year from year 1 to the tenor; the DSCR column when CFADS are given.',
  parameters: {
    cfads_usd_per_year: {
      en: 'Cash flow available for debt service in USD a year, >= 0: one figure (every year) or a range, one figure a year from year 1. Given: debt service sculpted to it. Omitted: level debt service.',
      ja: '元利返済に充当可能なキャッシュフロー（CFADS、年あたりUSD）。0以上。1つの値（毎年同額）または1年目から年ごとの範囲。指定時：CFADSに合わせた彫刻型返済。省略時：元利均等返済。',
      plausible: [0, 10000000000],
    },
  },
  example: [1000000, 0.06, 5, { range: [[300000], [310000], [320000], [330000], [340000]] }],
};
