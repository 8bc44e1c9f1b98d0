/**
 * Formulas as one exact numerator over one exact denominator. Each formula keeps both
 * exact (products and sums only, of Exact values) and divides once, at the boundary: a
 * decimal division costs several times a product, and formulas that build on another
 * (hashprice on hashvalue, margin on revenue, breakeven BTC price on breakeven hashprice and
 * hashvalue) combine the undivided parts: a / b over c / d is (a × d) / (b × c).
 */
import { Exact } from './exact';
import { rememberLast } from '../remember-last';

/** A formula's value before its one division: numerator / denominator, both exact. */
export interface Quotient {
  readonly numerator: Exact;
  readonly denominator: Exact;
}

/** The quotient as a number, divided once (Exact.quotientToNumber). */
export function quotientValue({ numerator, denominator }: Quotient, what: string): number {
  return Exact.quotientToNumber(numerator, denominator, what);
}

const one = Exact.one;

/**
 * 1 − share, exactly (the part of revenue left after a pool fee); 1 itself for a share of 0.
 * The last one is remembered: a pool fee stays fixed across a sensitivity grid.
 */
export const oneMinus = rememberLast((share: number): Exact => (share === 0 ? one : one.minus(share)));
