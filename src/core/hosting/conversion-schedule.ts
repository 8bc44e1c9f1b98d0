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
 * negative = cash out): a flow at time zero, a flow at the end of each month, and what is
 * still owed of a prepayment at the end of the horizon. Every amount is an exact numerator
 * over one exact denominator, `denominator`, so that sums of them stay exact and each figure
 * is divided once, at the boundary.
 *
 * The months fall in four phases, in this order (any of them may be empty): the build; the
 * months whose whole revenue the prepayment has already paid for; the month that uses up the
 * rest of it; the months after that.
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
  /** AI revenue of each month after the build: IT load × revenue per MW-year / 12. */
  readonly aiRevenuePerOperatingMonthUsd: Exact;
  /** AI EBITDA of each month after the build: that revenue × the EBITDA margin. */
  readonly aiEbitdaPerOperatingMonthUsd: Exact;
  /** Months after the build, within the horizon, whose whole revenue the prepayment paid for. */
  readonly prepaidMonths: number;
  /** The rest of the prepayment, taken from the revenue of the month after those (0: none, or past the horizon). */
  readonly prepaidRestUsd: Exact;
  /** The prepayment not yet earned at the end of the horizon, >= 0: still owed (deferred revenue), deducted then. */
  readonly prepaymentOwedAtEndUsd: Exact;
  /** Mining margin given up at the end of every month: −IT load × margin per MW-year / 12. */
  readonly miningForgonePerMonthUsd: Exact;
  /**
   * The same, year by year of the horizon (index 0 = year 1), from the margins given one a
   * year; undefined when every year gives up the one margin (forgonePerMonthInYear reads both).
   */
  readonly miningForgonePerMonthByYearUsd: readonly Exact[] | undefined;
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
 * A prepayment is part of the contract's revenue paid at signing, as a customer's credit: it
 * is received at time zero and then pays the invoices of the first months after the build
 * until it is used up (those months bring their EBITDA less their whole revenue: the costs
 * are paid, the customer pays nothing), the month that uses up the rest brings its EBITDA less
 * that rest, and the months after it their whole EBITDA. So it moves revenue earlier without
 * adding to it, and the months it covers do not depend on the horizon. What the horizon's
 * months after the build have not used up of it (all of it when the build fills the horizon)
 * is still owed to the customer at the end of the horizon: a liability, deducted then, as a
 * banker nets deferred revenue against a value at the horizon; the undiscounted total of the
 * horizon is therefore the same with a prepayment as without.
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
 *   received at signing, time zero, >= 0, default 0; it pays the revenue of the first months
 *   after the build, as above, and the revenue per MW stays the whole contract's) and
 *   miningMarginsPerMwYear (a range, read row by row, whose first `years` figures are the
 *   margin given up per MW of IT load in each year of the horizon, replacing the one margin;
 *   fewer figures are an error)
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
  // Over 12 × b, a month's share of a year's amount is (amount × b), a build month's share of
  // the capex is (capex × 12) and the prepayment is (prepayment × 12 × b): all exact.
  const perMonth = Math.max(buildMonths, 1);
  const forgone = load.times(miningMarginPerMwYear).times(-perMonth);
  let byYear: Exact[] | undefined;
  if (margins !== undefined) byYear = marginsByYear(margins, years).map((margin) => load.times(margin).times(-perMonth));
  const revenue = load.times(aiRevenuePerMwYear).times(perMonth);
  const prepayment = prepaymentUsd === 0 ? Exact.of(0) : Exact.of(prepaymentUsd).times(monthsPerYear * perMonth);
  const operatingMonths = Math.max(months - buildMonths, 0);
  const prepaid = wholeMonthsPaid(prepayment, revenue, operatingMonths);
  // What the whole months did not use: paid in the month after them, or owed at the end.
  const left = prepayment.isZero() ? prepayment : prepayment.minus(revenue.times(prepaid));
  const usedUp = prepaid < operatingMonths;
  return {
    months,
    buildMonths: Math.min(buildMonths, months),
    denominator: Exact.of(monthsPerYear * perMonth),
    atStartUsd: buildMonths === 0 ? capex.times(-monthsPerYear) : Exact.of(0),
    capexPerBuildMonthUsd: buildMonths === 0 ? Exact.of(0) : capex.times(-monthsPerYear),
    aiRevenuePerOperatingMonthUsd: revenue,
    aiEbitdaPerOperatingMonthUsd: revenue.times(aiEbitdaMargin),
    prepaidMonths: prepaid,
    prepaidRestUsd: usedUp ? left : Exact.of(0),
    prepaymentOwedAtEndUsd: usedUp ? Exact.of(0) : left,
    miningForgonePerMonthUsd: forgone,
    miningForgonePerMonthByYearUsd: byYear,
    prepaymentUsd: prepayment,
  };
}

/**
 * The whole months of revenue a prepayment pays for, at most `months`: the largest q with
 * q × revenue <= prepayment (all of them when there is no revenue). Estimated in doubles,
 * then settled by exact comparisons.
 */
function wholeMonthsPaid(prepayment: Exact, revenue: Exact, months: number): number {
  if (prepayment.isZero()) return 0;
  if (revenue.isZero()) return months;
  let q = Math.min(Math.max(Math.floor(prepayment.toNumber() / revenue.toNumber()), 0), months);
  while (q > 0 && revenue.times(q).minus(prepayment).sign() > 0) q--;
  while (q < months && revenue.times(q + 1).minus(prepayment).sign() <= 0) q++;
  return q;
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

/** The mining margin given up a month in year `year` (1-based) of the horizon, over the denominator. */
export function forgonePerMonthInYear(schedule: ConversionSchedule, year: number): Exact {
  const byYear = schedule.miningForgonePerMonthByYearUsd;
  return byYear === undefined ? schedule.miningForgonePerMonthUsd : byYear[year - 1];
}

/** The number of months of from … to (month indices, end excluded) that fall in at … until. */
function overlap(from: number, to: number, at: number, until: number): number {
  return Math.max(Math.min(to, until) - Math.max(from, at), 0);
}

/** The months of each phase (build, prepaid, the rest of the prepayment, the others) among months from + 1 … to. */
export function phaseMonths(schedule: ConversionSchedule, from: number, to: number): [number, number, number, number] {
  const building = schedule.buildMonths;
  const prepaidEnd = building + schedule.prepaidMonths;
  const restEnd = prepaidEnd + (schedule.prepaidRestUsd.isZero() ? 0 : 1);
  return [
    overlap(from, to, 0, building),
    overlap(from, to, building, prepaidEnd),
    overlap(from, to, prepaidEnd, restEnd),
    overlap(from, to, restEnd, schedule.months),
  ];
}

/**
 * The net flow of a month of each phase, before the mining margin given up: capex; EBITDA
 * less the whole revenue; EBITDA less the rest of the prepayment; EBITDA. A phase without a
 * month (no prepayment: the two in the middle) costs no arithmetic.
 */
export function phaseFlows(schedule: ConversionSchedule): [Exact, Exact, Exact, Exact] {
  const ebitda = schedule.aiEbitdaPerOperatingMonthUsd;
  const rest = schedule.prepaidRestUsd;
  return [
    schedule.capexPerBuildMonthUsd,
    schedule.prepaidMonths === 0 ? ebitda : ebitda.minus(schedule.aiRevenuePerOperatingMonthUsd),
    rest.isZero() ? ebitda : ebitda.minus(rest),
    ebitda,
  ];
}

/**
 * The schedule's months as runs of one net flow: a run a phase (the build, the months the
 * prepayment paid for, the month that uses up its rest, the months after), and a new run
 * wherever a year's mining margin differs. With one margin for every year that is four runs
 * at most, with no loop over the years; with a margin a year, up to a few a year. The
 * prepayment still owed at the end of the horizon is not in them (see prepaymentOwedAtEndUsd).
 *
 * @example conversionSegments(conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2))
 *   = runs of 12 build months and 12 operating months
 */
export function conversionSegments(schedule: ConversionSchedule): ConversionSegment[] {
  const flows = phaseFlows(schedule);
  const building = schedule.buildMonths;
  const prepaidEnd = building + schedule.prepaidMonths;
  const ends = [building, prepaidEnd, prepaidEnd + (schedule.prepaidRestUsd.isZero() ? 0 : 1), schedule.months];
  const step = schedule.miningForgonePerMonthByYearUsd === undefined ? schedule.months : monthsPerYear;
  const segments: { start: number; count: number; perMonthUsd: Exact }[] = [];
  let lastPhase = -1;
  let lastForgone: Exact | undefined;
  for (let from = 0; from < schedule.months; from += step) {
    const forgone = forgonePerMonthInYear(schedule, from / monthsPerYear + 1);
    const to = from + step;
    let at = from;
    for (let phase = 0; phase < 4; phase++) {
      const end = Math.min(ends[phase], to);
      if (end <= at) continue;
      if (phase === lastPhase && forgone === lastForgone) segments[segments.length - 1].count += end - at;
      else segments.push({ start: at, count: end - at, perMonthUsd: flows[phase].plus(forgone) });
      lastPhase = phase;
      lastForgone = forgone;
      at = end;
    }
  }
  return segments;
}
