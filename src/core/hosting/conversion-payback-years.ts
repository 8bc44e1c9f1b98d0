import { monthsPerYear } from '../constants';
import { noSolution } from '../errors';
import { optional } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { Exact } from '../arithmetic/exact';
import {
  conversionExtraParams,
  conversionFlowParams,
  conversionSchedule,
  conversionSegments,
  conversionYearsParam,
} from './conversion-schedule';

export const defaultPaybackYears = 30;

export const conversionPaybackYearsParams = [
  ...conversionFlowParams,
  optional('years', defaultPaybackYears, ...conversionYearsParam.rules),
  ...conversionExtraParams,
] as const;

/**
 * Payback of a conversion: years from the start of the build until the cumulative
 * incremental cash (undiscounted, from the monthly schedule of conversionSchedule) first
 * reaches 0 from below.
 *
 * Cumulative cash is taken at month ends and interpolated linearly within the month in
 * which it first turns >= 0: months before it + the share of that month's flow still
 * needed, / 12. Cash that dips below 0 again later does not move it, and neither does a
 * longer horizon: the horizon is only how far to look (so the prepayment still owed at its
 * end, which CONVERSION_NPV and CONVERSION_CASHFLOWS deduct there, is no flow here, and the
 * months a prepayment pays for never depend on it). A conversion whose cumulative cash is
 * never below 0 within the horizon (a prepayment at signing can see to that) pays back at 0.
 *
 * Closed form, exact. The schedule's flows are level within each run of months
 * (conversionSegments: the build, the months the prepayment paid for, the month that uses up
 * its rest, the months after, and a new run wherever a year's mining margin changes), so the
 * cumulative cash is linear within each run: the first run that starts below 0 and ends at or
 * above it holds the crossing, at start + (−C) / Q months, C the cash at the run's start and
 * Q its monthly flow, that is (start × Q − C) / (12 × Q) years, divided once. Every sign is
 * exact, and a crossing exactly at the horizon is `years`.
 *
 * @param itLoadMw … miningMarginPerMwYear the six terms of conversionSchedule, then years (the horizon to search, a whole
 *   number from 1 to 100; default 30), and optionally prepaymentUsd (received at signing as conversionSchedule, >= 0,
 *   default 0) and miningMarginsPerMwYear (the margin given up per MW of IT load, one figure
 *   a year of the horizon; replaces the one margin)
 * @returns years (fractional) from the start of the build
 * @throws invalid_input as conversionSchedule
 * @throws no_solution "does not pay back within N years" when the cumulative cash is below 0
 *   and does not come back to 0 within the horizon
 * @example conversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 12, 120_000) === 40 / 12
 *   (−11.2M after the build year, then +0.4M a month: 28 months more)
 */
export function conversionPaybackYears(
  itLoadMw: number, aiRevenuePerMwYear: number, aiEbitdaMargin: number, capexPerMw: number, buildMonths: number, miningMarginPerMwYear: number,
  years: number, prepaymentUsd: number, miningMarginsPerMwYear: number[][] | undefined,
): number {
  const schedule = conversionSchedule([itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear], years, [prepaymentUsd, miningMarginsPerMwYear]);
  // The first run that starts below 0 and ends at or above it (the cash is linear within a run).
  let cumulative = schedule.atStartUsd.plus(schedule.prepaymentUsd);
  const segments = conversionSegments(schedule);
  for (let i = 0; i < segments.length; i++) {
    const { start, count, perMonthUsd } = segments[i];
    const atEnd = cumulative.plus(perMonthUsd.times(count));
    if (cumulative.sign() < 0 && atEnd.sign() >= 0) return crossingYears(start, cumulative, perMonthUsd);
    cumulative = atEnd;
  }
  // No crossing: either never below 0 (it would have had to cross to end >= 0), or still below.
  if (cumulative.sign() < 0) throw noSolution(`does not pay back within ${years} year${years === 1 ? '' : 's'}`);
  return 0;
}

/**
 * Where a run of months that starts at `start` months with cash C < 0 and adds Q > 0 a month
 * crosses 0, in years: start + (−C) / Q months, (start × Q − C) / (12 × Q) years.
 */
function crossingYears(start: number, atStart: Exact, perMonth: Exact): number {
  return quotientValue({ numerator: perMonth.times(start).minus(atStart), denominator: perMonth.times(monthsPerYear) }, 'payback');
}
