import { optional, required } from '../params';
import { atLeastZero, excelDate, greaterThanZero, shareBelowOne, shareInclusive, wholeNumber, atMost } from '../rules';
import { balloonShareParam, debtProfileParam } from './debt-profile';
import { leaseDeal, LeaseDeal } from './lease-deal';
import {
  annualEscalatorRules,
  buildMonthsParam,
  capexUsdPerMwParam,
  headersParam,
  interestRateParam,
  itLoadMwParam,
  maxLoanToCostRules,
  minDscrParam,
  noiMarginRules,
  rentUsdPerKwMonthParam,
  tenorYearsRules,
  termYearsParam,
} from './shared-params';

/** A debt service reserve of at most five years of service. */
const maxDsraMonths = 60;

export const leaseFinancingParams = [
  itLoadMwParam,
  rentUsdPerKwMonthParam,
  termYearsParam,
  required('annual_escalator', ...annualEscalatorRules),
  required('noi_margin', ...noiMarginRules),
  capexUsdPerMwParam,
  buildMonthsParam,
  required('max_loan_to_cost', ...maxLoanToCostRules),
  interestRateParam,
  minDscrParam,
  optional('tenor_years', undefined, ...tenorYearsRules),
  headersParam,
  optional('exit_cap_rate', undefined, greaterThanZero),
  debtProfileParam('debt_profile', 'sculpted'),
  balloonShareParam,
  optional('downside_rent_haircut', 0, shareBelowOne),
  optional('dsra_months', 0, atLeastZero, wholeNumber, atMost(maxDsraMonths)),
  optional('lockup_dscr', undefined, greaterThanZero),
  optional('close_date', undefined, excelDate),
  optional('cash_sweep_share', 0, shareInclusive),
] as const;

export const leaseFinancingHeaders = [
  'year',
  'capex_usd',
  'noi_usd',
  'debt_drawn_usd',
  'interest_usd',
  'principal_usd',
  'debt_service_usd',
  'dscr',
  'equity_cash_flow_usd',
  'project_cash_flow_usd',
  'dscr_downside',
  'dsra_balance_usd',
  'distributions_held_usd',
  'date',
] as const;

/**
 * The column a cash sweep adds after `date`, only when cash_sweep_share > 0 (as DEBT_SCHEDULE's
 * dscr column comes only with CFADS): every table without a sweep keeps its fourteen columns.
 */
export const cashSweepHeader = 'cash_sweep_usd';

/**
 * The whole financing of an AI/HPC lease, one row a year from financial close: year, capex,
 * NOI, debt drawn, interest, principal, debt service, DSCR, equity cash flow, project cash flow,
 * downside DSCR, debt service reserve, distributions held, date (and the cash sweep, with one).
 *
 * The build on the timeline. capex = it_load_mw × capex_usd_per_mw, spent evenly over months
 * 1 … build_months from close; the loan is drawn pro rata with it, and its interest is
 * capitalised monthly at rate ÷ 12 until completion (completionFactor). Commercial operation
 * (COD) is the month after the build: rent and NOI run from it for term_years, escalating on
 * each COD anniversary, and each lease year's debt service is paid at its end. Row 0 is the
 * close; row y holds months 12(y − 1) + 1 … 12y, each flow summed into the row its month falls
 * in (a lease year that straddles two rows is split by its months), to the row in which the
 * lease ends. With build_months = 0 row 0 holds the capex and the loan and row y lease year y:
 * every figure as before the timeline.
 *
 * The date column is row × 365 days from close_date (0 when omitted): years of 365 days, so
 * Excel's =XIRR() of a column against the dates is exactly =IRR() of the column, and both are
 * the IRR LEASE_SUMMARY gives (yearlyIrr). A flow is dated at the end of its row's year (a year's
 * flows are summed there, as a yearly model does), so the IRR is that of the monthly flows
 * within the rounding of a year: outlays early in a year count at its end, which flatters a
 * build shorter than a year against none (the IRRs of builds of 0, 18 and 36 months fall in
 * that order; =XIRR() of monthly flows is the finer figure).
 *
 * The debt. At completion it is the lesser of what the NOI carries at min_dscr and
 * max_loan_to_cost of the cost, capex plus capitalised interest plus any reserve (the balance at
 * completion ≤ LTC × (capex + capitalised interest + reserve), see fundedWithReserve). What the NOI carries depends on debt_profile
 * (debtCapacityUsd): sculpted (the default) is DEBT_SIZE of the NOI over the tenor, then
 * sculpted on it (DEBT_SCHEDULE), the DSCR the same every year; level, balloon and bullet size
 * a level service (interest only for a bullet) on the smallest year's NOI; a balloon leaves
 * balloon_share of the loan to the tenor and a bullet the whole of it, paid then (from a sale
 * or a refinancing: the DSCR leaves it out). With downside_rent_haircut > 0, a second case with
 * the rent cut by that share is sized alongside the base case and the loan is the smaller;
 * dscr_downside is that case's NOI ÷ the same service. A DSCR is blank in a row with no debt
 * service. NOI after the tenor is all the equity's.
 *
 * Reserves and covenants. dsra_months of the largest year's scheduled debt service (a balloon
 * or bullet aside) are set aside at close in a debt service reserve, a use of funds like the
 * capex: the loan and the equity fund capex and reserve pro rata, the loan's part of the
 * reserve drawn at close (row 0's debt_drawn) and its interest capitalised over the build like
 * the rest, and the loan is still the lesser of what the NOI carries at min_dscr and
 * max_loan_to_cost of all the uses (capex + capitalised interest + reserve); the equity funds
 * the rest. The reserve is proportional to the loan and the loan to the reserve's share of the
 * uses, which is solved in closed form (fundedWithReserve). The reserve is released to the
 * equity with the last debt service (or once a sweep has repaid the loan); it is not drawn
 * while the NOI covers the service. With lockup_dscr, a row whose DSCR is below it keeps its
 * equity distribution back (distributions_held_usd, the balance held) and the first row that
 * meets it again, has no debt left to test, or ends the table, releases all of it. With
 * cash_sweep_share > 0, at the end of each lease year that share of its NOI less its debt
 * service prepays the loan (none in a year whose DSCR is below lockup_dscr) until it is
 * repaid; each prepayment cuts the later interest and scheduled principal pro rata (sweptYears),
 * so the DSCR, NOI ÷ scheduled service, rises and the loan is repaid by its tenor at the latest.
 * The prepayments are a fifteenth column, cash_sweep_usd, spread over the rows as the year's
 * NOI and service are (a year a build splits over two rows prepays in both, so no row sweeps
 * more than its cash): the equity column is then NOI − debt service − sweep, and the table
 * still adds up.
 *
 * Cash flows. equity_cash_flow: −capex + debt drawn + NOI − debt service − cash sweep, less
 * the reserve at close and plus its release, after the lock-up; project_cash_flow: −capex + NOI. With
 * exit_cap_rate, the last row also holds the sale of the asset at the last lease year's NOI ÷
 * exit_cap_rate (a lease that has ended has no next year to value: a buyer prices the trailing
 * NOI it would renew at), less any debt still outstanding for the equity.
 * Capex, the loan-to-cost cap with no build and year 1's NOI are exact (products of the
 * inputs); escalation, discounting and compounding are double-doubles rounded once and the
 * rows are in doubles (src/core/arithmetic/README.md).
 *
 * @param itLoadMw critical IT load leased, MW, > 0
 * @param rentUsdPerKwMonth first-year rent in USD per kW of IT load per month, >= 0
 * @param termYears lease term in years, a whole number from 1 to 100
 * @param annualEscalator rent growth a year as a fraction, > −1
 * @param noiMargin NOI as a share of rent, 0 to 1
 * @param capexUsdPerMw build cost in USD per MW of IT load, >= 0
 * @param buildMonths months of build before the lease starts, a whole number from 0 to 1,200
 * @param maxLoanToCost the largest debt at completion as a share of all uses (capex, capitalised interest, reserve), 0 to 1
 * @param interestRate interest a year as a fraction, >= 0 (during the build and after)
 * @param minDscr the minimum NOI ÷ debt service, > 0
 * @param tenorYears years of debt service, a whole number from 1 to 100 (default term_years);
 *   NOI past the term counts as 0
 * @param headers TRUE (the default) to put a header row first
 * @param exitCapRate cap rate of a sale at the end of the term, > 0; omitted: no sale
 * @param debtProfile sculpted (default), level, bullet or balloon
 * @param balloonShare share of the loan paid at the tenor (balloon), 0 to < 1 (default 0)
 * @param downsideRentHaircut the rent cut of the downside case, 0 to < 1 (default 0: none)
 * @param dsraMonths months of debt service held in reserve from close, a whole number 0 to 60 (default 0)
 * @param lockupDscr the DSCR below which distributions are held back, > 0; omitted: none
 * @param closeDate the close as an Excel date serial; omitted: dates count days from 0
 * @param cashSweepShare share of each year's cash after debt service that prepays the loan, 0 to 1 (default 0)
 * @returns a table of term + ⌈build_months ÷ 12⌉ + 1 rows (one more with headers) and fourteen
 *   columns (fifteen with a cash sweep), amounts in USD
 * @throws invalid_input for an argument outside its rule, a profile that is none of the four,
 *   a balloon share with another profile, or a close date too late for the table's dates
 * @throws not_finite when an amount overflows a double
 * @example leaseFinancing(10, 100, 2, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false)[1]
 *   ≈ [1, 0, 12_000_000, 0, 1_735_537.19, 8_264_462.81, 10_000_000, 1.2, 2_000_000, 12_000_000, 1.2, 0, 0, 365]
 */
export function leaseFinancing(
  itLoadMw: number, rentUsdPerKwMonth: number, termYears: number, annualEscalator: number, noiMargin: number,
  capexUsdPerMw: number, buildMonths: number, maxLoanToCost: number, interestRate: number, minDscr: number,
  tenorYears: number | undefined, headers: boolean, exitCapRate: number | undefined, debtProfile: string | undefined,
  balloonShare: number, downsideRentHaircut: number, dsraMonths: number, lockupDscr: number | undefined, closeDate: number | undefined,
  cashSweepShare: number,
): (number | string)[][] {
  const deal = leaseDealOf(
    itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, capexUsdPerMw, buildMonths, maxLoanToCost, interestRate, minDscr,
    tenorYears, headers, exitCapRate, debtProfile, balloonShare, downsideRentHaircut, dsraMonths, lockupDscr, closeDate, cashSweepShare,
  );
  const swept = cashSweepShare > 0;
  const table: (number | string)[][] = headers ? [[...leaseFinancingHeaders, ...(swept ? [cashSweepHeader] : [])]] : [];
  for (const r of deal.rows) {
    const row: (number | string)[] = [
      r.year, r.capex, r.noi, r.drawn, r.interest, r.principal, r.debtService, r.dscr, r.equity, r.project,
      r.dscrDownside, r.dsraBalance, r.distributionsHeld, r.date,
    ];
    if (swept) row.push(r.cashSweep);
    table.push(row);
  }
  return table;
}

/** The deal for LEASE_FINANCING's arguments, in their order (LEASE_SUMMARY takes the same). */
export function leaseDealOf(...args: Parameters<typeof leaseFinancing>): LeaseDeal {
  const [
    itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, capexUsdPerMw, buildMonths, maxLoanToCost, interestRate, minDscr,
    tenorYears, , exitCapRate, debtProfile, balloonShare, downsideRentHaircut, dsraMonths, lockupDscr, closeDate, cashSweepShare,
  ] = args;
  return leaseDeal({
    itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, capexUsdPerMw, buildMonths, maxLoanToCost, interestRate, minDscr,
    tenorYears, exitCapRate, debtProfile: debtProfile ?? 'sculpted', balloonShare, downsideRentHaircut, dsraMonths, lockupDscr, closeDate,
    cashSweepShare,
  });
}
