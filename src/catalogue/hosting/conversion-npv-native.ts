import { monthsPerYear } from '../../core/constants';
import { needed } from '../native';
import { wholeNumbersDown } from '../native-series';
import { NativeFormula } from '../../sheet/native-form';
import { capexAtStart, conversionOperands, ebitdaPerMonth, horizonMonths, marginsColumn, monthDiscount, monthlyAnnuity, revenuePerMonth } from './conversion-native-terms';

/**
 * Each year's margin discounted to the start of its year, (1 + rate)^(1 − year), for the years
 * of the horizon (a weight of 0 past it, where the column holds more figures than years).
 */
function yearlyMarginsDiscounted(margins: string, years: string, rate: string): string {
  const { column, count } = marginsColumn(margins, years);
  const year = wholeNumbersDown(count);
  return `${column}*(${year}<=${years})*(1+${rate})^(1-${year})`;
}

/**
 * The core's NPV as a sum of level streams of months, each discounted at its months' ends:
 * at time zero the prepayment and any capex without a build; the build's capex a month over
 * its months within the horizon; the AI EBITDA of every month after it; less the revenue the
 * prepayment paid (whole months at the full revenue, then the rest in the month after them, or
 * what is still owed at the horizon's end when the months run out); and the mining margin given
 * up every month (with one a year: each year's 12 months, that year's figure). Where the
 * division rounds a whole number of prepaid months one down (or up), the rest is a whole
 * month's revenue (or about 0) in the month after them: the same flows, so the same NPV.
 */
export const conversionNpvFormula: NativeFormula = (operands) => {
  const c = conversionOperands(operands, 6, 8);
  const rate = needed(operands[7]);
  const n = horizonMonths(c);
  const built = `MIN(${c.build},${n})`;
  const operating = `(${n}-${built})`;
  const revenue = revenuePerMonth(c);
  // Whole months the prepayment pays: all of them without revenue (its whole sum is then owed at the end).
  const paid = `IF(${revenue}=0,${operating},MIN(${operating},INT(${c.prepayment}/(${revenue}))))`;
  const rest = `(${c.prepayment}-${revenue}*${paid})`;
  const forgone =
    c.margins === undefined
      ? `-${c.load}*${c.mining}/${monthsPerYear}*${monthlyAnnuity(rate, '0', n)}`
      : `-${c.load}/${monthsPerYear}*${monthlyAnnuity(rate, '0', `${monthsPerYear}`)}*SUMPRODUCT(${yearlyMarginsDiscounted(c.margins, c.years, rate)})`;
  return [
    `${c.prepayment}+${capexAtStart(c)}`,
    `+IF(${c.build}=0,0,-${c.load}*${c.capex}/${c.build}*${monthlyAnnuity(rate, '0', built)})`,
    `+${ebitdaPerMonth(c)}*${monthlyAnnuity(rate, built, operating)}`,
    `-${revenue}*${monthlyAnnuity(rate, built, paid)}`,
    `-${rest}*${monthDiscount(rate, `MIN(${built}+${paid}+1,${n})`)}`,
    forgone,
  ].join('');
};
