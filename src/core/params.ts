/**
 * Parameter specifications: each core function declares its parameters once (public
 * snake_case name with its unit, kind, rules, default) and everything else reads them:
 * the core validator, the Excel layer's normaliser, the reference docs and the tests.
 */
import { invalidInput } from './errors';
import { check, inInterval, Interval, intervalOfRules, Rule } from './rules';

export type ParamKind = 'number' | 'boolean' | 'text' | 'range';

/** One value of a closed set of text arguments, as Excel's AutoComplete offers it. */
export interface Choice {
  /** The text the function takes (matched ignoring case, as before). */
  readonly value: string;
  /** What the value stands for, language-neutral (a company's name, a unit); absent when the value says it. */
  readonly tooltip?: string;
  /** Other spellings the function also takes for it ("S21" for "Antminer S21"). */
  readonly aliases?: readonly string[];
}

/**
 * A closed set of text arguments: the values a text parameter takes, read from the data or the
 * catalogue when asked (a new ticker in the data joins the set with no edit here). The metadata
 * writes each set once, under its `id`, as a custom enum (Excel's AutoComplete) and points
 * every parameter of that set to it; the functions keep matching the text as they always did.
 */
export interface ChoiceSet {
  /** The enum's ID in functions.json: a letter, then letters, digits, periods or underscores. */
  readonly id: string;
  readonly values: () => readonly Choice[];
}

/** A fixed set of plain values (debt profiles, parts) as a ChoiceSet. */
export function choiceSet(id: string, values: readonly string[]): ChoiceSet {
  return { id, values: () => values.map((value) => ({ value })) };
}

/**
 * A parameter's spec. `V` is the value its core function receives once the Excel boundary has
 * shaped and checked the argument (a number, a flag, text, a range; `| undefined` for an
 * optional one without a default): the specs of a declaration make the type of its core's
 * parameter list (ParamValues), so a core that takes its parameters in another order does not
 * compile against them.
 */
export interface ParamSpec<V = unknown> {
  readonly name: string;
  readonly kind: ParamKind;
  readonly rules: readonly Rule[];
  readonly optional: boolean;
  /** The documented constant default of an optional parameter; undefined = "omitted" means something of its own. */
  readonly defaultValue?: number | boolean | string;
  /**
   * For a number whose rules are all intervals (most are): the interval in which all of them
   * hold. A value inside passes at the cost of one interval test; any other is checked rule by
   * rule, so that the message names the first rule it breaks. Undefined for other specs.
   */
  readonly interval: Interval | undefined;
  /**
   * For a range whose core function reads every cell and refuses a bad one itself (in its one
   * pass over the range): the Excel layer then checks only that a range came, because a second
   * pass over a long column costs as much as the core's own. False for every other spec.
   */
  readonly cellsCheckedByCore: boolean;
  /**
   * For a range that is one figure a period (a column or a row): a range of several rows and
   * several columns is refused (checkRangeShape), never read row by row as one long list.
   * False for every other spec.
   */
  readonly oneDimensional: boolean;
  /** For text whose values are a closed set: the set (custom enums in the metadata). Undefined otherwise. */
  readonly choices: ChoiceSet | undefined;
  /**
   * For a ticker: a company card (COMPANY_CARD's entity value) may stand for it, and the Excel
   * layer reads the ticker from the card (src/functions/normalise.ts). False for every other spec.
   */
  readonly acceptsCard: boolean;
  /** Never set: carries `V` for the type checker only. */
  readonly valueType?: V;
}

/** The parameter list a core function takes for these specs, in their order. */
export type ParamValues<P extends readonly ParamSpec[]> = { -readonly [I in keyof P]: P[I] extends ParamSpec<infer V> ? V : never };

/**
 * Every spec is made here, with every field in the same order, so that all specs share one
 * shape: the validator and the normaliser read the same fields of every function's specs on
 * every call, and a read from objects of one shape is the fast one.
 */
function spec<V>(
  name: string, kind: ParamKind, rules: readonly Rule[], optional: boolean, defaultValue?: number | boolean | string, cellsCheckedByCore = false,
  oneDimensional = false, choices?: ChoiceSet, acceptsCard = false,
): ParamSpec<V> {
  const interval = kind === 'number' ? intervalOfRules(rules) : undefined;
  return { name, kind, rules, optional, defaultValue, interval, cellsCheckedByCore, oneDimensional, choices, acceptsCard };
}

export function required(name: string, ...rules: Rule[]): ParamSpec<number> {
  return spec(name, 'number', rules, false);
}

/** An optional number: omitted, it takes its default, or stays undefined when it means something of its own. */
export function optional(name: string, defaultValue: number, ...rules: Rule[]): ParamSpec<number>;
export function optional(name: string, defaultValue: undefined, ...rules: Rule[]): ParamSpec<number | undefined>;
export function optional(name: string, defaultValue: number | undefined, ...rules: Rule[]): ParamSpec<number | undefined> {
  return spec(name, 'number', rules, true, defaultValue);
}

/** Text; with `choices`, one of a closed set (offered by Excel's AutoComplete). */
export function requiredText(name: string, choices?: ChoiceSet): ParamSpec<string> {
  return spec(name, 'text', [], false, undefined, false, false, choices);
}

export function optionalText(name: string, defaultValue: string, choices?: ChoiceSet): ParamSpec<string> {
  return spec(name, 'text', [], true, defaultValue, false, false, choices);
}

/** A company's ticker, one of `tickers`, for which a company card may stand (see ParamSpec.acceptsCard). */
export function requiredTicker(name: string, tickers: ChoiceSet): ParamSpec<string> {
  return spec(name, 'text', [], false, undefined, false, false, tickers, true);
}

export function optionalBoolean(name: string, defaultValue: boolean): ParamSpec<boolean> {
  return spec(name, 'boolean', [], true, defaultValue);
}

/** A range the Excel layer checks cell by cell; `cellsCheckedByCore` when the core does (see ParamSpec). */
export function requiredRange(name: string, cellsCheckedByCore = false): ParamSpec<number[][]> {
  return spec(name, 'range', [], false, undefined, cellsCheckedByCore);
}

/** A range that may be omitted: omitted, it means something of its own (no default); `cellsCheckedByCore` as for requiredRange. */
export function optionalRange(name: string, cellsCheckedByCore = false): ParamSpec<number[][] | undefined> {
  return spec(name, 'range', [], true, undefined, cellsCheckedByCore);
}

/**
 * The same range spec, read as one figure a period: one column or one row (see
 * ParamSpec.oneDimensional). Its other fields are kept, in the same order.
 */
export function oneDimensional<V>(range: ParamSpec<V>): ParamSpec<V> {
  return spec(range.name, range.kind, range.rules, range.optional, range.defaultValue, range.cellsCheckedByCore, true);
}

/**
 * Refuses a range of several rows and several columns for a one-dimensional range parameter: a
 * 2 × 2 block is not four years, and reading it row by row would hide a wrong selection.
 *
 * @param spec the parameter's spec
 * @param rows the range as a grid (rectangular, at least one cell)
 * @throws invalid_input naming the parameter, the rule and the range's shape
 * @example checkRangeShape(oneDimensional(optionalRange('cfads_usd_per_year')), [[1, 2], [3, 4]]) throws
 *   "cfads_usd_per_year must be one column or one row, not 2 rows × 2 columns (got a range)"
 */
export function checkRangeShape(spec: ParamSpec, rows: readonly (readonly unknown[])[]): void {
  if (!spec.oneDimensional || rows.length < 2 || rows[0].length < 2) return;
  throw invalidInput(spec.name, `must be one column or one row, not ${rows.length} rows × ${rows[0].length} columns`, rows);
}

/** Whether a value passes at a glance: an omitted optional one, or a number in the spec's interval. */
function passesAtAGlance(spec: ParamSpec, value: number | undefined): boolean {
  if (typeof value !== 'number') return value === undefined && spec.optional;
  return spec.interval !== undefined && inInterval(spec.interval, value);
}

/** Checks a numeric parameter against its declared rules (an omitted optional passes). */
export function checkParam(spec: ParamSpec, value: number | undefined): void {
  if (!passesAtAGlance(spec, value)) check(spec.name, value as number, spec.rules);
}

/**
 * Checks the numeric parameters in their declared order: values[i] against specs[i], at the
 * boundary (src/functions) once the arguments are shaped. A parameter of another kind (a
 * range, a flag, text) is the core function's to check; an omitted optional one passes. The
 * first parameter that breaks a rule is the one the error names.
 */
export function checkParams(specs: readonly ParamSpec[], values: ArrayLike<unknown>): void {
  for (let i = 0; i < specs.length; i++) {
    const value = values[i] as number | undefined;
    if (!passesAtAGlance(specs[i], value) && specs[i].kind === 'number') check(specs[i].name, value as number, specs[i].rules);
  }
}

/**
 * The values a core function takes for these arguments: each omitted optional one (undefined)
 * given its spec's default, as the Excel boundary gives it (normaliseArg), so that a default is
 * written once, in its spec, and a core takes every parameter as given. One without a default
 * stays undefined: omitted means something of its own there.
 */
export function withDefaults<P extends readonly ParamSpec[]>(specs: P, args: ArrayLike<unknown>): ParamValues<P> {
  const values = new Array(specs.length);
  for (let i = 0; i < specs.length; i++) values[i] = args[i] === undefined && specs[i].optional ? specs[i].defaultValue : args[i];
  return values as unknown as ParamValues<P>;
}

/**
 * A core function behind the boundary: its omitted optional arguments given their defaults
 * (withDefaults), then its numbers checked against their rules, as the Excel layer
 * (src/functions) does once Excel's arguments are shaped; for callers that hold plain values
 * (the core's own tests, and code that calls a core with fewer arguments). The core itself
 * takes every value, checked.
 */
export function checkedCore<A extends unknown[], R>(specs: readonly ParamSpec[], core: (...args: A) => R): (...args: Partial<A>) => R {
  return (...args) => {
    const values = withDefaults(specs, args);
    checkParams(specs, values);
    return core(...(values as unknown[] as A));
  };
}
