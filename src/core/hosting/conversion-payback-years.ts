import { monthsPerYear } from '../constants';
import { noSolution } from '../errors';
import { optional } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { conversionFlowParams, conversionSchedule, ConversionTerms, conversionYearsParam } from './conversion-schedule';

export const defaultPaybackYears = 30;

export const conversionPaybackYearsParams = [
  ...conversionFlowParams,
  optional('years', defaultPaybackYears, ...conversionYearsParam.rules),
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
 * Closed form, exact. The schedule's flows are level within the build and after it, so the
 * cumulative cash is linear in each phase: E = at start + b × (a build month's flow) at the end
 * of the b build months in the horizon, then E + k × Q at month b + k, Q an operating month's
 * flow. It does not pay back within the horizon when the cumulative cash at its end,
 * E + (n − b) × Q, is negative (a build that outlasts the horizon and still owes capex never
 * does); it pays back at 0 when E >= 0 (the cash then never dips: it is linear from 0, or
 * from E, to a non-negative end); otherwise it crosses 0 at b + (−E) / Q months, that is
 * (b × Q − E) / (12 × Q) years, divided once. Every sign is exact, and a crossing exactly at
 * the horizon is `years`.
 *
 * @param args the six terms of conversionSchedule, then years (the horizon to search, a whole
 *   number from 1 to 100; default 30)
 * @returns years (fractional) from the start of the build
 * @throws invalid_input as conversionSchedule
 * @throws no_solution "does not pay back within N years" when the cumulative cash is still
 *   negative at the end of the horizon
 * @example conversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 12, 120_000) === 40 / 12
 *   (−11.2M after the build year, then +0.4M a month: 28 months more)
 */
export function conversionPaybackYears(...args: [...ConversionTerms, years?: number]): number {
  const years = args[6] ?? defaultPaybackYears;
  const schedule = conversionSchedule(args, years);
  const { months, buildMonths } = schedule;
  const forgone = schedule.miningForgonePerMonthUsd;
  const perOperatingMonth = schedule.aiEbitdaPerOperatingMonthUsd.plus(forgone); // Q
  const atBuildEnd = schedule.atStartUsd.plus(schedule.capexPerBuildMonthUsd.plus(forgone).times(buildMonths)); // E
  const atHorizon = atBuildEnd.plus(perOperatingMonth.times(months - buildMonths));
  if (atHorizon.sign() < 0) throw noSolution(`does not pay back within ${years} year${years === 1 ? '' : 's'}`);
  if (atBuildEnd.sign() >= 0) return 0;
  if (atHorizon.isZero()) return years;
  const crossingMonths = perOperatingMonth.times(buildMonths).minus(atBuildEnd); // b × Q − E
  return quotientValue({ numerator: crossingMonths, denominator: perOperatingMonth.times(monthsPerYear) }, 'payback');
}
