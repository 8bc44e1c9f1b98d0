import { leaseDealOf, leaseFinancingParams } from './lease-financing';
import type { LeaseDealFigures } from './lease-deal';

/** LEASE_SUMMARY takes LEASE_FINANCING's parameters, in the same order. */
export const leaseSummaryParams = leaseFinancingParams;

export const leaseSummaryHeaders = ['label', 'value'] as const;

/** The labels, in their rows' order, and the figure each reads. Permanent: workbooks look them up by name. */
export const leaseSummaryLabels: readonly (readonly [string, keyof LeaseDealFigures])[] = [
  ['equity_irr', 'equityIrr'],
  ['project_irr', 'projectIrr'],
  ['min_dscr', 'minDscr'],
  ['avg_dscr', 'avgDscr'],
  ['min_dscr_downside', 'minDscrDownside'],
  ['debt_usd', 'debtUsd'],
  ['equity_usd', 'equityUsd'],
  ['loan_to_cost', 'loanToCost'],
  ['capitalised_interest_usd', 'capitalisedInterestUsd'],
  ['equity_payback_year', 'equityPaybackYear'],
  ['dsra_usd', 'dsraUsd'],
];

/**
 * The headline figures of the deal LEASE_FINANCING lays out, as a two-column table of label and
 * value (=XLOOKUP("equity_irr", labels, values) reads one, whatever the term):
 * - equity_irr, project_irr: the IRR of LEASE_FINANCING's equity and project columns, which is
 *   =IRR() of the column and =XIRR() of it against the date column (365-day years); blank when
 *   the flows have none;
 * - min_dscr, avg_dscr: the base case's DSCR over the rows with debt service (blank with none);
 *   min_dscr_downside: the downside case's (the base case's with no haircut);
 * - debt_usd: the debt at completion, drawn (for the build and for the reserve's loan part)
 *   plus capitalised interest; equity_usd: capex plus the debt service reserve less the loan
 *   drawn; loan_to_cost: debt_usd ÷ (capex + capitalised interest + reserve), all the uses
 *   (blank with no capex); capitalised_interest_usd;
 * - equity_payback_year: the first time the equity's cumulative cash flow comes back to 0 after
 *   the investment, in years from close, linear within the row that crosses (blank if never);
 * - dsra_usd: the debt service reserve funded at close.
 * A cash sweep moves equity_irr, the DSCRs and the payback year (it adds no row: what it prepays
 * each year is LEASE_FINANCING's cash_sweep_usd column).
 *
 * Parameters: LEASE_FINANCING's, in its order (see leaseFinancing), headers included.
 *
 * @returns eleven rows (twelve with headers) of label and value
 * @throws as leaseFinancing
 * @example leaseSummary(245, 128, 15, 0.03, 0.986, 10_000_000, 0, 0.85, 0.06192, 1.4, …)[1] = ['equity_irr', 0.52…]
 */
export function leaseSummary(
  itLoadMw: number, rentUsdPerKwMonth: number, termYears: number, annualEscalator: number, noiMargin: number,
  capexUsdPerMw: number, buildMonths: number, maxLoanToCost: number, interestRate: number, minDscr: number,
  tenorYears: number | undefined, headers: boolean, exitCapRate: number | undefined, debtProfile: string | undefined,
  balloonShare: number, downsideRentHaircut: number, dsraMonths: number, lockupDscr: number | undefined, closeDate: number | undefined,
  cashSweepShare: number,
): (number | string)[][] {
  const { figures } = leaseDealOf(
    itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, capexUsdPerMw, buildMonths, maxLoanToCost, interestRate, minDscr,
    tenorYears, headers, exitCapRate, debtProfile, balloonShare, downsideRentHaircut, dsraMonths, lockupDscr, closeDate, cashSweepShare,
  );
  const table: (number | string)[][] = headers ? [[...leaseSummaryHeaders]] : [];
  for (const [label, key] of leaseSummaryLabels) table.push([label, figures[key]]);
  return table;
}
