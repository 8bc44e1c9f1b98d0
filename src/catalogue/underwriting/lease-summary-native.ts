/**
 * LEASE_SUMMARY as plain formulas: its eleven rows of label and value, each value one formula
 * over the call's arguments and the summary's own cells. The sizing (debt_usd) is written once
 * and the reserve, equity, capitalised interest and loan-to-cost read it. The IRRs, DSCRs and
 * payback need the deal's rows, which the summary does not lay out: they are computed over the
 * rows as arrays (whole numbers 0 … term + ⌈build ÷ 12⌉ from ROW(), native-series.ts) with the
 * same closed forms LEASE_FINANCING's table writes a cell at a time (lease-deal-native.ts), in
 * arithmetic (masks and ABS: an IF over an array computes one element in an ordinary cell),
 * inside IRR, SUMPRODUCT, MMULT and MATCH; the payback's test of each row is an IFERROR over the
 * array inside MMULT, which LibreOffice computes element by element (Excel before dynamic arrays
 * may need it entered as an array formula: checked in LibreOffice only).
 *
 * What a closed form over the rows cannot follow shows #N/A, never a different figure:
 * - a cash sweep (each year's balance depends on the sweeps before it): equity_irr, the DSCRs
 *   and equity_payback_year;
 * - a lock-up above the deal's minimum DSCR, which may hold distributions back and release them
 *   later: equity_irr and equity_payback_year;
 * - equity flows that turn negative after a positive one (two IRRs): equity_irr.
 * The sizing figures are the same with or without them. A copy of LEASE_FINANCING's table
 * computes the sweep and the lock-up (the sweep where each lease year is one row).
 */
import { wholeNumbersAlong, wholeNumbersDown } from '../native-series';
import type { NativeTableRow, Operands, TableCell } from '../../sheet/native-form';
import { leaseSummaryLabels } from '../../core/underwriting/lease-summary';
import { maxHorizonMonths, maxHorizonYears, monthsPerYear } from '../../core/constants';
import {
  balanceFromShare, capexUsd, DealOperands, dealOperands, lastRow, loanShare, noiOfYear, releaseRow, reservePerBalance, saleUsd,
  serviceInTenor, servicedYears, shareFromBalance, splitIntoRow, tenorEndRow, withinYears,
} from './lease-deal-native';

/**
 * An array expression read as an array wherever it stands: MMULT by 1 computes its argument as
 * an array (as SUMPRODUCT does), where IRR, INDEX and MATCH in an ordinary cell would read ABS
 * and the other scalar functions in it at the formula's own row only.
 */
const asArray = (expression: string) => `MMULT(${expression},1)`;

/** The summary's rows by label (0-based), in leaseSummaryLabels' order. */
const rowOf = (label: string) => leaseSummaryLabels.findIndex(([name]) => name === label);

/** The deal's rows as arrays over the row numbers 0 … last (a column), given the balance and reserve cells. */
interface DealRows {
  readonly noi: string;
  /** Scheduled service a row, a balloon or bullet aside: what the DSCR tests. */
  readonly tested: string;
  readonly project: string;
  /** The equity's cash flow before any lock-up or sweep. */
  readonly equity: string;
  readonly rows: string;
}

/**
 * The rows as whole numbers 0 … 200, a column: every table fits (a term of at most 100 years and
 * a build of at most 1,200 months, 100 rows), and a row past a deal's last is 0 in every amount
 * (each is masked to its years), so IRR, the DSCRs and the payback read the same as over the
 * deal's rows. A fixed count keeps each mention of the rows short.
 */
const maxRows = maxHorizonYears + maxHorizonMonths / monthsPerYear + 1;
const rowNumbers = `(${wholeNumbersDown(String(maxRows))}-1)`;

/**
 * The share of capex row `rows` spends: all in row 0 with no build, else its months of the build
 * ÷ B, MIN(12, MAX(0, B − 12(r − 1))) written with ABS. No IF: an IF over an array computes one
 * element in an ordinary cell.
 */
function spentInRow(deal: DealOperands, rows: string): string {
  const b = deal.buildMonths;
  const left = `(${b}+12-12*${rows})`;
  return `((${b}=0)*(${rows}=0)+(${b}>0)*(${rows}>0)*(ABS(${left})-ABS(${left}-12)+12)/2/(${b}+(${b}=0)))`;
}

function dealRows(deal: DealOperands, balance: string, reserve: string): DealRows {
  const rows = rowNumbers;
  const c = capexUsd(deal);
  const spent = spentInRow(deal, rows);
  const share = shareFromBalance(deal, balance, reserve);
  const serviced = servicedYears(deal);
  const noiOf = (year: string) => `${withinYears(year, deal.term)}*${noiOfYear(deal, year)}`;
  const serviceOf = (year: string) => `${withinYears(year, serviced)}*${serviceInTenor(deal, balance, year)}`;
  const noi = splitIntoRow(deal, rows, noiOf);
  const tested = splitIntoRow(deal, rows, serviceOf);
  const balloonPaid = deal.profile === 'balloon' ? `${balance}*${deal.balloonShare}` : deal.profile === 'bullet' ? balance : undefined;
  const balloon = balloonPaid === undefined ? '' : `-(${rows}=${tenorEndRow(deal)})*(${deal.tenor}<=${deal.term})*${balloonPaid}`;
  const sale = `(${rows}=${lastRow(deal)})*${saleUsd(deal)}`;
  const project = `(-${c}*${spent}+${noi}+${sale})`;
  // Equity = project + drawn − service + the reserve's change; the loan draws φ of the capex and
  // of the reserve at close, so the equity pays 1 − φ of both, and takes the reserve back at release.
  const afterService = splitIntoRow(deal, rows, (year) => `${noiOf(year)}-${serviceOf(year)}`);
  const equity = `((${share}-1)*(${c}*${spent}+(${rows}=0)*${reserve})+${afterService}+${sale}+(${rows}=${releaseRow(deal)})*${reserve}${balloon})`;
  return { noi, tested, project, equity, rows };
}

/**
 * TRUE where the lock-up is above the deal's minimum DSCR (the summary's min_dscr cell), so
 * that some year may hold a distribution back: the equity IRR and payback then show #N/A. A
 * lock-up breached only in the last row holds nothing back in the add-in; the copy still says
 * #N/A there, never a different figure.
 */
function lockupAboveMinimum(deal: DealOperands, minDscr: string): string {
  return deal.lockupDscr === undefined ? 'FALSE' : `IF(ISNUMBER(${minDscr}),${minDscr}<${deal.lockupDscr},FALSE)`;
}

/**
 * TRUE where the equity's flows turn negative after a positive one (a bullet or balloon repaid
 * with no sale, or service above NOI): two changes of sign give two IRRs, and IRR from a guess
 * finds either, where the add-in takes the higher; the copy shows #N/A rather than the other.
 */
function turnsNegativeAgain(equity: string): string {
  const count = String(maxRows);
  const positivesBefore = `MMULT((${wholeNumbersDown(count)}>${wholeNumbersAlong(count)})*1,(${equity}>0)*1)`;
  return `SUMPRODUCT((${equity}<0)*(${positivesBefore}>0))>0`;
}

/**
 * The first time the cumulative equity comes back to 0 after the investment, in years from
 * close, linear within the row that crosses (paybackYear), "" if it never does.
 */
function paybackYear(rows: string, equity: string): string {
  const count = String(maxRows);
  const through = `MMULT((${wholeNumbersDown(count)}>=${wholeNumbersAlong(count)})*1,${equity})`;
  // Row R crosses when its cumulative is >= 0 and the one before (cumulative − flow) < 0, i.e.
  // 0 <= w < 1 for w = cumulative ÷ flow (a flow > 0); the year is then R − 1 + (−before ÷ flow)
  // = R − w. |2w − 1| < 1 tests both bounds with one w (a cumulative of exactly 0 aside), a row
  // with no flow is an error IFERROR skips, and a later dip below 0 cannot come first.
  const share = `${through}/${equity}`;
  return `IFERROR(INDEX(${asArray(`${rows}-${share}`)},MATCH(1,${asArray(`IFERROR((ABS(2*${share}-1)<1)*1,0)`)},0)),"")`;
}

/** Data row `row` of LEASE_SUMMARY's table (see the file's comment), or undefined where the call has no native form. */
function summaryRow(operands: Operands, row: number, cell: TableCell): string[] | undefined {
  const deal = dealOperands(operands);
  if (!deal) return undefined;
  const [label, key] = leaseSummaryLabels[row] ?? [];
  if (label === undefined) return ['""', '""']; // past the eleven rows: blank
  const valueOf = (name: string) => cell(1, row - rowOf(name));
  const [balance, reserve] = [valueOf('debt_usd'), valueOf('dsra_usd')];
  const c = capexUsd(deal);
  const share = shareFromBalance(deal, balance, reserve);
  const capitalised = valueOf('capitalised_interest_usd');
  const swept = `${deal.sweepShare}>0`;
  // The rows as arrays only where a figure needs them (each is long).
  const rows = () => dealRows(deal, balance, reserve);
  const tested = () => rows().tested;
  const dscrs = () => `${rows().noi}/(${tested()}+(${tested()}=0))`;
  const testedCount = () => `SUMPRODUCT((${tested()}>0)*1)`;
  const value: Record<string, () => string> = {
    equityIrr: () =>
      `IF(OR(${swept},${lockupAboveMinimum(deal, valueOf('min_dscr'))},${turnsNegativeAgain(rows().equity)}),NA(),IFERROR(IRR(${asArray(rows().equity)},0),""))`,
    projectIrr: () => `IFERROR(IRR(${asArray(rows().project)},0),"")`,
    minDscr: () => `IF(${swept},NA(),IF(${testedCount()}=0,"",SUMPRODUCT(MIN(${dscrs()}+(${tested()}<=0)*1E+300))))`,
    avgDscr: () => `IF(${swept},NA(),IF(${testedCount()}=0,"",SUMPRODUCT((${tested()}>0)*${dscrs()})/${testedCount()}))`,
    minDscrDownside: () => `IF(ISNUMBER(${valueOf('min_dscr')}),${valueOf('min_dscr')}*(1-${deal.downsideHaircut}),${valueOf('min_dscr')})`,
    debtUsd: () => balanceFromShare(deal, loanShare(deal)),
    equityUsd: () => `${c}+${reserve}-${share}*${c}-${share}*${reserve}`,
    loanToCost: () => `IF(${c}+${capitalised}+${reserve}>0,${balance}/(${c}+${capitalised}+${reserve}),"")`,
    capitalisedInterestUsd: () => `${balance}-${share}*${c}-${share}*${reserve}`,
    equityPaybackYear: () => `IF(OR(${swept},${lockupAboveMinimum(deal, valueOf('min_dscr'))}),NA(),${paybackYear(rows().rows, rows().equity)})`,
    dsraUsd: () => `${reservePerBalance(deal)}*${balance}`,
  };
  return [`"${label}"`, value[key]()];
}

/** LEASE_SUMMARY's rows, eleven of them whatever the deal, its figures reading its debt and reserve rows. */
export const leaseSummaryRow: NativeTableRow = Object.assign(summaryRow, { fixedRows: leaseSummaryLabels.length });
