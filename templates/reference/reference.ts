/**
 * The function reference, as data: for every function of the metadata, its syntax,
 * parameters (unit and range from the metadata, default and rules from the parameter specs),
 * what it returns, its errors (each rule of each parameter as #VALUE!, the core function's
 * not-found / no-solution / division / overflow cases) and one worked example computed with
 * the function itself from docs/examples.json. render-markdown.ts and render-html.ts print it.
 */
import { isoDateToSerial, serialToIsoDate } from '../../src/core/dates';
import { Captured, captureCall, Declaration, Failure } from './sources';

export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

/** An example argument as docs/examples.json holds it. */
export type ExampleArg = number | string | boolean | null | { readonly date: string } | { readonly range: readonly (readonly number[])[] };

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
}

export interface SectionEntry {
  readonly id: string;
  readonly title: string;
  readonly functions: readonly FunctionEntry[];
}

export interface ReferenceInputs {
  readonly metadata: { readonly functions: readonly MetadataFunction[] };
  readonly examples: Readonly<Record<string, readonly ExampleArg[]>>;
  readonly declarations: readonly Declaration[];
  readonly coreFailures: ReadonlyMap<string, readonly Failure[]>;
  readonly functions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
}

const sectionTitles: Record<string, string> = {
  protocol: 'Protocol and network',
  mining: 'Mining economics',
  hosting: 'AI / HPC hosting and conversion',
  data: 'Data: companies, machines, network history',
  units: 'Units',
};
const sectionOrder = ['protocol', 'mining', 'hosting', 'data', 'units'];

function literal(arg: ExampleArg): string {
  if (arg === null) return '';
  if (typeof arg === 'number') return String(arg);
  if (typeof arg === 'boolean') return arg ? 'TRUE' : 'FALSE';
  if (typeof arg === 'string') return `"${arg.replace(/"/g, '""')}"`;
  if ('date' in arg) {
    const [y, m, d] = arg.date.split('-').map(Number);
    return `DATE(${y},${m},${d})`;
  }
  return `{${arg.range.map((row) => row.join(',')).join(';')}}`;
}

function argumentValue(arg: ExampleArg): unknown {
  if (arg === null || typeof arg !== 'object') return arg;
  if ('date' in arg) {
    const serial = isoDateToSerial(arg.date);
    if (serial === undefined) throw new Error(`example date ${arg.date} is not a date`);
    return serial;
  }
  return arg.range.map((row) => [...row]);
}

function exampleOf(id: string, fn: (...args: unknown[]) => unknown, args: readonly ExampleArg[], returns: string): FunctionEntry['example'] {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  const formula = `=MINER.${id}(${args.slice(0, last).map(literal).join(', ')})`;
  let result: unknown;
  try {
    result = fn(...args.map(argumentValue));
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new Error(`the example of ${id} gives ${e.code ?? ''} ${e.message ?? String(error)}: pick arguments that give a value`);
  }
  const returnsDate = /^(an? )?(excel )?date serial/i.test(returns) && typeof result === 'number';
  return { formula, result: result as ExampleValue, date: returnsDate ? serialToIsoDate(result as number) : undefined };
}

function defaultText(value: number | boolean | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function entryOf(fn: MetadataFunction, declaration: Declaration, inputs: ReferenceInputs): FunctionEntry {
  const implementation = inputs.functions.get(fn.id);
  if (!implementation) throw new Error(`MINER.${fn.id} is in the metadata but not among the functions`);
  const captured: Captured = captureCall(implementation);
  const parameters = fn.parameters.map((p, i) => {
    const spec = captured.specs[i];
    if (!spec || spec.name !== p.name) throw new Error(`MINER.${fn.id}: parameter ${i + 1} is ${p.name} in the metadata, ${spec?.name} in the specs`);
    return {
      name: p.name,
      optional: Boolean(p.optional),
      defaultValue: p.optional ? defaultText(spec.defaultValue) : undefined,
      description: p.description ?? '',
      rules: spec.rules.map((rule) => rule.text),
      range: spec.kind === 'range',
    };
  });
  const errors: Failure[] = [];
  if (parameters.some((p) => !p.optional)) {
    errors.push({ code: '#VALUE!', when: 'a required argument is blank, or text stands where a number belongs' });
  }
  for (const p of parameters) {
    if (p.range) errors.push({ code: '#VALUE!', when: `\`${p.name}\` holds a blank or text cell, or is not rectangular` });
    for (const rule of p.rules) errors.push({ code: '#VALUE!', when: `\`${p.name}\` ${rule}` });
  }
  errors.push(...(inputs.coreFailures.get(captured.coreName) ?? []));
  const args = inputs.examples[fn.id];
  if (!args) throw new Error(`docs/examples.json has no example for ${fn.id}`);
  const signature = parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return {
    id: fn.id,
    anchor: fn.id.toLowerCase(),
    section: declaration.section,
    description: fn.description ?? '',
    syntax: `=MINER.${fn.id}(${signature})`,
    parameters,
    returns: declaration.returns,
    spills: fn.result.dimensionality === 'matrix',
    errors,
    example: exampleOf(fn.id, implementation, args, declaration.returns),
  };
}

/** The reference, grouped in sections in the contract's order, functions in declaration order. */
export function buildReference(inputs: ReferenceInputs): SectionEntry[] {
  const byId = new Map(inputs.metadata.functions.map((fn) => [fn.id, fn]));
  const extra = Object.keys(inputs.examples).filter((id) => !byId.has(id));
  if (extra.length > 0) throw new Error(`docs/examples.json has examples for functions that do not exist: ${extra.join(', ')}`);
  const sections = new Map<string, FunctionEntry[]>();
  for (const declaration of inputs.declarations) {
    const fn = byId.get(declaration.id);
    if (!fn) continue;
    const list = sections.get(declaration.section) ?? [];
    list.push(entryOf(fn, declaration, inputs));
    sections.set(declaration.section, list);
  }
  const missing = inputs.metadata.functions.filter((fn) => !inputs.declarations.some((d) => d.id === fn.id));
  if (missing.length > 0) throw new Error(`no declaration found for ${missing.map((fn) => fn.id).join(', ')}`);
  const order = [...sectionOrder.filter((id) => sections.has(id)), ...[...sections.keys()].filter((id) => !sectionOrder.includes(id))];
  return order.map((id) => ({
    id,
    title: sectionTitles[id] ?? id.charAt(0).toUpperCase() + id.slice(1),
    functions: sections.get(id) as FunctionEntry[],
  }));
}
