/**
 * The one catalogue of error kinds the core can raise. The core throws these typed errors;
 * the Excel boundary (src/functions/excel-error.ts) turns each kind into one Excel error code.
 *
 * - invalid_input  -> #VALUE!  a value is missing, of the wrong type or outside its domain
 * - not_found      -> #N/A     a ticker, field, model, unit or dated figure does not exist
 * - no_solution    -> #N/A     the question has no answer (a project that never pays back)
 * - division_by_zero -> #DIV/0! the inputs make a denominator zero
 * - not_finite     -> #NUM!    the result is not a finite number
 */
export type ErrorKind = 'invalid_input' | 'not_found' | 'no_solution' | 'division_by_zero' | 'not_finite';

export class HashwattError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'HashwattError';
  }
}

/** Characters of a rejected text the message repeats; the rest is cut (a cell may hold 32,767). */
const echoedTextChars = 60;

/**
 * A received text as a message repeats it: quoted, and cut to its first 60 characters and an
 * ellipsis, so that a message stays readable in a cell's tooltip whatever the cell held.
 *
 * @example quoteText('IREN') === '"IREN"'; quoteText('x'.repeat(1e6)).length === 63 (60 characters, two quotes, '…')
 */
export function quoteText(text: string): string {
  return text.length <= echoedTextChars ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, echoedTextChars))}…`;
}

/** Formats a received value for a message: text is quoted (quoteText), blanks are named. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return 'a range';
  // An Excel data type (an entity, a formatted number) arrives as an object with its type.
  if (typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') return `a data type (${(value as { type: string }).type.toLowerCase()})`;
  const text = String(value);
  return text.length <= echoedTextChars ? text : `${text.slice(0, echoedTextChars)}…`;
}

/** `network_hashrate_ehs must be > 0 (got -5)`: the parameter, the rule and the value. */
export function invalidInput(parameter: string, rule: string, value: unknown): HashwattError {
  return new HashwattError('invalid_input', `${parameter} ${rule} (got ${describeValue(value)})`);
}

export function notFound(message: string): HashwattError {
  return new HashwattError('not_found', message);
}

export function noSolution(message: string): HashwattError {
  return new HashwattError('no_solution', message);
}

export function divisionByZero(message: string): HashwattError {
  return new HashwattError('division_by_zero', message);
}

export function notFinite(message: string): HashwattError {
  return new HashwattError('not_finite', message);
}

export function isHashwattError(error: unknown): error is HashwattError {
  return error instanceof HashwattError;
}
