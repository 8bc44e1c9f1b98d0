/**
 * How much debt a lease's NOI carries at completion, by repayment profile, on the weakest of
 * its cases (base and downside): the balance at the start of lease year 1 that a lender sizes
 * at a minimum DSCR.
 */
import { dd, ddDifference, ddOne, ddPower, ddProduct, ddQuotient } from '../arithmetic/double-double';
import { growth, rateOf } from '../finance/growth';
import { cfadsPresentValue } from './debt-years';
import type { DebtProfile } from './debt-profile';

/**
 * The largest balance at completion the NOI of every case carries at min_dscr:
 * - sculpted: PV(NOI) ÷ min_dscr at the rate, over the tenor (DEBT_SIZE), of the weakest case;
 * - level: a service S = the smallest NOI of any tenor year of any case ÷ min_dscr, worth
 *   S × the annuity factor (a year with no NOI in the tenor leaves no level debt);
 * - balloon: the same S on a loan that leaves balloon_share of itself to the tenor, worth
 *   S × annuity ÷ (1 − balloon_share × v^n), v = 1 ÷ (1 + r) (the DSCR leaves the balloon out);
 * - bullet: interest only, S ÷ rate (unbounded at a zero rate: the loan-to-cost then sizes it).
 *
 * @param profile the repayment profile
 * @param cases NOI of tenor years 1 … n of each case, USD, each >= 0
 * @param interestRate interest a year as a fraction, >= 0
 * @param minDscr the minimum NOI ÷ debt service, > 0
 * @param balloonShare the balloon's share of the loan, 0 to < 1
 * @returns USD, >= 0 (Infinity for a bullet at a zero rate)
 * @example debtCapacityUsd('level', [[12, 10]], 0.1, 1.25, 0) = 8 × (1/1.1 + 1/1.21) ≈ 13.884
 */
export function debtCapacityUsd(profile: DebtProfile, cases: readonly (readonly number[])[], interestRate: number, minDscr: number, balloonShare: number): number {
  if (profile === 'sculpted') return Math.min(...cases.map((noi) => cfadsPresentValue(noi, interestRate))) / minDscr;
  const service = Math.min(...cases.map((noi) => Math.min(...noi))) / minDscr;
  if (service === 0) return 0;
  if (profile === 'bullet') return interestRate === 0 ? Infinity : service / interestRate;
  const tenor = cases[0].length;
  const annuity = cfadsPresentValue(new Array<number>(tenor).fill(1), interestRate);
  if (profile === 'level' || balloonShare === 0) return service * annuity;
  const left = ddProduct(rateOf(balloonShare), ddPower(ddQuotient(ddOne, growth(interestRate)), tenor));
  return ddQuotient(dd(service * annuity), ddDifference(ddOne, left)).hi;
}
