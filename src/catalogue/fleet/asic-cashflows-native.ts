import { needed } from '../native';
import { monthlyFigure, withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';

/**
 * Month `row` as the core computes it: EDATE months from the start with their actual days,
 * the month's hashprice (one number, or the row's figure of a range), revenue and power cost
 * over those days, the margin, and the running total from −machine_cost (the row above's
 * total plus this month's margin).
 */
export const asicCashflowsRow: NativeTableRow = (operands, row, cell) => {
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
