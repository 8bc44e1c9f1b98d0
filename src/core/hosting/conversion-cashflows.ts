import { monthsPerYear } from '../constants';
import { Exact } from '../arithmetic/exact';
import { optionalBoolean } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import {
  conversionExtraParams,
  conversionFlowParams,
  conversionSchedule,
  conversionYearsParam,
  forgonePerMonthInYear,
  phaseFlows,
  phaseMonths,
} from './conversion-schedule';

export const conversionCashflowsParams = [
  ...conversionFlowParams,
  conversionYearsParam,
  optionalBoolean('headers', true),
  ...conversionExtraParams,
] as const;

export const conversionCashflowsHeaders = [
  'year',
  'capex_usd',
  'ai_ebitda_usd',
  'mining_margin_forgone_usd',
  'incremental_cash_flow_usd',
  'cumulative_usd',
] as const;

/**
 * The cash flows of converting mining capacity to AI/HPC hosting, one row a year: year,
 * capex, AI EBITDA, mining margin given up, incremental cash flow, cumulative.
 *
 * The monthly schedule of conversionSchedule (see there for the timing) summed into years:
 * row "year 0" holds what is paid at time zero (all the capex when build_months = 0, else
 * nothing) and any prepayment received at signing (in the AI column; it then pays the revenue
 * of the first months after the build, so their AI column is EBITDA less the revenue it paid,
 * and what is still owed of it at the end of the horizon is deducted in the last row's AI
 * column: conversionSchedule); row y sums months
 * 12(y − 1) + 1 … 12y, with that year's mining margin when one is given a year. A build longer than the horizon fills
 * every row with capex and forgone margin, and no AI EBITDA. Every cell is an exact sum over
 * the schedule's one denominator, divided once. Signs: cash out is negative, so capex and
 * the forgone mining margin are negative numbers and incremental = capex + AI EBITDA +
 * forgone (the sum of the row); cumulative is the running total of incremental. The
 * incremental column sums exactly to the undiscounted monthly total.
 *
 * Checking CONVERSION_NPV in Excel: =(year-0 cell) + NPV(r, incremental cells of years
 * 1…N) puts each year's sum at its year end, on average 5½ months after its months, so each
 * year's flows lose the factor 12 / Σ_{j=0…11} (1 + r)^(j/12) (0.978 at 5%, 0.957 at 10%).
 * With a build of whole years, dividing the NPV(…) part by that factor gives CONVERSION_NPV
 * exactly; with any build the two are within 1 − (1 + r)^(−1/2) of the flows' gross present
 * value (1.9% at 4%, 4.7% at 10%).
 *
 * @param itLoadMw … miningMarginPerMwYear the six terms of conversionSchedule, then years (horizon, a whole number from 1
 *   to 100), headers (TRUE, the default, to put a header row first), and optionally
 *   prepaymentUsd (received at signing, >= 0, default 0, as conversionSchedule) and miningMarginsPerMwYear (the
 *   margin given up per MW of IT load, one figure a year of the horizon; replaces the one
 *   margin)
 * @returns a table of years + 1 rows (years + 2 with headers) and six columns, amounts in USD
 * @throws invalid_input as conversionSchedule
 * @example conversionCashflows(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, false)[2]
 *   = [2, 0, 6_000_000, −1_200_000, 4_800_000, −6_400_000]
 */
export function conversionCashflows(
  itLoadMw: number, aiRevenuePerMwYear: number, aiEbitdaMargin: number, capexPerMw: number, buildMonths: number, miningMarginPerMwYear: number,
  years: number, headers: boolean, prepaymentUsd: number, miningMarginsPerMwYear: number[][] | undefined,
): (number | string)[][] {
  const schedule = conversionSchedule([itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear], years, [prepaymentUsd, miningMarginsPerMwYear]);
  const prepaid = schedule.prepaymentUsd;
  const [capexPerMonth, prepaidMonthFlow, restMonthFlow, ebitdaPerMonth] = phaseFlows(schedule);
  const cell = (amount: Exact): number => quotientValue({ numerator: amount, denominator: schedule.denominator }, 'cash flow');
  const table: (number | string)[][] = headers ? [[...conversionCashflowsHeaders]] : [];
  const atStart = schedule.atStartUsd;
  let cumulative = atStart.plus(prepaid);
  table.push([0, cell(atStart), cell(prepaid), 0, cell(cumulative), cell(cumulative)]);
  for (let year = 1; year <= years; year++) {
    const [building, prepaidMonths, restMonths, operating] = phaseMonths(schedule, (year - 1) * monthsPerYear, year * monthsPerYear);
    const capex = capexPerMonth.times(building);
    let aiEbitda = prepaidMonthFlow.times(prepaidMonths).plus(restMonthFlow.times(restMonths)).plus(ebitdaPerMonth.times(operating));
    if (year === years) aiEbitda = aiEbitda.minus(schedule.prepaymentOwedAtEndUsd);
    const forgone = forgonePerMonthInYear(schedule, year).times(monthsPerYear);
    const incremental = capex.plus(aiEbitda).plus(forgone);
    cumulative = cumulative.plus(incremental);
    table.push([year, cell(capex), cell(aiEbitda), cell(forgone), cell(incremental), cell(cumulative)]);
  }
  return table;
}
