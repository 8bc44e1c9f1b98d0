import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { required } from '../params';
import { atLeastOne, atLeastZero } from '../rules';

export const itLoadMwParams = [required('gross_mw', atLeastZero), required('pue', atLeastOne)] as const;

/**
 * Critical IT load a site's gross power supports: gross MW / PUE.
 *
 * Power usage effectiveness (The Green Grid) is total facility power over IT power, so the
 * IT load is the gross power divided by it; cooling and losses take the rest. One division,
 * at the boundary (see ../arithmetic/README.md).
 *
 * @param grossMw the site's gross (utility) power in MW, >= 0
 * @param pue power usage effectiveness, >= 1 (APLD designs for 1.18)
 * @returns critical IT load in MW
 * @throws invalid_input for a negative gross power or a PUE below 1
 * @example itLoadMw(100, 1.2) ≈ 83.333
 */
export function itLoadMw(grossMw: number, pue: number): number {
  return quotientValue({ numerator: Exact.of(grossMw), denominator: Exact.of(pue) }, 'IT load');
}
