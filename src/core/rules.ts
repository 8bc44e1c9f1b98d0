/**
 * Argument rules, declared once beside each core function and enforced by one validator.
 * The rule text is what the user reads: `pool_fee must be >= 0 and < 1 (got 1.2)`; the
 * function reference and the invalid-input tests are built from the same objects.
 */
import { invalidInput } from './errors';

export interface Rule {
  /** The rule as the message states it, after the parameter name: "must be > 0". */
  readonly text: string;
  readonly test: (value: number) => boolean;
  /** A value that breaks the rule, for generated invalid-input tests (test/helpers/rule-cases.ts). */
  readonly counterexample: number;
  /**
   * The message for a particular broken value, when one text does not fit every value that
   * breaks the rule; `text` otherwise.
   */
  readonly textFor?: (value: number) => string;
  /**
   * The bounds of a rule that is an interval (most are), which the validator compares inline:
   * a sensitivity grid checks every argument of every cell, and a call through `test` costs
   * several comparisons. `test` is made from the same bounds (intervalRule).
   */
  readonly interval?: Interval;
}

/** lower < x (or <=) and x < upper (or <=); an open side is ±Infinity, excluded. */
export interface Interval {
  readonly lower: number;
  readonly lowerIncluded: boolean;
  readonly upper: number;
  readonly upperIncluded: boolean;
}

/** Whether x lies in the interval (never for NaN or an infinity). */
export function inInterval(interval: Interval, x: number): boolean {
  const { lower, upper } = interval;
  return (interval.lowerIncluded ? x >= lower : x > lower) && (interval.upperIncluded ? x <= upper : x < upper);
}

/** A rule that holds on an interval: `{ above: 0 }`, `{ atLeast: 0, below: 1 }`. */
function intervalRule(
  bounds: { above?: number; atLeast?: number; below?: number; atMost?: number }, text: string, counterexample: number,
): Rule {
  const interval: Interval = {
    lower: bounds.above ?? bounds.atLeast ?? -Infinity,
    lowerIncluded: bounds.atLeast !== undefined,
    upper: bounds.below ?? bounds.atMost ?? Infinity,
    upperIncluded: bounds.atMost !== undefined,
  };
  return { text, test: (x) => inInterval(interval, x), counterexample, interval };
}

/** Largest Excel date serial: 9999-12-31. */
export const maxExcelDateSerial = 2958465;
/** Serial 61 is 1900-03-01, the first date after Excel's phantom 1900-02-29. */
export const minExcelDateSerial = 61;

/**
 * The interval in which every one of the rules holds, when each is an interval (the finite
 * numbers for none); undefined when a rule is not one (a whole number).
 */
export function intervalOfRules(rules: readonly Rule[]): Interval | undefined {
  let all: Interval = { lower: -Infinity, lowerIncluded: false, upper: Infinity, upperIncluded: false };
  for (const { interval } of rules) {
    if (interval === undefined) return undefined;
    const lowerOf = interval.lower > all.lower || (interval.lower === all.lower && !interval.lowerIncluded) ? interval : all;
    const upperOf = interval.upper < all.upper || (interval.upper === all.upper && !interval.upperIncluded) ? interval : all;
    all = { lower: lowerOf.lower, lowerIncluded: lowerOf.lowerIncluded, upper: upperOf.upper, upperIncluded: upperOf.upperIncluded };
  }
  return all;
}

export const greaterThanZero = intervalRule({ above: 0 }, 'must be > 0', 0);
export const atLeastZero = intervalRule({ atLeast: 0 }, 'must be >= 0', -1);
export const atLeastOne = intervalRule({ atLeast: 1 }, 'must be >= 1', 0.5);
export const shareInclusive = intervalRule({ atLeast: 0, atMost: 1 }, 'must be between 0 and 1 (a share: 8% is 0.08)', 1.5);
export const shareBelowOne = intervalRule({ atLeast: 0, below: 1 }, 'must be >= 0 and < 1 (a share: 2% is 0.02)', 1);
export const rateAboveMinusOne = intervalRule({ above: -1 }, 'must be > -1 (a rate: 8% is 0.08)', -1);
/** 2^53: every double from here up is a whole number, but not every whole number is a double. */
const firstUnsafeWholeNumber = 2 ** 53;

/**
 * A whole number a double holds exactly: below 2^53 in size. Past it a double skips whole
 * numbers (2^53 + 1 reads as 2^53), so a block height or a count there cannot be the one the
 * user typed; such a value is a whole number, and the message says which bound it passes.
 */
export const wholeNumber: Rule = {
  text: 'must be a whole number',
  test: (x) => Number.isSafeInteger(x),
  counterexample: 1.5,
  textFor: (x) =>
    Math.abs(x) >= firstUnsafeWholeNumber
      ? 'must be a whole number below 2^53 (9,007,199,254,740,992), the largest a number holds exactly'
      : 'must be a whole number',
};
export const excelDate = intervalRule(
  { atLeast: minExcelDateSerial, atMost: maxExcelDateSerial },
  `must be a date (a serial from ${minExcelDateSerial}, 1900-03-01, to ${maxExcelDateSerial}, 9999-12-31)`,
  0,
);

/** Excel's row count: the most cells a range parameter may hold. */
export const maxRangeCells = 1_048_576;

/** For a range parameter: the rule applies to its cell count. */
export const atMostRangeCells = intervalRule({ atMost: maxRangeCells }, "must hold at most 1,048,576 cells (Excel's row count)", maxRangeCells + 1);

/** A rule bounding a value from above, e.g. at most 1,200 months. */
export function atMost(limit: number, what = String(limit)): Rule {
  return intervalRule({ atMost: limit }, `must be <= ${what}`, limit + 1);
}

/** Throws invalid_input naming the parameter, the first rule broken and the value. */
export function check(parameter: string, value: number, rules: readonly Rule[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidInput(parameter, 'must be a finite number', value);
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.interval ? !inInterval(rule.interval, value) : !rule.test(value)) throw invalidInput(parameter, rule.textFor ? rule.textFor(value) : rule.text, value);
  }
}
