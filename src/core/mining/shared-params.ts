/**
 * Parameter specs that several mining functions share, declared once so that the same
 * parameter has the same name, rule and message everywhere.
 */
import { optional, ParamSpec, required, requiredRange } from '../params';
import { atLeastZero, atMostRangeCells, greaterThanZero, shareBelowOne, shareInclusive } from '../rules';

export const hashpriceUsdPerPhDayParam = required('hashprice_usd_per_ph_day', atLeastZero);
export const efficiencyJPerThParam = required('efficiency_j_per_th', greaterThanZero);
export const powerPriceUsdPerKwhParam = required('power_price_usd_per_kwh', atLeastZero);
export const poolFeeParam = optional('pool_fee', 0, shareBelowOne);
export const uptimeParam = optional('uptime', 1, shareInclusive);
export const otherCostUsdPerPhDayParam = optional('other_cost_usd_per_ph_day', 0, atLeastZero);
/** Hourly prices in USD/MWh, any shape; the rule bounds the cell count. */
export const hourlyPowerPricesUsdPerMwhParam: ParamSpec<number[][]> = {
  // flexDispatch reads and checks every price in its one pass over the range.
  ...requiredRange('hourly_power_prices_usd_per_mwh', true),
  rules: [atMostRangeCells],
};
