import { hoursPerDay, thsPerPhs } from '../constants';
import { Exact } from '../arithmetic/exact';
import { required } from '../params';
import { oneMinus } from '../arithmetic/quotient';
import { greaterThanZero } from '../rules';

export const hashrateThsParam = required('hashrate_ths', greaterThanZero);

/** One day of a machine, exact: revenue per USD/PH/day of hashprice, and power cost. */
export interface AsicDay {
  /** hashrate_ths ÷ 1,000 × uptime × (1 − pool_fee): a day's revenue per unit of hashprice. */
  readonly revenuePerHashprice: Exact;
  /** hashrate_ths × efficiency ÷ 1,000 kW × 24 h × uptime × power price, USD (>= 0). */
  readonly powerCostUsd: Exact;
}

const phsPerThs = Exact.of(1 / thsPerPhs);
const kwhPerDayPerThsAtOneJPerTh = Exact.of(hoursPerDay / thsPerPhs);

/**
 * A machine's day as the contract of ASIC_CASHFLOWS states it: revenue = hashprice ×
 * hashrate_ths ÷ 1,000 × uptime × (1 − pool_fee); power cost = hashrate_ths × efficiency ÷
 * 1,000 kW × 24 h × uptime × price. Products of the inputs only, so both are exact. The
 * caller validates the inputs.
 *
 * @example asicDay(270, 13.5, 0.05, 1, 0).powerCostUsd is exactly 4.374 (3.645 kW for 24 h at 5 c)
 */
export function asicDay(hashrateThs: number, efficiencyJPerTh: number, powerPriceUsdPerKwh: number, uptime: number, poolFee: number): AsicDay {
  const running = uptime === 1 ? Exact.of(hashrateThs) : Exact.of(hashrateThs).times(uptime);
  return {
    revenuePerHashprice: running.times(phsPerThs).times(oneMinus(poolFee)),
    powerCostUsd: running.times(efficiencyJPerTh).times(kwhPerDayPerThsAtOneJPerTh).times(powerPriceUsdPerKwh),
  };
}
