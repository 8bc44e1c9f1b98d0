/**
 * The shape of a catalogue entry: one file per MINER.* function, holding everything said about
 * it. `declaration` is what Excel runs (ID, parameter specs with their rules, result kind,
 * core function) and is all the functions bundle needs; `docs` is what people read (section,
 * descriptions in English and Japanese, per-parameter text where it differs from the shared
 * text in parameter-text.ts, the result, a worked example) and is read only by Node code
 * (metadata, reference, CLI help, tests), so the description text never ships in functions.js.
 */
import type { ParamSpec } from '../core/params';
import type { Locale } from '../models/locale';
import type { NativeFormula } from './native';

/** How a result leaves Excel: a number, a number or text (COMPANY's name), or a spilled table. */
export type ResultKind = 'number' | 'value' | 'table';

/** Every description is written in each of the languages Hashwatt writes in. */
export type { Locale };

export type Text = Readonly<Record<Locale, string>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Core = (...args: any[]) => unknown;

export interface FunctionDeclaration {
  /** The MINER.* ID: permanent once shipped. */
  readonly id: string;
  readonly result: ResultKind;
  /** The parameters in Excel's order, declared beside the core function with their rules. */
  readonly params: readonly ParamSpec[];
  readonly core: Core;
  /**
   * The same arithmetic as a native Excel formula (native.ts), where one fits: what a portable
   * copy writes and what the reference shows as "the math". Absent for spills and look-ups.
   */
  readonly native?: NativeFormula;
  /** True for the functions whose results follow the bundled data (COMPANY, NETWORK, ...). */
  readonly bundledData?: true;
}

export interface ParameterText extends Text {
  /** The range a value plausibly falls in; a value outside it draws a warning, never an error. */
  readonly plausible?: readonly [number, number];
}

/** An example argument: a date is written as its ISO day, a range as rows of numbers, null leaves it blank. */
export type ExampleArg =
  | number
  | string
  | boolean
  | null
  | { readonly date: string }
  | { readonly range: readonly (readonly number[])[] };

export interface FunctionDocs {
  /** The reference section: protocol, mining, hosting, data, units. */
  readonly section: string;
  readonly description: Text;
  /** What the result is, with its unit. */
  readonly returns: string;
  /** True when the result is a date serial (printed as a date by the CLI and the reference). */
  readonly returnsDate?: true;
  /** Text for the parameters whose text differs from parameter-text.ts. */
  readonly parameters?: Readonly<Record<string, ParameterText>>;
  /** Arguments of the worked example the reference prints and the tests recompute. */
  readonly example: readonly ExampleArg[];
}

export interface CatalogueEntry {
  readonly declaration: FunctionDeclaration;
  readonly docs: FunctionDocs;
}

/** Checks a declaration's shape at compile time and keeps its literal types. */
export function defineFunction<D extends FunctionDeclaration>(declaration: D): D {
  return declaration;
}
