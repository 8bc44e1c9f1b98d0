/**
 * A build on the timeline: capex spent evenly over its months and the loan drawn pro rata with
 * it, interest during construction capitalised monthly.
 */
import { ddOne, ddPower, ddProduct, ddQuotient, ddSum, dd, DoubleDouble } from '../arithmetic/double-double';
import { monthsPerYear } from '../constants';
import { rateOf } from '../finance/growth';

/** A month's growth of a balance whose interest is capitalised monthly: 1 + rate ÷ 12, in double-double. */
function monthlyGrowth(interestRate: number): DoubleDouble {
  return ddSum(ddOne, ddQuotient(rateOf(interestRate), dd(monthsPerYear)));
}

/**
 * What a loan drawn evenly over a build is worth at completion per dollar drawn: each month's
 * draw, 1 ÷ build_months at the end of month m, grows by (1 + rate ÷ 12) a month to the end of
 * the build, so the factor is Σ_{m=1…B} (1 + r/12)^(B − m) ÷ B (1 with no build or no rate).
 * Interest accrues on the balance and is capitalised each month (a construction loan's monthly
 * interest at the annual rate ÷ 12). In double-double, rounded once.
 *
 * @param interestRate interest a year as a fraction, >= 0
 * @param buildMonths months of build, a whole number >= 0
 * @returns the balance at completion per dollar drawn, >= 1
 * @example completionFactor(0.12, 2) = (1.01 + 1) ÷ 2 = 1.005
 */
export function completionFactor(interestRate: number, buildMonths: number): number {
  if (buildMonths === 0 || interestRate === 0) return 1;
  const month = monthlyGrowth(interestRate);
  let sum = dd(0); // Σ month^k, k = 0 … B − 1, by Horner's rule
  for (let m = 0; m < buildMonths; m++) sum = ddSum(ddProduct(sum, month), ddOne);
  return ddQuotient(sum, dd(buildMonths)).hi;
}

/**
 * What a dollar drawn at close is worth at completion: (1 + rate ÷ 12)^build_months, interest
 * capitalised monthly as on the build's draws (completionFactor). In double-double, rounded once.
 *
 * @example closeDrawFactor(0.12, 2) = 1.01² = 1.0201
 */
export function closeDrawFactor(interestRate: number, buildMonths: number): number {
  if (buildMonths === 0 || interestRate === 0) return 1;
  return ddPower(monthlyGrowth(interestRate), buildMonths).hi;
}

/** The row of a month counted from close (month 1 … 12 is year 1; month 0, the close, is row 0). */
export function rowOfMonth(month: number): number {
  return Math.ceil(month / monthsPerYear);
}

/**
 * Spreads an amount evenly over months 1 … B into yearly rows (row 0 holds it all when B is 0).
 *
 * @example spreadOverBuild(180, 18, 3) = [0, 120, 60, 0]
 */
export function spreadOverBuild(amount: number, buildMonths: number, rows: number): number[] {
  const out = new Array<number>(rows).fill(0);
  if (buildMonths === 0) {
    out[0] = amount;
    return out;
  }
  const fullYears = Math.floor(buildMonths / monthsPerYear);
  for (let row = 1; row <= fullYears; row++) out[row] = (amount * monthsPerYear) / buildMonths;
  const rest = buildMonths % monthsPerYear;
  if (rest > 0) out[fullYears + 1] = (amount * rest) / buildMonths;
  return out;
}
