import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { debtSchedule, debtScheduleHeaders, debtScheduleParams } from './debt-schedule';
import { debtSizeUsd, debtSizeParams } from './debt-size';
import { cfadsByYear, cfadsCases } from './cfads';

const checkedDebtSizeUsd = checkedCore(debtSizeParams, debtSizeUsd);

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedDebtSchedule = checkedCore(debtScheduleParams, debtSchedule);

type Row = (number | string)[];
const column = (table: Row[], index: number): number[] => table.map((row) => row[index] as number);

describe('debtSchedule', () => {
  // Level: 100 at 10% over 2 years, service 100 × 0.1 × 1.21 / 0.21 = 57.619048. Year 1:
  // interest 10, principal 47.619048, closing 52.380952; year 2: interest 5.238095, principal
  // 52.380952, closing 0.
  it('gives the hand-derived level (annuity) schedule', () => {
    const table = checkedDebtSchedule(100, 0.1, 2, undefined, false);
    const service = 12.1 / 0.21;
    const rows = [
      [1, 100, 10, service - 10, service, 110 - service],
      [2, 110 - service, (110 - service) * 0.1, 110 - service, service, 0],
    ];
    rows.forEach((expected, r) => expected.forEach((value, c) => expectClose(table[r][c] as number, value, 1e-14)));
    expect(table[1][5]).toBe(0);
  });

  it('puts a header row first by default, with a dscr column when CFADS are given', () => {
    expect(checkedDebtSchedule(100, 0.1, 2)[0]).toEqual([...debtScheduleHeaders]);
    expect(checkedDebtSchedule(100, 0.1, 2, [[60]])[0]).toEqual([...debtScheduleHeaders, 'dscr']);
  });

  it('at a zero rate repays principal ÷ tenor a year, with no interest', () => {
    expect(checkedDebtSchedule(300, 0, 3, undefined, false)).toEqual([
      [1, 300, 0, 100, 100, 200],
      [2, 200, 0, 100, 100, 100],
      [3, 100, 0, 100, 100, 0],
    ]);
  });

  it('over a tenor of 1 repays principal and interest at once', () => {
    expect(checkedDebtSchedule(100, 0.1, 1, [[121]], false)).toEqual([[1, 100, 10, 100, 110, 0, 1.1]]);
  });

  // Sculpted: CFADS 120 then 60 at 10% on a loan of 100. PV(CFADS) = 120/1.1 + 60/1.21 =
  // 158.677686, DSCR = 1.586777, service = CFADS ÷ DSCR = 75.625, 37.8125. Year 1: interest 10,
  // principal 65.625, closing 34.375; year 2: interest 3.4375, principal 34.375 = 37.8125 − 3.4375.
  it('gives the hand-derived sculpted schedule', () => {
    const table = checkedDebtSchedule(100, 0.1, 2, [[120], [60]], false);
    const dscr = (120 / 1.1 + 60 / 1.21) / 100;
    const rows = [
      [1, 100, 10, 65.625, 75.625, 34.375, dscr],
      [2, 34.375, 3.4375, 34.375, 37.8125, 0, dscr],
    ];
    rows.forEach((expected, r) => expected.forEach((value, c) => expectClose(table[r][c] as number, value, 1e-14)));
  });

  it('sculpted: the DSCR is the same every year and the balance is 0 at the tenor', () => {
    const cfads = [[300], [0], [450], [500], [520], [100], [610]];
    for (const rate of [0, 0.03, 0.06192, 0.15]) {
      const table = checkedDebtSchedule(1_500, rate, 7, cfads, false);
      const dscrs = table.map((row) => row[6]).filter((cell) => cell !== '') as number[];
      expect(dscrs).toHaveLength(6); // the year with no CFADS has no debt service: a blank DSCR
      expect(table[1][6]).toBe('');
      dscrs.forEach((value) => expectClose(value, dscrs[0], 1e-14));
      expect(table[6][5]).toBe(0);
      // each row: closing = opening − principal; service = interest + principal (to 1e-12 of the loan)
      for (const [, opening, interest, principal, service, closing] of table as number[][]) {
        expect(Math.abs(closing + principal - opening)).toBeLessThan(1_500 * 1e-12);
        expect(Math.abs(interest + principal - service)).toBeLessThan(1_500 * 1e-12);
      }
    }
  });

  it('sized by DEBT_SIZE on the same CFADS, the DSCR is the minimum DSCR', () => {
    const cfads = [[454e6], [467.6e6], [481.7e6]];
    const loan = checkedDebtSizeUsd(cfads, 0.06192, 3, 1.4);
    for (const dscr of column(checkedDebtSchedule(loan, 0.06192, 3, cfads, false), 6)) expectClose(dscr, 1.4, 1e-14);
  });

  it('with one CFADS figure is the level schedule, with its DSCR', () => {
    const level = checkedDebtSchedule(1_000, 0.07, 5, undefined, false);
    const withCfads = checkedDebtSchedule(1_000, 0.07, 5, [[300]], false);
    withCfads.forEach((row, r) => row.slice(0, 6).forEach((value, c) => expectClose(value as number, level[r][c] as number, 1e-14)));
    expectClose(withCfads[0][6] as number, 300 / (level[0][4] as number), 1e-14);
  });

  it('shows a DSCR below 1 rather than refusing it, the principal negative while service is below interest', () => {
    const table = checkedDebtSchedule(1_000, 0.1, 2, [[10], [1000]], false);
    expect(table[0][6] as number).toBeLessThan(1);
    expect(table[0][3] as number).toBeLessThan(0);
    expect(table[1][5]).toBe(0);
  });

  it('refuses an argument outside its rule, and CFADS of 0 over the whole tenor', () => {
    expect(() => checkedDebtSchedule(0, 0.1, 2)).toThrow('principal_usd must be > 0 (got 0)');
    expect(() => checkedDebtSchedule(100, -0.1, 2)).toThrow('interest_rate must be >= 0 (got -0.1)');
    expect(() => checkedDebtSchedule(100, 0.1, 1.5)).toThrow('tenor_years must be a whole number >= 1');
    expect(() => checkedDebtSchedule(100, 0.1, 101)).toThrow('tenor_years must be <= 100 (got 101)');
    expect(() => checkedDebtSchedule(100, 0.1, 2, [[0], [0], [5]])).toThrow(
      'cfads_usd_per_year must not be 0 in every year of the tenor (2 years) (got a range)',
    );
    expect(() => checkedDebtSchedule(100, 0.1, 2, [[-3]])).toThrow('cfads_usd_per_year must be >= 0 (got -3)');
  });
});

describe('CFADS with blank cells', () => {
  const blank = null as unknown as number;

  it('counts a blank as a year with no cash, as a year past the range', () => {
    // A lease table cut from 3 years to 2 spills a row fewer: the column read keeps a blank third cell.
    expect(cfadsByYear('cfads_usd_per_year', [[100], [50], [blank]], 4)).toEqual([100, 50, 0, 0]);
    expect(cfadsByYear('cfads_usd_per_year', [[100], [50]], 4)).toEqual([100, 50, 0, 0]);
    expect(cfadsCases('cfads_usd_per_year', [[100, 80], [blank, 70]], 2)).toEqual([[100, 0], [80, 70]]);
  });

  it('refuses text, naming the cell', () => {
    expect(() => cfadsByYear('cfads_usd_per_year', [[100], ['n/a' as unknown as number]], 2)).toThrow(
      'cfads_usd_per_year must be a number >= 0 in every cell (row 2, column 1 is "n/a")',
    );
  });
});
