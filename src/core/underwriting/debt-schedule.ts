import { invalidInput } from '../errors';
import { oneDimensional, required } from '../params';
import { greaterThanZero } from '../rules';
import { cfadsByYear } from './cfads';
import { balloonShareParam, debtProfile, debtProfileParam, DebtProfile } from './debt-profile';
import { bulletYears, DebtYear, debtYears } from './debt-years';
import { headersParam, interestRateParam, optionalCfadsUsdPerYearParam, tenorYearsParam } from './shared-params';

export const debtScheduleParams = [
  required('principal_usd', greaterThanZero),
  interestRateParam,
  tenorYearsParam,
  oneDimensional(optionalCfadsUsdPerYearParam),
  headersParam,
  debtProfileParam('profile', undefined),
  balloonShareParam,
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
 * profile (any case): sculpted (the default with CFADS; needs them), level (the default
 * without; level service with CFADS too, each year's DSCR shown), bullet (interest only,
 * opening × rate, the principal paid at the tenor), balloon (level service on the loan less
 * balloon_share of it, PMT(rate, tenor, −principal, principal × balloon_share) in Excel's
 * terms, and that share paid at the tenor). The DSCR of the tenor's year leaves out a bullet's
 * principal or a balloon, which a lender expects refinanced or paid from a sale, not from one
 * year's CFADS: CFADS ÷ (debt service − balloon).
 *
 * @param principalUsd the loan at the start of year 1, USD, > 0
 * @param interestRate interest a year as a fraction, >= 0
 * @param tenorYears years of debt service, a whole number from 1 to 100
 * @param cfadsUsdPerYear CFADS in USD a year, each >= 0; omitted: level debt service, no DSCR
 * @param headers TRUE (the default) to put a header row first
 * @param profile sculpted, level, bullet or balloon; omitted: sculpted with CFADS, else level
 * @param balloonShare share of the principal paid at the tenor (balloon profile), 0 to < 1 (default 0)
 * @returns a table of tenor rows (tenor + 1 with headers), six columns (seven with CFADS),
 *   amounts in USD
 * @throws invalid_input for an argument outside its rule, a CFADS cell below 0, CFADS that
 *   are 0 in every year of the tenor, a profile that is none of the four, sculpted without
 *   CFADS, or a balloon share with another profile
 * @throws not_finite when an amount overflows a double, or the CFADS' present value underflows
 * @example debtSchedule(100, 0.1, 2, undefined, false)[0] ≈ [1, 100, 10, 47.619048, 57.619048, 52.380952]
 */
export function debtSchedule(
  principalUsd: number, interestRate: number, tenorYears: number, cfadsUsdPerYear: number[][] | undefined, headers: boolean,
  profile: string | undefined, balloonShare: number,
): (number | string)[][] {
  const cfads = cfadsUsdPerYear === undefined ? undefined : cfadsByYear('cfads_usd_per_year', cfadsUsdPerYear, tenorYears);
  const chosen = debtProfile('profile', profile ?? (cfads ? 'sculpted' : 'level'), balloonShare);
  if (chosen === 'sculpted' && !cfads) throw invalidInput('profile', 'sculpted needs cfads_usd_per_year', profile);
  if (chosen === 'sculpted' && cfads && cfads.every((amount) => amount === 0)) {
    throw invalidInput('cfads_usd_per_year', `must not be 0 in every year of the tenor (${tenorYears} years)`, cfadsUsdPerYear);
  }
  const table: (number | string)[][] = headers ? [[...debtScheduleHeaders, ...(cfads ? ['dscr'] : [])]] : [];
  scheduleYears(chosen, principalUsd, interestRate, tenorYears, cfads, balloonShare).forEach((year, index) => {
    const row: (number | string)[] = [index + 1, year.opening, year.interest, year.principal, year.debtService, year.closing];
    if (cfads) row.push(dscr(cfads[index], year.debtService - year.balloon));
    table.push(row);
  });
  return table;
}

/**
 * The years of a loan of a given profile (see debtSchedule): sculpted to the CFADS, level (weights
 * of 1), a balloon (level, with its share left to the tenor), a bullet.
 */
export function scheduleYears(
  profile: DebtProfile, principalUsd: number, interestRate: number, tenorYears: number, cfads: readonly number[] | undefined, balloonShare: number,
): DebtYear[] {
  if (profile === 'bullet') return bulletYears(principalUsd, interestRate, tenorYears);
  const weights = profile === 'sculpted' && cfads ? cfads : new Array<number>(tenorYears).fill(1);
  return debtYears(principalUsd, interestRate, weights, profile === 'balloon' ? balloonShare : 0);
}

/** CFADS ÷ debt service, or '' (a blank cell) in a year with no debt service. */
export function dscr(cfads: number, debtService: number): number | string {
  return debtService === 0 ? '' : cfads / debtService;
}
