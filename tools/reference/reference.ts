/**
 * The function reference, as data: for every function of the catalogue, its syntax,
 * parameters (text from the catalogue, default and rules from the declared parameter specs),
 * what it returns, its errors (each rule of each parameter as #VALUE!, the core function's
 * not-found / no-solution / division / overflow cases) and one worked example computed with
 * the function itself from the declaration's example. render.ts prints it.
 */
import { parameterTextOf } from '../../src/catalogue/parameter-text-of';
import { Section, sectionOrder, sectionTitles } from '../../src/catalogue/sections';
import type { CatalogueEntry, ExampleArg } from '../../src/catalogue/types';
import { serialToIsoDate } from '../../src/core/dates';
import { exampleFormula, exampleValues } from '../../src/catalogue/example';
import { nativeFormula } from '../../src/catalogue/native-forms';
import { Failure } from './sources';

export type ExampleValue = number | string | boolean;

export interface ParameterEntry {
  readonly name: string;
  readonly optional: boolean;
  /** "0", "TRUE", or undefined when omitting means something of its own (see the description). */
  readonly defaultValue?: string;
  readonly description: string;
  readonly rules: readonly string[];
  readonly range: boolean;
}

export interface FunctionEntry {
  readonly id: string;
  readonly anchor: string;
  readonly section: string;
  readonly description: string;
  readonly syntax: string;
  readonly parameters: readonly ParameterEntry[];
  readonly returns: string;
  readonly spills: boolean;
  readonly errors: readonly Failure[];
  readonly example: { readonly formula: string; readonly result: ExampleValue | ExampleValue[][]; readonly date?: string };
  /** The native formula over the parameter names, where the function has one. */
  readonly math?: string;
}

export interface SectionEntry {
  readonly id: string;
  readonly title: string;
  readonly functions: readonly FunctionEntry[];
}

export interface ReferenceInputs {
  readonly catalogue: readonly CatalogueEntry[];
  /** The core functions' failures other than invalid input, by core function name. */
  readonly coreFailures: ReadonlyMap<string, readonly Failure[]>;
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
}

function exampleOf(id: string, fn: (...args: unknown[]) => unknown, args: readonly ExampleArg[], returnsDate: boolean): FunctionEntry['example'] {
  const formula = exampleFormula(id, args);
  let result: unknown;
  try {
    result = fn(...exampleValues(args));
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new Error(`the example of ${id} gives ${e.code ?? ''} ${e.message ?? String(error)}: pick arguments that give a value`);
  }
  const date = returnsDate && typeof result === 'number' ? serialToIsoDate(result) : undefined;
  return { formula, result: result as ExampleValue, date };
}

function defaultText(value: number | boolean | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function entryOf(entry: CatalogueEntry, inputs: ReferenceInputs): FunctionEntry {
  const { declaration, docs } = entry;
  const id = declaration.id;
  const implementation = inputs.functions.get(id);
  if (!implementation) throw new Error(`MINER.${id} is in the catalogue but not among the functions`);
  const parameters = declaration.params.map((spec) => ({
    name: spec.name,
    optional: spec.optional,
    defaultValue: spec.optional ? defaultText(spec.defaultValue) : undefined,
    description: parameterTextOf(entry, spec.name).en,
    rules: spec.rules.map((rule) => rule.text),
    range: spec.kind === 'range',
  }));
  const errors: Failure[] = [];
  if (parameters.some((p) => !p.optional)) {
    errors.push({ code: '#VALUE!', when: 'a required argument is blank, or text stands where a number belongs' });
  }
  for (const p of parameters) {
    if (p.range) errors.push({ code: '#VALUE!', when: `\`${p.name}\` holds a blank or text cell, or is not rectangular` });
    for (const rule of p.rules) errors.push({ code: '#VALUE!', when: `\`${p.name}\` ${rule}` });
  }
  errors.push(...(inputs.coreFailures.get(declaration.core.name) ?? []));
  const signature = parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return {
    id,
    anchor: id.toLowerCase(),
    section: entry.section,
    description: docs.description.en,
    syntax: `=MINER.${id}(${signature})`,
    parameters,
    returns: docs.returns,
    spills: declaration.result === 'table',
    errors,
    example: exampleOf(id, implementation, docs.example, docs.returnsDate === true),
    math: nativeFormula(declaration, declaration.params.map((spec) => spec.name)),
  };
}

/** The reference, grouped in sections in the contract's order, functions in catalogue order. */
export function buildReference(inputs: ReferenceInputs): SectionEntry[] {
  const sections = new Map<Section, FunctionEntry[]>();
  for (const entry of inputs.catalogue) {
    const list = sections.get(entry.section) ?? [];
    list.push(entryOf(entry, inputs));
    sections.set(entry.section, list);
  }
  return sectionOrder.filter((id) => sections.has(id)).map((id) => ({ id, title: sectionTitles[id], functions: sections.get(id) as FunctionEntry[] }));
}
