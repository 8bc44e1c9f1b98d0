import { expectClose } from '../../../test/helpers/tolerance';
import { debtSchedule, debtScheduleParams } from './debt-schedule';
import { debtSizeUsd, debtSizeParams } from './debt-size';
import { leaseCashflows } from './lease-cashflows';
import { checkedCore } from '../params';
import { leaseFinancing, leaseFinancingHeaders, leaseFinancingParams } from './lease-financing';

const checkedDebtSizeUsd = checkedCore(debtSizeParams, debtSizeUsd);

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedLeaseFinancing = checkedCore(leaseFinancingParams, leaseFinancing);

type Row = (number | string)[];
const column = (table: Row[], index: number): (number | string)[] => table.map((row) => row[index]);
const expectRow = (actual: Row, expected: Row) =>
  expected.forEach((value, c) => (typeof value === 'string' ? expect(actual[c]).toBe(value) : expectClose(actual[c] as number, value, 1e-13)));

describe('leaseFinancing', () => {
  // DSCR binding. 10 MW at $100/kW-month: NOI $12M a year for 2 years. Capex 10 × 20M = 200M,
  // LTC 80% = 160M. At DSCR 1.2 the service is 10M a year, worth 10M/1.1 + 10M/1.21 =
  // 17,355,371.90 at the start of year 1; a 12-month build draws it evenly, so interest during
  // construction is drawn × 0.1 × 12/24 and drawn = 17,355,371.90 / 1.05 = 16,528,925.62.
  // Year 1: interest 1,735,537.19, principal 8,264,462.81; year 2: interest 909,090.91,
  // principal 9,090,909.09. Equity −(200M − 16.53M), then 12M − 10M.
  it('gives the hand-derived deal when the DSCR sizes the debt', () => {
    const table = leaseFinancing(10, 100, 2, 0, 1, 20_000_000, 12, 0.8, 0.1, 1.2, undefined, false);
    const balance = 1e7 / 1.1 + 1e7 / 1.21;
    const drawn = balance / 1.05;
    expectRow(table[0], [0, -200_000_000, 0, drawn, 0, 0, 0, '', drawn - 200_000_000, -200_000_000]);
    expectRow(table[1], [1, 0, 12_000_000, 0, balance * 0.1, 1e7 - balance * 0.1, 1e7, 1.2, 2_000_000, 12_000_000]);
    expectRow(table[2], [2, 0, 12_000_000, 0, 1e7 / 1.1 * 0.1, 1e7 / 1.1, 1e7, 1.2, 2_000_000, 12_000_000]);
  });

  // LTC binding: capex 10 × 1M = 10M, 50% = 5M, far below what $12M of NOI carries. No build:
  // the balance at the start of year 1 is the 5M drawn. Sculpted on a flat NOI it is level:
  // 5M × 0.1 × 1.21 / 0.21 = 2,880,952.38 a year, DSCR 12M / that = 4.165289.
  it('gives the hand-derived deal when the loan-to-cost binds, with no build', () => {
    const table = leaseFinancing(10, 100, 2, 0, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false);
    const service = (5e6 * 0.121) / 0.21;
    expectRow(table[0], [0, -10_000_000, 0, 5_000_000, 0, 0, 0, '', -5_000_000, -10_000_000]);
    expectRow(table[1], [1, 0, 12e6, 0, 5e5, service - 5e5, service, 12e6 / service, 12e6 - service, 12e6]);
    expect(table[2][5]).toBeGreaterThan(0);
  });

  it('puts a header row first by default', () => {
    const table = checkedLeaseFinancing(10, 100, 2, 0, 1, 1_000_000, 0, 0.5, 0.1, 1.2);
    expect(table[0]).toEqual([...leaseFinancingHeaders]);
    expect(table).toHaveLength(4);
  });

  // River Bend (companies.md 2025-12-17; valuation.md; capital.md 2026-04-30): 245 MW IT,
  // 15 years, 3% escalator, capex $10M/MW (the $2.45B reported), up to 85% LTC, 6.192% (the
  // notes' coupon); derived: $128/kW-month from $7.0B over 15 years, NOI margin 0.986 from
  // $6.9B of NOI on $7.0B; build ~18 months (Dec-25 → Q2-27). Assumed: DSCR 1.4. The 85% LTC
  // binds: $2.0825B drawn, the "~$2.08B" loan reported.
  it('finances River Bend at its 85% LTC, the DSCR the same every year and the debt repaid at the term', () => {
    const table = leaseFinancing(245, 128, 15, 0.03, 0.986, 10_000_000, 18, 0.85, 0.06192, 1.4, undefined, false);
    expect(table).toHaveLength(16);
    expect(table[0][3]).toBe(2_082_500_000);
    const dscrs = column(table, 7).slice(1) as number[];
    dscrs.forEach((dscr) => expectClose(dscr, dscrs[0], 1e-14));
    expect(dscrs[0]).toBeGreaterThan(1.4);
    // The schedule is DEBT_SCHEDULE's, on the balance with 18 months of capitalised interest.
    const schedule = checkedCore(debtScheduleParams, debtSchedule)(2_082_500_000 * (1 + (0.06192 * 18) / 24), 0.06192, 15, column(leaseCashflows(245, 128, 15, 0.03, 0.986, 1, false), 2).map((noi) => [noi as number]), false);
    schedule.forEach((row, r) => [4, 5, 6].forEach((c, i) => expectClose(table[r + 1][c] as number, row[2 + i] as number, 1e-13)));
    const principal = (column(table, 5).slice(1) as number[]).reduce((a, b) => a + b, 0);
    expectClose(principal, 2_082_500_000 * (1 + (0.06192 * 18) / 24), 1e-13);
  });

  it('draws exactly what DEBT_SIZE allows, less the capitalised interest, when the DSCR binds', () => {
    const noi = column(leaseCashflows(50, 150, 10, 0.02, 0.95, 1, false), 2).map((x) => [x as number]);
    const table = leaseFinancing(50, 150, 10, 0.02, 0.95, 30_000_000, 24, 0.9, 0.08, 1.35, undefined, false);
    expectClose(table[0][3] as number, checkedDebtSizeUsd(noi, 0.08, 10, 1.35) / 1.08, 1e-14);
    for (const dscr of column(table, 7).slice(1)) expectClose(dscr as number, 1.35, 1e-13);
  });

  it('leaves the DSCR blank after a tenor shorter than the term, the NOI then all the equity’s', () => {
    const table = leaseFinancing(10, 100, 4, 0, 1, 1_000_000, 0, 0.5, 0.05, 1.2, 2, false);
    expect(column(table, 7)).toEqual(['', expect.any(Number), expect.any(Number), '', '']);
    expect(table[3].slice(4, 7)).toEqual([0, 0, 0]);
    expect(table[3][8]).toBe(12_000_000);
  });

  it('at a zero rate capitalises nothing and sculpts the NOI as is', () => {
    const table = leaseFinancing(1, 100, 3, 0.1, 1, 10_000_000, 12, 1, 0, 1, undefined, false);
    // NOI 1.2M, 1.32M, 1.452M: all of it is debt service at DSCR 1, 3.972M drawn, no interest
    expectClose(table[0][3] as number, 3_972_000, 1e-15);
    expect(column(table, 4).slice(1)).toEqual([0, 0, 0]);
    for (const equity of column(table, 8).slice(1)) expect(Math.abs(equity as number)).toBeLessThan(1e-6);
  });

  it('borrows nothing when the loan-to-cost is 0 or there is no NOI: no debt service, blank DSCRs', () => {
    for (const table of [
      leaseFinancing(10, 100, 2, 0, 1, 1_000_000, 6, 0, 0.1, 1.2, undefined, false),
      leaseFinancing(10, 100, 2, 0, 0, 1_000_000, 6, 0.8, 0.1, 1.2, undefined, false),
    ]) {
      expect(table[0][3]).toBe(0);
      expect(column(table, 7)).toEqual(['', '', '']);
      expect(column(table, 8)).toEqual(column(table, 9));
    }
  });

  // The sale: the next year's NOI, 12M × 1.03, at a 6% cap rate, 206M, added to the last year.
  it('adds the sale at the next year’s NOI ÷ the exit cap rate to the last year’s flows', () => {
    const without = leaseFinancing(10, 100, 2, 0.03, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false);
    const withSale = leaseFinancing(10, 100, 2, 0.03, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false, 0.06);
    const sale = (12_360_000 * 1.03) / 0.06;
    expectClose((withSale[2][8] as number) - (without[2][8] as number), sale, 1e-12);
    expectClose((withSale[2][9] as number) - (without[2][9] as number), sale, 1e-12);
    expect(withSale.slice(0, 2)).toEqual(without.slice(0, 2));
  });

  it('refuses an argument outside its rule, naming it', () => {
    const args = [10, 100, 2, 0, 1, 1_000_000, 0, 0.5, 0.1, 1.2] as const;
    const call = (index: number, value: number) => () =>
      checkedLeaseFinancing(...(args.map((a, i) => (i === index ? value : a)) as unknown as typeof args));
    expect(call(2, 0)).toThrow('term_years must be a whole number >= 1');
    expect(call(3, -1)).toThrow('annual_escalator must be > -1');
    expect(call(5, -1)).toThrow('capex_usd_per_mw must be >= 0 (got -1)');
    expect(call(6, 1.5)).toThrow('build_months must be a whole number (got 1.5)');
    expect(call(7, 1.1)).toThrow('max_loan_to_cost must be between 0 and 1');
    expect(call(9, 0)).toThrow('min_dscr must be > 0 (got 0)');
    expect(() => checkedLeaseFinancing(...args, 0.5)).toThrow('tenor_years must be a whole number >= 1');
    expect(() => checkedLeaseFinancing(...args, undefined, true, 0)).toThrow('exit_cap_rate must be > 0 (got 0)');
  });
});
