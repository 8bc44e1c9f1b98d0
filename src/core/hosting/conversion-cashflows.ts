import { monthsPerYear } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { optionalBoolean } from '../params';
import { conversionFlowParams, conversionFlows, ConversionTerms, conversionYearsParam } from './conversion-flows';

export const conversionCashflowsParams = [
  ...conversionFlowParams,
  conversionYearsParam,
  optionalBoolean('headers', true),
] as const;

const zero = new Decimal(0);

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
 * The monthly flows of conversionFlows (see there for the timing) summed into years: row
 * "year 0" holds what is paid at time zero (all the capex when build_months = 0, else
 * nothing); row y sums months 12(y − 1) + 1 … 12y. Signs: cash out is negative, so capex and
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
 * @param args the six terms of conversionFlows, then years (horizon, a whole number from 1
 *   to 100) and headers (TRUE, the default, to put a header row first)
 * @returns a table of years + 1 rows (years + 2 with headers) and six columns, amounts in USD
 * @throws invalid_input as conversionFlows
 * @example conversionCashflows(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, false)[2]
 *   = [2, 0, 6_000_000, −1_200_000, 4_800_000, −6_400_000]
 */
export function conversionCashflows(
  ...args: [...ConversionTerms, years: number, headers?: boolean]
): (number | string)[][] {
  const [years, headers = true] = [args[6], args[7]];
  const flows = conversionFlows(args, years);
  const buildMonths = flows.buildMonths;
  const forgone = flows.miningForgonePerYearUsd;
  const table: (number | string)[][] = headers ? [[...conversionCashflowsHeaders]] : [];
  const atStart = flows.atStartUsd;
  let cumulative = atStart;
  table.push(row(0, atStart, zero, zero, atStart, cumulative));
  for (let year = 1; year <= years; year++) {
    const buildMonthsInYear = Math.min(Math.max(buildMonths - (year - 1) * monthsPerYear, 0), monthsPerYear);
    const capex = share(flows.capexUsd, buildMonthsInYear, buildMonths);
    const aiEbitda = share(flows.aiEbitdaPerYearUsd, monthsPerYear - buildMonthsInYear, monthsPerYear);
    const incremental = capex.plus(aiEbitda).plus(forgone);
    cumulative = cumulative.plus(incremental);
    table.push(row(year, capex, aiEbitda, forgone, incremental, cumulative));
  }
  return table;
}

/** amount × part / whole, without a decimal division for no part or the whole of it. */
function share(amount: Decimal, part: number, whole: number): Decimal {
  if (part === 0) return zero;
  return part === whole ? amount : amount.times(part).div(whole);
}

function row(year: number, ...amounts: Decimal[]): number[] {
  return [year, ...amounts.map((amount) => toFiniteNumber(amount, 'cash flow'))];
}
