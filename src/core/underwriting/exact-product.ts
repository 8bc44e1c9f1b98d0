import { Exact } from '../exact';

const one = Exact.of(1);

/**
 * The product of the decimals the numbers read as (rent × MW × 12,000, capex × loan-to-cost),
 * exact, rounded once to a double: money that is a product of inputs stays exact to the last
 * place (see exact.ts).
 *
 * @param factors finite numbers
 * @returns the product as a double
 * @throws not_finite when the product overflows a double
 * @example exactProduct(0.1, 3) === 0.3 (0.1 * 3 in doubles is 0.30000000000000004)
 */
export function exactProduct(...factors: number[]): number {
  let product = one;
  for (const factor of factors) product = product.times(factor);
  return Exact.quotientToNumber(product, one, 'an amount');
}
