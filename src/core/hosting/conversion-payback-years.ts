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
 * incremental cash (undiscounted, from the monthly schedule of conversionSchedule) turns >= 0
 * and stays so to the end of the horizon.
 *
 * Cumulative cash is taken at month ends and interpolated linearly within the month in
 * which it turns >= 0: months before it + the share of that month's flow still needed, / 12.
 * A conversion whose cumulative cash is never negative pays back at 0.
 *
 * Closed form, exact. The schedule's flows are level within each run of months
 * (conversionSegments: the build, the months after it, and a new run wherever a year's mining
 * margin changes), so the cumulative cash is linear within each run. It does not pay back
 * within the horizon when the cumulative cash at its end is negative; it pays back at 0 when
 * it never dips below 0 (a prepayment at signing can see to that); otherwise it crosses 0 for
 * the last time in the last run that dips below 0, at start + (−C) / Q months, C the cash at
 * the run's start and Q its monthly flow, that is (start × Q − C) / (12 × Q) years, divided
 * once. Every sign is exact, and a crossing exactly at the horizon is `years`.
 *
 * @param itLoadMw … miningMarginPerMwYear the six terms of conversionSchedule, then years (the horizon to search, a whole
 *   number from 1 to 100; default 30), and optionally prepaymentUsd (received at signing as conversionSchedule, >= 0,
 *   default 0) and miningMarginsPerMwYear (the margin given up per MW of IT load, one figure
 *   a year of the horizon; replaces the one margin)
 * @returns years (fractional) from the start of the build
 * @throws invalid_input as conversionSchedule
 * @throws no_solution "does not pay back within N years" when the cumulative cash is still
 *   negative at the end of the horizon
 * @example conversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 12, 120_000) === 40 / 12
 *   (−11.2M after the build year, then +0.4M a month: 28 months more)
 */
export function conversionPaybackYears(
  itLoadMw: number, aiRevenuePerMwYear: number, aiEbitdaMargin: number, capexPerMw: number, buildMonths: number, miningMarginPerMwYear: number,
  years: number, prepaymentUsd: number, miningMarginsPerMwYear: number[][] | undefined,
): number {
  const schedule = conversionSchedule([itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear], years, [prepaymentUsd, miningMarginsPerMwYear]);
  // The last run in which the cumulative cash dips below 0 (it is linear within a run).
  let cumulative = schedule.atStartUsd.plus(schedule.prepaymentUsd);
  let crossing: { start: number; atStart: Exact; perMonth: Exact } | undefined;
  for (const { start, count, perMonthUsd } of conversionSegments(schedule)) {
    const atEnd = cumulative.plus(perMonthUsd.times(count));
    if (cumulative.sign() < 0 || atEnd.sign() < 0) crossing = { start, atStart: cumulative, perMonth: perMonthUsd };
    cumulative = atEnd;
  }
  if (cumulative.sign() < 0) throw noSolution(`does not pay back within ${years} year${years === 1 ? '' : 's'}`);
  if (crossing === undefined) return 0;
  // That run starts below 0 (C) and ends >= 0 (a later run is never below 0, so neither is
  // its start): the cash crosses 0 at start + (−C) / Q months, (start × Q − C) / (12 × Q) years.
  const { start, atStart, perMonth } = crossing;
  return quotientValue({ numerator: perMonth.times(start).minus(atStart), denominator: perMonth.times(monthsPerYear) }, 'payback');
}
