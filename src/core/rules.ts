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
}

/** Largest Excel date serial: 9999-12-31. */
export const maxExcelDateSerial = 2958465;
/** Serial 61 is 1900-03-01, the first date after Excel's phantom 1900-02-29. */
export const minExcelDateSerial = 61;

export const greaterThanZero: Rule = { text: 'must be > 0', test: (x) => x > 0, counterexample: 0 };
export const atLeastZero: Rule = { text: 'must be >= 0', test: (x) => x >= 0, counterexample: -1 };
export const atLeastOne: Rule = { text: 'must be >= 1', test: (x) => x >= 1, counterexample: 0.5 };
export const shareInclusive: Rule = {
  text: 'must be between 0 and 1 (a share: 8% is 0.08)',
  test: (x) => x >= 0 && x <= 1,
  counterexample: 1.5,
};
export const shareBelowOne: Rule = {
  text: 'must be >= 0 and < 1 (a share: 2% is 0.02)',
  test: (x) => x >= 0 && x < 1,
  counterexample: 1,
};
export const rateAboveMinusOne: Rule = {
  text: 'must be > -1 (a rate: 8% is 0.08)',
  test: (x) => x > -1,
  counterexample: -1,
};
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
export const excelDate: Rule = {
  text: `must be a date (a serial from ${minExcelDateSerial}, 1900-03-01, to ${maxExcelDateSerial}, 9999-12-31)`,
  test: (x) => x >= minExcelDateSerial && x <= maxExcelDateSerial,
  counterexample: 0,
};

/** Excel's row count: the most cells a range parameter may hold. */
export const maxRangeCells = 1_048_576;

/** For a range parameter: the rule applies to its cell count. */
export const atMostRangeCells: Rule = {
  text: "must hold at most 1,048,576 cells (Excel's row count)",
  test: (cells) => cells <= maxRangeCells,
  counterexample: maxRangeCells + 1,
};

/** A rule bounding a value from above, e.g. at most 1,200 months. */
export function atMost(limit: number, what = String(limit)): Rule {
  return { text: `must be <= ${what}`, test: (x) => x <= limit, counterexample: limit + 1 };
}

/** Throws invalid_input naming the parameter, the first rule broken and the value. */
export function check(parameter: string, value: number, rules: readonly Rule[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidInput(parameter, 'must be a finite number', value);
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!rule.test(value)) throw invalidInput(parameter, rule.textFor ? rule.textFor(value) : rule.text, value);
  }
}
