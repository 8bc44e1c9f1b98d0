/**
 * The arithmetic of a loan repaid once a year from cash flows. Money in decimal, discounting in
 * double-double rounded once (as CONTRACT_PV; see src/core/arithmetic/README.md): the present
 * value of the cash flows is a double-double sum rounded once, and the schedule that repays the
 * loan is built from it in doubles, each amount within a few units in the last place of its
 * exact value.
 */
import {
  dd, ddDifference, ddDiscountedSum, DoubleDouble, ddOne, ddPower, ddProduct, ddQuotient, ddSum, ddTimes,
} from '../arithmetic/double-double';
import { growth, rateOf } from '../finance/growth';
import { exactProduct } from './exact-product';
import { notFinite } from '../errors';

const ddZero = dd(0);

/** One year of a loan, amounts in USD: principal and debt service are positive when paid. */
export interface DebtYear {
  readonly opening: number;
  readonly interest: number;
  readonly principal: number;
  readonly debtService: number;
  readonly closing: number;
  /**
   * The part of the debt service that repays a balloon or a bullet at the tenor (0 in other
   * years): a lender's DSCR test leaves it out, as it is refinanced or paid from a sale.
   */
  readonly balloon: number;
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
 * A loan repaid once a year by debt service proportional to weights, with a share of it left
 * as a balloon paid at the tenor: service_t = k × weight_t, and at the tenor also
 * balloon = principal × balloon_share, where k = principal × (1 − balloon_share × v^n) ÷
 * Σ weight_t × v^t, v = 1 ÷ (1 + r), so the service repays the loan exactly. CFADS as weights
 * give sculpted service (the DSCR the same every year), weights of 1 level (annuity) service,
 * and with a balloon share the level service of a loan that leaves that share to the end.
 *
 * Every amount is a double-double rounded once: balances are built backwards from 0 at the
 * tenor, closing_(t−1) = (closing_t + service_t) ÷ (1 + r), each the present value of the
 * service still to come, so the balance is exactly 0 at the tenor; principal = opening −
 * closing is taken in double-double before it is rounded, so a principal far smaller than the
 * balance (0.2 of a 1e11 loan) keeps all its digits; interest = opening × r. The same
 * operations in the same order: the same bits in every engine (src/core/arithmetic/README.md).
 *
 * @param principal the loan at the start of year 1, USD, > 0
 * @param interestRate interest a year as a fraction, >= 0
 * @param weights weights of years 1 … tenor, each >= 0, not all 0 (CFADS, or 1 every year)
 * @param balloonShare share of the loan paid at the tenor on top of the service, 0 to 1 (< 1)
 * @returns one DebtYear a year
 * @throws not_finite when an amount overflows a double, or the weights' present value underflows
 * @example debtYears(100, 0.1, [1, 1], 0)[0]
 *   ≈ { opening 100, interest 10, principal 47.619, debtService 57.619, closing 52.381, balloon 0 }
 */
export function debtYears(principal: number, interestRate: number, weights: readonly number[], balloonShare: number): DebtYear[] {
  const tenor = weights.length;
  const g = growth(interestRate);
  const rate = rateOf(interestRate);
  const v = ddQuotient(ddOne, g);
  const weightsValue = ddDiscountedSum(weights, v);
  if (!(weightsValue.hi > 0) || !Number.isFinite(weightsValue.hi)) throw notFinite('the present value of the CFADS underflows at this interest rate');
  const loan = dd(principal);
  const share = rateOf(balloonShare);
  const balloon = ddProduct(loan, share);
  const amortised = ddDifference(loan, ddProduct(balloon, ddPower(v, tenor)));
  const servicePerWeight = ddQuotient(amortised, weightsValue);
  const service = weights.map((weight) => ddTimes(servicePerWeight, weight));
  const closing: DoubleDouble[] = new Array(tenor);
  closing[tenor - 1] = ddZero;
  for (let t = tenor - 1; t > 0; t--) {
    const paid = t === tenor - 1 ? ddSum(service[t], balloon) : service[t];
    closing[t - 1] = ddQuotient(ddSum(closing[t], paid), g);
  }
  const years: DebtYear[] = new Array(tenor);
  let opening = loan;
  for (let t = 0; t < tenor; t++) {
    const last = t === tenor - 1;
    const paid = last ? ddSum(service[t], balloon) : service[t];
    years[t] = {
      opening: finite(opening.hi),
      interest: finite(ddProduct(opening, rate).hi),
      principal: finite(ddDifference(opening, closing[t]).hi),
      debtService: finite(paid.hi),
      closing: closing[t].hi,
      balloon: last ? finite(balloon.hi) : 0,
    };
    opening = closing[t];
  }
  return years;
}

/**
 * A bullet: interest only, opening × r every year (exact: a product of the inputs), and the
 * whole principal at the tenor.
 *
 * @example bulletYears(100, 0.1, 2) = [{ 100, 10, 0, 10, 100, balloon 0 }, { 100, 10, 100, 110, 0, balloon 100 }]
 */
export function bulletYears(principal: number, interestRate: number, tenor: number): DebtYear[] {
  const interest = exactProduct(principal, interestRate);
  return Array.from({ length: tenor }, (_, t) => {
    const last = t === tenor - 1;
    return {
      opening: principal,
      interest,
      principal: last ? principal : 0,
      debtService: last ? finite(interest + principal) : interest,
      closing: last ? 0 : principal,
      balloon: last ? principal : 0,
    };
  });
}

function finite(amount: number): number {
  if (!Number.isFinite(amount)) throw notFinite('a debt amount is not a finite number');
  return amount;
}
