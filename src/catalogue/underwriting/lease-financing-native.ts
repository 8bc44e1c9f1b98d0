/**
 * LEASE_FINANCING as one plain formula a cell, row by row from close (row 0), blank past the
 * table's length (term + ⌈build_months ÷ 12⌉ + 1 rows), so a copy follows a shorter term or
 * build. The arithmetic is the core's (src/core/underwriting/lease-deal.ts), written with the
 * closed forms of lease-deal-native.ts:
 *
 * - The lease year L of row r: row r holds months 12(r − 1) + 1 … 12r, and lease year L months
 *   B + 12(L − 1) + 1 … B + 12L, so with B = 12q + b row r holds the last b months of lease year
 *   r − q − 1 and the first 12 − b of lease year r − q; each yearly amount (NOI, interest,
 *   principal, service) is split between them by months, as the core's addLeaseYear does. A
 *   balloon or bullet falls whole in the row its year ends.
 * - The sizing (the loan's share φ of capex and reserve, the reserve) is written out in row 0's
 *   draw and reserve cells and row 1's draw; every later row reads the balance at completion back
 *   from those cells (balanceFromDraws) instead of repeating the sizing.
 * - The equity column is the project cash flow + debt drawn − debt service − the sweep + the
 *   reserve's change (set aside at close, released with the last service), then the lock-up: a
 *   row whose DSCR is below lockup_dscr keeps a positive distribution back (the held column) and
 *   the next row that meets it releases all held.
 * - A cash sweep reruns the loan on the balance actually left, which a yearly row can only read
 *   when each lease year is one row: a build of whole years (0, 12, 24 … months). The opening
 *   balance of lease year L is then the balance at completion less the principal and the sweeps
 *   of the rows above, each sweep read from the sweep column or, where the table has none (a
 *   share in a cell, 0 when the copy was made), from the equity the rows above paid out. With a
 *   share above 0 and a build that splits lease years over rows, the table shows #N/A: the copy
 *   cannot compute it and says so, rather than show a different figure.
 */
import { daysPerYear } from '../../core/constants';
import { literalNumber } from '../native';
import { withinRows } from '../native-table';
import type { NativeTableRow, TableCell } from '../../sheet/native-form';
import {
  balanceFromDraws, buildRest, buildYears, capexUsd, DealOperands, dealOperands, inTerm, lastRow, loanShare, noiOfYear, releaseRow, reserveUsd,
  saleUsd, scheduledYear, servicedYears, splitIntoRow, tenorEndRow,
} from './lease-deal-native';

/** The table's columns, 0-based, in leaseFinancingHeaders' order (the sweep's last). */
const col = {
  year: 0, capex: 1, noi: 2, drawn: 3, interest: 4, principal: 5, service: 6, dscr: 7, equity: 8, project: 9, dscrDownside: 10,
  dsra: 11, held: 12, date: 13, sweep: 14,
} as const;

/** How the table's rows are laid out for these operands. */
interface Layout {
  readonly deal: DealOperands;
  readonly row: number;
  readonly cell: TableCell;
  /** Whether the sweep is in play: a share that is not the literal 0. */
  readonly sweeps: boolean;
  /** Whether the table has the cash_sweep_usd column (a literal share above 0). */
  readonly sweepColumn: boolean;
}

/** The cell `column` of data row `target` (0-based) from row `row`. */
const rowCell = (layout: Layout, column: number, target: number) => layout.cell(column, layout.row - target);

/** The range of `column` from the first data row to the row above this one (this row ≥ 1). */
const above = (layout: Layout, column: number) => `${rowCell(layout, column, 0)}:${layout.cell(column, 1)}`;

/** The lease year whose first months fall in this row, and the one whose last months do. */
const leaseYear = (layout: Layout) => `(${layout.row}-${buildYears(layout.deal)})`;

/** A yearly amount (of lease year `year`) split into this row as its months fall (see the file's comment). */
function split(layout: Layout, amount: (year: string) => string): string {
  return splitIntoRow(layout.deal, String(layout.row), amount);
}

/** The balance at completion, read back from rows 0 and 1's draws (this row ≥ 1). */
function balance(layout: Layout): string {
  return balanceFromDraws(layout.deal, rowCell(layout, col.drawn, 0), rowCell(layout, col.drawn, 1), rowCell(layout, col.dsra, 0));
}

/** The balloon or bullet paid in this row: the tenor's, in the row its year ends. */
function rowBalloon(layout: Layout): string {
  const { deal } = layout;
  return `(${layout.row}=${tenorEndRow(deal)})*${scheduledYear(deal, balance(layout), deal.tenor).balloon}`;
}

/** A row's scheduled debt amounts, split by months (no sweep). */
function scheduledRow(layout: Layout): { interest: string; principal: string; balloon: string } {
  const { deal } = layout;
  const of = (year: string) => scheduledYear(deal, balance(layout), year);
  const balloon = deal.profile === 'balloon' || deal.profile === 'bullet' ? rowBalloon(layout) : '0';
  const repaid = split(layout, (year) => of(year).repaid);
  return { interest: split(layout, (year) => of(year).interest), principal: balloon === '0' ? repaid : `${repaid}+${balloon}`, balloon };
}

/** The sweeps paid in the rows above (this row ≥ 1): the sweep column's, or what the equity paid out tells. */
function sweptAbove(layout: Layout): string {
  if (layout.sweepColumn) return `SUM(${above(layout, col.sweep)})`;
  // Each row's equity before the lock-up is project + drawn − service − sweep + the reserve's change,
  // and the equity paid plus the held balance is the sum of those, so the sweeps are what is left.
  const [held, dsra] = [layout.cell(col.held, 1), layout.cell(col.dsra, 1)];
  return `(SUM(${above(layout, col.project)})+SUM(${above(layout, col.drawn)})-SUM(${above(layout, col.service)})-${dsra}-SUM(${above(layout, col.equity)})-${held})`;
}

/**
 * The swept loan's year in this row (a build of whole years: the row is lease year L): the
 * opening balance as left by the rows above (0 within a millionth of a millionth of the
 * balance, what a repaid loan's sums leave), the schedule scaled by opening ÷ scheduled opening,
 * and the year's sweep (sweptYears).
 */
function sweptRow(layout: Layout): { interest: string; principal: string; balloon: string; sweep: string; closing: string } {
  const { deal, cell } = layout;
  const year = leaseYear(layout);
  const total = balance(layout);
  const planned = scheduledYear(deal, total, year);
  // The balance left by the rows above; a repaid loan's sums leave a residue of a few ulps of the
  // balance, which the 1e-13 of the balance taken off returns to exactly 0.
  const left = layout.row === 0 ? '0' : `${total}*(1-1E-13)-SUM(${above(layout, col.principal)})-${sweptAbove(layout)}`;
  const opening = `(${year}>=1)*(${year}<=${servicedYears(deal)})*MAX(0,${left})`;
  const last = `${year}=${deal.tenor}`;
  // Each later amount scales with opening ÷ scheduled opening, so the principal is the opening
  // times the schedule's principal ÷ its opening (all of it in the tenor's year).
  const share = (amount: string) => `IF(${planned.opening}=0,0,(${amount})/(${planned.opening}))`;
  const principal = `${opening}*IF(${last},1,MIN(1,${share(planned.repaid)}))`;
  const balloon = planned.balloon === '0' ? '0' : `IF(${last},MIN(${opening}*${share(planned.balloon)},${cell(col.principal)}),0)`;
  const cash = `(${cell(col.noi)}-${cell(col.service)})`;
  const closing = `(${opening}-${cell(col.principal)})`;
  const dscr = cell(col.dscr);
  const locked = deal.lockupDscr === undefined ? 'FALSE' : `IF(ISNUMBER(${dscr}),${dscr}<${deal.lockupDscr},FALSE)`;
  const sweep = `IF(AND(${cash}>0,NOT(${locked}),${closing}>0),MIN(${closing},${deal.sweepShare}*${cash}),0)`;
  return { interest: `${opening}*${deal.rate}`, principal, balloon, sweep, closing };
}

/** `split` where the build leaves lease years split over rows, `swept` where each is one row (a sweep in play). */
function byMode(layout: Layout, swept: string, split: string): string {
  if (!layout.sweeps) return split;
  return `IF(${buildRest(layout.deal)}=0,${swept},${split})`;
}

/** Data row `row` of LEASE_FINANCING's table (see the file's comment), or undefined where the call has no native form. */
export const leaseFinancingRow: NativeTableRow = (operands, row, cell) => {
  const deal = dealOperands(operands);
  if (!deal) return undefined;
  const sweepShare = literalNumber(deal.sweepShare);
  const buildMonths = literalNumber(deal.buildMonths);
  if (sweepShare !== undefined && sweepShare > 0 && buildMonths !== undefined && buildMonths % 12 !== 0) return undefined;
  const layout: Layout = { deal, row, cell, sweeps: sweepShare !== 0, sweepColumn: sweepShare !== undefined && sweepShare > 0 };
  const inRow = (expression: string) => `IF(${cell(col.year)}="","",${expression})`;
  const { buildMonths: b } = deal;
  const c = capexUsd(deal);

  // The year column carries the refusals, which every other cell of the row reads.
  const count = `${lastRow(deal)}+1`;
  const refusals = [
    ...(deal.profile !== 'balloon' && literalNumber(deal.balloonShare) === undefined ? [[`${deal.balloonShare}>0`, '#VALUE!']] : []),
    ...(layout.sweeps ? [[`AND(${deal.sweepShare}>0,${buildRest(deal)}>0)`, 'NA()']] : []),
  ];
  const year = refusals.reduce((formula, [test, error]) => `IF(${test},${error},${formula})`, withinRows(row, count, String(row)));

  const capex = row === 0 ? `IF(${b}=0,-${c},0)` : `IF(${b}=0,0,-${c}*MAX(0,MIN(12*${row},${b})-12*(${row}-1))/${b})`;
  const noi = split(layout, (y) => `${inTerm(deal, y)}*${noiOfYear(deal, y)}`);
  const share = loanShare(deal);
  const drawn = row === 0
    ? `${share}*(${cell(col.dsra)}+(${b}=0)*${c})`
    : row === 1
      ? `IF(${b}=0,0,${share}*${c}*MIN(12,${b})/${b})`
      : `IF(${b}=0,0,${rowCell(layout, col.drawn, 1)}*MAX(0,MIN(12*${row},${b})-12*(${row}-1))/MIN(12,${b}))`;

  const scheduled = row === 0 ? { interest: '0', principal: '0', balloon: '0' } : scheduledRow(layout);
  const swept = row === 0 || !layout.sweeps ? undefined : sweptRow(layout);
  const interest = swept ? byMode(layout, swept.interest, scheduled.interest) : scheduled.interest;
  const principal = swept ? byMode(layout, swept.principal, scheduled.principal) : scheduled.principal;
  const service = `${cell(col.interest)}+${cell(col.principal)}`;
  const balloon = swept ? byMode(layout, swept.balloon, scheduled.balloon) : scheduled.balloon;
  const tested = `(${cell(col.service)}-${balloon})`;
  const dscr = `IF(${tested}>0,${cell(col.noi)}/${tested},"")`;
  const dscrDownside = `IF(ISNUMBER(${cell(col.dscr)}),${cell(col.dscr)}*(1-${deal.downsideHaircut}),"")`;

  const project = `${cell(col.capex)}+${cell(col.noi)}+(${row}=${lastRow(deal)})*${saleUsd(deal)}`;

  // The reserve: set aside at close, released in the row of the last service, or of the sweep that repays the loan.
  const dsraHeld = row === 0 ? reserveUsd(deal) : `${rowCell(layout, col.dsra, 0)}*(${row}<${releaseRow(deal)})`;
  const dsraSwept = swept
    ? `${cell(col.dsra, 1)}*NOT(AND(${leaseYear(layout)}>=1,OR(${leaseYear(layout)}>=${servicedYears(deal)},${swept.closing}-${layout.sweepColumn ? cell(col.sweep) : swept.sweep}<=0)))`
    : undefined;
  const dsra = dsraSwept ? byMode(layout, dsraSwept, dsraHeld) : dsraHeld;

  const sweep = swept ? byMode(layout, swept.sweep, '0') : '0';
  const sweepPaid = layout.sweepColumn ? cell(col.sweep) : sweep;
  const dsraBefore = row === 0 ? '0' : cell(col.dsra, 1);
  const beforeLockup = `(${cell(col.project)}+${cell(col.drawn)}-${cell(col.service)}-${sweepPaid}+${dsraBefore}-${cell(col.dsra)})`;
  const heldBefore = row === 0 ? '0' : cell(col.held, 1);
  const dscrCell = cell(col.dscr);
  const locked = deal.lockupDscr === undefined
    ? 'FALSE'
    : `AND(IF(ISNUMBER(${dscrCell}),${dscrCell}<${deal.lockupDscr},FALSE),${row}<>${lastRow(deal)})`;
  const equity = `IF(${locked},MIN(${beforeLockup},0),${beforeLockup}+${heldBefore})`;
  const held = `IF(${locked},${heldBefore}+MAX(${beforeLockup},0),0)`;
  const date = `${deal.closeDate ?? '0'}+${daysPerYear}*${row}`;

  const formulas = [
    year, capex, noi, drawn, interest, principal, service, dscr, equity, project, dscrDownside, dsra, held, date,
  ].map((formula, index) => (index === col.year ? formula : inRow(formula)));
  return layout.sweepColumn ? [...formulas, inRow(sweep)] : formulas;
};
