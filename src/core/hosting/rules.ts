/**
 * Argument rules particular to the hosting functions (the shared ones are in ../rules.ts).
 */
import { Rule } from '../rules';

/** A contract term paid in annual instalments: 1, 2, 3 … years. */
export const wholeYearsAtLeastOne: Rule = {
  text: 'must be a whole number >= 1 (instalments are annual)',
  test: (x) => Number.isSafeInteger(x) && x >= 1,
  counterexample: 2.5,
};
