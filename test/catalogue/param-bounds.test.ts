/**
 * The quick check of a number argument (src/core/params.ts: inside the interval in which all
 * its rules hold) agrees with the rules themselves for every parameter of every function.
 */
import { catalogue } from '../../src/catalogue';
import { inInterval } from '../../src/core/rules';

describe('the interval a spec passes a number in', () => {
  // Every number spec of every function: a value is in the interval exactly when it is finite
  // and passes every rule, so that the quick check and the rule by rule one agree.
  const numberSpecs = catalogue.flatMap(({ declaration }) => declaration.params).filter((spec) => spec.kind === 'number');
  const edges = (x: number) => [x, x + Number.EPSILON * Math.max(1, Math.abs(x)), x - Number.EPSILON * Math.max(1, Math.abs(x))];
  const values = [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 0.5, 1.5, -1.5, 1e300, -1e300, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE];

  it('agree with the rules at every bound and around it', () => {
    for (const spec of numberSpecs) {
      const bounds = spec.rules.flatMap((rule) => (rule.interval ? [rule.interval.lower, rule.interval.upper] : [rule.counterexample]));
      for (const value of [...values, ...bounds.filter(Number.isFinite).flatMap(edges), -1, 1, 2]) {
        const inside = spec.interval !== undefined && inInterval(spec.interval, value);
        const passes = Number.isFinite(value) && spec.rules.every((rule) => rule.test(value));
        if (inside) expect({ spec: spec.name, value, passes }).toEqual({ spec: spec.name, value, passes: true });
        if (spec.interval) expect({ spec: spec.name, value, inside }).toEqual({ spec: spec.name, value, inside: passes });
      }
    }
  });
});
