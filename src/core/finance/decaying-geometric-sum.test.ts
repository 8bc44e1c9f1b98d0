import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { decayingGeometricSum } from './decaying-geometric-sum';
import { geometricSum } from './geometric-sum';

/** The 34-digit term-by-term reference: Σ_{j<count} e^(−j·d) with the ratio taken in decimal. */
function reference(logDecay: number, count: number): number {
  return geometricSum(new Decimal(-logDecay).exp(), count).toNumber();
}

describe('decayingGeometricSum', () => {
  it('gives the doc example: 1 + 1/2 + 1/4 = 1.75', () => {
    expect(decayingGeometricSum(Math.log(2), 3)).toBe(1.75);
  });

  it.each([0, 1, 2, 12, 1200])('is exactly %i at ratio 1 (d = 0)', (count) => {
    expect(decayingGeometricSum(0, count)).toBe(count);
  });

  it('is exactly 1 for one term and 0 for none', () => {
    for (const d of [1e-300, 1e-9, 0.5, 700]) {
      expect(decayingGeometricSum(d, 1)).toBe(1);
      expect(decayingGeometricSum(d, 0)).toBe(0);
    }
  });

  it.each([
    [0.0079, 360],
    [Math.log1p(0.1) / 12, 1200],
    [Math.log1p(0.03), 15],
    [0.5, 7],
    [3, 100],
    [36.7, 100],
  ])('equals the 34-digit term-by-term sum (d = %p, %i terms)', (d, count) => {
    expectClose(decayingGeometricSum(d, count), reference(d, count), 1e-15);
  });

  it('keeps its digits for a ratio a hair from 1, where 1 − ratio^n and 1 − ratio cancel', () => {
    // Σ e^(−jε) for j < 1200 = 1200 − ε × (0 + 1 + … + 1199) + O(ε²) = 1200 − 719,400ε
    expectClose(decayingGeometricSum(1e-12, 1200), 1200 - 719_400e-12, 1e-15);
    expect(decayingGeometricSum(5e-324, 1200)).toBe(1200);
  });

  it('tends to 1 for a ratio far below 1 and never overflows', () => {
    expect(decayingGeometricSum(700, 1200)).toBe(1);
    expect(decayingGeometricSum(709.78, 1200)).toBe(1);
  });
});
