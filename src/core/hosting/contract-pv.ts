import { Decimal, toFiniteNumber } from '../decimal';
import { growingInstalments } from '../finance/growing-instalments';
import { periodDiscountFactor } from '../finance/period-discount-factor';
import { presentValue } from '../finance/present-value';
import { checkParam, optional, required } from '../params';
import { atLeastZero, atMost, rateAboveMinusOne, shareInclusive } from '../rules';
import { maxYears, wholeYearsAtLeastOne } from './rules';

export const contractPvParams = [
  required('contract_value_usd', atLeastZero),
  required('term_years', wholeYearsAtLeastOne, atMost(maxYears)),
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
 * At a zero rate it is the contract value; with everything prepaid it is the value.
 *
 * @param contractValueUsd total contract value in USD, >= 0
 * @param termYears term in years, a whole number from 1 to 100 (instalments are annual)
 * @param discountRate effective annual discount rate as a fraction, > −1
 * @param prepaymentShare share of the value paid at signing, 0–1 (default 0)
 * @param annualEscalator growth of each instalment over the one before, > −1 (default 0)
 * @returns present value in USD
 * @throws invalid_input for a negative value, a term that is not a whole number of years
 *   from 1 to 100, a rate or escalator <= −1, or a prepayment share outside 0–1
 * @example contractPresentValueUsd(9.7e9, 5, 0.1, 0.2) ≈ 7_823_301_066 (IREN–Microsoft,
 *   20% prepaid: 1.94e9 at signing + 1.552e9 a year × 3.790787, the 5-year annuity factor at 10%)
 */
export function contractPresentValueUsd(
  contractValueUsd: number,
  termYears: number,
  discountRate: number,
  prepaymentShare = 0,
  annualEscalator = 0,
): number {
  const args = [contractValueUsd, termYears, discountRate, prepaymentShare, annualEscalator];
  args.forEach((value, i) => checkParam(contractPvParams[i], value));
  const value = new Decimal(contractValueUsd);
  const prepayment = value.times(prepaymentShare);
  const instalments = growingInstalments(value.minus(prepayment), termYears, annualEscalator);
  const flows = [prepayment, ...instalments];
  return toFiniteNumber(presentValue(flows, periodDiscountFactor(discountRate, 1)), 'contract present value');
}
