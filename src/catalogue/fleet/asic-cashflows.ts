import { asicCashflows, asicCashflowsParams } from '../../core/mining/asic-cashflows';
import { defineFunction, FunctionDocs } from '../types';
import { monthlyHashpriceText } from './monthly-hashprice-text';

export const declaration = defineFunction({
  id: 'ASIC_CASHFLOWS', result: 'table', params: asicCashflowsParams, core: asicCashflows, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  "A machine's monthly cash flows that spill, one row a calendar month: date, days, hashprice, revenue, power cost, margin and cumulative (from −machine cost).",
  'スピルするマシンの月次キャッシュフロー（暦月ごとに1行）：日付、日数、ハッシュプライス、収入、電力費、マージン、累計（−マシン価格から）。',
  {
    returns: 'One row a month: date, days, hashprice_usd_per_ph_day, revenue_usd, power_cost_usd, margin_usd, cumulative_usd (starting at −machine_cost_usd).',
    example: [{ date: '2026-04-01' }, 12, 270, 13.5, 0.05, 39.33, 1890],
  },
  { hashprice_usd_per_ph_day: monthlyHashpriceText, months: ['Number of calendar months (rows) from start_date, a whole number from 1 to 1,200.', 'start_date からの暦月の数（行数）。1から1,200の整数。'] },
];
