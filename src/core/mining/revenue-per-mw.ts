import { daysPerYear, thsPerPhs } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam } from '../params';
import { efficiencyJPerThParam, hashpriceUsdPerPhDayParam, poolFeeParam, uptimeParam } from './shared-params';

export const miningRevenuePerMwParams = [hashpriceUsdPerPhDayParam, efficiencyJPerThParam, uptimeParam, poolFeeParam] as const;

/**
 * Mining revenue per MW of machine load per year.
 *
 * 1 MW of machines at e J/TH runs 1,000,000 W / e J/TH = 1,000 / e PH/s, each earning the
 * hashprice a day for 365 days, while running (uptime), less the pool fee:
 * hashprice × (1,000 / e) × 365 × uptime × (1 − pool_fee).
 *
 * @param hashpriceUsdPerPhDay hashprice in USD per PH/s per day, >= 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param uptime share of the year the machines run, 0 to 1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @returns USD per MW per year
 * @throws invalid_input for a negative hashprice, an efficiency <= 0, uptime outside [0, 1] or
 *   a fee outside [0, 1)
 * @example miningRevenueUsdPerMwYear(39.33, 17.5) ≈ 820,311.43 (39.33 × 1,000 / 17.5 × 365)
 */
export function miningRevenueUsdPerMwYear(
  hashpriceUsdPerPhDay: number,
  efficiencyJPerTh: number,
  uptime = 1,
  poolFee = 0,
): number {
  return toFiniteNumber(miningRevenueDecimal(hashpriceUsdPerPhDay, efficiencyJPerTh, uptime, poolFee), 'the revenue per MW');
}

/** The same revenue as a Decimal, for the margin. Validates its inputs. */
export function miningRevenueDecimal(hashpriceUsdPerPhDay: number, efficiencyJPerTh: number, uptime = 1, poolFee = 0): Decimal {
  checkParam(miningRevenuePerMwParams[0], hashpriceUsdPerPhDay);
  checkParam(miningRevenuePerMwParams[1], efficiencyJPerTh);
  checkParam(miningRevenuePerMwParams[2], uptime);
  checkParam(miningRevenuePerMwParams[3], poolFee);
  const phsPerMw = new Decimal(thsPerPhs).div(efficiencyJPerTh);
  return new Decimal(hashpriceUsdPerPhDay)
    .times(phsPerMw)
    .times(daysPerYear)
    .times(uptime)
    .times(new Decimal(1).minus(poolFee));
}
