/**
 * The arithmetic of a loan repaid once a year from cash flows. Money in decimal, discounting in
 * double-double rounded once (as CONTRACT_PV; see src/core/arithmetic/README.md): the present
 * value of the cash flows is a double-double sum rounded once, and the schedule that repays the
 * loan is built from it in doubles, each amount within a few units in the last place of its
 * exact value.
 */
import { ddDiscountedSum, ddOne, ddQuotient } from '../arithmetic/double-double';
import { growth } from '../finance/growth';
import { notFinite } from '../errors';

/** One year of a loan, amounts in USD: principal and debt service are positive when paid. */
export interface DebtYear {
  readonly opening: number;
  readonly interest: number;
  readonly principal: number;
  readonly debtService: number;
  readonly closing: number;
}

/**
 * Σ_{t=1…n} CFADS_t ÷ (1 + r)^t: the present value at the start of year 1 of CFADS paid at
 * each year end. A loan repaid by debt service CFADS_t ÷ DSCR is this ÷ DSCR (project
 * finance's DSCR sizing). In double-double, rounded once: the factor of one year, v = 1 / (1 + r),
 * is taken once and the sum by Horner's rule from the last year, v × (CFADS_1 + v × (CFADS_2 +
 * … + v × CFADS_n)) (+, −, ×, ÷ alone: the same in every engine; relative error below
 * n × 2^-103).
 *
 * @param cfads CFADS of years 1 … n, USD, each >= 0
 * @param interestRate interest a year as a fraction, >= 0 (validated by the caller)
 * @returns USD, a finite double
 * @throws not_finite when the sum overflows a double
 * @example cfadsPresentValue([110, 121], 0.1) ≈ 200
 */
export function cfadsPresentValue(cfads: readonly number[], interestRate: number): number {
  const yearFactor = ddQuotient(ddOne, growth(interestRate));
  const sum = ddDiscountedSum(cfads, yearFactor).hi;
  if (!Number.isFinite(sum)) throw notFinite('the present value of the CFADS is not a finite number');
  return sum;
}

/**
 * A loan repaid by debt service proportional to the CFADS: service_t = CFADS_t × principal ÷
 * PV(CFADS), so the DSCR, CFADS_t ÷ service_t = PV(CFADS) ÷ principal, is the same every
 * year (sculpting); CFADS the same every year give level (annuity) service. Balances are
 * built backwards from 0 at the tenor, closing_(t−1) = (closing_t + service_t) ÷ (1 + r),
 * each the present value of the service still to come, so the balance is exactly 0 at the
 * tenor and never drifts; the opening balance of year 1 is the principal. Interest = opening
 * × r; principal = opening − closing (negative in a year whose service does not cover the
 * interest).
 *
 * @param principal the loan at the start of year 1, USD, > 0
 * @param interestRate interest a year as a fraction, >= 0
 * @param cfads CFADS of years 1 … tenor, USD, each >= 0, not all 0
 * @param presentValue cfadsPresentValue(cfads, interestRate), > 0
 * @returns one DebtYear a year
 * @throws not_finite when an amount overflows a double
 * @example sculptedDebtYears(100, 0.1, [1, 1], cfadsPresentValue([1, 1], 0.1))[0]
 *   ≈ { opening 100, interest 10, principal 47.619, debtService 57.619, closing 52.381 }
 */
export function sculptedDebtYears(principal: number, interestRate: number, cfads: readonly number[], presentValue: number): DebtYear[] {
  const servicePerCfads = principal / presentValue;
  const finite = (amount: number): number => {
    if (!Number.isFinite(amount)) throw notFinite('a debt amount is not a finite number');
    return amount;
  };
  const growth = 1 + interestRate;
  const tenor = cfads.length;
  const closing: number[] = new Array(tenor);
  closing[tenor - 1] = 0;
  for (let t = tenor - 1; t > 0; t--) closing[t - 1] = (closing[t] + cfads[t] * servicePerCfads) / growth;
  const years: DebtYear[] = new Array(tenor);
  let opening = principal;
  for (let t = 0; t < tenor; t++) {
    const debtService = finite(cfads[t] * servicePerCfads);
    years[t] = { opening, interest: finite(opening * interestRate), principal: finite(opening - closing[t]), debtService, closing: finite(closing[t]) };
    opening = closing[t];
  }
  return years;
}
