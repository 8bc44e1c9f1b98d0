import { monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { noSolution } from '../errors';
import { optional } from '../params';
import { conversionFlowParams, conversionFlows, ConversionTerms, conversionYearsParam } from './conversion-flows';

export const defaultPaybackYears = 30;

export const conversionPaybackYearsParams = [
  ...conversionFlowParams,
  optional('years', defaultPaybackYears, ...conversionYearsParam.rules),
] as const;

/**
 * Payback of a conversion: years from the start of the build until the cumulative
 * incremental cash (undiscounted, from the monthly flows of conversionFlows) turns >= 0
 * and stays so to the end of the horizon.
 *
 * Cumulative cash is taken at month ends and interpolated linearly within the month in
 * which it turns >= 0: months before it + the share of that month's flow still needed, / 12.
 * The flows are level within the build and after it, so the cumulative cash is linear in
 * each phase and the month and the share are found in closed form, phase by phase.
 * A conversion whose cumulative cash is never negative pays back at 0.
 *
 * @param args the six terms of conversionFlows, then years (the horizon to search, a whole
 *   number from 1 to 100; default 30)
 * @returns years (fractional) from the start of the build
 * @throws invalid_input as conversionFlows
 * @throws no_solution "does not pay back within N years" when the cumulative cash is still
 *   negative at the end of the horizon
 * @example conversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 12, 120_000) === 40 / 12
 *   (−11.2M after the build year, then +0.4M a month: 28 months more)
 */
export function conversionPaybackYears(...args: [...ConversionTerms, years?: number]): number {
  const years = args[6] ?? defaultPaybackYears;
  const flows = conversionFlows(args, years);
  const phases = [
    { startMonth: 0, months: flows.buildMonths, perMonth: flows.perBuildMonthUsd },
    { startMonth: flows.buildMonths, months: flows.months - flows.buildMonths, perMonth: flows.perOperatingMonthUsd },
  ];
  let cumulative = flows.atStartUsd;
  // Months from the start to the point from which the cumulative cash stays >= 0; undefined while it is negative.
  let paybackMonths: Decimal | undefined = cumulative.lt(0) ? undefined : new Decimal(0);
  for (const phase of phases) {
    const atEnd = cumulative.plus(phase.perMonth.times(phase.months));
    if (atEnd.lt(0)) paybackMonths = undefined;
    else if (paybackMonths === undefined) paybackMonths = cumulative.neg().div(phase.perMonth).plus(phase.startMonth);
    cumulative = atEnd;
  }
  if (paybackMonths === undefined) throw noSolution(`does not pay back within ${years} year${years === 1 ? '' : 's'}`);
  return toFiniteNumber(paybackMonths.div(monthsPerYear), 'payback');
}
