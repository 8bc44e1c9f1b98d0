/**
 * The internal rate of return of flows one year apart: the rate x at which
 * Σ_t flow_t ÷ (1 + x)^t = 0, what Excel's =IRR() of the flows gives, and =XIRR() of the same
 * flows dated 365 days apart (XIRR's exponent is days ÷ 365, a whole number of years here).
 *
 * Solved for v = 1 ÷ (1 + x), where the sum is a polynomial evaluated by Horner's rule (+ and ×
 * alone, no Math.pow: the same bits in every engine). The flows before the first that is not 0
 * are left out (a factor v^k that does not move the root). From v = 0, where the polynomial is
 * the first flow, v doubles from 1 until the sign changes; the root between is found by
 * bisection to the last double, so the answer is the root with the highest rate: the one IRR of
 * flows that change sign once (an outlay, then returns), and a stated choice otherwise.
 *
 * @param flows cash flows of years 0 … n, finite
 * @returns the rate a year as a fraction, > −1; undefined when the flows have no root (all of
 *   one sign, or no sign change up to a rate of −1 + 2^−40)
 * @example yearlyIrr([-100, 110]) ≈ 0.1; yearlyIrr([-100, 60, 60]) ≈ 0.130662
 */
export function yearlyIrr(flows: readonly number[]): number | undefined {
  const first = flows.findIndex((flow) => flow !== 0);
  if (first < 0) return undefined;
  const coefficients = flows.slice(first);
  const valueAt = (v: number): number => {
    let sum = 0;
    for (let t = coefficients.length - 1; t >= 0; t--) sum = sum * v + coefficients[t];
    return sum;
  };
  const startSign = Math.sign(coefficients[0]);
  let low = 0;
  let high = 1;
  while (Math.sign(valueAt(high)) === startSign) {
    low = high;
    high *= 2;
    if (high > 2 ** 40) return undefined;
  }
  // Bisection until the midpoint is one of the ends: the interval is then two adjacent doubles.
  for (;;) {
    const middle = low + (high - low) / 2;
    if (middle === low || middle === high) break;
    if (Math.sign(valueAt(middle)) === startSign) low = middle;
    else high = middle;
  }
  const root = Math.abs(valueAt(low)) <= Math.abs(valueAt(high)) ? low : high;
  return root === 0 ? undefined : 1 / root - 1;
}
