import { fillStandardNormals, nextStandardNormal } from './standard-normals';
import { xoshiro128State } from './xoshiro128';

/** Φ(x) from erfc by Numerical Recipes' Chebyshev fit (erfcc, |error| < 1.2e-7): enough for a KS test. */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

function draws(seed: number, n: number): Float64Array {
  const out = new Float64Array(n);
  fillStandardNormals(xoshiro128State(seed), out);
  return out;
}

describe('standard normal draws (ziggurat)', () => {
  const n = 200_000;
  const sample = draws(3, n);

  it('have mean 0 and variance 1 within sampling error', () => {
    let sum = 0;
    let sumSquares = 0;
    for (const x of sample) {
      sum += x;
      sumSquares += x * x;
    }
    // Standard errors √(1/n) = 0.0022 for the mean, √(2/n) = 0.0032 for the variance: 4.5 of each.
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.0143);
  });

  it('pass a Kolmogorov–Smirnov test against Φ at the 1% level', () => {
    const sorted = Float64Array.from(sample).sort();
    let d = 0;
    sorted.forEach((x, i) => {
      const f = normalCdf(x);
      d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
    });
    expect(d).toBeLessThan(1.628 / Math.sqrt(n));
  });

  it('put the right share in each tail, beyond the ziggurat base too', () => {
    // Φ(−z) for z = 1.2816, 2.3263, 3.0902 (10%, 1%, 0.1%) and beyond r = 3.4426 (0.0288%).
    for (const [z, share] of [
      [1.2815515655446004, 0.1],
      [2.3263478740408408, 0.01],
      [3.090232306167813, 0.001],
      [3.442619855899, 0.00028796],
    ]) {
      const below = sample.filter((x) => x < -z).length / n;
      const above = sample.filter((x) => x > z).length / n;
      const tolerance = 4.5 * Math.sqrt((share * (1 - share)) / n);
      expect(Math.abs(below - share)).toBeLessThan(tolerance);
      expect(Math.abs(above - share)).toBeLessThan(tolerance);
    }
  });

  // Committed: the first draws of seed 1. They are the same double on every machine (integer
  // generator, ziggurat tables from portable-math); a change here changes every HASHPRICE_FAN table.
  it('are the same numbers for the same seed, one at a time or filled', () => {
    expect(Array.from(draws(1, 6))).toEqual([
      0.14570621819103988, 0.6062483553538476, 1.0156498292959129, -0.010391821851002096, -0.09180511908546939, 3.5690814109766844,
    ]);
    const state = xoshiro128State(1);
    expect(Array.from({ length: 6 }, () => nextStandardNormal(state))).toEqual(Array.from(draws(1, 6)));
  });
});
