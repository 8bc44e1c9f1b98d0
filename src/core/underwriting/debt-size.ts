import { notFinite } from '../errors';
import { optional } from '../params';
import { atLeastZero } from '../rules';
import { cfadsCases } from './cfads';
import { exactProduct } from './exact-product';
import { cfadsPresentValue } from './debt-years';
import { cfadsUsdPerYearParam, interestRateParam, maxLoanToCostRules, minDscrParam, tenorYearsParam } from './shared-params';

export const debtSizeParams = [
  cfadsUsdPerYearParam,
  interestRateParam,
  tenorYearsParam,
  minDscrParam,
  optional('cost_usd', undefined, atLeastZero),
  optional('max_loan_to_cost', 1, ...maxLoanToCostRules),
] as const;

/**
 * The largest loan that cash flows carry at a minimum DSCR (debt service coverage ratio),
 * optionally capped at a loan-to-cost.
 *
 * The loan is the present value, at the interest rate, of the debt service the CFADS allow:
 * Σ_{t=1…tenor} CFADS_t ÷ min_dscr ÷ (1 + r)^t. One CFADS figure is level debt service of
 * CFADS ÷ min_dscr for the tenor (an annuity); a range, one figure a year from year 1, is
 * sculpted debt service (years past the range count as 0). With cost_usd, the loan is at most
 * cost × max_loan_to_cost (exact). The standard project-finance sizing: the lesser of a
 * DSCR-based and a loan-to-cost-based amount (valuation.md §2.2). Discounting in double-double
 * rounded once (cfadsPresentValue).
 *
 * Several cases, one a column of a range of several rows and columns (a base case and
 * downsides: a rent haircut, a vacancy at renewal): the loan is the smallest of their sizes,
 * as lenders size on the weakest case they accept.
 *
 * @param cfadsUsdPerYear CFADS in USD a year: one cell (every year), a column or row (one figure
 *   a year from year 1), or several columns (one case a column), each >= 0
 * @param interestRate interest a year as a fraction (6.192% is 0.06192), >= 0
 * @param tenorYears years of debt service, a whole number from 1 to 100
 * @param minDscr the minimum CFADS ÷ debt service a lender accepts, > 0 (1.3 is 1.3×)
 * @param costUsd project cost in USD, >= 0; omitted: no loan-to-cost cap
 * @param maxLoanToCost the largest loan as a share of cost, 0 to 1 (default 1)
 * @returns the loan in USD, >= 0
 * @throws invalid_input for an argument outside its rule or a CFADS cell below 0
 * @throws not_finite when the loan overflows a double
 * @example debtSizeUsd([[100]], 0.1, 2, 1.25) ≈ 138.842975 (80 ÷ 1.1 + 80 ÷ 1.21)
 */
export function debtSizeUsd(
  cfadsUsdPerYear: number[][], interestRate: number, tenorYears: number, minDscr: number, costUsd: number | undefined,
  maxLoanToCost: number,
): number {
  const cases = cfadsCases('cfads_usd_per_year', cfadsUsdPerYear, tenorYears);
  const size = Math.min(...cases.map((cfads) => cfadsPresentValue(cfads, interestRate))) / minDscr;
  if (!Number.isFinite(size)) throw notFinite('the loan is not a finite number');
  if (costUsd === undefined) return size;
  return Math.min(size, exactProduct(costUsd, maxLoanToCost));
}
