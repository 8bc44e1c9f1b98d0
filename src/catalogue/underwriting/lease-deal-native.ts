/**
 * The arithmetic of a lease deal (src/core/underwriting/lease-deal.ts) as plain spreadsheet
 * expressions over LEASE_FINANCING's argument operands: the lease's NOI by lease year, the
 * debt the NOI carries by profile, the build's completion factors, the reserve and the
 * sources of funds in closed form, and each lease year's scheduled debt service. The table's
 * native form (lease-financing-native.ts) writes these into its cells.
 *
 * Every expression uses + − × ÷, ^, MIN/MAX, SQRT and IF only, so LibreOffice 7.4 and any Excel
 * compute it in an ordinary cell. The core sums and compounds in double-double; these closed
 * forms (a geometric sum instead of a loop, PMT's annuity) agree with it to about 1e-15 at the
 * rates of a deal. As the interest rate nears 0 they lose digits ((1 + i)^n − 1 ÷ i cancels):
 * about 2.5e-9 at a rate of 1e-7, past the 1e-9 a copy is held to (a rate of exactly 0 is exact).
 */
import { kwPerMw, monthsPerYear } from '../../core/constants';
import type { DebtProfile } from '../../core/underwriting/debt-profile';
import { debtProfiles } from '../../core/underwriting/debt-profile';
import { literalNumber, needed, quotedText } from '../native';
import type { Operands } from '../../sheet/native-form';

/** LEASE_FINANCING's operands by name (see leaseFinancingParams); optional ones without a default may be undefined. */
export interface DealOperands {
  readonly itLoadMw: string;
  readonly rent: string;
  readonly term: string;
  readonly escalator: string;
  readonly noiMargin: string;
  readonly capexPerMw: string;
  readonly buildMonths: string;
  readonly maxLoanToCost: string;
  readonly rate: string;
  readonly minDscr: string;
  /** The tenor, the term when omitted. */
  readonly tenor: string;
  readonly exitCapRate: string | undefined;
  readonly profile: DebtProfile;
  readonly balloonShare: string;
  readonly downsideHaircut: string;
  readonly dsraMonths: string;
  readonly lockupDscr: string | undefined;
  readonly closeDate: string | undefined;
  readonly sweepShare: string;
}

/**
 * The operands of a LEASE_FINANCING (or LEASE_SUMMARY) call by name, or undefined where the
 * call has no native form: a profile that is not written as text in the call (a formula
 * cannot lay out a different schedule by a cell's text) or that names no profile, or a balloon
 * share written as a number above 0 with another profile (the function refuses it).
 */
export function dealOperands(operands: Operands): DealOperands | undefined {
  const [itLoadMw, rent, term, escalator, noiMargin, capexPerMw, buildMonths, maxLoanToCost, rate, minDscr, tenor, , exitCapRate,
    profileOperand, balloonShare, downsideHaircut, dsraMonths, lockupDscr, closeDate, sweepShare] = operands;
  const typed = profileOperand === undefined ? 'sculpted' : quotedText(profileOperand);
  if (typed === undefined) return undefined;
  const profile = (typed.trim() === '' ? 'sculpted' : typed.trim().toLowerCase()) as DebtProfile;
  if (!debtProfiles.includes(profile)) return undefined;
  const share = needed(balloonShare);
  if (profile !== 'balloon' && (literalNumber(share) ?? 0) > 0) return undefined;
  const termYears = needed(term);
  return {
    itLoadMw: needed(itLoadMw), rent: needed(rent), term: termYears, escalator: needed(escalator), noiMargin: needed(noiMargin),
    capexPerMw: needed(capexPerMw), buildMonths: needed(buildMonths), maxLoanToCost: needed(maxLoanToCost), rate: needed(rate),
    minDscr: needed(minDscr), tenor: tenor ?? termYears, exitCapRate, profile, balloonShare: share, downsideHaircut: needed(downsideHaircut),
    dsraMonths: needed(dsraMonths), lockupDscr, closeDate, sweepShare: needed(sweepShare),
  };
}

/** INT(B ÷ 12) and MOD(B, 12): the build's whole years and the months left over. */
export const buildYears = (deal: DealOperands) => `INT(${deal.buildMonths}/12)`;
export const buildRest = (deal: DealOperands) => `MOD(${deal.buildMonths},12)`;

/** The table's last row, the lease's end: term + ⌈build ÷ 12⌉ (row 0 is the close). */
export const lastRow = (deal: DealOperands) => `(${deal.term}+ROUNDUP(${deal.buildMonths}/12,0))`;

/** The row in which the reserve is released (no sweep): the one where the last serviced lease year ends. */
export const releaseRow = (deal: DealOperands) => `(${buildYears(deal)}+${servicedYears(deal)}+(${buildRest(deal)}>0))`;

/** The row in which the tenor's year ends, where a balloon or bullet is paid whole. */
export const tenorEndRow = (deal: DealOperands) => `(${buildYears(deal)}+${deal.tenor}+(${buildRest(deal)}>0))`;

/**
 * A yearly amount (of lease year `year`) as it falls in row `row` (an expression): with B =
 * 12q + b, row r holds the last b months of lease year r − q − 1 and the first 12 − b of lease
 * year r − q (addLeaseYear).
 */
export function splitIntoRow(deal: DealOperands, row: string, amount: (year: string) => string): string {
  const rest = buildRest(deal);
  return `((${amount(`(${row}-${buildYears(deal)}-1)`)})*${rest}/12+(${amount(`(${row}-${buildYears(deal)})`)})*(12-${rest})/12)`;
}

/** The share φ of capex and reserve the loan funds, read back from the balance and the reserve (0 with no loan). */
export function shareFromBalance(deal: DealOperands, balance: string, reserve: string): string {
  return `IF(${balance}=0,0,${balance}/(${p(completionFactor(deal))}*${capexUsd(deal)}+${p(closeDrawFactor(deal))}*${reserve}))`;
}

/** The sale at the end of the lease: the last lease year's NOI ÷ the exit cap rate (0 with none). */
export function saleUsd(deal: DealOperands): string {
  return deal.exitCapRate === undefined ? '0' : `${noiOfYear(deal, deal.term)}/${deal.exitCapRate}`;
}

/** `(expression)`: an expression as an operand of a larger one. */
const p = (expression: string) => `(${expression})`;

/** Year-1 NOI, USD: IT load × 1,000 kW × rent × 12 months × NOI margin. */
export function firstNoi(deal: DealOperands): string {
  return p(`${deal.itLoadMw}*${kwPerMw * monthsPerYear}*${deal.rent}*${deal.noiMargin}`);
}

/** The NOI of lease year `year` (an expression, 1-based) as if it were within the term: year 1's grown by the escalator. */
export function noiOfYear(deal: DealOperands, year: string): string {
  return `${firstNoi(deal)}*(1+${deal.escalator})^(${year}-1)`;
}

/** 1 for a lease year within the term, else 0, as a factor. */
export function inTerm(deal: DealOperands, year: string): string {
  return `(${year}>=1)*(${year}<=${deal.term})`;
}

/** Lease years that carry debt service: MIN(tenor, term) (none after the lease, see debtCapacityUsd). */
export function servicedYears(deal: DealOperands): string {
  return `MIN(${deal.tenor},${deal.term})`;
}

/** x = (1 + escalator) ÷ (1 + rate): the NOI's discounted growth a year. */
function discountedGrowth(deal: DealOperands): string {
  return p(`(1+${deal.escalator})/(1+${deal.rate})`);
}

/** Σ x^j, j = 0 … count − 1: `count` when x = 1, else (1 − x^count) ÷ (1 − x). */
function geometricSum(deal: DealOperands, count: string): string {
  const x = discountedGrowth(deal);
  return `IF(${x}=1,${count},(1-${x}^(${count}))/(1-${x}))`;
}

/** The present value at completion of the base case's NOI over the serviced years (sculpted sizing's denominator). */
export function noiPresentValue(deal: DealOperands): string {
  return p(`${firstNoi(deal)}/(1+${deal.rate})*${geometricSum(deal, servicedYears(deal))}`);
}

/** The annuity factor over the tenor: Σ (1 + r)^−t, t = 1 … n (n at a zero rate). */
function annuity(deal: DealOperands): string {
  const { rate: r, tenor: n } = deal;
  return `IF(${r}=0,${n},(1-1/(1+${r})^${n})/${r})`;
}

/** The smallest year's NOI over the tenor, of the weaker case (the downside's): 0 when the tenor runs past the lease. */
function smallestNoi(deal: DealOperands): string {
  return `IF(${deal.tenor}>${deal.term},0,MIN(${firstNoi(deal)},${noiOfYear(deal, deal.tenor)}))*(1-${deal.downsideHaircut})`;
}

/**
 * The balance at completion the NOI carries at min_dscr (debtCapacityUsd): sculpted, the
 * downside case's NOI present value ÷ min_dscr (the haircut case is the weaker); level and
 * balloon, the smallest year's NOI ÷ min_dscr as a level service (÷ 1 − share × v^n for a
 * balloon); bullet, that service ÷ the rate (unbounded at a zero rate: see unboundedByNoi).
 */
function capacity(deal: DealOperands): string {
  const { rate: r, tenor: n, minDscr } = deal;
  const service = `${smallestNoi(deal)}/${minDscr}`;
  switch (deal.profile) {
    case 'sculpted':
      return p(`${noiPresentValue(deal)}*(1-${deal.downsideHaircut})/${minDscr}`);
    case 'level':
      return p(`${service}*${annuity(deal)}`);
    case 'balloon':
      return p(`${service}*${annuity(deal)}/(1-${deal.balloonShare}/(1+${r})^${n})`);
    case 'bullet':
      return p(`IF(${r}=0,0,${service}/${r})`);
  }
}

/** 1 where what the NOI carries has no bound (a bullet at a zero rate with NOI): the loan-to-cost alone sizes the loan. */
function unboundedByNoi(deal: DealOperands): string {
  return deal.profile === 'bullet' ? `AND(${deal.rate}=0,${smallestNoi(deal)}>0)` : 'FALSE';
}

/** The largest scheduled year's service per dollar of balance, a balloon or bullet aside (the reserve's base). */
function largestServicePerBalance(deal: DealOperands): string {
  const { rate: r, tenor: n } = deal;
  switch (deal.profile) {
    case 'sculpted':
      // MAX(NOI_1, NOI_M) ÷ PV(NOI) with NOI_1 taken out of both (so no 0 ÷ 0 when there is no NOI).
      return `MAX(1,(1+${deal.escalator})^(${servicedYears(deal)}-1))*(1+${r})/${geometricSum(deal, servicedYears(deal))}`;
    case 'level':
      return `IF(${r}=0,1/${n},${r}/(1-1/(1+${r})^${n}))`;
    case 'balloon':
      return `(1-${deal.balloonShare}/(1+${r})^${n})/${annuity(deal)}`;
    case 'bullet':
      return r;
  }
}

/** The reserve per dollar of balance at completion: dsra_months ÷ 12 of the largest year's service. */
export function reservePerBalance(deal: DealOperands): string {
  return p(`${deal.dsraMonths}/${monthsPerYear}*${largestServicePerBalance(deal)}`);
}

/** Capex, USD: IT load × capex per MW. */
export function capexUsd(deal: DealOperands): string {
  return p(`${deal.itLoadMw}*${deal.capexPerMw}`);
}

/** K, a dollar drawn with the build at completion: ((1 + r/12)^B − 1) ÷ (r/12) ÷ B (completionFactor). */
export function completionFactor(deal: DealOperands): string {
  const { rate: r, buildMonths: b } = deal;
  return `IF(OR(${b}=0,${r}=0),1,((1+${r}/12)^${b}-1)/(${r}/12)/${b})`;
}

/** K0, a dollar drawn at close at completion: (1 + r/12)^B (closeDrawFactor). */
export function closeDrawFactor(deal: DealOperands): string {
  return `(1+${deal.rate}/12)^${deal.buildMonths}`;
}

/**
 * φ, the loan's share of capex and reserve (fundedWithReserve, which with no reserve is the
 * loan-to-cost share LTC ÷ (K(1 − LTC) + LTC) or what the NOI carries ÷ K capex): the lesser of
 * C ÷ (K c + K0 d C) and the smaller root of the loan-to-cost quadratic; 0 with no capex.
 */
export function loanShare(deal: DealOperands): string {
  const c = capexUsd(deal);
  const k = p(completionFactor(deal));
  const k0 = p(closeDrawFactor(deal));
  const d = reservePerBalance(deal);
  const ltc = deal.maxLoanToCost;
  const byNoi = `IF(${unboundedByNoi(deal)},2,${capacity(deal)}/(${k}*${c}+${k0}*${d}*${capacity(deal)}))`;
  const delta = p(`${d}*(${k}-${k0})`);
  const a1 = p(`${k}*(1-${ltc})+${ltc}*(1-${delta})`);
  const byCost = `2*${ltc}/(${a1}+SQRT(MAX(0,${a1}^2+4*${ltc}*${delta}*${ltc})))`;
  return p(`IF(${c}=0,0,MIN(${byNoi},${byCost}))`);
}

/**
 * The balance at completion from the share φ: what the NOI carries where it limits the loan,
 * else φ K c ÷ (1 − φ K0 d).
 */
export function balanceFromShare(deal: DealOperands, share: string): string {
  const c = capexUsd(deal);
  const k = p(completionFactor(deal));
  const k0 = p(closeDrawFactor(deal));
  const d = reservePerBalance(deal);
  return p(`${share}*${k}*${c}/(1-${share}*${k0}*${d})`);
}

/** The reserve funded at close, USD: d × the balance. */
export function reserveUsd(deal: DealOperands): string {
  return p(`${reservePerBalance(deal)}*${balanceFromShare(deal, loanShare(deal))}`);
}

/**
 * The balance at completion read back from the table's draws (so a cell needs no copy of the
 * sizing): with no build it is all drawn at close (D0); with a reserve φ = D0 ÷ R, the close
 * draw being the loan's part of the reserve; else φ is row 1's draw ÷ its share of capex.
 */
export function balanceFromDraws(deal: DealOperands, closeDraw: string, firstYearDraw: string, reserve: string): string {
  const b = deal.buildMonths;
  const c = capexUsd(deal);
  const k = p(completionFactor(deal));
  const k0 = p(closeDrawFactor(deal));
  return p(`IF(${b}=0,${closeDraw},IF(${reserve}>0,${closeDraw}*(${k}*${c}/${reserve}+${k0}),${firstYearDraw}*${k}*${b}/MIN(12,${b})))`);
}

/** 1 where whole number `year` is within 1 … `count`, else 0: |2 year − count − 1| < count, one mention of the year. */
export function withinYears(year: string, count: string): string {
  return `(ABS(2*${year}-${count}-1)<${count})`;
}

/**
 * Lease year `year`'s scheduled service, a balloon or bullet aside, for a year within the
 * serviced ones (the caller masks the others), written with as few mentions of the year as the
 * profile allows: sculpted, balance × (1 + r) ÷ Σ x^j × (1 + escalator)^(year − 1) (the NOI's
 * share of its PV, NOI_1 cancelled); level and balloon, the annuity on the amortised part plus
 * the balloon's interest; bullet, the interest.
 */
export function serviceInTenor(deal: DealOperands, balance: string, year: string): string {
  const { rate: r, tenor: n } = deal;
  switch (deal.profile) {
    case 'sculpted':
      return `${balance}*(1+${r})/${geometricSum(deal, servicedYears(deal))}*(1+${deal.escalator})^(${year}-1)`;
    case 'bullet':
      return `${balance}*${r}`;
    case 'level':
    case 'balloon': {
      const share = deal.profile === 'balloon' ? deal.balloonShare : '0';
      const amortised = `${balance}*(1-${share})`;
      return `(IF(${r}=0,${amortised}/${n},${amortised}*${r}*(1+${r})^${n}/((1+${r})^${n}-1))+${balance}*${share}*${r})`;
    }
  }
}

/** A lease year's scheduled debt amounts on a balance, before any sweep, as expressions. */
export interface ScheduledYear {
  readonly opening: string;
  readonly interest: string;
  /** Principal repaid by the year's scheduled service, a balloon or bullet aside. */
  readonly repaid: string;
  /** The balloon or bullet paid at the tenor ('0' for a profile that has none). */
  readonly balloon: string;
}

/**
 * Lease year `year`'s scheduled amounts on `balance` (each 0 outside the serviced years),
 * by profile (scheduleYears): sculpted, service = balance × NOI_t ÷ PV(NOI) and the opening
 * balance the PV of the service still to come (NOI_1 cancels from both, so no NOI is no
 * division by 0); level and balloon, the annuity on the amortised part, the balloon's interest
 * and the balloon at the tenor; bullet, interest only.
 */
export function scheduledYear(deal: DealOperands, balance: string, year: string): ScheduledYear {
  const { rate: r, tenor: n } = deal;
  const mask = `(${year}>=1)*(${year}<=${servicedYears(deal)})`;
  const last = `(${year}=${n})`;
  switch (deal.profile) {
    case 'sculpted': {
      const service = `${mask}*${serviceInTenor(deal, balance, year)}`;
      const opening = `${mask}*${balance}/${geometricSum(deal, servicedYears(deal))}*(1+${deal.escalator})^(${year}-1)*${geometricSum(deal, `${servicedYears(deal)}-${year}+1`)}`;
      return { opening, interest: `${opening}*${r}`, repaid: `(${service}-${opening}*${r})`, balloon: '0' };
    }
    case 'bullet':
      return { opening: `${mask}*${balance}`, interest: `${mask}*${balance}*${r}`, repaid: '0', balloon: `${mask}*${last}*${balance}` };
    case 'level':
    case 'balloon': {
      const share = deal.profile === 'balloon' ? deal.balloonShare : '0';
      const balloonPart = `${balance}*${share}`;
      const amortised = `${balance}*(1-${share})`;
      const grown = `((1+${r})^${n}-1)`;
      const repaid = `${mask}*IF(${r}=0,${amortised}/${n},${amortised}*${r}*(1+${r})^(${year}-1)/${grown})`;
      const opening = `${mask}*(${balloonPart}+IF(${r}=0,${amortised}*(${n}-${year}+1)/${n},${amortised}*((1+${r})^${n}-(1+${r})^(${year}-1))/${grown}))`;
      return { opening, interest: `${opening}*${r}`, repaid, balloon: deal.profile === 'balloon' ? `${mask}*${last}*${balloonPart}` : '0' };
    }
  }
}
