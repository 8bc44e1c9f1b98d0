import { asicCashflows, asicCashflowsParams } from '../../core/mining/asic-cashflows';
import { needed } from '../native';
import { monthlyFigure, withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';
import { defineFunction, FunctionDocs } from '../types';
import { monthlyHashpriceText } from './monthly-hashprice-text';

/**
 * Month `row` as the core computes it: EDATE months from the start with their actual days,
 * the month's hashprice (one number, or the row's figure of a range), revenue and power cost
 * over those days, the margin, and the running total from −machine_cost (the row above's
 * total plus this month's margin).
 */
const cashflowRow: NativeTableRow = (operands, row, cell) => {
  const [start, months, ths, efficiency, power, hashprice, cost, uptime, poolFee] = operands.map(needed);
  const [date, days, rowHashprice, revenue, powerCost, margin] = [0, 1, 2, 3, 4, 5].map((column) => cell(column));
  const day0 = `INT(${start})`;
  const inMonth = (expression: string) => `IF(${date}="","",${expression})`;
  const before = row === 0 ? `-${cost}` : cell(6, 1);
  return [
    withinRows(row, months, `EDATE(${day0},${row})`),
    inMonth(`EDATE(${day0},${row + 1})-${date}`),
    inMonth(monthlyFigure(hashprice, row)),
    inMonth(`${rowHashprice}*${ths}/1000*${days}*${uptime}*(1-${poolFee})`),
    inMonth(`${ths}*${efficiency}/1000*24*${days}*${uptime}*${power}`),
    inMonth(`${revenue}-${powerCost}`),
    inMonth(`${before}+${margin}`),
  ];
};

export const declaration = defineFunction({
  id: 'ASIC_CASHFLOWS', result: 'table', params: asicCashflowsParams, core: asicCashflows, rulesCheckedByCore: true, nativeTable: cashflowRow,
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
