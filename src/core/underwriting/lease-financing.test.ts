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
  /** Σ_{k=0…B−1} (1 + r/12)^k ÷ B, by hand: a dollar drawn evenly over B months, at completion. */
  const completion = (rate: number, months: number) => {
    let sum = 0;
    for (let k = 0; k < months; k++) sum += (1 + rate / 12) ** k;
    return sum / months;
  };

  // DSCR binding. 10 MW at $100/kW-month: NOI $12M a year for 2 years. Capex 10 × 20M = 200M,
  // LTC 80%. At DSCR 1.2 the service is 10M a year, worth 10M/1.1 + 10M/1.21 = 17,355,371.90 at
  // completion. A 12-month build spends the capex and draws the loan evenly over months 1–12
  // (row 1), each draw growing by 1 + 0.1/12 a month to completion: drawn = 17,355,371.90 ÷
  // completion(0.1, 12). Rent starts in month 13: lease years 1 and 2 are rows 2 and 3.
  it('gives the hand-derived deal when the DSCR sizes the debt, the build on the timeline', () => {
    const table = checkedLeaseFinancing(10, 100, 2, 0, 1, 20_000_000, 12, 0.8, 0.1, 1.2, undefined, false);
    const balance = 1e7 / 1.1 + 1e7 / 1.21;
    const drawn = balance / completion(0.1, 12);
    expect(table).toHaveLength(4);
    expectRow(table[0], [0, 0, 0, 0, 0, 0, 0, '', 0, 0, '', 0, 0, 0]);
    expectRow(table[1], [1, -200_000_000, 0, drawn, 0, 0, 0, '', drawn - 200_000_000, -200_000_000, '', 0, 0, 365]);
    expectRow(table[2], [2, 0, 12_000_000, 0, balance * 0.1, 1e7 - balance * 0.1, 1e7, 1.2, 2_000_000, 12_000_000, 1.2, 0, 0, 730]);
    expectRow(table[3], [3, 0, 12_000_000, 0, 1e7 / 1.1 * 0.1, 1e7 / 1.1, 1e7, 1.2, 2_000_000, 12_000_000, 1.2, 0, 0, 1095]);
  });

  // No build: the same deal, the balance at completion drawn at close (row 0), as before the timeline.
  it('with no build draws at close and runs lease year y in row y', () => {
    const table = checkedLeaseFinancing(10, 100, 2, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false);
    const balance = 1e7 / 1.1 + 1e7 / 1.21;
    expectRow(table[0], [0, -200_000_000, 0, balance, 0, 0, 0, '', balance - 200_000_000, -200_000_000, '', 0, 0, 0]);
    expectRow(table[1], [1, 0, 12_000_000, 0, balance * 0.1, 1e7 - balance * 0.1, 1e7, 1.2, 2_000_000, 12_000_000, 1.2, 0, 0, 365]);
  });

  // An 18-month build: lease year 1 runs over months 19–30, half in row 2 and half in row 3.
  it('splits a lease year that straddles two rows by its months, its NOI and its debt service alike', () => {
    const table = checkedLeaseFinancing(10, 100, 2, 0.1, 1, 1_000_000, 18, 0.5, 0.05, 1.2, undefined, false);
    expect(table).toHaveLength(5);
    expectRow(table.map((row) => row[2]), [0, 0, 6_000_000, 6_000_000 + 6_600_000, 6_600_000]);
    expectRow(table.map((row) => row[1]), [0, -10_000_000 * 12 / 18, -10_000_000 * 6 / 18, 0, 0]);
    expect(table.map((row) => row[6] as number > 0)).toEqual([false, false, true, true, true]);
    // service sculpted on the NOI and split the same way: each row's DSCR is the lease years' DSCR
    const dscrs = column(table, 7).slice(2) as number[];
    dscrs.forEach((dscr) => expectClose(dscr, dscrs[0], 1e-13));
  });

  // LTC binding: capex 10 × 1M = 10M, 50% = 5M, far below what $12M of NOI carries. No build:
  // the balance at the start of year 1 is the 5M drawn. Sculpted on a flat NOI it is level:
  // 5M × 0.1 × 1.21 / 0.21 = 2,880,952.38 a year, DSCR 12M / that = 4.165289.
  it('gives the hand-derived deal when the loan-to-cost binds, with no build', () => {
    const table = checkedLeaseFinancing(10, 100, 2, 0, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false);
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
  // $6.9B of NOI on $7.0B; build ~18 months (Dec-25 → Q2-27). Assumed: DSCR 1.4. The 85% LTC,
  // on capex plus the interest capitalised over the build, binds.
  it('finances River Bend at 85% of capex plus capitalised interest, the DSCR the same every year and the debt repaid at the term', () => {
    const table = checkedLeaseFinancing(245, 128, 15, 0.03, 0.986, 10_000_000, 18, 0.85, 0.06192, 1.4, undefined, false);
    expect(table).toHaveLength(18);
    const drawn = (column(table, 3) as number[]).reduce((a, b) => a + b, 0);
    const balance = drawn * completion(0.06192, 18);
    expectClose(balance / (2.45e9 + balance - drawn), 0.85, 1e-13);
    const dscrs = column(table, 7).filter((cell) => cell !== '') as number[];
    expect(dscrs).toHaveLength(16); // lease years 1–15 straddle rows 2–17
    dscrs.forEach((dscr) => expectClose(dscr, dscrs[0], 1e-14));
    expect(dscrs[0]).toBeGreaterThan(1.4);
    const principal = (column(table, 5) as number[]).reduce((a, b) => a + b, 0);
    expectClose(principal, balance, 1e-12);
  });

  it('draws exactly what DEBT_SIZE allows, less the capitalised interest, when the DSCR binds', () => {
    const noi = column(leaseCashflows(50, 150, 10, 0.02, 0.95, 1, false), 2).map((x) => [x as number]);
    const table = checkedLeaseFinancing(50, 150, 10, 0.02, 0.95, 30_000_000, 24, 0.9, 0.08, 1.35, undefined, false);
    const drawn = (table[1][3] as number) + (table[2][3] as number);
    expectClose(drawn, checkedDebtSizeUsd(noi, 0.08, 10, 1.35) / completion(0.08, 24), 1e-13);
    for (const dscr of column(table, 7).slice(3)) expectClose(dscr as number, 1.35, 1e-13);
  });

  it('leaves the DSCR blank after a tenor shorter than the term, the NOI then all the equity’s', () => {
    const table = checkedLeaseFinancing(10, 100, 4, 0, 1, 1_000_000, 0, 0.5, 0.05, 1.2, 2, false);
    expect(column(table, 7)).toEqual(['', expect.any(Number), expect.any(Number), '', '']);
    expect(table[3].slice(4, 7)).toEqual([0, 0, 0]);
    expect(table[3][8]).toBe(12_000_000);
  });

  it('at a zero rate capitalises nothing and sculpts the NOI as is', () => {
    const table = checkedLeaseFinancing(1, 100, 3, 0.1, 1, 10_000_000, 12, 1, 0, 1, undefined, false);
    // NOI 1.2M, 1.32M, 1.452M: all of it is debt service at DSCR 1, 3.972M drawn over the build (row 1), no interest
    expectClose(table[1][3] as number, 3_972_000, 1e-15);
    expect(column(table, 4)).toEqual([0, 0, 0, 0, 0]);
    for (const equity of column(table, 8).slice(2)) expect(Math.abs(equity as number)).toBeLessThan(1e-6);
  });

  it('borrows nothing when the loan-to-cost is 0 or there is no NOI: no debt service, blank DSCRs', () => {
    for (const table of [
      checkedLeaseFinancing(10, 100, 2, 0, 1, 1_000_000, 6, 0, 0.1, 1.2, undefined, false),
      checkedLeaseFinancing(10, 100, 2, 0, 0, 1_000_000, 6, 0.8, 0.1, 1.2, undefined, false),
    ]) {
      expect(column(table, 3)).toEqual([0, 0, 0, 0]);
      expect(column(table, 7)).toEqual(['', '', '', '']);
      expect(column(table, 8)).toEqual(column(table, 9));
    }
  });

  // The sale: the last lease year's NOI, 12M × 1.03 = 12.36M, at a 6% cap rate, 206M, added to
  // the last year (the lease has ended: there is no next year's NOI to value).
  it('adds the sale at the last lease year’s NOI ÷ the exit cap rate to the last year’s flows', () => {
    const without = checkedLeaseFinancing(10, 100, 2, 0.03, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false);
    const withSale = checkedLeaseFinancing(10, 100, 2, 0.03, 1, 1_000_000, 0, 0.5, 0.1, 1.2, undefined, false, 0.06);
    const sale = 12_360_000 / 0.06;
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
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, 'mezzanine')).toThrow(
      'debt_profile must be one of sculpted, level, bullet, balloon (got "mezzanine")',
    );
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, 'sculpted', 0.3)).toThrow('balloon_share must be 0 unless debt_profile is balloon');
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, undefined, 0, 1)).toThrow('downside_rent_haircut must be >= 0 and < 1');
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, undefined, 0, 0, 1.5)).toThrow('dsra_months must be a whole number');
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, undefined, 0, 0, 0, 0)).toThrow('lockup_dscr must be > 0 (got 0)');
    expect(() => checkedLeaseFinancing(...args, undefined, true, undefined, undefined, 0, 0, 0, undefined, 2958000)).toThrow(
      'close_date must leave room for 2 years of 365 days before 9999-12-31 (got 2958000)',
    );
  });
});
