import { invalidInput, notFinite } from '../errors';
import { required } from '../params';
import { greaterThanZero } from '../rules';
import { cfadsByYear } from './cfads';
import { cfadsPresentValue, sculptedDebtYears } from './debt-years';
import { headersParam, interestRateParam, optionalCfadsUsdPerYearParam, tenorYearsParam } from './shared-params';

export const debtScheduleParams = [
  required('principal_usd', greaterThanZero),
  interestRateParam,
  tenorYearsParam,
  optionalCfadsUsdPerYearParam,
  headersParam,
] as const;

export const debtScheduleHeaders = [
  'year',
  'opening_balance_usd',
  'interest_usd',
  'principal_usd',
  'debt_service_usd',
  'closing_balance_usd',
] as const;

/**
 * A loan's schedule, one row a year 1 … tenor: year, opening balance, interest, principal,
 * debt service, closing balance, and the DSCR when CFADS are given.
 *
 * Without CFADS: level (annuity) debt service, principal × r × (1 + r)^n ÷ ((1 + r)^n − 1)
 * (principal ÷ n at r = 0). With CFADS (one figure: every year; a range: one figure a year from
 * year 1, years past it 0): debt service sculpted to them, CFADS_t × principal ÷ PV(CFADS), so
 * the DSCR, CFADS_t ÷ debt service_t, is PV(CFADS) ÷ principal every year and the balance
 * reaches 0 at the tenor (the standard sculpting of project finance; one CFADS figure gives
 * level service). Interest = opening balance × rate; principal = opening − closing balance
 * (negative, the balance growing, in a year whose service does not cover the interest); the
 * closing balance at the tenor is exactly 0 (see sculptedDebtYears).
 * A DSCR below 1 is shown, not refused; a year with no debt service has a blank DSCR.
 *
 * @param principalUsd the loan at the start of year 1, USD, > 0
 * @param interestRate interest a year as a fraction, >= 0
 * @param tenorYears years of debt service, a whole number from 1 to 100
 * @param cfadsUsdPerYear CFADS in USD a year, each >= 0; omitted: level debt service, no DSCR
 * @param headers TRUE (the default) to put a header row first
 * @returns a table of tenor rows (tenor + 1 with headers), six columns (seven with CFADS),
 *   amounts in USD
 * @throws invalid_input for an argument outside its rule, a CFADS cell below 0, or CFADS that
 *   are 0 in every year of the tenor
 * @throws not_finite when an amount overflows a double, or the CFADS' present value underflows
 * @example debtSchedule(100, 0.1, 2, undefined, false)[0] ≈ [1, 100, 10, 47.619048, 57.619048, 52.380952]
 */
export function debtSchedule(
  principalUsd: number, interestRate: number, tenorYears: number, cfadsUsdPerYear: number[][] | undefined, headers: boolean,
): (number | string)[][] {
  const cfads = cfadsUsdPerYear === undefined ? undefined : cfadsByYear('cfads_usd_per_year', cfadsUsdPerYear, tenorYears);
  if (cfads && cfads.every((amount) => amount === 0)) {
    throw invalidInput('cfads_usd_per_year', `must not be 0 in every year of the tenor (${tenorYears} years)`, cfadsUsdPerYear);
  }
  // Level service is service sculpted to CFADS that are the same every year.
  const weights = cfads ?? new Array<number>(tenorYears).fill(1);
  const presentValue = cfadsPresentValue(weights, interestRate);
  if (presentValue === 0) throw notFinite('the present value of the CFADS underflows at this interest rate');
  const table: (number | string)[][] = headers ? [[...debtScheduleHeaders, ...(cfads ? ['dscr'] : [])]] : [];
  sculptedDebtYears(principalUsd, interestRate, weights, presentValue).forEach((year, index) => {
    const row: (number | string)[] = [index + 1, year.opening, year.interest, year.principal, year.debtService, year.closing];
    if (cfads) row.push(dscr(cfads[index], year.debtService));
    table.push(row);
  });
  return table;
}

/** CFADS ÷ debt service, or '' (a blank cell) in a year with no debt service. */
export function dscr(cfads: number, debtService: number): number | string {
  return debtService === 0 ? '' : cfads / debtService;
}
