import { monthsPerYear } from '../../core/constants';
import { NativeFormula } from '../../sheet/native-form';
import { capexAtStart, ConversionOperands, conversionOperands, ebitdaPerMonth, horizonMonths, marginsColumn, revenuePerMonth } from './conversion-native-terms';
import { wholeNumbersAlong, wholeNumbersDown, wholeNumbersDownFromLast } from '../native-series';

/**
 * The cumulative cash by the end of month t, for a series t of months, in arithmetic that works
 * figure by figure: MIN and MAX take a series whole, so MAX(0, x) is written (x + |x|)/2 and
 * MIN(a, b) (a + b − |a − b|)/2. With d = t − build, the months after the build by t are
 * op = (d + |d|)/2 and the build months by t are t − op. The cash is the prepayment and any
 * capex at time zero; −capex ÷ build for each build month; AI EBITDA for each month after the
 * build, less the revenue the prepayment has paid by then, MIN(prepayment, revenue × op);
 * and the margin given up by t: with one margin, t twelfths of it; with one a year, each year's
 * months by t, MIN(MAX(t − 12(year − 1), 0), 12) = (|x| − |x − 12| + 12)/2, times its figure,
 * summed by MMULT. The prepayment still owed at the horizon's end is no flow here (payback is
 * the first crossing, independent of the horizon).
 */
function cumulativeBy(c: ConversionOperands, t: string): string {
  const d = `(${t}-${c.build})`;
  const operating = `(${d}+ABS(${d}))/2`;
  const capex = `${c.load}*${c.capex}`;
  let forgone: string;
  if (c.margins === undefined) forgone = `-${c.load}*${c.mining}*${t}/${monthsPerYear}`;
  else {
    const { column, count } = marginsColumn(c.margins, c.years);
    const x = `(${t}-${monthsPerYear}*${wholeNumbersAlong(count)}+${monthsPerYear})`;
    forgone = `-${c.load}/${2 * monthsPerYear}*MMULT(ABS(${x})-ABS(${x}-${monthsPerYear})+${monthsPerYear},${column})`;
  }
  return (
    `(${c.prepayment}/2-${capex}*(${c.build}=0)+${capex}/MAX(${c.build},1)*(ABS(${d})-${t}-${c.build})/2` +
    `+(${ebitdaPerMonth(c)}-${revenuePerMonth(c)}/2)*${operating}+ABS(${c.prepayment}-${revenuePerMonth(c)}*${operating})/2${forgone})`
  );
}

/** The same cumulative cash at the horizon's end, one number, with MIN and MAX as they are. */
function cumulativeAtEnd(c: ConversionOperands): string {
  const n = horizonMonths(c);
  const operating = `MAX(0,${n}-${c.build})`;
  let forgone: string;
  if (c.margins === undefined) forgone = `-${c.load}*${c.mining}*${c.years}`;
  else {
    const { column, count } = marginsColumn(c.margins, c.years);
    forgone = `-${c.load}*SUMPRODUCT(${column}*(${wholeNumbersDown(count)}<=${c.years}))`;
  }
  return `(${c.prepayment}+${capexAtStart(c)}-${c.load}*${c.capex}/MAX(${c.build},1)*MIN(${n},${c.build})+${ebitdaPerMonth(c)}*${operating}-MIN(${c.prepayment},${revenuePerMonth(c)}*${operating})${forgone})`;
}

/**
 * The first month t whose cumulative cash turns from below 0 to 0 or above, at t − 1 plus the
 * share of its flow still needed (linear within the month), in years. The months run from the
 * last to the first, so that LOOKUP(2, 1/crossing, …), which takes the last figure that is not
 * an error (every month that does not cross is a division by 0), takes the first crossing; the
 * idiom computes in an ordinary cell in every spreadsheet. With none, 0 if the cash never went
 * below 0 within the horizon, else #N/A (no payback).
 */
export const conversionPaybackYearsFormula: NativeFormula = (operands) => {
  const c = conversionOperands(operands, 6, 7);
  const n = horizonMonths(c);
  const t = wholeNumbersDownFromLast(n);
  const after = cumulativeBy(c, t);
  const before = cumulativeBy(c, `(${t}-1)`);
  const crossing = `(${before}<0)*(${after}>=0)`;
  const months = `${t}-1-${before}/(${after}-${before})`;
  return `IFERROR(LOOKUP(2,1/(${crossing}),${months})/${monthsPerYear},IF(${cumulativeAtEnd(c)}<0,NA(),0))`;
};
