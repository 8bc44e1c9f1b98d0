import { monthsPerYear } from '../../core/constants';
import { withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';
import { capexAtStart, conversionOperands, ebitdaPerMonth, marginInYear, operatingMonthsBy, prepaidBy } from './conversion-native-terms';

/**
 * Year `row` as the core sums its months (conversionSchedule). Row 0 is time zero: the capex
 * of a conversion without a build and the prepayment received. Year y holds months
 * 12(y − 1) + 1 … 12y: capex for the build months among them, AI EBITDA for the months after
 * the build less the revenue the prepayment paid in them (the difference of what it had paid
 * by the year's end and start), and in the horizon's last year less what it has not paid yet
 * (still owed); the year's margin given up; their sum; the running total of the row above.
 */
export const conversionCashflowsRow: NativeTableRow = (operands, row, cell) => {
  const c = conversionOperands(operands, 6, 8);
  const [year, capex, ai, forgone, incremental] = [0, 1, 2, 3, 4].map((column) => cell(column));
  const rows = `(${c.years}+1)`;
  if (row === 0) {
    const atStart = `${capexAtStart(c)}+${c.prepayment}`;
    return ['0', capexAtStart(c), c.prepayment, '0', atStart, atStart];
  }
  const inYear = (expression: string) => `IF(${year}="","",${expression})`;
  const end = `${monthsPerYear}*${year}`;
  const start = `(${monthsPerYear}*${year}-${monthsPerYear})`;
  const paidByEnd = `IF(${year}=${c.years},${c.prepayment},${prepaidBy(c, end)})`;
  return [
    withinRows(row, rows, String(row)),
    inYear(`IF(${c.build}=0,0,-${c.load}*${c.capex}*(MIN(${end},${c.build})-MIN(${start},${c.build}))/${c.build})`),
    inYear(`${ebitdaPerMonth(c)}*(${operatingMonthsBy(c, end)}-${operatingMonthsBy(c, start)})-${paidByEnd}+${prepaidBy(c, start)}`),
    inYear(`-${c.load}*${marginInYear(c, year)}`),
    inYear(`${capex}+${ai}+${forgone}`),
    inYear(`${cell(5, 1)}+${incremental}`),
  ];
};
