import { daysPerYear, maxHorizonMonths, monthsPerYear } from '../constants';
import { noSolution } from '../errors';
import { Exact } from '../arithmetic/exact';
import { optional, required } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { atLeastOne, atLeastZero, atMost, wholeNumber } from '../rules';
import { asicDay, hashrateThsParam } from './asic-day';
import { monthlyHashpriceParam, monthlyHashprices } from './monthly-hashprices';
import { efficiencyJPerThParam, poolFeeParam, powerPriceUsdPerKwhParam, uptimeParam } from './shared-params';

export const defaultPaybackMonths = 60;

export const asicPaybackMonthsParams = [
  required('machine_cost_usd', atLeastZero),
  hashrateThsParam,
  efficiencyJPerThParam,
  powerPriceUsdPerKwhParam,
  monthlyHashpriceParam,
  uptimeParam,
  poolFeeParam,
  optional('max_months', defaultPaybackMonths, atLeastOne, wholeNumber, atMost(maxHorizonMonths, '1,200')),
] as const;

/**
 * Payback of a machine: months until its cumulative margin covers its cost.
 *
 * Months of 365 ÷ 12 days. A month's margin is (hashprice × hashrate_ths ÷ 1,000 × (1 −
 * pool_fee) − hashrate_ths × efficiency ÷ 1,000 × 24 × price) × uptime × 365 ÷ 12 (the day of
 * ASIC_CASHFLOWS, a loss counted as a loss); the cumulative margin starts at −machine_cost and
 * the answer is the first time it reaches 0, interpolated linearly within the month that
 * crosses: whole months before it + what was still owed ÷ that month's margin. A machine that
 * costs nothing pays back at 0.
 *
 * Method: the months are taken in runs of equal hashprice (one run of max_months for a flat
 * hashprice, so that case is a closed form: cost ÷ monthly margin). Within a run the
 * cumulative margin is linear, so whether it crosses 0 is one exact comparison and where it
 * crosses is one quotient, (whole months × margin + owed) ÷ margin, divided once. Everything
 * is kept ×12 (cost × 12 against margins a day × 365) so that it stays exact.
 *
 * @param machineCostUsd price paid for the machine in USD, >= 0
 * @param hashrateThs machine hashrate in TH/s, > 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param hashpriceUsdPerPhDay USD per PH/s per day, >= 0: one number, or a row or column with
 *   at least `maxMonths` figures (month 1 first)
 * @param uptime share of the time the machine hashes, 0–1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param maxMonths the horizon searched, a whole number 1 to 1,200 (default 60)
 * @returns months (fractional) from purchase
 * @throws invalid_input for an input outside its rule, or a hashprice range that is not one
 *   row or column, holds a negative figure or fewer figures than max_months
 * @throws no_solution "does not pay back within N months" when the cumulative margin is still
 *   negative after max_months
 * @throws not_finite when an amount overflows a double
 * @example asicPaybackMonths(1890, 270, 13.5, 0.05, 39.33) ≈ 9.9497 (an S21 XP at an assumed
 *   $7/TH earns 6.2451 USD a day at 5 c/kWh: 189.955 a month of 365 ÷ 12 days)
 */
export function asicPaybackMonths(
  machineCostUsd: number, hashrateThs: number, efficiencyJPerTh: number, powerPriceUsdPerKwh: number,
  hashpriceUsdPerPhDay: number | number[][], uptime: number, poolFee: number, maxMonths: number,
): number {
  const hashprice = monthlyHashprices(monthlyHashpriceParam, hashpriceUsdPerPhDay, maxMonths);
  if (machineCostUsd === 0) return 0;

  const day = asicDay(hashrateThs, efficiencyJPerTh, powerPriceUsdPerKwh, uptime, poolFee);
  // 12 × the cumulative margin, in USD: −12 × cost, then + 365 × a day's margin each month.
  let owed = Exact.of(machineCostUsd).times(monthsPerYear); // −(12 × cumulative), > 0 until it crosses
  let month = 0;
  while (month < maxMonths) {
    const value = hashprice.at(month);
    let run = hashprice.flat ? maxMonths - month : 1;
    while (month + run < maxMonths && hashprice.at(month + run) === value) run++;
    const margin12 = day.revenuePerHashprice.times(value).minus(day.powerCostUsd).times(daysPerYear);
    const runMargin12 = margin12.times(run);
    if (margin12.sign() > 0 && runMargin12.minus(owed).sign() >= 0) {
      return quotientValue({ numerator: margin12.times(month).plus(owed), denominator: margin12 }, 'the payback');
    }
    owed = owed.minus(runMargin12);
    month += run;
  }
  throw noSolution(`does not pay back within ${maxMonths} month${maxMonths === 1 ? '' : 's'}`);
}

