/** Bounds of a safe magnitude: the product of three such numbers stays within 1e-300 … 1e300. */
const smallest = 1e-100;
const largest = 1e100;

/**
 * Whether a number is 0 or of a magnitude from 1e-100 to 1e100: then a product of up to
 * three such numbers (an amount per MW × a discount factor × MW) neither overflows nor
 * falls among the subnormal doubles, where digits are lost, so a formula whose amounts and
 * factors are all of safe magnitude keeps a double's relative precision. Money in decimal,
 * discounting in double-double rounded once (src/core/arithmetic/README.md): the finance
 * functions combine amounts and factors as doubles when all are safe, and take the 34-digit decimal path (the same
 * sums, term by term) when one is not, such as a factor (1 + r)^(−n) at a rate near −100%
 * or an amount of 1e-300 USD.
 *
 * @param value any number
 * @returns true for 0 and for 1e-100 <= |value| <= 1e100; false otherwise (NaN, ±Infinity)
 * @example isSafeMagnitude(9.7e9) === true; isSafeMagnitude(1e-300) === false
 */
export function isSafeMagnitude(value: number): boolean {
  const magnitude = Math.abs(value);
  return magnitude === 0 || (magnitude >= smallest && magnitude <= largest);
}
