/**
 * The shape of a catalogue entry: one file per MINER.* function, in the folder of its reference
 * section, holding everything said about it. `declaration` is what Excel runs (ID, parameter
 * specs with their rules, result kind, core function) and is all the functions bundle needs;
 * `docs` is what people read (the description in English and Japanese, what the result is, the
 * text of any parameter where it differs from parameter-text.ts, a worked example). `docs` is a
 * plain literal read only by Node code (metadata, reference, CLI help, tests), so webpack drops
 * it and the description text never ships in functions.js. Nor does a function's native form
 * (its arithmetic as a plain spreadsheet formula): it is built in a file of its own beside the
 * declaration and found by the function's id (native-forms.ts), by the code that writes it.
 */
import type { ParamSpec, ParamValues } from '../core/params';
import type { Locale } from '../sheet/locale';
import type { Section } from './sections';

/**
 * How a result leaves Excel: a number, a number or text (COMPANY's name), a spilled table, or
 * an entity value (COMPANY_CARD's card; its text where the host shows no data types).
 */
export type ResultKind = 'number' | 'value' | 'table' | 'entity';

/** Every description is written in each of the languages Hashwatt writes in. */
export type { Locale };

export type Text = Readonly<Record<Locale, string>>;

/**
 * A declaration of its own parameters: the core function takes exactly the values its specs
 * describe, in their order (ParamValues), so a core whose parameters are in another order, or
 * of another kind, or that may be left out where the spec says they are given, does not compile.
 */
export interface TypedDeclaration<P extends readonly ParamSpec[]> {
  /** The MINER.* ID: permanent once shipped. */
  readonly id: string;
  readonly result: ResultKind;
  /**
   * The unit of a number result (USD, USD/PH/day, EH/s, share for a fraction, x for a ratio,
   * date), written in the cell's number format when the workbook asks for formatted results
   * (number-format.ts). Absent where the unit follows the arguments (COMPANY, CONVERT).
   */
  readonly unit?: string;
  /** The parameters in Excel's order, declared beside the core function with their rules. */
  readonly params: P;
  /** Called with the arguments shaped and checked by `params` (src/functions: the one boundary). */
  readonly core: (...args: ParamValues<P>) => unknown;
  /** True for the functions whose results follow the bundled data (COMPANY, NETWORK, ...). */
  readonly bundledData?: true;
  /**
   * True when the core checks its number arguments against their rules itself, in an order of
   * its own that the boundary would change (between the cells of a range it reads in one pass,
   * or after a shared schedule's): the boundary then only shapes them. Every other core takes
   * values the boundary has checked, and checks none of them again.
   */
  readonly rulesCheckedByCore?: true;
}

/**
 * Any declaration, its parameter types set aside: what the lists of every function hold. Its
 * core takes whatever its own specs describe, which only the boundary, holding both, supplies.
 */
export interface FunctionDeclaration extends Omit<TypedDeclaration<readonly ParamSpec[]>, 'core'> {
  readonly core: (...args: never[]) => unknown;
}

/** The range a value plausibly falls in; a value outside it draws a warning, never an error. */
export type PlausibleRange = readonly [low: number, high: number];

export interface ParameterText extends Text {
  readonly plausible?: PlausibleRange;
}

/** A parameter's text as a catalogue file writes it: English, Japanese, then its plausible range if it has one. */
export type ParameterLine = readonly [en: string, ja: string, plausible?: PlausibleRange];

/** An example argument: a date is written as its ISO day, a range as rows of numbers, null leaves it blank. */
export type ExampleArg =
  | number
  | string
  | boolean
  | null
  | { readonly date: string }
  | { readonly range: readonly (readonly number[])[] };

/** What a function returns, and the worked example of it. */
export interface ResultDocs {
  /** What the result is, with its unit. */
  readonly returns: string;
  /** True when the result is a date serial (printed as a date by the CLI and the reference). */
  readonly returnsDate?: true;
  /** Arguments of the worked example the reference prints and the tests recompute. */
  readonly example: readonly ExampleArg[];
}

/** Parameter text by parameter name: the shared table, or a function's own where it differs. */
export type ParameterLines = Readonly<Record<string, ParameterLine>>;

/**
 * A catalogue file's `docs`: the description in English and in Japanese, the result with its
 * worked example, and the text of any parameter that differs from parameter-text.ts.
 */
export type FunctionDocs = readonly [en: string, ja: string, result: ResultDocs, parameters?: ParameterLines];

/** A function's docs as the generators read them, texts keyed by language (entry.ts builds them from the file's `docs`). */
export interface EntryDocs extends ResultDocs {
  readonly description: Text;
  readonly parameters?: Readonly<Record<string, ParameterText>>;
}

/** What a catalogue file exports. */
export interface CatalogueFile {
  readonly declaration: FunctionDeclaration;
  readonly docs: FunctionDocs;
}

export interface CatalogueEntry {
  /** The reference section, which is also the folder of the function's file. */
  readonly section: Section;
  readonly declaration: FunctionDeclaration;
  readonly docs: EntryDocs;
}

/** Checks a declaration's shape at compile time, its core against its specs, and keeps its literal types. */
export function defineFunction<P extends readonly ParamSpec[]>(declaration: TypedDeclaration<P>): TypedDeclaration<P> {
  return declaration;
}
