/**
 * Parameter specs that several underwriting functions share, declared once so that the same
 * parameter has the same name, rule and message everywhere.
 */
import { maxHorizonMonths, maxHorizonYears } from '../constants';
import { wholeYearsAtLeastOne } from '../hosting/rules';
import { optionalBoolean, optionalRange, ParamSpec, required, requiredRange } from '../params';
import { atLeastZero, atMost, atMostRangeCells, greaterThanZero, rateAboveMinusOne, shareInclusive, wholeNumber } from '../rules';

export const itLoadMwParam = required('it_load_mw', greaterThanZero);
export const rentUsdPerKwMonthParam = required('rent_usd_per_kw_month', atLeastZero);
/** A lease term in whole years: one row a year. */
export const termYearsParam = required('term_years', wholeYearsAtLeastOne, atMost(maxHorizonYears));
export const annualEscalatorRules = [rateAboveMinusOne];
export const noiMarginRules = [shareInclusive];
export const capexUsdPerMwParam = required('capex_usd_per_mw', atLeastZero);
export const buildMonthsParam = required('build_months', atLeastZero, wholeNumber, atMost(maxHorizonMonths));
export const maxLoanToCostRules = [shareInclusive];
/** An interest rate a year as a fraction (6.192% is 0.06192). */
export const interestRateParam = required('interest_rate', atLeastZero);
/** The years over which the debt is repaid: one payment a year. */
export const tenorYearsRules = [wholeYearsAtLeastOne, atMost(maxHorizonYears)];
export const tenorYearsParam = required('tenor_years', ...tenorYearsRules);
export const minDscrParam = required('min_dscr', greaterThanZero);
/**
 * CFADS in USD, one figure (every year) or one figure a year from year 1; the rule bounds the
 * cell count. Its cells are read by the core (cfads.ts), which counts a blank as a year with no
 * cash: a lease table that spilled a row fewer after its term was cut leaves blanks at the end.
 */
export const cfadsUsdPerYearParam: ParamSpec<number[][]> = { ...requiredRange('cfads_usd_per_year', true), rules: [atMostRangeCells] };
export const optionalCfadsUsdPerYearParam: ParamSpec<number[][] | undefined> = { ...optionalRange('cfads_usd_per_year', true), rules: [atMostRangeCells] };
export const headersParam = optionalBoolean('headers', true);
