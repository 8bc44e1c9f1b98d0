/**
 * Invalid-input cases derived from the declared argument rules, for the tests: a rule, its
 * message and its test cannot drift apart because the tests are generated from the rule.
 */
import { invalidInput } from '../../src/core/errors';
import type { ParamSpec } from '../../src/core/params';

/** One invalid-input case derived from a declared rule: the arguments that break it and the message they get. */
export interface RuleCase {
  readonly parameter: string;
  readonly rule: string;
  readonly args: unknown[];
  readonly message: string;
}

/**
 * For every rule of every number parameter, the valid arguments with that parameter replaced by
 * the rule's counterexample, and the message the validator must give. Throws (a definition
 * defect, not an input error) when a counterexample also breaks an earlier rule of the same
 * parameter, since the message would then name that other rule.
 */
export function ruleCases(specs: readonly ParamSpec[], validArgs: readonly unknown[]): RuleCase[] {
  const cases: RuleCase[] = [];
  specs.forEach((spec, index) => {
    if (spec.kind !== 'number') return;
    spec.rules.forEach((rule, position) => {
      const value = rule.counterexample;
      const earlier = spec.rules.slice(0, position).find((other) => !other.test(value));
      if (rule.test(value) || earlier) {
        throw new Error(`the counterexample ${value} of "${spec.name} ${rule.text}" does not isolate that rule`);
      }
      const args = [...validArgs];
      args[index] = value;
      cases.push({ parameter: spec.name, rule: rule.text, args, message: invalidInput(spec.name, rule.text, value).message });
    });
  });
  return cases;
}
