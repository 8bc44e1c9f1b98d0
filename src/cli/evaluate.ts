/**
 * One CLI call: a function name and its words, evaluated with the very code Excel runs. The
 * name may be mistyped (a "did you mean"), the count of words wrong (the signature), or a
 * number far from what the parameter plausibly holds (a warning on stderr that never changes
 * the result: a power price of 5 USD/kWh is likely meant as 0.05).
 */
import { catalogue } from '../catalogue';
import { parameterTextOf } from '../catalogue/parameter-text-of';
import type { CatalogueEntry } from '../catalogue/types';
import { functionsById } from '../functions/registry';
import { formatValue } from './format-result';
import { signature } from './help';
import { parseArg } from './parse-arg';
import { closestNames } from './suggest';

export interface Evaluation {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
  readonly warnings: readonly string[];
  readonly resultIsDate: boolean;
}

const entries = new Map(catalogue.map((entry) => [entry.declaration.id, entry]));
const functions = functionsById();

/** The catalogue entry a typed name means: `hashprice`, `MINER.HASHPRICE`, `=MINER.HASHPRICE()`. */
export function findEntry(name: string): CatalogueEntry | undefined {
  return entries.get(name.trim().toUpperCase().replace(/^=?MINER\./, '').replace(/\(\)$/, ''));
}

export function unknownFunctionMessage(name: string): string {
  const suggestions = closestNames(name.replace(/^=?MINER\./i, ''), [...entries.keys()]);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
  return `unknown function ${name}${hint} (\`hashwatt list\` shows them all)`;
}

function plausibilityWarnings(entry: CatalogueEntry, args: readonly unknown[]): string[] {
  const warnings: string[] = [];
  entry.declaration.params.forEach((spec, i) => {
    const value = args[i];
    const range = spec.kind === 'number' ? parameterTextOf(entry, spec.name).plausible : undefined;
    if (typeof value !== 'number' || !range || (value >= range[0] && value <= range[1])) return;
    warnings.push(`warning: ${spec.name} ${formatValue(value)} is outside its plausible range ${range[0]} to ${range[1]}; check the unit (${parameterTextOf(entry, spec.name).en})`);
  });
  return warnings;
}

/** The look-ups' selector arguments that ask for a date: NETWORK's field "date", the part "as_of" of COMPANY, NETWORK and ASIC. */
const dateSelectors = new Set(['date', 'as_of']);

/** True when a `field` or `part` argument asks for a date, so the number printed is a date serial. */
function selectsDate(params: CatalogueEntry['declaration']['params'], args: readonly unknown[]): boolean {
  return params.some(
    (spec, i) => (spec.name === 'field' || spec.name === 'part') && typeof args[i] === 'string' && dateSelectors.has((args[i] as string).trim().toLowerCase()),
  );
}

export function evaluateCall(name: string, words: readonly string[]): Evaluation {
  const entry = findEntry(name);
  if (!entry) return { id: name, args: [], error: { code: '#NAME?', message: unknownFunctionMessage(name) }, warnings: [], resultIsDate: false };
  const { id, params } = entry.declaration;
  const resultIsDate = entry.docs.returnsDate === true;
  const requiredCount = params.filter((p) => !p.optional).length;
  if (words.length > params.length || words.length < requiredCount) {
    const expected = requiredCount === params.length ? `${requiredCount}` : `${requiredCount} to ${params.length}`;
    const message = `${id} takes ${expected} arguments (got ${words.length}): ${signature(entry)}`;
    return { id, args: [], error: { code: '#VALUE!', message }, warnings: [], resultIsDate };
  }
  const args = words.map(parseArg);
  try {
    const result = (functions.get(id) as (...a: unknown[]) => unknown)(...args);
    return { id, args, result, warnings: plausibilityWarnings(entry, args), resultIsDate: resultIsDate || selectsDate(params, args) };
  } catch (error) {
    // The error names the rule broken; a plausibility warning would only repeat it.
    const e = error as { code?: string; message?: string };
    return { id, args, error: { code: e.code ?? '#VALUE!', message: e.message ?? String(error) }, warnings: [], resultIsDate };
  }
}
