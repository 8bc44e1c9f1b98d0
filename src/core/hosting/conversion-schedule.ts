import { maxHorizonMonths, maxHorizonYears, monthsPerYear } from '../constants';
import { Exact } from '../arithmetic/exact';
import { invalidInput } from '../errors';
import { checkParam, checkParams, optional, optionalRange, ParamSpec, required } from '../params';
import { atLeastZero, atMost, atMostRangeCells, check, greaterThanZero, shareInclusive, wholeNumber } from '../rules';

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

/** The optional trailing arguments of every CONVERSION_* function: a prepayment and the mining margin year by year. */
export const conversionExtraParams = [
  optional('prepayment_usd', 0, atLeastZero),
  { ...optionalRange('mining_margins_per_mw_year'), rules: [atMostRangeCells] },
] as const;

/** The optional trailing arguments, in their Excel order. */
export type ConversionExtras = [prepaymentUsd: number, miningMarginsPerMwYear: number[][] | undefined];

/** The horizon in years from the start of the build. */
export const conversionYearsParam: ParamSpec<number> = required('years', greaterThanZero, wholeNumber, atMost(maxHorizonYears));

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
  /** What every amount below is divided by: 12 × build_months (12 without a build), × the months after the build when a prepayment is spread over them. */
  readonly denominator: Exact;
  /** At time zero: all the capex when build_months = 0, otherwise nothing. */
  readonly atStartUsd: Exact;
  /** Capex spent at the end of each build month: −capex / build_months. */
  readonly capexPerBuildMonthUsd: Exact;
  /**
   * AI EBITDA at the end of each month after the build: IT load × revenue × margin / 12, less
   * the prepayment spread evenly over those months (it was received at signing).
   */
  readonly aiEbitdaPerOperatingMonthUsd: Exact;
  /** Mining margin given up at the end of every month: −IT load × margin per MW-year / 12. */
  readonly miningForgonePerMonthUsd: Exact;
  /**
   * The same, year by year of the horizon (index 0 = year 1): miningForgonePerMonthUsd every
   * year (the same object), or from the margins given one a year.
   */
  readonly miningForgonePerMonthByYearUsd: readonly Exact[];
  /** Received at time zero (signing, the start of the build): the prepayment, >= 0. */
  readonly prepaymentUsd: Exact;
}

/** A run of months with the same net flow: months start + 1 … start + count, each perMonthUsd (over the denominator). */
export interface ConversionSegment {
  readonly start: number;
  readonly count: number;
  readonly perMonthUsd: Exact;
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
 * @param extras the optional trailing arguments: prepaymentUsd (part of the contract's revenue
 *   received at signing, time zero, >= 0, default 0; the same amount is deducted evenly from
 *   the revenue of the months after the build in the horizon, so it moves revenue earlier
 *   without adding to it, and the revenue per MW stays the whole contract's) and miningMarginsPerMwYear (a range, read row by row, whose first `years`
 *   figures are the margin given up per MW of IT load in each year of the horizon, replacing
 *   the one margin; fewer figures are an error)
 * @returns the schedule, every amount over `denominator`
 * @throws invalid_input for an argument outside its rule, or fewer margins than years
 * @example conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2): over 144,
 *   capex −120M a build month (−10M / 12 months), AI EBITDA 72M and mining −14.4M a month
 */
export function conversionSchedule(
  terms: readonly [...ConversionTerms, ...unknown[]], years: number, extras: ConversionExtras,
): ConversionSchedule {
  checkParams(conversionFlowParams, terms as readonly number[]);
  checkParam(conversionYearsParam, years);
  // Read by index, not destructured: JavaScriptCore runs a destructuring through the iterator protocol.
  const prepaymentUsd = extras[0];
  const margins = extras[1];
  checkParam(conversionExtraParams[0], prepaymentUsd);
  const [itLoadMw, aiRevenuePerMwYear, aiEbitdaMargin, capexPerMw, buildMonths, miningMarginPerMwYear] = terms;
  const months = years * monthsPerYear;
  const load = Exact.of(itLoadMw);
  const capex = load.times(capexPerMw);
  // Over 12 × b × k, a month's share of a year's amount is (amount × b × k), a build month's
  // share of the capex is (capex × 12 × k) and an operating month's share of the prepayment
  // (deducted from the revenue after the build) is (prepayment × 12 × b): all exact. k is the
  // operating months in the horizon when a prepayment is spread over them, else 1.
  const monthsPerBuild = Math.max(buildMonths, 1);
  const operatingMonths = Math.max(months - buildMonths, 0);
  const spread = prepaymentUsd > 0 && operatingMonths > 0 ? operatingMonths : 1;
  // A month's share as a multiplier, not a closure: a closure is an object made on every call.
  const perMonth = monthsPerBuild * spread;
  const forgone = load.times(miningMarginPerMwYear).times(-1).times(perMonth);
  const byYear: Exact[] = [];
  if (margins === undefined) for (let year = 0; year < years; year++) byYear.push(forgone);
  else for (const margin of marginsByYear(margins, years)) byYear.push(load.times(margin).times(-1).times(perMonth));
  const prepayment = Exact.of(prepaymentUsd);
  const aiEbitda = load.times(aiRevenuePerMwYear).times(aiEbitdaMargin).times(perMonth);
  return {
    months,
    buildMonths: Math.min(buildMonths, months),
    denominator: Exact.of(monthsPerYear * monthsPerBuild * spread),
    atStartUsd: buildMonths === 0 ? capex.times(-monthsPerYear * spread) : Exact.of(0),
    capexPerBuildMonthUsd: buildMonths === 0 ? Exact.of(0) : capex.times(-monthsPerYear * spread),
    aiEbitdaPerOperatingMonthUsd: spread === 1 ? aiEbitda : aiEbitda.minus(prepayment.times(monthsPerYear * monthsPerBuild)),
    miningForgonePerMonthUsd: forgone,
    miningForgonePerMonthByYearUsd: byYear,
    prepaymentUsd: prepayment.times(monthsPerYear * monthsPerBuild * spread),
  };
}

/** The first `years` figures of a range read row by row; fewer is an input error. */
function marginsByYear(range: readonly (readonly number[])[], years: number): number[] {
  const name = conversionExtraParams[1].name;
  const figures = range.flat();
  check(name, figures.length, conversionExtraParams[1].rules);
  if (figures.length < years) {
    throw invalidInput(name, `must hold at least one figure a year of the horizon (${years}; it holds ${figures.length})`, range);
  }
  return figures.slice(0, years);
}

/** The build months in year `year` (1-based) of a schedule. */
export function buildMonthsInYear(schedule: ConversionSchedule, year: number): number {
  return Math.min(Math.max(schedule.buildMonths - (year - 1) * monthsPerYear, 0), monthsPerYear);
}

/**
 * The schedule's months as runs of one net flow: within the build, capex + the mining margin
 * given up; after it, AI EBITDA + the margin given up; a new run where a year's margin
 * differs. With one margin for every year that is two runs at most (the build, then the rest);
 * with a margin a year, up to one or two a year.
 *
 * @example conversionSegments(conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2))
 *   = runs of 12 build months and 12 operating months
 */
export function conversionSegments(schedule: ConversionSchedule): ConversionSegment[] {
  const runs: Run[] = [];
  const years = schedule.months / monthsPerYear;
  for (let year = 1; year <= years; year++) {
    const forgone = schedule.miningForgonePerMonthByYearUsd[year - 1];
    const building = buildMonthsInYear(schedule, year);
    const start = (year - 1) * monthsPerYear;
    addRun(runs, start, building, true, forgone);
    addRun(runs, start + building, monthsPerYear - building, false, forgone);
  }
  const segments: ConversionSegment[] = [];
  for (const { start, count, building, forgone } of runs) {
    segments.push({ start, count, perMonthUsd: (building ? schedule.capexPerBuildMonthUsd : schedule.aiEbitdaPerOperatingMonthUsd).plus(forgone) });
  }
  return segments;
}

interface Run {
  start: number;
  count: number;
  building: boolean;
  forgone: Exact;
}

/**
 * Adds `count` months from `at` to the last run when they continue it, else as a new run. A
 * plain function called per run, neither a closure nor a loop over a literal pair of tuples:
 * JavaScriptCore makes those objects on every year of every call (a fifth of V8's speed).
 */
function addRun(runs: Run[], at: number, count: number, building: boolean, forgone: Exact): void {
  if (count === 0) return;
  const last = runs.length > 0 ? runs[runs.length - 1] : undefined;
  if (last !== undefined && last.building === building && last.forgone === forgone) last.count += count;
  else runs.push({ start: at, count, building, forgone });
}
