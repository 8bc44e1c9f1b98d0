import { monthsPerYear } from '../constants';
import { toFiniteNumber } from '../decimal';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { geometricSum } from '../finance/geometric-sum';
import { checkParam, required } from '../params';
import { rateAboveMinusOne } from '../rules';
import { conversionFlowParams, conversionFlows, ConversionTerms, conversionYearsParam } from './conversion-flows';

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
 * (1 + r)^(−m/12)); capex paid at time zero (build_months = 0) undiscounted. The flows are
 * level within the build and after it, so the sum over the months is taken in closed form:
 * NPV = F0 + v × (B × G(v, b) + v^b × A × G(v, n − b)), G(v, k) = 1 + v + … + v^(k−1),
 * B and A the monthly net flows during and after a build of b months, n months in all.
 *
 * @param args the six terms of conversionFlows, then years (horizon, a whole number from 1
 *   to 100) and discountRate (effective annual rate as a fraction, > −1)
 * @returns NPV in USD at the start of the build
 * @throws invalid_input as conversionFlows, or for a rate <= −1
 * @example conversionNpvUsd(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0) === −6_400_000
 */
export function conversionNpvUsd(...args: [...ConversionTerms, years: number, discountRate: number]): number {
  const [years, discountRate] = [args[6], args[7]];
  const flows = conversionFlows(args, years);
  checkParam(conversionNpvParams[7], discountRate);
  const factor = periodDiscountFactor(discountRate, monthsPerYear);
  const build = flows.perBuildMonthUsd.times(geometricSum(factor, flows.buildMonths));
  const operating = flows.perOperatingMonthUsd
    .times(factor.pow(flows.buildMonths))
    .times(geometricSum(factor, flows.months - flows.buildMonths));
  return toFiniteNumber(flows.atStartUsd.plus(factor.times(build.plus(operating))), 'NPV');
}
