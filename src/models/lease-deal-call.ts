/**
 * The lease-financing workbook's deal as one call: MINER.LEASE_FINANCING's (and
 * MINER.LEASE_SUMMARY's) arguments from the cells that hold the deal's inputs, and the shape of
 * the table it spills. The first sheet calls it on its own inputs; the sensitivity sheet calls
 * it once a grid point, on the same inputs but the point's rent and interest rate.
 */
import { lit, miner, ref } from '../sheet/formula';
import { CellRef, Expr } from '../sheet/formula-tree';
import { leaseFinancingHeaders } from '../core/underwriting/lease-financing';
import { formats } from './sheet-builder';

/** The deal's inputs other than rent and interest rate (a grid varies those two), by their input keys. */
export const dealInputKeys = {
  mw: 'it_load_mw',
  term: 'term_years',
  escalator: 'annual_escalator',
  noiMargin: 'noi_margin',
  capex: 'capex_usd_per_mw',
  build: 'build_months',
  ltc: 'max_loan_to_cost',
  dscr: 'min_dscr',
  tenor: 'tenor_years',
  exitCap: 'exit_cap_rate',
  downside: 'downside_rent_haircut',
  dsra: 'dsra_months',
  lockup: 'lockup_dscr',
  sweep: 'cash_sweep_share',
} as const;

/** The cells holding the deal's inputs other than rent and interest rate. */
export type DealCells = Readonly<Record<keyof typeof dealInputKeys, CellRef>>;

/** LEASE_FINANCING's table: a header row, row 0 (the close), then one row a year from close. */
export const financingColumns = leaseFinancingHeaders.length;
export const financingColumn = { year: 0, noi: 2, service: 6, dscr: 7, equity: 8, dscrDownside: 10 } as const;

/** Rows of a deal's table, header included: the close, then the years to the end of the lease. */
export function financingTableRows(termYears: number, buildMonths: number): number {
  return 2 + termYears + Math.ceil(buildMonths / 12);
}

const usd = formats.usd;
const x = formats.number2;
/** The number format of each of the table's columns, in leaseFinancingHeaders' order. */
export const financingFormats = [formats.integer, usd, usd, usd, usd, usd, usd, x, usd, usd, x, usd, usd, formats.integer] as const;

/**
 * LEASE_FINANCING's and LEASE_SUMMARY's arguments; the profile is left out (sculpted) and the
 * balloon share with it, the close date too (dates count from 0). A sweep above 0 adds the
 * table's cash_sweep_usd column at its right.
 */
export function dealArgs(cells: DealCells, rentCell: Expr, rateCell: Expr, headers: boolean): (Expr | null)[] {
  return [
    ref(cells.mw), rentCell, ref(cells.term), ref(cells.escalator), ref(cells.noiMargin), ref(cells.capex), ref(cells.build), ref(cells.ltc), rateCell,
    ref(cells.dscr), ref(cells.tenor), lit(headers), ref(cells.exitCap), lit(''), lit(0), ref(cells.downside), ref(cells.dsra), ref(cells.lockup),
    null, ref(cells.sweep),
  ];
}

/** The deal, year by year: MINER.LEASE_FINANCING at this rent and interest rate. */
export function dealCall(cells: DealCells, rentCell: Expr, rateCell: Expr, headers: boolean): Expr {
  return miner('LEASE_FINANCING', ...dealArgs(cells, rentCell, rateCell, headers));
}
