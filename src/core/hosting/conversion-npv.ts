import { monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../arithmetic/decimal';
import { notFinite } from '../errors';
import { Exact } from '../arithmetic/exact';
import { annuityFactor } from '../finance/annuity-factor';
import { geometricSum } from '../finance/geometric-sum';
import { logGrowth } from '../finance/log-growth';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { isSafeMagnitude } from '../finance/safe-magnitude';
import { checkParam, required } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { rateAboveMinusOne } from '../rules';
import { conversionFlowParams, ConversionSchedule, conversionSchedule, ConversionTerms, conversionYearsParam } from './conversion-schedule';

export const conversionNpvParams = [
  ...conversionFlowParams,
  conversionYearsParam,
  required('discount_rate', rateAboveMinusOne),
] as const;

/**
 * Net present value (USD) of converting mining capacity to AI/HPC hosting instead of mining
 * on, from the monthly schedule of conversionSchedule (capex over the build, AI EBITDA after
 * it, mining margin given up every month).
 *
 * Discounting: monthly, at the annual rate given, with the monthly factor
 * v = (1 + r)^(−1/12); each month's flow at the month end (month m discounted by
 * (1 + r)^(−m/12)); capex paid at time zero (build_months = 0) undiscounted.
 *
 * Closed form over the schedule's level streams, no loop: with a(k, s) = Σ_{j=s+1…s+k} v^j
 * (annuityFactor), b build months within the horizon and n months in all,
 * NPV = at start + (capex + forgone a build month) × a(b, 0) + (AI EBITDA + forgone an
 * operating month) × a(n − b, b). Money in decimal, discounting in double: each month's net
 * flow is an exact sum divided once into a number, the annuity factors are doubles, and the
 * products are added as doubles at the end. A conversion that changes nothing (no capex, AI
 * EBITDA equal to the margin) is worth exactly 0, and at a zero rate the factors are the month
 * counts exactly. Where an amount or a factor is not of a safe magnitude (isSafeMagnitude: a
 * rate near −100% over many years, 1e-300 MW), the same sum is taken in 34-digit decimal
 * instead (periodDiscountFactor, geometricSum). A build longer than the horizon fills it: all
 * build, no AI EBITDA.
 *
 * @param args the six terms of conversionSchedule, then years (horizon, a whole number from 1
 *   to 100) and discountRate (effective annual rate as a fraction, > −1)
 * @returns NPV in USD at the start of the build
 * @throws invalid_input as conversionSchedule, or for a rate <= −1
 * @throws not_finite when the NPV overflows a double (a rate near −100%)
 * @example conversionNpvUsd(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0) === −6_400_000
 */
export function conversionNpvUsd(...args: [...ConversionTerms, years: number, discountRate: number]): number {
  const [years, discountRate] = [args[6], args[7]];
  const schedule = conversionSchedule(args, years);
  checkParam(conversionNpvParams[7], discountRate);
  const { months, buildMonths } = schedule;
  const streams = monthlyStreams(schedule);
  const logGrowthPerMonth = logGrowth(discountRate) / monthsPerYear;
  const duringBuild = annuityFactor(logGrowthPerMonth, buildMonths);
  const afterBuild = annuityFactor(logGrowthPerMonth, months - buildMonths, buildMonths);
  const amounts = streams.map((stream) => quotientValue({ numerator: stream, denominator: schedule.denominator }, 'NPV'));
  const exactZeros = amounts.every((amount, i) => amount !== 0 || streams[i].isZero());
  if (!exactZeros || ![...amounts, duringBuild, afterBuild].every(isSafeMagnitude)) return npvInDecimal(schedule, streams, discountRate);
  const [atStart, perBuildMonth, perOperatingMonth] = amounts;
  const npv = atStart + perBuildMonth * duringBuild + perOperatingMonth * afterBuild;
  if (!Number.isFinite(npv)) throw notFinite('NPV is not a finite number');
  return npv + 0;
}

/** The schedule's three level streams, over its denominator: at start, a build month, an operating month. */
function monthlyStreams(schedule: ConversionSchedule): [Exact, Exact, Exact] {
  const forgone = schedule.miningForgonePerMonthUsd;
  return [schedule.atStartUsd, schedule.capexPerBuildMonthUsd.plus(forgone), schedule.aiEbitdaPerOperatingMonthUsd.plus(forgone)];
}

/**
 * The same NPV in 34-digit decimal, for amounts or factors beyond a safe magnitude: the
 * monthly factor by Newton's method, the geometric sums by binary powering.
 */
function npvInDecimal(schedule: ConversionSchedule, streams: readonly Exact[], discountRate: number): number {
  const { months, buildMonths } = schedule;
  const v = periodDiscountFactor(discountRate, monthsPerYear);
  const duringBuild = v.times(geometricSum(v, buildMonths));
  const afterBuild = v.pow(buildMonths + 1).times(geometricSum(v, months - buildMonths));
  const [atStart, perBuildMonth, perOperatingMonth] = streams.map((stream) => stream.toDecimal());
  const value: Decimal = atStart.plus(perBuildMonth.times(duringBuild)).plus(perOperatingMonth.times(afterBuild));
  return toFiniteNumber(value.div(schedule.denominator.toDecimal()), 'NPV');
}
