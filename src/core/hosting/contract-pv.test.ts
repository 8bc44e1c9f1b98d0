import { expectClose } from '../../../test/helpers/tolerance';
import { contractPresentValueUsd } from './contract-pv';

/** The annuity factor Σ 1/(1+r)^k, k = 1…n, written out as an independent reference. */
function annuityFactor(rate: number, years: number): number {
  let sum = 0;
  for (let k = 1; k <= years; k++) sum += 1 / (1 + rate) ** k;
  return sum;
}

describe('contractPresentValueUsd', () => {
  it('values IREN–Microsoft ($9.7B, 5 yr, 20% prepaid) at about $7.82B at 10%', () => {
    // 1.94e9 at signing + (7.76e9 / 5) a year for 5 years: 1.94e9 + 1.552e9 × 3.790786769
    expectClose(contractPresentValueUsd(9.7e9, 5, 0.1, 0.2), 1.94e9 + 1.552e9 * annuityFactor(0.1, 5), 1e-14);
    expectClose(contractPresentValueUsd(9.7e9, 5, 0.1, 0.2), 7_823_301_066.12, 1e-12);
  });

  it('values the same contract with nothing prepaid at 1.94e9 × 3.790787', () => {
    expectClose(contractPresentValueUsd(9.7e9, 5, 0.1), 1.94e9 * annuityFactor(0.1, 5), 1e-14);
  });

  it('discounts a growing (3% escalator) instalment stream term by term', () => {
    // HUT–Fluidstack: $7.0B over 15 years with a 3% escalator; first instalment 7e9 × 0.03 / (1.03^15 − 1)
    const first = (7e9 * 0.03) / (1.03 ** 15 - 1);
    let expected = 0;
    for (let k = 1; k <= 15; k++) expected += (first * 1.03 ** (k - 1)) / 1.08 ** k;
    expectClose(contractPresentValueUsd(7e9, 15, 0.08, 0, 0.03), expected, 1e-12);
  });

  it.each([
    [9.7e9, 5, 0.2, 0],
    [7e9, 15, 0, 0.03],
    [3e9, 10, 0.1, -0.05],
    [123_456_789.01, 1, 0.5, 0.5],
  ])('is the contract value exactly at a zero rate (%p, %i yr, prepaid %p, escalator %p)', (value, term, prepaid, escalator) => {
    expect(contractPresentValueUsd(value, term, 0, prepaid, escalator)).toBe(value);
  });

  it.each([0.1, 0.5, -0.5, 3])('is the contract value, undiscounted, when all of it is prepaid (rate %p)', (rate) => {
    expect(contractPresentValueUsd(9.7e9, 5, rate, 1)).toBe(9.7e9);
    expect(contractPresentValueUsd(9.7e9, 5, rate, 1, 0.03)).toBe(9.7e9);
  });

  it('pays a one-year contract in one instalment at the year end', () => {
    expectClose(contractPresentValueUsd(1.1e9, 1, 0.1), 1e9, 1e-15);
  });

  it('is worth more the more is prepaid, and less the more the instalments are back-loaded (r > 0)', () => {
    const base = contractPresentValueUsd(9.7e9, 5, 0.1, 0.2);
    expect(contractPresentValueUsd(9.7e9, 5, 0.1, 0.3)).toBeGreaterThan(base);
    expect(contractPresentValueUsd(9.7e9, 5, 0.1, 0.2, 0.03)).toBeLessThan(base);
    expect(contractPresentValueUsd(9.7e9, 5, 0.12, 0.2)).toBeLessThan(base);
  });

  it('rejects a fractional term and says why', () => {
    expect(() => contractPresentValueUsd(9.7e9, 4.5, 0.1)).toThrow(
      'term_years must be a whole number >= 1 (instalments are annual) (got 4.5)',
    );
    expect(() => contractPresentValueUsd(9.7e9, 0, 0.1)).toThrow('term_years must be a whole number >= 1 (instalments are annual) (got 0)');
  });
});
