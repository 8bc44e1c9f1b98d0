import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { growingInstalments } from '../finance/growing-instalments';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { presentValue } from '../finance/present-value';
import { checkedCore } from '../params';
import { contractPresentValueUsd, contractPvParams } from './contract-pv';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedContractPresentValueUsd = checkedCore(contractPvParams, contractPresentValueUsd);

/**
 * The contract's flows written out in 34-digit decimal, instalment by instalment: the
 * prepayment at signing, then the growing instalments, each discounted by 1 / (1 + r)^k.
 * An independent check of the closed form.
 */
function presentValueByInstalments(value: number, term: number, rate: number, prepaid: number, escalator: number): number {
  const prepayment = new Decimal(value).times(prepaid);
  const instalments = growingInstalments(new Decimal(value).minus(prepayment), term, escalator);
  return presentValue([prepayment, ...instalments], periodDiscountFactor(rate, 1)).toNumber();
}

/** The annuity factor Σ 1/(1+r)^k, k = 1…n, written out as an independent reference. */
function annuityFactor(rate: number, years: number): number {
  let sum = 0;
  for (let k = 1; k <= years; k++) sum += 1 / (1 + rate) ** k;
  return sum;
}

describe('contractPresentValueUsd', () => {
  it('values IREN–Microsoft ($9.7B, 5 yr, 20% prepaid) at about $7.82B at 10%', () => {
    // 1.94e9 at signing + (7.76e9 / 5) a year for 5 years: 1.94e9 + 1.552e9 × 3.790786769
    expectClose(checkedContractPresentValueUsd(9.7e9, 5, 0.1, 0.2), 1.94e9 + 1.552e9 * annuityFactor(0.1, 5), 1e-14);
    expectClose(checkedContractPresentValueUsd(9.7e9, 5, 0.1, 0.2), 7_823_301_066.12, 1e-12);
  });

  it('values the same contract with nothing prepaid at 1.94e9 × 3.790787', () => {
    expectClose(checkedContractPresentValueUsd(9.7e9, 5, 0.1), 1.94e9 * annuityFactor(0.1, 5), 1e-14);
  });

  it('discounts a growing (3% escalator) instalment stream term by term', () => {
    // HUT–Fluidstack: $7.0B over 15 years with a 3% escalator; first instalment 7e9 × 0.03 / (1.03^15 − 1)
    const first = (7e9 * 0.03) / (1.03 ** 15 - 1);
    let expected = 0;
    for (let k = 1; k <= 15; k++) expected += (first * 1.03 ** (k - 1)) / 1.08 ** k;
    expectClose(contractPresentValueUsd(7e9, 15, 0.08, 0, 0.03), expected, 1e-12);
  });

  it.each([
    [9.7e9, 5, 0.1, 0.2, 0],
    [9.7e9, 5, 0.1, 0.2, 0.03],
    [7e9, 15, 0.08, 0, 0.03],
    [3e9, 10, 0.1, 0.1, -0.05],
    [3e9, 10, 0.0799999, 0.1, 0.08],
    [311e6, 10, 0.12, 0.35, 0.025],
    [1e9, 100, 0.04, 0, 0.02],
    [1e9, 100, -0.3, 0.5, 0.1],
    [1e9, 30, 2, 0.01, 5],
    [123_456_789.01, 1, 0.5, 0.5, 0.5],
  ])('equals the 34-digit instalment-by-instalment present value (%p, %i yr, rate %p, prepaid %p, escalator %p)', (value, term, rate, prepaid, escalator) => {
    const expected = presentValueByInstalments(value, term, rate, prepaid, escalator);
    expectClose(contractPresentValueUsd(value, term, rate, prepaid, escalator), expected, 1e-14);
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
    expect(checkedContractPresentValueUsd(9.7e9, 5, rate, 1)).toBe(9.7e9);
    expect(contractPresentValueUsd(9.7e9, 5, rate, 1, 0.03)).toBe(9.7e9);
  });

  it('is 0 for a zero contract value, even at a rate where the factor overflows', () => {
    expect(checkedContractPresentValueUsd(0, 100, -0.9999, 0.5)).toBe(0);
    expect(Object.is(checkedContractPresentValueUsd(-0, 5, 0.1), 0)).toBe(true);
  });

  it('takes the decimal path where the factor leaves a safe magnitude, as far as the result fits a double', () => {
    // 1 + r = 1e-8: 0.73e-300 now + (0.27e-300 / 54) × Σ_{k=1…54} 1e8^k = 5.00000005…e129
    expectClose(checkedContractPresentValueUsd(1e-300, 54, -0.99999999, 0.73), 5.0000000500000005e129, 1e-14);
    expectClose(checkedContractPresentValueUsd(9.7e9, 100, -0.99), presentValueByInstalments(9.7e9, 100, -0.99, 0, 0), 1e-14);
  });

  it('reports a present value beyond a double as not finite', () => {
    // (1 − 0.9999)^(−100) = 1e400
    expect(() => checkedContractPresentValueUsd(1e9, 100, -0.9999)).toThrow('contract present value is not a finite number');
  });

  it('pays a one-year contract in one instalment at the year end', () => {
    expectClose(checkedContractPresentValueUsd(1.1e9, 1, 0.1), 1e9, 1e-15);
  });

  it('is worth more the more is prepaid, and less the more the instalments are back-loaded (r > 0)', () => {
    const base = checkedContractPresentValueUsd(9.7e9, 5, 0.1, 0.2);
    expect(checkedContractPresentValueUsd(9.7e9, 5, 0.1, 0.3)).toBeGreaterThan(base);
    expect(contractPresentValueUsd(9.7e9, 5, 0.1, 0.2, 0.03)).toBeLessThan(base);
    expect(checkedContractPresentValueUsd(9.7e9, 5, 0.12, 0.2)).toBeLessThan(base);
  });

  it('rejects a fractional term and says why', () => {
    expect(() => checkedContractPresentValueUsd(9.7e9, 4.5, 0.1)).toThrow(
      'term_years must be a whole number >= 1 (instalments are annual) (got 4.5)',
    );
    expect(() => checkedContractPresentValueUsd(9.7e9, 0, 0.1)).toThrow('term_years must be a whole number >= 1 (instalments are annual) (got 0)');
  });
});
