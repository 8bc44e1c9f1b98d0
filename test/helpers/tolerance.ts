/**
 * Relative-tolerance comparison: values in this project range from sats to billions of
 * dollars, so "close" is a fraction of the expected value, not a number of decimal places.
 */
export function relativeDifference(actual: number, expected: number): number {
  if (actual === expected) return 0;
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  return Math.abs(actual - expected) / scale;
}

/** Expects `actual` within `relative` (default 1e-12) of `expected`. */
export function expectClose(actual: number, expected: number, relative = 1e-12): void {
  if (typeof actual !== 'number' || !Number.isFinite(actual) || relativeDifference(actual, expected) > relative) {
    throw new Error(`expected ${actual} to be within ${relative} (relative) of ${expected}`);
  }
}
