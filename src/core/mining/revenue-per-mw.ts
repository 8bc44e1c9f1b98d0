import { daysPerYear, thsPerPhs } from '../constants';
import { Exact } from '../arithmetic/exact';
import { oneMinus, Quotient, quotientValue } from '../arithmetic/quotient';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, poolFeeParam, uptimeParam } from './shared-params';

export const miningRevenuePerMwParams = [hashpriceUsdPerPhDayParam, efficiencyJPerThParam, uptimeParam, poolFeeParam] as const;

/** 1 MW at 1 J/TH runs 1,000 PH/s; over 365 days that is 365,000 PH-days a year (divided by e). */
const phDaysPerMwYearAtOneJPerTh = thsPerPhs * daysPerYear;

/**
 * Mining revenue per MW of machine load per year.
 *
 * 1 MW of machines at e J/TH runs 1,000,000 W / e J/TH = 1,000 / e PH/s, each earning the
 * hashprice a day for 365 days, while running (uptime), less the pool fee:
 * hashprice × (1,000 / e) × 365 × uptime × (1 − pool_fee), computed as
 * hashprice × 365,000 × uptime × (1 − pool_fee) / e: the numerator is exact and the division
 * happens once, at the boundary (see ../arithmetic/README.md).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param uptime share of the year the machines run, 0 to 1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @returns USD per MW per year
 * @throws invalid_input for a negative hashprice, an efficiency <= 0, uptime outside [0, 1] or
 *   a fee outside [0, 1)
 * @throws not_finite when the revenue overflows a double
 * @example miningRevenueUsdPerMwYear(39.33, 17.5) ≈ 820,311.43 (39.33 × 1,000 / 17.5 × 365)
 */
export function miningRevenueUsdPerMwYear(
  hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, uptime: number, poolFee: number,
): number {
  return quotientValue(miningRevenueOf(Exact.of(hashpriceUsdPerPhDay), Exact.of(efficiencyJPerTh), uptime, poolFee), 'the revenue per MW');
}

/**
 * The revenue formula, undivided, for the margin that builds on it: hashprice × 365,000 ×
 * uptime × (1 − pool_fee) over e. Hashprice and efficiency come as exact values; an uptime
 * of 1 and a fee of 0, the usual case, are skipped.
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param uptime share of the year the machines run, 0 to 1
 * @param poolFee pool fee as a share of revenue, 0 to < 1
 * @returns USD per MW per year, undivided (the denominator is the efficiency)
 */
export function miningRevenueOf(hashpriceUsdPerPhDay: Exact, efficiencyJPerTh: Exact, uptime: number, poolFee: number): Quotient {
  const running = hashpriceUsdPerPhDay.times(phDaysPerMwYearAtOneJPerTh);
  const numerator = (uptime === 1 ? running : running.times(uptime)).times(oneMinus(poolFee));
  return { numerator, denominator: efficiencyJPerTh };
}
