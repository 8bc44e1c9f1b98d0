import { maxHorizonYears } from '../constants';
import { toFiniteNumber } from '../arithmetic/decimal';
import { Exact } from '../arithmetic/exact';
import { growingInstalments } from '../finance/growing-instalments';
import { growingInstalmentsFactor } from '../finance/growing-instalments-factor';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { presentValue } from '../finance/present-value';
import { isSafeMagnitude } from '../finance/safe-magnitude';
import { optional, required } from '../params';
import { atLeastZero, atMost, rateAboveMinusOne, shareInclusive } from '../rules';
import { wholeYearsAtLeastOne } from './rules';

export const contractPvParams = [
  required('contract_value_usd', atLeastZero),
  required('term_years', wholeYearsAtLeastOne, atMost(maxHorizonYears)),
  required('discount_rate', rateAboveMinusOne),
  optional('prepayment_share', 0, shareInclusive),
  optional('annual_escalator', 0, rateAboveMinusOne),
] as const;

/**
 * Present value of a hosting or cloud contract at signing.
 *
 * The prepayment (value × prepayment share) is paid at signing, undiscounted; the rest in
 * `term` annual instalments at each year end, growing by the escalator from one year to the
 * next, the first sized so the instalments sum to the rest:
 * PV = P + Σ_{k=1..n} I_k / (1 + r)^k, I_k = I_1 × (1 + g)^(k−1), Σ I_k = value − P.
 *
 * Money in decimal, discounting in double-double rounded once (src/core/arithmetic/README.md):
 * P and value − P are exact decimals; the sum is taken in closed form, (value − P) × F with F = v × G((1 + g)v) / G(1 + g),
 * v = 1 / (1 + r), G(x) = 1 + x + … + x^(n−1) (growingInstalmentsFactor, a double), and the
 * two parts are added as doubles at the end (both >= 0, so nothing cancels). Where the value
 * or F is not of a safe magnitude (isSafeMagnitude: a rate near −100% over many years, a
 * value of 1e-300 USD), the flows are split and discounted one by one in 34-digit decimal
 * instead (growingInstalments, presentValue). Two cases are exact by definition and
 * answered as such, without discounting: at a zero rate the PV is the contract value (the
 * instalments sum to the rest), and with everything prepaid (share 1) it is the value.
 *
 * @param contractValueUsd total contract value in USD, >= 0
 * @param termYears term in years, a whole number from 1 to 100 (instalments are annual)
 * @param discountRate effective annual discount rate as a fraction, > −1
 * @param prepaymentShare share of the value paid at signing, 0–1 (default 0)
 * @param annualEscalator growth of each instalment over the one before, > −1 (default 0)
 * @returns present value in USD
 * @throws invalid_input for a negative value, a term that is not a whole number of years
 *   from 1 to 100, a rate or escalator <= −1, or a prepayment share outside 0–1
 * @throws not_finite when the present value overflows a double (a rate near −100%)
 * @example contractPresentValueUsd(9.7e9, 5, 0.1, 0.2) ≈ 7_823_301_066 (IREN–Microsoft,
 *   20% prepaid: 1.94e9 at signing + 1.552e9 a year × 3.790787, the 5-year annuity factor at 10%)
 */
export function contractPresentValueUsd(
  contractValueUsd: number, termYears: number, discountRate: number, prepaymentShare: number, annualEscalator: number,
): number {
  // The exact cases, and a zero value (+ 0 turns a value of −0 into 0).
  if (discountRate === 0 || prepaymentShare === 1 || contractValueUsd === 0) return contractValueUsd + 0;
  const factor = growingInstalmentsFactor(discountRate, annualEscalator, termYears);
  const inDoubleRange = isSafeMagnitude(contractValueUsd) && isSafeMagnitude(factor);
  if (inDoubleRange && prepaymentShare === 0) return contractValueUsd * factor;
  const value = Exact.of(contractValueUsd);
  const prepayment = value.times(prepaymentShare);
  const rest = value.minus(prepayment);
  if (inDoubleRange) return prepayment.toNumber() + rest.toNumber() * factor;
  const flows = [prepayment.toDecimal(), ...growingInstalments(rest.toDecimal(), termYears, annualEscalator)];
  return toFiniteNumber(presentValue(flows, periodDiscountFactor(discountRate, 1)), 'contract present value');
}
