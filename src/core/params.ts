/**
 * Parameter specifications: each core function declares its parameters once (public
 * snake_case name with its unit, kind, rules, default) and everything else reads them:
 * the core validator, the Excel layer's normaliser, the reference docs and the tests.
 */
import { check, Rule } from './rules';

export type ParamKind = 'number' | 'boolean' | 'text' | 'range';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly rules: readonly Rule[];
  readonly optional: boolean;
  /** The documented constant default of an optional parameter; undefined = "omitted" means something of its own. */
  readonly defaultValue?: number | boolean | string;
}

export function required(name: string, ...rules: Rule[]): ParamSpec {
  return { name, kind: 'number', rules, optional: false };
}

export function optional(name: string, defaultValue: number | undefined, ...rules: Rule[]): ParamSpec {
  return { name, kind: 'number', rules, optional: true, defaultValue };
}

export function requiredText(name: string): ParamSpec {
  return { name, kind: 'text', rules: [], optional: false };
}

export function optionalText(name: string, defaultValue: string): ParamSpec {
  return { name, kind: 'text', rules: [], optional: true, defaultValue };
}

export function optionalBoolean(name: string, defaultValue: boolean): ParamSpec {
  return { name, kind: 'boolean', rules: [], optional: true, defaultValue };
}

export function requiredRange(name: string): ParamSpec {
  return { name, kind: 'range', rules: [], optional: false };
}

/** A range that may be omitted: omitted, it means something of its own (no default). */
export function optionalRange(name: string): ParamSpec {
  return { name, kind: 'range', rules: [], optional: true };
}

/** Checks a numeric parameter against its declared rules (an omitted optional passes). */
export function checkParam(spec: ParamSpec, value: number | undefined): void {
  if (value === undefined && spec.optional) return;
  check(spec.name, value as number, spec.rules);
}

/**
 * Checks numeric parameters in their declared order: values[i] against specs[i]. The first
 * parameter that breaks a rule is the one the error names, as with one checkParam each.
 */
export function checkParams(specs: readonly ParamSpec[], values: readonly (number | undefined)[]): void {
  for (let i = 0; i < specs.length; i++) checkParam(specs[i], values[i]);
}
