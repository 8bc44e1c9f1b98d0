import { ruleCases } from '../../../test/helpers/rule-cases';
import { isoDateToSerial } from '../dates';
import { expectClose } from '../../../test/helpers/tolerance';
import { asicCashflows, asicCashflowsHeaders, asicCashflowsParams } from './asic-cashflows';
import { hashpricePath } from './hashprice-path';
import { checkedCore } from '../params';

const checkedAsicCashflows = checkedCore(asicCashflowsParams, asicCashflows);

const serial = (iso: string) => isoDateToSerial(iso) as number;
const validArgs = [serial('2026-01-31'), 3, 140, 21.5, 0.06, 40, 2000, 0.95, 0.02];
type Args = [number, number, number, number, number, number | number[][], number, number, number, boolean?];

describe('asicCashflows', () => {
  // Worked, by hand: an Antminer S19 XP (140 TH/s, 21.5 J/TH, mining.md) bought for $2,000 on
  // 2026-01-31, at 6 c/kWh, 95% uptime and a 2% pool fee, on a hashprice of 40, 38, 35.
  // A day: revenue per unit of hashprice 140 / 1,000 × 0.95 × 0.98 = 0.13034; power
  // 140 × 21.5 / 1,000 kW × 24 h × 0.95 × 0.06 = 4.11768 USD.
  // Months by EDATE from the 31st: Jan 31 → Feb 28 (28 days), → Mar 31 (31), → Apr 30 (30).
  //   28 d: 40 × 0.13034 × 28 = 145.9808 − 115.29504 = 30.68576; cumulative −1,969.31424
  //   31 d: 38 × 0.13034 × 31 = 153.54052 − 127.64808 = 25.89244; cumulative −1,943.4218
  //   30 d: 35 × 0.13034 × 30 = 136.857 − 123.5304 = 13.3266; cumulative −1,930.0952
  it('gives hand-derived calendar months for a month-end start', () => {
    const table = checkedAsicCashflows(...(validArgs.slice(0, 5) as [number, number, number, number, number]), [[40], [38], [35]], 2000, 0.95, 0.02);
    expect(table[0]).toEqual([...asicCashflowsHeaders]);
    const expected = [
      [serial('2026-01-31'), 28, 40, 145.9808, 115.29504, 30.68576, -1969.31424],
      [serial('2026-02-28'), 31, 38, 153.54052, 127.64808, 25.89244, -1943.4218],
      [serial('2026-03-31'), 30, 35, 136.857, 123.5304, 13.3266, -1930.0952],
    ];
    // Each cell is the double nearest its exact value: equal, not close.
    expect(table.slice(1)).toEqual(expected);
  });

  it('counts 29 days in February 2028 and reads a row as well as a column', () => {
    const table = asicCashflows(serial('2028-01-31'), 2, 270, 13.5, 0.05, [[40, 20, 99]], 0, 1, 0, false);
    expect(table.map((row) => row[1])).toEqual([29, 31]);
    expect(table.map((row) => row[2])).toEqual([40, 20]);
    // 29 × (40 × 0.27 − 4.374) = 186.354; 31 × (20 × 0.27 − 4.374) = 31.806
    expect(table.map((row) => row[5])).toEqual([186.354, 31.806]);
    expect(table[1][6]).toBe(218.16);
  });

  it('shows a loss, not a curtailment, when the hashprice is below the breakeven', () => {
    // 16.2 USD/PH/day is the S21 XP's breakeven at 5 c/kWh: at 15 it loses 0.324 a day.
    const [row] = asicCashflows(serial('2026-04-01'), 1, 270, 13.5, 0.05, 15, 0, 1, 0, false);
    expectClose(row[5] as number, -0.324 * 30, 1e-15);
  });

  it('takes HASHPRICE_PATH\'s last column, and its cumulative is the running total (invariant)', () => {
    const path = hashpricePath(serial('2026-03-20'), 60, 70343.9, 957.7, 941_472, 0.02, 0.01, 0.0173, false);
    const column = path.map((row) => [row[5] as number]);
    const table = asicCashflows(serial('2026-03-20'), 60, 270, 13.5, 0.05, column, 1890, 0.97, 0.015, false);
    expect(table.map((row) => row[0])).toEqual(path.map((row) => row[0]));
    let cumulative = -1890;
    for (const row of table) {
      expectClose(row[3] as number, (row[2] as number) * 0.27 * (row[1] as number) * 0.97 * 0.985, 1e-14);
      cumulative += row[5] as number;
      expectClose(row[6] as number, cumulative, 1e-12);
    }
  });

  it('is #VALUE! for a path shorter than the months asked, or a range of several columns', () => {
    const args = (hashprice: number[][]) => [...validArgs.slice(0, 5), hashprice] as unknown as Args;
    expect(() => checkedAsicCashflows(...args([[40], [38]]))).toThrow(
      expect.objectContaining({
        kind: 'invalid_input',
        message: 'hashprice_usd_per_ph_day must hold a figure for each of the 3 months (it holds 2) (got a range)',
      }),
    );
    expect(() => checkedAsicCashflows(...args([[40, 38], [35, 30]]))).toThrow(
      'hashprice_usd_per_ph_day must be one number, or one row or one column with a figure a month (got a range)',
    );
    expect(() => checkedAsicCashflows(...args([[40], [-1], [35]]))).toThrow('hashprice_usd_per_ph_day must be a number >= 0 in every month (month 2 is -1)');
    expect(() => checkedAsicCashflows(...(validArgs.slice(0, 5) as [number, number, number, number, number]), -3)).toThrow(
      'hashprice_usd_per_ph_day must be >= 0 (got -3)',
    );
  });

  it.each(ruleCases(asicCashflowsParams, validArgs))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedAsicCashflows(...(args as Args))).toThrow(message);
  });
});
