/**
 * A cash sweep: a share of the cash left after debt service prepays the loan each year, as
 * lenders write it into a term loan, until the loan is repaid.
 */
import { notFinite } from '../errors';
import type { DebtYear } from './debt-years';

/** The loan's years after the sweep and the prepayment of each, USD. */
export interface SweptDebt {
  readonly years: DebtYear[];
  readonly sweepUsd: number[];
}

/**
 * The scheduled years of a loan (as at close) rerun with a cash sweep. At the end of each
 * year, after its debt service, sweep_share of the cash left, NOI − debt service, prepays the
 * loan (never more than its balance; nothing in a year with no cash left, or one whose DSCR is
 * below the lock-up test, whose cash is held back rather than distributed). A prepayment cuts
 * every later amount pro rata: the balance falls from closing to closing − sweep, so each
 * later year's scheduled principal and balloon are scaled by f = (closing − sweep) ÷ the
 * scheduled closing (the same f the opening balance takes), its interest is the opening
 * balance × rate, and its debt service interest plus principal. A sculpted loan's service thus
 * falls by f (its DSCR rises by 1 ÷ f), a level or balloon loan keeps its shape, a bullet's
 * interest and final principal fall; the last year repays what is left, so the loan is repaid
 * no later than its tenor. Years before the first prepayment keep their scheduled amounts to
 * the bit. The DSCR a lender tests stays NOI ÷ scheduled service: the sweep is not service.
 *
 * @param scheduled the loan's years at close (scheduleYears)
 * @param noiUsd NOI of each of those years, USD (0 past the lease)
 * @param interestRate interest a year as a fraction, >= 0
 * @param sweepShare the share of the cash left after debt service that prepays the loan, 0 to 1
 * @param lockupDscr the DSCR below which a year's cash is held back (no sweep); undefined: none
 * @returns the years as paid and each year's prepayment
 * @throws not_finite when an amount overflows a double
 * @example sweptYears(bulletYears(100, 0.1, 2), [60, 60], 0.1, 0.5, undefined): year 1 pays 10
 *   interest and sweeps (60 − 10) ÷ 2 = 25; year 2 pays 7.5 interest and the 75 left
 */
export function sweptYears(
  scheduled: readonly DebtYear[], noiUsd: readonly number[], interestRate: number, sweepShare: number, lockupDscr: number | undefined,
): SweptDebt {
  const years: DebtYear[] = [];
  const sweepUsd: number[] = [];
  let scale = 1; // the balance as paid ÷ as scheduled
  let opening = scheduled.length ? scheduled[0].opening : 0;
  scheduled.forEach((planned, t) => {
    const last = t === scheduled.length - 1;
    const year = scale === 1 ? planned : rescaled(planned, opening, scale, interestRate, last);
    const cash = noiUsd[t] - year.debtService;
    const tested = year.debtService - year.balloon;
    const locked = lockupDscr !== undefined && tested > 0 && noiUsd[t] / tested < lockupDscr;
    const sweep = cash > 0 && !locked && year.closing > 0 ? Math.min(year.closing, sweepShare * cash) : 0;
    const closing = year.closing - sweep;
    if (!Number.isFinite(closing)) throw notFinite('a swept balance is not a finite number');
    years.push(sweep === 0 ? year : { ...year, closing });
    sweepUsd.push(sweep);
    if (sweep > 0) scale = planned.closing > 0 ? closing / planned.closing : 0;
    opening = closing;
  });
  return { years, sweepUsd };
}

/** A scheduled year of a loan whose balance was prepaid to `scale` of its schedule (see sweptYears). */
function rescaled(planned: DebtYear, opening: number, scale: number, interestRate: number, last: boolean): DebtYear {
  const interest = opening * interestRate;
  const balloon = scale * planned.balloon;
  const principal = last ? opening : Math.min(opening, scale * planned.principal);
  const closing = last ? 0 : opening - principal;
  return { opening, interest, principal, debtService: interest + principal, closing, balloon: last ? Math.min(balloon, principal) : balloon };
}
