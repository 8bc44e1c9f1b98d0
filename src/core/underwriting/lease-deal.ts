/**
 * A lease's whole financing as yearly rows and headline figures, computed once for
 * LEASE_FINANCING (the rows) and LEASE_SUMMARY (the figures). See leaseFinancing for the method.
 */
import { daysPerYear, monthsPerYear } from '../constants';
import { invalidInput, notFinite } from '../errors';
import { maxExcelDateSerial } from '../rules';
import { closeDrawFactor, completionFactor, rowOfMonth, spreadOverBuild } from './build-draws';
import { sweptYears } from './cash-sweep';
import { debtProfile } from './debt-profile';
import { scheduleYears } from './debt-schedule';
import { DebtYear } from './debt-years';
import { exactProduct } from './exact-product';
import { leaseYears } from './lease-cashflows';
import { debtCapacityUsd } from './lease-debt-capacity';
import { ClosingFunds, fundedWithReserve } from './reserve-funding';
import { yearlyIrr } from './yearly-irr';

/** LEASE_FINANCING's arguments, in their Excel order (headers aside). */
export interface LeaseDealTerms {
  readonly itLoadMw: number;
  readonly rentUsdPerKwMonth: number;
  readonly termYears: number;
  readonly annualEscalator: number;
  readonly noiMargin: number;
  readonly capexUsdPerMw: number;
  readonly buildMonths: number;
  readonly maxLoanToCost: number;
  readonly interestRate: number;
  readonly minDscr: number;
  readonly tenorYears: number | undefined;
  readonly exitCapRate: number | undefined;
  readonly debtProfile: string;
  readonly balloonShare: number;
  readonly downsideRentHaircut: number;
  readonly dsraMonths: number;
  readonly lockupDscr: number | undefined;
  readonly closeDate: number | undefined;
  readonly cashSweepShare: number;
}

/** One yearly row from close (row 0 is the close): amounts in USD, a DSCR or '' (blank). */
export interface LeaseDealRow {
  readonly year: number;
  readonly capex: number;
  readonly noi: number;
  readonly drawn: number;
  readonly interest: number;
  readonly principal: number;
  readonly debtService: number;
  readonly dscr: number | '';
  readonly equity: number;
  readonly project: number;
  readonly dscrDownside: number | '';
  readonly dsraBalance: number;
  readonly distributionsHeld: number;
  readonly date: number;
  readonly cashSweep: number;
}

/** The deal's headline figures (LEASE_SUMMARY); '' where a figure does not exist. */
export interface LeaseDealFigures {
  readonly equityIrr: number | '';
  readonly projectIrr: number | '';
  readonly minDscr: number | '';
  readonly avgDscr: number | '';
  readonly minDscrDownside: number | '';
  readonly debtUsd: number;
  readonly equityUsd: number;
  readonly loanToCost: number | '';
  readonly capitalisedInterestUsd: number;
  readonly equityPaybackYear: number | '';
  readonly dsraUsd: number;
}

export interface LeaseDeal {
  readonly rows: readonly LeaseDealRow[];
  readonly figures: LeaseDealFigures;
}

const finite = (amount: number): number => {
  if (!Number.isFinite(amount)) throw notFinite('a cash flow is not a finite number');
  return amount;
};

/**
 * The loan drawn over the build: the lesser of what the NOI carries at completion (capacity ÷
 * the completion factor K: a dollar drawn is K dollars at completion) and the loan-to-cost on
 * capex plus capitalised interest, balance ≤ LTC × (capex + balance − drawn), i.e. drawn ≤
 * LTC × capex ÷ (K × (1 − LTC) + LTC); with no build (K = 1) exactly LTC × capex.
 */
function fundedWithoutReserve(capex: number, maxLoanToCost: number, capacity: number, factor: number): ClosingFunds {
  const byCost = factor === 1 ? exactProduct(capex, maxLoanToCost) : (maxLoanToCost * capex) / (factor * (1 - maxLoanToCost) + maxLoanToCost);
  const drawn = Math.min(byCost, capacity / factor);
  return { buildDrawnUsd: drawn, reserveDrawnUsd: 0, balanceUsd: factor === 1 ? drawn : finite(drawn * factor), reserveUsd: 0 };
}

/** The largest year's debt service a lender reserves for: a balloon or a bullet's principal aside. */
function largestService(years: readonly DebtYear[]): number {
  return Math.max(0, ...years.map((year) => year.debtService - year.balloon));
}

/**
 * Where each lease year's NOI falls in the yearly rows from close: lease year L runs over
 * months B + 12(L − 1) + 1 … B + 12L, so its first n months fall in one row and the rest in the
 * next; its debt service is paid at its last month.
 */
function addLeaseYear(rows: number[], buildMonths: number, leaseYear: number, amount: number): void {
  const firstMonth = buildMonths + monthsPerYear * (leaseYear - 1) + 1;
  const row = rowOfMonth(firstMonth);
  const inFirstRow = monthsPerYear * row - firstMonth + 1;
  if (inFirstRow === monthsPerYear) {
    rows[row] += amount;
    return;
  }
  rows[row] += (amount * inFirstRow) / monthsPerYear;
  rows[row + 1] += (amount * (monthsPerYear - inFirstRow)) / monthsPerYear;
}

/** The row in which lease year L ends (its debt service is paid). */
function rowOfLeaseYearEnd(buildMonths: number, leaseYear: number): number {
  return rowOfMonth(buildMonths + monthsPerYear * leaseYear);
}

/** The first time the cumulative equity reaches 0 after going below it, linear within the row. */
function paybackYear(flows: readonly number[]): number | '' {
  let cumulative = 0;
  let invested = false;
  for (let row = 0; row < flows.length; row++) {
    const before = cumulative;
    cumulative += flows[row];
    if (cumulative < 0) invested = true;
    else if (invested && before < 0) return row - 1 + -before / flows[row];
  }
  return '';
}

/**
 * The deal, row by row and in headline figures (see leaseFinancing for the method). The
 * arguments are checked against their rules by the caller.
 *
 * @throws invalid_input for a profile that is none of the four, or a balloon share with another,
 *   or a close date whose last row falls after 9999-12-31
 * @throws not_finite when an amount overflows a double
 */
export function leaseDeal(terms: LeaseDealTerms): LeaseDeal {
  const { termYears, buildMonths, interestRate, minDscr } = terms;
  const profile = debtProfile('debt_profile', terms.debtProfile, terms.balloonShare);
  const tenor = terms.tenorYears ?? termYears;
  const lastRow = termYears + rowOfMonth(buildMonths);
  const closeDate = terms.closeDate ?? 0;
  if (closeDate + daysPerYear * lastRow > maxExcelDateSerial) {
    throw invalidInput('close_date', `must leave room for ${lastRow} years of 365 days before 9999-12-31`, terms.closeDate);
  }
  const fullyLeased = 1; // occupancy: the financing is of a lease of the whole IT load
  const { noiUsd } = leaseYears(terms.itLoadMw, terms.rentUsdPerKwMonth, termYears, terms.annualEscalator, terms.noiMargin, fullyLeased);
  const keptShare = 1 - terms.downsideRentHaircut;
  const downsideNoi = noiUsd.map((noi) => noi * keptShare);
  const overTenor = (noi: readonly number[]) => Array.from({ length: tenor }, (_, t) => (t < termYears ? noi[t] : 0));
  const baseOverTenor = overTenor(noiUsd);
  const cases = terms.downsideRentHaircut > 0 ? [baseOverTenor, overTenor(downsideNoi)] : [baseOverTenor];

  const capex = exactProduct(terms.itLoadMw, terms.capexUsdPerMw);
  const factor = completionFactor(interestRate, buildMonths);
  const capacity = debtCapacityUsd(profile, cases, interestRate, minDscr, terms.balloonShare);
  const withNoi = profile !== 'sculpted' || baseOverTenor.some((noi) => noi > 0);
  const schedule = (principal: number) => scheduleYears(profile, principal, interestRate, tenor, baseOverTenor, terms.balloonShare);
  // The reserve per dollar of balance: every profile's service is proportional to its balance.
  const reservePerBalance = withNoi && terms.dsraMonths > 0 ? (largestService(schedule(1)) * terms.dsraMonths) / monthsPerYear : 0;
  const funds = reservePerBalance > 0
    ? fundedWithReserve(capex, terms.maxLoanToCost, capacity, factor, closeDrawFactor(interestRate, buildMonths), reservePerBalance)
    : fundedWithoutReserve(capex, terms.maxLoanToCost, capacity, factor);
  const { buildDrawnUsd: drawn, reserveDrawnUsd: reserveDrawn, balanceUsd: balance, reserveUsd: dsra } = funds;
  const serviced = balance > 0 && withNoi;
  const scheduled: DebtYear[] = serviced ? schedule(balance) : [];
  const noiOfDebtYear = scheduled.map((_, t) => (t < termYears ? noiUsd[t] : 0));
  const swept = terms.cashSweepShare > 0 ? sweptYears(scheduled, noiOfDebtYear, interestRate, terms.cashSweepShare, terms.lockupDscr) : undefined;
  const debt = swept ? swept.years : scheduled;

  const count = lastRow + 1;
  const capexByRow = spreadOverBuild(capex, buildMonths, count);
  const drawnByRow = spreadOverBuild(drawn, buildMonths, count);
  drawnByRow[0] += reserveDrawn; // the loan's part of the reserve, drawn at close
  const noiByRow = new Array<number>(count).fill(0);
  noiUsd.forEach((noi, index) => addLeaseYear(noiByRow, buildMonths, index + 1, noi));
  const zeros = () => new Array<number>(count).fill(0);
  const interest = zeros();
  const principal = zeros();
  const service = zeros();
  const dscr: (number | '')[] = new Array(count).fill('');
  const dscrDownside: (number | '')[] = new Array(count).fill('');
  let outstandingAtEnd = 0;
  let releaseRow = lastRow;
  const balloonByRow = zeros();
  const sweepByRow = zeros();
  // With a sweep the reserve is released once the loan is repaid, which may be before the tenor.
  const repaidIndex = swept ? debt.findIndex((year) => year.closing === 0) : -1;
  const releaseIndex = repaidIndex >= 0 ? Math.min(repaidIndex, tenor - 1, termYears - 1) : Math.min(tenor, termYears) - 1;
  debt.forEach((year, index) => {
    if (index >= termYears) return; // no NOI and no service after the lease (see debtCapacityUsd)
    // Interest and principal accrue with the lease months, as the NOI does; a balloon or a
    // bullet is paid at the tenor, in the row where its year ends.
    const endRow = rowOfLeaseYearEnd(buildMonths, index + 1);
    addLeaseYear(interest, buildMonths, index + 1, year.interest);
    addLeaseYear(principal, buildMonths, index + 1, year.principal - year.balloon);
    addLeaseYear(service, buildMonths, index + 1, year.debtService - year.balloon);
    principal[endRow] += year.balloon;
    service[endRow] += year.balloon;
    balloonByRow[endRow] += year.balloon;
    // The year's prepayment falls in the rows as its cash does (a year a build splits over two rows
    // pays part of its cash in each), so no row sweeps more than the cash it holds.
    if (swept) addLeaseYear(sweepByRow, buildMonths, index + 1, swept.sweepUsd[index]);
    if (index === Math.min(tenor, termYears) - 1) outstandingAtEnd = year.closing;
    if (index === releaseIndex) releaseRow = endRow;
  });
  const downsideByRow = zeros();
  downsideNoi.forEach((noi, index) => addLeaseYear(downsideByRow, buildMonths, index + 1, noi));
  for (let row = 0; row < count; row++) {
    const tested = service[row] - balloonByRow[row];
    if (tested > 0) {
      dscr[row] = noiByRow[row] / tested;
      dscrDownside[row] = downsideByRow[row] / tested;
    }
  }

  // The sale at the end of the lease: its last year's NOI ÷ the exit cap rate (the trailing NOI;
  // the lease has no year after its term to value).
  const sale = terms.exitCapRate === undefined ? 0 : noiUsd[termYears - 1] / terms.exitCapRate;
  const rows: LeaseDealRow[] = [];
  let held = 0;
  const equityFlows: number[] = [];
  const projectFlows: number[] = [];
  for (let row = 0; row < count; row++) {
    const capexOut = capexByRow[row] === 0 ? 0 : -capexByRow[row]; // not −0
    let project = capexOut + noiByRow[row];
    let equity = capexOut + drawnByRow[row] + noiByRow[row] - service[row] - sweepByRow[row];
    if (row === 0) equity -= dsra;
    if (row === releaseRow) equity += dsra;
    if (row === lastRow) {
      project += sale;
      equity += sale - (sale > 0 ? outstandingAtEnd : 0);
    }
    // Lock-up: a year whose DSCR is below the test keeps its distribution back; the first year
    // that meets it again (or has no debt left to test, or ends the table) releases all held.
    const locked = terms.lockupDscr !== undefined && dscr[row] !== '' && (dscr[row] as number) < terms.lockupDscr && row !== lastRow;
    if (locked && equity > 0) {
      held += equity;
      equity = 0;
    } else if (!locked && held > 0) {
      equity += held;
      held = 0;
    }
    equityFlows.push(finite(equity));
    projectFlows.push(finite(project));
    rows.push({
      year: row,
      capex: capexOut,
      noi: noiByRow[row],
      drawn: drawnByRow[row],
      interest: interest[row],
      principal: principal[row],
      debtService: service[row],
      dscr: dscr[row],
      equity,
      project,
      dscrDownside: dscrDownside[row],
      dsraBalance: dsra > 0 && row < releaseRow ? dsra : 0,
      distributionsHeld: held,
      date: closeDate + daysPerYear * row,
      cashSweep: sweepByRow[row],
    });
  }

  const tested = dscr.filter((value): value is number => value !== '');
  const testedDownside = dscrDownside.filter((value): value is number => value !== '');
  const capitalised = balance - drawn - reserveDrawn;
  const cost = capex + capitalised + dsra;
  const orBlank = (value: number | undefined): number | '' => (value === undefined ? '' : value);
  return {
    rows,
    figures: {
      equityIrr: orBlank(yearlyIrr(equityFlows)),
      projectIrr: orBlank(yearlyIrr(projectFlows)),
      minDscr: tested.length ? Math.min(...tested) : '',
      avgDscr: tested.length ? tested.reduce((a, b) => a + b, 0) / tested.length : '',
      minDscrDownside: testedDownside.length ? Math.min(...testedDownside) : '',
      debtUsd: balance,
      equityUsd: capex + dsra - drawn - reserveDrawn,
      loanToCost: cost > 0 ? balance / cost : '',
      capitalisedInterestUsd: capitalised,
      equityPaybackYear: paybackYear(equityFlows),
      dsraUsd: dsra,
    },
  };
}
