import { maxHorizonMonths, maxHorizonYears, monthsPerYear } from '../constants';
import { Decimal } from '../decimal';
import { invalidInput } from '../errors';
import { checkParam, checkParams, ParamSpec, required } from '../params';
import { atLeastZero, atMost, greaterThanZero, shareInclusive, wholeNumber } from '../rules';

/** The parameters every CONVERSION_* function starts with, in their Excel order. */
export const conversionFlowParams = [
  required('it_load_mw', greaterThanZero),
  required('ai_revenue_per_mw_year', atLeastZero),
  required('ai_ebitda_margin', shareInclusive),
  required('capex_per_mw', atLeastZero),
  required('build_months', atLeastZero, wholeNumber, atMost(maxHorizonMonths)),
  required('mining_margin_per_mw_year'),
] as const;

/** The arguments every CONVERSION_* function starts with, in their Excel order. */
export type ConversionTerms = [
  itLoadMw: number,
  aiRevenuePerMwYear: number,
  aiEbitdaMargin: number,
  capexPerMw: number,
  buildMonths: number,
  miningMarginPerMwYear: number,
];

/** The horizon in years from the start of the build. */
export const conversionYearsParam: ParamSpec = required('years', greaterThanZero, wholeNumber, atMost(maxHorizonYears));

/**
 * The incremental cash flows of converting mining capacity to AI/HPC hosting (USD, negative
 * = cash out), as annual amounts and as the monthly series they make: a flow at time zero
 * (the start of the build), then a level net flow at the end of each build month
 * 1 … build_months, then another at the end of each month after it, to the horizon.
 */
export interface ConversionFlows {
  /** Months in the horizon: years × 12. */
  readonly months: number;
  readonly buildMonths: number;
  /** All the capex, IT load × capex per MW, as a negative amount (or 0). */
  readonly capexUsd: Decimal;
  /** AI EBITDA of a full year of operation, IT load × revenue per MW-year × margin. */
  readonly aiEbitdaPerYearUsd: Decimal;
  /** Mining margin given up in a year, −IT load × margin per MW-year (negative when mining pays). */
  readonly miningForgonePerYearUsd: Decimal;
  /** The flow at time zero: all the capex when build_months = 0, otherwise 0. */
  readonly atStartUsd: Decimal;
  /** Net flow at the end of each build month: capex / build_months + forgone / 12. */
  readonly perBuildMonthUsd: Decimal;
  /** Net flow at the end of each month after the build: (AI EBITDA + forgone) / 12. */
  readonly perOperatingMonthUsd: Decimal;
}

/**
 * Validates the arguments every CONVERSION_* function starts with and its horizon, once:
 * each against its declared rules in the Excel order, then years, then the build against
 * the horizon.
 *
 * @param terms the arguments every CONVERSION_* function starts with (see conversionFlows;
 *   further ones are ignored)
 * @param years horizon in years from the start of the build, a whole number from 1 to 100
 * @returns months in the horizon, years × 12
 * @throws invalid_input for an argument outside its rule, or a build longer than the horizon
 * @example checkConversionTerms([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2) === 24
 */
export function checkConversionTerms(terms: readonly [...ConversionTerms, ...unknown[]], years: number): number {
  checkParams(conversionFlowParams, terms as readonly number[]);
  checkParam(conversionYearsParam, years);
  const months = years * monthsPerYear;
  const buildMonths = terms[4];
  if (buildMonths > months) {
    const rule = `must be <= years × 12 = ${months} (the build must end within the horizon)`;
    throw invalidInput('build_months', rule, buildMonths);
  }
  return months;
}

/**
 * Builds the flows of CONVERSION_CASHFLOWS (CONVERSION_NPV and CONVERSION_PAYBACK_YEARS sum
 * the same monthly series in closed form), after validating their common arguments.
 *
 * Timing: the build starts at time zero. Capex (IT load × capex per MW) is spent evenly at
 * the end of each build month, or all at time zero when build_months = 0. Mining on the
 * capacity stops when the build starts, so its margin (IT load × margin per MW-year / 12)
 * is given up at the end of every month of the horizon. AI EBITDA (IT load × revenue per
 * MW-year × EBITDA margin / 12) arrives at the end of each month after the build.
 *
 * @param terms the arguments every CONVERSION_* function starts with (further ones are
 *   ignored), in their Excel order:
 *   itLoadMw: critical IT load converted, MW, > 0;
 *   aiRevenuePerMwYear: AI/HPC revenue in USD per MW of IT load per year, >= 0;
 *   aiEbitdaMargin: EBITDA as a share of that revenue, 0–1;
 *   capexPerMw: conversion capex in USD per MW of IT load, >= 0;
 *   buildMonths: months from the start of the build to the first AI revenue, a whole number
 *   >= 0, at most years × 12;
 *   miningMarginPerMwYear: mining margin given up, USD per MW of IT load per year (any sign:
 *   a negative margin is a loss the conversion stops)
 * @param years horizon in years from the start of the build, a whole number from 1 to 100
 * @returns the annual amounts and the monthly series
 * @throws invalid_input for an argument outside its rule, or a build longer than the horizon
 * @example conversionFlows([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2).perOperatingMonthUsd
 *   = 400_000 (AI EBITDA 500,000 a month less 100,000 of mining margin)
 */
export function conversionFlows(terms: readonly [...ConversionTerms, ...unknown[]], years: number): ConversionFlows {
  const months = checkConversionTerms(terms, years);
  const [itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear] = terms;
  const load = new Decimal(itLoadMw);
  const capexUsd = load.times(capexPerMw).neg();
  const aiEbitdaPerYearUsd = load.times(aiRevenuePerMwYear).times(aiEbitdaMargin);
  const miningForgonePerYearUsd = load.times(miningMarginPerMwYear).neg();
  const forgonePerMonth = miningForgonePerYearUsd.div(monthsPerYear);
  const building = buildMonths > 0;
  return {
    months,
    buildMonths,
    capexUsd,
    aiEbitdaPerYearUsd,
    miningForgonePerYearUsd,
    atStartUsd: building ? new Decimal(0) : capexUsd,
    perBuildMonthUsd: building ? capexUsd.div(buildMonths).plus(forgonePerMonth) : new Decimal(0),
    perOperatingMonthUsd: aiEbitdaPerYearUsd.div(monthsPerYear).plus(forgonePerMonth),
  };
}
