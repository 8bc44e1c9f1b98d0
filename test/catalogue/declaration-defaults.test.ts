/**
 * Each default is written once, in its parameter's spec: the boundary (src/functions) gives an
 * omitted optional argument its spec's default before it calls the core, so a core takes every
 * parameter as given and declares none of them a default of its own. A JavaScript default
 * parameter ends a function's `length` (the count of parameters before the first default or
 * rest parameter), so a core that re-declares a default, or takes its arguments as a rest
 * list, has a `length` short of its specs.
 */
import { catalogue } from '../../src/catalogue';
import { checkedCore, optional, optionalBoolean, required, withDefaults } from '../../src/core/params';
import { secondsPerBlockTarget } from '../../src/core/constants';
import { functionsById } from '../../src/functions/registry';

describe('each default is written once, in its spec', () => {
  it('is caught by length as this code is compiled: a default parameter shortens it, `?` does not', () => {
    function withDefault(a: number, b = 1): number {
      return a + b;
    }
    function withOptional(a: number, b?: number): number {
      return a + (b ?? 0);
    }
    function withRest(...args: number[]): number {
      return args.length;
    }
    expect([withDefault.length, withOptional.length, withRest.length]).toEqual([1, 2, 0]);
  });

  it.each(catalogue.map((entry) => [entry.declaration.id, entry.declaration]))('%s: the core takes each of its parameters, with no default', (_id, declaration) => {
    expect(declaration.core.length).toBe(declaration.params.length);
  });

  const specs = [required('x'), optional('y', 2), optional('z', undefined), optionalBoolean('flag', true)] as const;
  const core = (x: number, y: number, z: number | undefined, flag: boolean) => `${x} ${y} ${z} ${flag}`;

  it('gives an omitted optional argument its spec default, and leaves one without a default undefined', () => {
    expect(withDefaults(specs, [1])).toEqual([1, 2, undefined, true]);
    expect(withDefaults(specs, [1, 5, 7, false])).toEqual([1, 5, 7, false]);
    expect(checkedCore(specs, core)(1)).toBe('1 2 undefined true');
  });

  it('at the Excel boundary too, where a blank or omitted argument takes the same default', () => {
    const difficulty = functionsById().get('DIFFICULTY')!;
    const atTarget = difficulty(1000, secondsPerBlockTarget);
    expect([difficulty(1000), difficulty(1000, null)]).toEqual([atTarget, atTarget]);
    expect(difficulty(1000, 300)).not.toBe(atTarget);
  });
});
