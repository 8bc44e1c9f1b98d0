import { monthsPerYear } from '../constants';
import { Decimal, quotientToNumber } from '../decimal';
import { noSolution } from '../errors';
import { optional } from '../params';
import { checkConversionTerms, conversionFlowParams, ConversionTerms, conversionYearsParam } from './conversion-flows';
import { Exact } from '../exact';

export const defaultPaybackYears = 30;

export const conversionPaybackYearsParams = [
  ...conversionFlowParams,
  optional('years', defaultPaybackYears, ...conversionYearsParam.rules),
] as const;

const twelve = new Decimal(monthsPerYear);

/**
 * Payback of a conversion: years from the start of the build until the cumulative
 * incremental cash (undiscounted, from the monthly flows of conversionFlows) turns >= 0
 * and stays so to the end of the horizon.
 *
 * Cumulative cash is taken at month ends and interpolated linearly within the month in
 * which it turns >= 0: months before it + the share of that month's flow still needed, / 12.
 * A conversion whose cumulative cash is never negative pays back at 0.
 *
 * Closed form, exact in decimal. The flows are level within the build and after it, so the
 * cumulative cash is linear in each phase, and every flow is proportional to the IT load,
 * which therefore cancels. Per MW, with c the capex, e = revenue × EBITDA margin and m the
 * mining margin of a year, b build months and n months in all, 12 × the cumulative cash is
 * −12c at time zero when b = 0 (0 otherwise), −X at the end of the build, X = 12c + b × m
 * (falling or rising linearly to it from 0), and −X + k × (e − m) at month b + k. So it
 * pays back at 0 when X <= 0; it does not pay back within the horizon when
 * (n − b)(e − m) < X; otherwise the cumulative cash crosses 0 at b + X / (e − m) months,
 * that is Y / (e − m) with Y = 12c + b × e, divided once (quotientToNumber). The sign of X
 * and the horizon test are exact (the test is read from the quotient when that is clear of
 * the horizon by more than its rounding), and a crossing exactly at the horizon is `years`.
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
  const months = checkConversionTerms(args, years);
  const [, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear] = args;

  const capex12 = Exact.of(capexPerMw).times(monthsPerYear).toDecimal();
  const mining = new Decimal(miningMarginPerMwYear);
  const aiEbitda = new Decimal(aiRevenuePerMwYear).times(aiEbitdaMargin);
  const net = aiEbitda.minus(mining); // e − m
  const afterBuildMonths = months - buildMonths;
  if (!owesAtBuildEnd(capexPerMw, buildMonths, miningMarginPerMwYear, capex12, mining)) {
    if (atHorizon(net, afterBuildMonths, capex12, mining, buildMonths) < 0) throw notPaidBackWithin(years);
    return 0;
  }
  // X > 0: the crossing is at Y / (e − m) months if e − m > 0 (then Y = X + b(e − m) > 0) and
  // that is within the horizon. Y's exponent 5 or more above e − m's puts it beyond 10^4 months.
  const crossing = buildMonths === 0 ? capex12 : capex12.plus(aiEbitda.times(buildMonths)); // Y
  if (net.isNeg() || net.isZero() || crossing.e - net.e > 4) throw notPaidBackWithin(years);
  const paybackMonths = quotientToNumber(crossing, net, 'payback');
  if (paybackMonths > months * (1 - 1e-15)) {
    // Within 2e-16 of Y / (e − m): near the horizon the exact test decides (0: at the horizon).
    const cumulative = atHorizon(net, afterBuildMonths, capex12, mining, buildMonths);
    if (cumulative < 0) throw notPaidBackWithin(years);
    if (cumulative === 0) return years;
  }
  // Divided by 12 as a double unless that would round a subnormal twice.
  return paybackMonths >= 1e-290 ? paybackMonths / monthsPerYear : quotientToNumber(crossing, net.times(twelve), 'payback');
}

/**
 * Whether X = 12c + b × m > 0: the cumulative cash is negative at the end of the build (at
 * time zero when b = 0). Read from the signs when the mining margin is >= 0 (all terms >= 0),
 * compared in decimal when it is a loss.
 */
function owesAtBuildEnd(capexPerMw: number, buildMonths: number, miningMarginPerMwYear: number, capex12: Decimal, mining: Decimal): boolean {
  if (miningMarginPerMwYear >= 0) return capexPerMw > 0 || (buildMonths > 0 && miningMarginPerMwYear > 0);
  return capex12.gt(mining.times(-buildMonths));
}

/** The sign (−1, 0 or 1) of the cumulative cash at the horizon, −X + (n − b)(e − m), in decimal. */
function atHorizon(net: Decimal, afterBuildMonths: number, capex12: Decimal, mining: Decimal, buildMonths: number): number {
  const owed = buildMonths === 0 ? capex12 : capex12.plus(mining.times(buildMonths)); // X
  return net.times(afterBuildMonths).cmp(owed);
}

function notPaidBackWithin(years: number): Error {
  return noSolution(`does not pay back within ${years} year${years === 1 ? '' : 's'}`);
}
