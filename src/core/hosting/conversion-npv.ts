import { monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { annuityFactor } from '../finance/annuity-factor';
import { geometricSum } from '../finance/geometric-sum';
import { logGrowth } from '../finance/log-growth';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { isSafeMagnitude } from '../finance/safe-magnitude';
import { checkParam, required } from '../params';
import { rateAboveMinusOne } from '../rules';
import { checkConversionTerms, conversionFlowParams, ConversionTerms, conversionYearsParam } from './conversion-flows';

export const conversionNpvParams = [
  ...conversionFlowParams,
  conversionYearsParam,
  required('discount_rate', rateAboveMinusOne),
] as const;

/**
 * Net present value (USD) of converting mining capacity to AI/HPC hosting instead of mining
 * on, from the monthly flows of conversionFlows (capex over the build, AI EBITDA after it,
 * mining margin given up every month).
 *
 * Discounting: monthly, at the annual rate given, with the monthly factor
 * v = (1 + r)^(−1/12); each month's flow at the month end (month m discounted by
 * (1 + r)^(−m/12)); capex paid at time zero (build_months = 0) undiscounted.
 *
 * Closed form over the three monthly streams, no loop: with a(k, s) = Σ_{j=s+1…s+k} v^j
 * (annuityFactor), b build months and n months in all, per MW of IT load
 * NPV / MW = −c × a(b, 0) / b − m × a(b, 0) / 12 + (e − m) × a(n − b, b) / 12,
 * c the capex (−c at time zero instead when b = 0), e the AI EBITDA (revenue × margin) and
 * m the mining margin of a MW-year: the margin given up during the build, then the AI
 * EBITDA net of the margin given up after it. Money in decimal, discounting in double: e and
 * e − m are exact decimals (c and m are the arguments themselves), the annuity factors are
 * doubles, and each amount is multiplied by its factor, the three added and the sum
 * multiplied by the IT load, which scales every flow, as doubles at the end. A conversion
 * that changes nothing (no capex, AI EBITDA equal to the margin) is worth exactly 0, and at
 * a zero rate the factors are the month counts exactly. Where an amount or a factor is not
 * of a safe magnitude (isSafeMagnitude: a rate near −100% over many years, 1e-300 MW), the
 * same sum is taken in 34-digit decimal instead (periodDiscountFactor, geometricSum).
 *
 * @param args the six terms of conversionFlows, then years (horizon, a whole number from 1
 *   to 100) and discountRate (effective annual rate as a fraction, > −1)
 * @returns NPV in USD at the start of the build
 * @throws invalid_input as conversionFlows, or for a rate <= −1
 * @throws not_finite when the NPV overflows a double (a rate near −100%)
 * @example conversionNpvUsd(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0) === −6_400_000
 */
export function conversionNpvUsd(...args: [...ConversionTerms, years: number, discountRate: number]): number {
  const [itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear, years, discountRate] = args;
  const months = checkConversionTerms(args, years);
  checkParam(conversionNpvParams[7], discountRate);

  const net = new Decimal(aiRevenuePerMwYear).times(aiEbitdaMargin).minus(miningMarginPerMwYear); // e − m
  const netAfterBuild = net.toNumber();
  const logGrowthPerMonth = logGrowth(discountRate) / monthsPerYear;
  const duringBuild = annuityFactor(logGrowthPerMonth, buildMonths);
  const afterBuild = annuityFactor(logGrowthPerMonth, months - buildMonths, buildMonths);
  const safe =
    [itLoadMw, capexPerMw, miningMarginPerMwYear, netAfterBuild, duringBuild, afterBuild].every(isSafeMagnitude) &&
    (netAfterBuild !== 0 || net.isZero());
  if (!safe) return npvInDecimal(args, net, months);

  const capexValue = buildMonths === 0 ? capexPerMw : (capexPerMw * duringBuild) / buildMonths;
  const monthlyValue = miningMarginPerMwYear * duringBuild - netAfterBuild * afterBuild;
  return -(capexValue + monthlyValue / monthsPerYear) * itLoadMw + 0;
}

/**
 * The same NPV in 34-digit decimal, for amounts or factors beyond a safe magnitude: the
 * monthly factor by Newton's method, the geometric sums by binary powering.
 */
function npvInDecimal(args: readonly [...ConversionTerms, number, number], net: Decimal, months: number): number {
  const [itLoadMw, , , capexPerMw, buildMonths, miningMarginPerMwYear, , discountRate] = args;
  const v = periodDiscountFactor(discountRate, monthsPerYear);
  const duringBuild = v.times(geometricSum(v, buildMonths));
  const afterBuild = v.pow(buildMonths + 1).times(geometricSum(v, months - buildMonths));
  const capexValue = buildMonths === 0 ? new Decimal(capexPerMw) : duringBuild.times(capexPerMw).div(buildMonths);
  const monthlyValue = duringBuild.times(miningMarginPerMwYear).minus(afterBuild.times(net));
  return toFiniteNumber(capexValue.plus(monthlyValue.div(monthsPerYear)).times(itLoadMw).neg(), 'NPV');
}
