import { maxHorizonMonths, maxHorizonYears, monthsPerYear } from '../constants';
import { Exact } from '../arithmetic/exact';
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
 * The monthly cash flows of converting mining capacity to AI/HPC hosting over a horizon (USD,
 * negative = cash out): a flow at time zero, then a flow at the end of each month. Every
 * amount is an exact numerator over one exact denominator, `denominator`, so that sums of
 * them stay exact and each figure is divided once, at the boundary.
 */
export interface ConversionSchedule {
  /** Months in the horizon: years × 12. */
  readonly months: number;
  /** Build months within the horizon: all of it when the build outlasts the horizon. */
  readonly buildMonths: number;
  /** What every amount below is divided by: 12 × build_months (12 without a build). */
  readonly denominator: Exact;
  /** At time zero: all the capex when build_months = 0, otherwise nothing. */
  readonly atStartUsd: Exact;
  /** Capex spent at the end of each build month: −capex / build_months. */
  readonly capexPerBuildMonthUsd: Exact;
  /** AI EBITDA at the end of each month after the build: IT load × revenue × margin / 12. */
  readonly aiEbitdaPerOperatingMonthUsd: Exact;
  /** Mining margin given up at the end of every month: −IT load × margin per MW-year / 12. */
  readonly miningForgonePerMonthUsd: Exact;
}

/**
 * The one monthly schedule of CONVERSION_CASHFLOWS, CONVERSION_NPV and
 * CONVERSION_PAYBACK_YEARS, after checking their common arguments (each against its declared
 * rules in the Excel order, then years).
 *
 * Timing: the build starts at time zero. Capex (IT load × capex per MW) is spent evenly at
 * the end of each build month, or all at time zero when build_months = 0. Mining on the
 * capacity stops when the build starts, so its margin (IT load × margin per MW-year / 12)
 * is given up at the end of every month of the horizon. AI EBITDA (IT load × revenue per
 * MW-year × EBITDA margin / 12) arrives at the end of each month after the build. A build
 * longer than the horizon fills it: the horizon holds its first months of capex and no AI
 * EBITDA.
 *
 * @param terms the arguments every CONVERSION_* function starts with (further ones are
 *   ignored), in their Excel order:
 *   itLoadMw: critical IT load converted, MW, > 0;
 *   aiRevenuePerMwYear: AI/HPC revenue in USD per MW of IT load per year, >= 0;
 *   aiEbitdaMargin: EBITDA as a share of that revenue, 0–1;
 *   capexPerMw: conversion capex in USD per MW of IT load, >= 0;
 *   buildMonths: months from the start of the build to the first AI revenue, a whole number
 *   from 0 to 1,200;
 *   miningMarginPerMwYear: mining margin given up, USD per MW of IT load per year (any sign:
 *   a negative margin is a loss the conversion stops)
 * @param years horizon in years from the start of the build, a whole number from 1 to 100
 * @returns the schedule, every amount over `denominator`
 * @throws invalid_input for an argument outside its rule
 * @example conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2): over 144,
 *   capex −120M a build month (−10M / 12 months), AI EBITDA 72M and mining −14.4M a month
 */
export function conversionSchedule(terms: readonly [...ConversionTerms, ...unknown[]], years: number): ConversionSchedule {
  checkParams(conversionFlowParams, terms as readonly number[]);
  checkParam(conversionYearsParam, years);
  const [itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear] = terms;
  const months = years * monthsPerYear;
  const load = Exact.of(itLoadMw);
  const capex = load.times(capexPerMw);
  // Over 12 × b, a month's share of a year's amount is (amount × b) and a build month's share
  // of the capex is (capex × 12): both exact.
  const monthsPerBuild = Math.max(buildMonths, 1);
  const perMonth = (perYear: Exact): Exact => perYear.times(monthsPerBuild);
  return {
    months,
    buildMonths: Math.min(buildMonths, months),
    denominator: Exact.of(monthsPerYear * monthsPerBuild),
    atStartUsd: buildMonths === 0 ? capex.times(-monthsPerYear) : Exact.of(0),
    capexPerBuildMonthUsd: buildMonths === 0 ? Exact.of(0) : capex.times(-monthsPerYear),
    aiEbitdaPerOperatingMonthUsd: perMonth(load.times(aiRevenuePerMwYear).times(aiEbitdaMargin)),
    miningForgonePerMonthUsd: perMonth(load.times(miningMarginPerMwYear).times(-1)),
  };
}
