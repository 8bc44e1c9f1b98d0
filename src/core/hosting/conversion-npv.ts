import { monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../arithmetic/decimal';
import { notFinite } from '../errors';
import { Exact } from '../arithmetic/exact';
import { annuityFactor } from '../finance/annuity-factor';
import { discountFactor } from '../finance/discount-factor';
import { geometricSum } from '../finance/geometric-sum';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { isSafeMagnitude } from '../finance/safe-magnitude';
import { checkParam, required } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { rateAboveMinusOne } from '../rules';
import { rememberLast } from '../remember-last';
import {
  conversionExtraParams,
  conversionFlowParams,
  ConversionSchedule,
  conversionSchedule,
  ConversionSegment,
  conversionSegments,
  conversionYearsParam,
} from './conversion-schedule';

/**
 * The monthly discount factor of an annual rate, the last one remembered: a sheet values many
 * conversions at one rate, and the factor (a root by Newton's method from a seed of
 * portableExp and portableLog) is about a quarter of an NPV's arithmetic. The same value either way.
 */
const monthlyDiscountFactor = rememberLast((annualRate: number) => discountFactor(annualRate, monthsPerYear));

export const conversionNpvParams = [
  ...conversionFlowParams,
  conversionYearsParam,
  required('discount_rate', rateAboveMinusOne),
  ...conversionExtraParams,
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
 * operating month) × a(n − b, b), v = (1 + r)^(−1/12) (discountFactor). Money in decimal,
 * discounting in double-double rounded once (src/core/arithmetic/README.md): each month's net
 * flow is an exact sum divided once into a number, the annuity factors are doubles, and the
 * products are added as doubles at the end. A conversion that changes nothing (no capex, AI
 * EBITDA equal to the margin) is worth exactly 0, and at a zero rate the factors are the month
 * counts exactly. Where an amount or a factor is not of a safe magnitude (isSafeMagnitude: a
 * rate near −100% over many years, 1e-300 MW), the same sum is taken in 34-digit decimal
 * instead (periodDiscountFactor, geometricSum). A build longer than the horizon fills it: all
 * build, no AI EBITDA.
 *
 * A prepayment is received at time zero, undiscounted, and pays the revenue of the first
 * months after the build (conversionSchedule: runs of their own); what the horizon has not
 * used up of it is still owed at its end and discounted from there, v^n. A margin a year
 * makes a run of months for each year (conversionSegments), the same closed form over each
 * run.
 *
 * @param itLoadMw … miningMarginPerMwYear the six terms of conversionSchedule, then years (horizon, a whole number from 1
 *   to 100), discountRate (effective annual rate as a fraction, > −1), and optionally
 *   prepaymentUsd (received at signing, >= 0, default 0, as conversionSchedule) and miningMarginsPerMwYear (the
 *   margin given up per MW of IT load, one figure a year of the horizon; replaces the one
 *   margin)
 * @returns NPV in USD at the start of the build
 * @throws invalid_input as conversionSchedule, or for a rate <= −1
 * @throws not_finite when the NPV overflows a double (a rate near −100%)
 * @example conversionNpvUsd(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0) === −6_400_000
 */
export function conversionNpvUsd(
  itLoadMw: number, aiRevenuePerMwYear: number, aiEbitdaMargin: number, capexPerMw: number, buildMonths: number, miningMarginPerMwYear: number,
  years: number, discountRate: number, prepaymentUsd: number, miningMarginsPerMwYear: number[][] | undefined,
): number {
  const schedule = conversionSchedule([itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear], years, [prepaymentUsd, miningMarginsPerMwYear]);
  checkParam(conversionNpvParams[7], discountRate);
  const segments = conversionSegments(schedule);
  const factorPerMonth = monthlyDiscountFactor(discountRate);
  // Loops over the segments, not maps and spreads: no array a step (JavaScriptCore keeps them).
  const atStart = schedule.atStartUsd.plus(schedule.prepaymentUsd);
  let npv = quotientValue({ numerator: atStart, denominator: schedule.denominator }, 'NPV');
  let safe = isSafeMagnitude(npv) && (npv !== 0 || atStart.isZero());
  for (let i = 0; i < segments.length; i++) {
    const { start, count, perMonthUsd } = segments[i];
    const factor = annuityFactor(factorPerMonth, count, start);
    const amount = quotientValue({ numerator: perMonthUsd, denominator: schedule.denominator }, 'NPV');
    safe = safe && isSafeMagnitude(amount) && isSafeMagnitude(factor) && (amount !== 0 || perMonthUsd.isZero());
    npv += amount * factor;
  }
  const owed = schedule.prepaymentOwedAtEndUsd;
  if (!owed.isZero()) {
    const factor = annuityFactor(factorPerMonth, 1, schedule.months - 1);
    const amount = quotientValue({ numerator: owed, denominator: schedule.denominator }, 'NPV');
    safe = safe && isSafeMagnitude(amount) && isSafeMagnitude(factor) && amount !== 0;
    npv -= amount * factor;
  }
  if (!safe) return npvInDecimal(schedule, segments, atStart, discountRate);
  if (!Number.isFinite(npv)) throw notFinite('NPV is not a finite number');
  return npv + 0;
}

/**
 * The same NPV in 34-digit decimal, for amounts or factors beyond a safe magnitude: the
 * monthly factor by Newton's method, the geometric sums by binary powering.
 */
function npvInDecimal(schedule: ConversionSchedule, segments: readonly ConversionSegment[], atStart: Exact, discountRate: number): number {
  const v = periodDiscountFactor(discountRate, monthsPerYear);
  let value: Decimal = atStart.toDecimal();
  for (const { start, count, perMonthUsd } of segments) value = value.plus(perMonthUsd.toDecimal().times(v.pow(start + 1).times(geometricSum(v, count))));
  value = value.minus(schedule.prepaymentOwedAtEndUsd.toDecimal().times(v.pow(schedule.months)));
  return toFiniteNumber(value.div(schedule.denominator.toDecimal()), 'NPV');
}
