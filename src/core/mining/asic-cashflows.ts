import { addMonths } from '../dates';
import { notFinite } from '../errors';
import { Exact } from '../arithmetic/exact';
import { checkParam, optional, optionalBoolean } from '../params';
import { atLeastZero, maxExcelDateSerial } from '../rules';
import { asicDay, hashrateThsParam } from './asic-day';
import { hashpricePathParams } from './hashprice-path';
import { monthlyHashpriceParam, monthlyHashprices } from './monthly-hashprices';
import { efficiencyJPerThParam, poolFeeParam, powerPriceUsdPerKwhParam, uptimeParam } from './shared-params';

export const machineCostUsdParam = optional('machine_cost_usd', 0, atLeastZero);

export const asicCashflowsParams = [
  hashpricePathParams[0],
  hashpricePathParams[1],
  hashrateThsParam,
  efficiencyJPerThParam,
  powerPriceUsdPerKwhParam,
  monthlyHashpriceParam,
  machineCostUsdParam,
  uptimeParam,
  poolFeeParam,
  optionalBoolean('headers', true),
] as const;

export const asicCashflowsHeaders = [
  'date',
  'days',
  'hashprice_usd_per_ph_day',
  'revenue_usd',
  'power_cost_usd',
  'margin_usd',
  'cumulative_usd',
] as const;

/**
 * A machine's monthly cash flows: one row a calendar month of date, days, hashprice, revenue,
 * power cost, margin and cumulative margin, the cumulative starting at −machine_cost.
 *
 * Row i (0 to months − 1) is the month from EDATE(start, i) to EDATE(start, i + 1), always
 * counted from the start date (so a month-end start stays month-end, as HASHPRICE_PATH's rows),
 * with its actual days; the time of day of start_date is dropped. revenue = hashprice ×
 * hashrate_ths ÷ 1,000 × days × uptime × (1 − pool_fee); power_cost (positive) = hashrate_ths
 * × efficiency ÷ 1,000 kW × 24 h × days × uptime × price; margin = revenue − power_cost (a loss
 * is shown, not curtailed); cumulative = −machine_cost + the margins so far. The hashprice is
 * one number (flat) or one figure a month (HASHPRICE_PATH's last column, a forward curve).
 * Every amount is a product and sum of the inputs, exact (Exact); each cell is rounded once,
 * to the double nearest its exact value, so the cumulative column is the exact running total.
 *
 * @param startDate Excel date serial of the first month's start, 61 to 2,958,465
 * @param months rows, a whole number 1 to 1,200
 * @param hashrateThs machine hashrate in TH/s, > 0
 * @param efficiencyJPerTh machine efficiency in J/TH, > 0
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param hashpriceUsdPerPhDay USD per PH/s per day, >= 0: one number, or a row or column with
 *   at least `months` figures (month 1 first)
 * @param machineCostUsd price paid for the machine in USD, >= 0 (default 0)
 * @param uptime share of the time the machine hashes, 0–1 (default 1)
 * @param poolFee pool fee as a share of revenue, 0 to < 1 (default 0)
 * @param headers whether the first row names the columns (default true)
 * @returns rows of [date serial, days, hashprice USD/PH/day, revenue USD, power cost USD,
 *   margin USD, cumulative USD], after a header row when headers is true
 * @throws invalid_input for an input outside its rule, or a hashprice range that is not one
 *   row or column, holds a negative figure or fewer figures than months
 * @throws not_finite when a month starts after 9999-12-31 or an amount overflows a double
 * @example asicCashflows(46113, 2, 270, 13.5, 0.05, 39.33, 1890, 1, 0, false)[1] =
 *   [46143, 31, 39.33, 329.1921, 135.594, 193.5981, −1,509.0489] (an S21 XP bought for $1,890
 *   on 2026-04-01: May, 31 days, after April's 30 left it at −1,702.647)
 */
export function asicCashflows(
  startDate: number, months: number, hashrateThs: number, efficiencyJPerTh: number, powerPriceUsdPerKwh: number,
  hashpriceUsdPerPhDay: number | number[][], machineCostUsd: number, uptime: number, poolFee: number, headers: boolean,
): (number | string)[][] {
  const scalars = [startDate, months, hashrateThs, efficiencyJPerTh, powerPriceUsdPerKwh];
  scalars.forEach((value, i) => checkParam(asicCashflowsParams[i], value));
  const hashprice = monthlyHashprices(monthlyHashpriceParam, hashpriceUsdPerPhDay, months);
  [machineCostUsd, uptime, poolFee].forEach((value, i) => checkParam(asicCashflowsParams[6 + i], value));

  const day = asicDay(hashrateThs, efficiencyJPerTh, powerPriceUsdPerKwh, uptime, poolFee);
  const start = Math.floor(startDate);
  const table: (number | string)[][] = headers ? [[...asicCashflowsHeaders]] : [];
  let cumulative = Exact.of(-machineCostUsd);
  let date = start;
  for (let i = 0; i < months; i++) {
    if (date > maxExcelDateSerial) throw notFinite(`month ${i + 1} starts after 9999-12-31`);
    const next = addMonths(start, i + 1);
    const days = next - date;
    const monthHashprice = hashprice.at(i);
    const revenue = day.revenuePerHashprice.times(monthHashprice).times(days);
    const powerCost = day.powerCostUsd.times(days);
    const margin = revenue.minus(powerCost);
    cumulative = cumulative.plus(margin);
    table.push([date, days, monthHashprice, usd(revenue), usd(powerCost), usd(margin), usd(cumulative)]);
    date = next;
  }
  return table;
}

function usd(amount: Exact): number {
  return Exact.quotientToNumber(amount, Exact.one, 'a monthly amount');
}
