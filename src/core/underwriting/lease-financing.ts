import { notFinite } from '../errors';
import { optional, required } from '../params';
import { greaterThanZero } from '../rules';
import { dscr } from './debt-schedule';
import { cfadsPresentValue, DebtYear, debtYears } from './debt-years';
import { exactProduct } from './exact-product';
import { leaseYears } from './lease-cashflows';
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
] as const;

/** Months in the two halves of a year: a loan drawn evenly over a build is out, on average, half of it. */
const monthsPerTwoYears = 24;

/**
 * The whole financing of an AI/HPC lease, one row a year 0 … term: year, capex, NOI, debt
 * drawn, interest, principal, debt service, DSCR, equity cash flow, project cash flow.
 *
 * Year 0 is the build. capex = it_load_mw × capex_usd_per_mw, paid in year 0. The loan is
 * the lesser of max_loan_to_cost × capex and what the NOI carries: DEBT_SIZE of the NOI of years
 * 1 … tenor (sculpted, at the rate and min_dscr) ÷ (1 + rate × build_months ÷ 24), because it is
 * drawn evenly over the build, so its interest during construction, drawn × rate × build_months
 * ÷ 24 (simple interest on the average balance), is capitalised into the balance at the start
 * of year 1 rather than paid. Years 1 … term: NOI as LEASE_CASHFLOWS (occupancy 1); the balance
 * is repaid by debt service sculpted to the NOI over the tenor (DEBT_SCHEDULE), so the DSCR is
 * the same every year: min_dscr when the DSCR sizes the loan, more when the loan-to-cost does.
 * NOI after the tenor is all the equity's. Equity cash flow: −(capex − drawn) in year 0, then
 * NOI − debt service; project cash flow: −capex, then NOI. Excel's =IRR() of the last two
 * columns is the equity and the project IRR. With exit_cap_rate, the last year's flows also
 * hold the sale of the asset at the next year's NOI (the last × (1 + escalator)) ÷ exit_cap_rate,
 * less any debt still outstanding for the equity (none: sculpted to the NOI of the term, the
 * loan is repaid by the end of the term whatever the tenor). The structure of valuation.md §2.2:
 * interest capitalised until rent starts, debt the minimum of LTC and DSCR sizing, sculpted.
 * Capex, the loan-to-cost cap and year 1's NOI are exact (products of the inputs); escalation,
 * discounting are double-doubles rounded once and the schedule is in doubles (money in decimal,
 * discounting in double-double rounded once: src/core/arithmetic/README.md).
 *
 * @param itLoadMw critical IT load leased, MW, > 0
 * @param rentUsdPerKwMonth first-year rent in USD per kW of IT load per month, >= 0
 * @param termYears lease term in years, a whole number from 1 to 100
 * @param annualEscalator rent growth a year as a fraction, > −1
 * @param noiMargin NOI as a share of rent, 0 to 1
 * @param capexUsdPerMw build cost in USD per MW of IT load, >= 0
 * @param buildMonths months of build before the lease starts, a whole number from 0 to 1,200
 * @param maxLoanToCost the largest loan as a share of capex, 0 to 1
 * @param interestRate interest a year as a fraction, >= 0 (during the build and after)
 * @param minDscr the minimum NOI ÷ debt service, > 0
 * @param tenorYears years of debt service, a whole number from 1 to 100 (default term_years);
 *   NOI past the term counts as 0
 * @param headers TRUE (the default) to put a header row first
 * @param exitCapRate cap rate of a sale at the end of the term, > 0; omitted: no sale
 * @returns a table of term + 1 rows (term + 2 with headers) and ten columns, amounts in USD,
 *   the DSCR blank in year 0, after the tenor and when nothing is borrowed
 * @throws invalid_input for an argument outside its rule
 * @throws not_finite when an amount overflows a double
 * @example leaseFinancing(10, 100, 2, 0, 1, 20_000_000, 12, 0.8, 0.1, 1.2, undefined, false)[1]
 *   ≈ [1, 0, 12_000_000, 0, 1_735_537.19, 8_264_462.81, 10_000_000, 1.2, 2_000_000, 12_000_000]
 */
export function leaseFinancing(
  itLoadMw: number, rentUsdPerKwMonth: number, termYears: number, annualEscalator: number, noiMargin: number,
  capexUsdPerMw: number, buildMonths: number, maxLoanToCost: number, interestRate: number, minDscr: number,
  tenorYears: number | undefined, headers: boolean, exitCapRate?: number,
): (number | string)[][] {
  const tenor = tenorYears ?? termYears;
  const fullyLeased = 1; // occupancy: the financing is of a lease of the whole IT load
  const { noiUsd } = leaseYears(itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, fullyLeased);
  const capex = exactProduct(itLoadMw, capexUsdPerMw);
  const noiOverTenor = Array.from({ length: tenor }, (_, t) => (t < termYears ? noiUsd[t] : 0));
  const presentValue = cfadsPresentValue(noiOverTenor, interestRate);
  const capitalised = 1 + (interestRate * buildMonths) / monthsPerTwoYears;
  // What the NOI carries, as a balance at the start of year 1, over what it costs to carry it there.
  const drawn = Math.min(exactProduct(capex, maxLoanToCost), presentValue / minDscr / capitalised);
  const years: DebtYear[] =
    drawn > 0 && presentValue > 0 ? debtYears(drawn * capitalised, interestRate, noiOverTenor, 0) : [];

  const table: (number | string)[][] = headers ? [[...leaseFinancingHeaders]] : [];
  const capexOut = capex === 0 ? 0 : -capex; // not −0
  table.push([0, capexOut, 0, drawn, 0, 0, 0, '', drawn - capex, capexOut]);
  noiUsd.forEach((noi, index) => {
    const year: DebtYear | undefined = years[index];
    const service = year ? year.debtService : 0;
    let equity = noi - service;
    let project = noi;
    if (exitCapRate !== undefined && index === termYears - 1) {
      const sale = (noi * (1 + annualEscalator)) / exitCapRate;
      equity += sale - (year ? year.closing : 0);
      project += sale;
    }
    if (!Number.isFinite(equity) || !Number.isFinite(project)) throw notFinite('a cash flow is not a finite number');
    table.push([index + 1, 0, noi, 0, year ? year.interest : 0, year ? year.principal : 0, service, dscr(noi, service), equity, project]);
  });
  return table;
}

