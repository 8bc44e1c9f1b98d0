/**
 * The invalid-input contract of every MINER.* function, generated from its declaration: each
 * rule of each parameter, tried with the rule's counterexample in the function's worked
 * example, gives #VALUE! with the rule's message; a blank required argument is "required",
 * never 0; text and booleans are refused where a number belongs; an omitted optional argument
 * takes its declared default. A function added to the catalogue is covered without editing
 * this file.
 */
import { catalogue } from '../../src/catalogue';
import { exampleValues } from '../../src/catalogue/example';
import { ruleCases } from '../helpers/rule-cases';
import { excelFunction } from '../../src/functions/excel-function';
import { excelError } from '../helpers/excel';

const cases = catalogue.map(({ declaration, docs }) => [declaration.id, declaration, exampleValues(docs.example)] as const);

describe.each(cases)('MINER.%s, through its declared parameters', (_id, declaration, validArgs) => {
  const fn = excelFunction(declaration);
  const specs = declaration.params;
  const withArg = (index: number, value: unknown) => specs.map((_, i) => (i === index ? value : validArgs[i]));
  const call = (index: number, value: unknown) => excelError(() => fn(...withArg(index, value)));

  it('computes its worked example', () => {
    expect(() => fn(...validArgs)).not.toThrow();
    expect(validArgs.length).toBeLessThanOrEqual(specs.length);
  });

  it("gives #VALUE! naming the rule for each rule's counterexample", () => {
    for (const { args, message } of ruleCases(specs, validArgs)) {
      expect(excelError(() => fn(...args))).toEqual({ code: '#VALUE!', message });
    }
  });

  it('never reads a blank required argument as 0: a web blank is a "required" error', () => {
    specs.forEach((spec, index) => {
      if (spec.optional) return;
      for (const blank of [null, undefined, '']) {
        expect(call(index, blank)).toEqual({ code: '#VALUE!', message: `${spec.name} is required (got blank)` });
      }
    });
  });

  // Excel desktop passes 0 for a blank cell: where 0 is outside the domain, the rule says so.
  it('answers a desktop blank (0) with the rule it breaks, where 0 breaks one', () => {
    specs.forEach((spec, index) => {
      const rule = spec.kind === 'number' ? spec.rules.find((r) => !r.test(0)) : undefined;
      if (rule) expect(call(index, 0)).toEqual({ code: '#VALUE!', message: `${spec.name} ${rule.text} (got 0)` });
    });
  });

  // A boolean is described as Excel shows it: TRUE, unquoted.
  it('rejects text and booleans in number parameters', () => {
    specs.forEach((spec, index) => {
      if (spec.kind !== 'number') return;
      expect(call(index, '1,000')).toEqual({ code: '#VALUE!', message: `${spec.name} must be a number (got "1,000")` });
      expect(call(index, true)).toEqual({ code: '#VALUE!', message: `${spec.name} must be a number (got TRUE)` });
    });
  });

  it('takes the declared default for an omitted or blank optional argument', () => {
    specs.forEach((spec, index) => {
      if (!spec.optional) return;
      const reference = fn(...withArg(index, spec.defaultValue));
      for (const blank of [null, undefined, '']) expect(fn(...withArg(index, blank))).toEqual(reference);
    });
  });
});
