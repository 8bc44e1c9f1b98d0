import { Decimal } from '../arithmetic/decimal';
import { geometricSum } from './geometric-sum';

describe('geometricSum', () => {
  it('gives the doc example: 1 + 2 + … + 2^9 = 1023', () => {
    expect(geometricSum(new Decimal(2), 10).eq(1023)).toBe(true);
  });

  it.each([0, 1, 2, 3, 7, 12, 360, 1200])('is exactly %i at ratio 1', (count) => {
    expect(geometricSum(new Decimal(1), count).eq(count)).toBe(true);
  });

  it('is 0 for no terms and 1 for one term', () => {
    expect(geometricSum(new Decimal(0.5), 0).isZero()).toBe(true);
    expect(geometricSum(new Decimal(0.5), 1).eq(1)).toBe(true);
  });

  it.each([
    [0.5, 5],
    [0.992, 360],
    [1.01, 1200],
    [-0.9, 13],
  ])('equals the term-by-term sum for ratio %p and %i terms', (ratio, count) => {
    const r = new Decimal(ratio);
    let expected = new Decimal(0);
    for (let k = 0; k < count; k++) expected = expected.plus(r.pow(k));
    expect(geometricSum(r, count).minus(expected).div(expected).abs().lt(1e-30)).toBe(true);
  });

  it('keeps its digits for a ratio a hair from 1, where (1 − r^n) / (1 − r) cancels', () => {
    const ratio = new Decimal(1).minus('1e-30');
    // Σ (1 − ε)^k for k < 360 = 360 − ε × (0 + 1 + … + 359) + O(ε²) = 360 − 64,620ε
    const expected = new Decimal(360).minus(new Decimal('1e-30').times(64_620));
    expect(geometricSum(ratio, 360).minus(expected).abs().lt('1e-31')).toBe(true);
  });
});
