import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { isoDateToSerial } from '../dates';
import { expectClose } from '../../../test/helpers/tolerance';
import { asicPaybackMonths, asicPaybackMonthsParams } from './asic-payback-months';
import { hashpricePath } from './hashprice-path';

const checkedAsicPaybackMonths = checkedCore(asicPaybackMonthsParams, asicPaybackMonths);

type Args = [number, number, number, number, number | number[][], number?, number?, number?];
const s21xp = [270, 13.5, 0.05] as const; // TH/s, J/TH (mining.md), USD/kWh

/** A hashprice of `before` for `months` months, then `after`. */
function steppedPath(before: number, months: number, after: number, length: number): number[][] {
  return Array.from({ length }, (_, i) => [i < months ? before : after]);
}

describe('asicPaybackMonths', () => {
  // Worked: an S21 XP at an assumed $7/TH ($1,890; Bitmain's internal list for S21 hydro was
  // ~$7–8/TH in Dec-2025, capital.md [U]) at 5 c/kWh and a flat 39.33 USD/PH/day: a day earns
  // 39.33 × 0.27 − 4.374 = 6.2451 USD; a month of 365 / 12 days 189.955...; 12 × 1,890 /
  // (6.2451 × 365) = 9.94972 months.
  it('gives 9.95 months for an S21 XP at $7/TH on a flat hashprice', () => {
    expectClose(checkedAsicPaybackMonths(1890, ...s21xp, 39.33), 9.949718387434927, 1e-14);
  });

  // Worked: the same machine bought for $5,000 on a hashprice of 40 that halves to 20 at the
  // halving after 24 months. Before: 6.426 USD a day, 2,345.49 USD per 12 months-of-margin;
  // 24 months cover 56,291.76 of the 60,000 (12 × cost). After: 1.026 a day, 374.49; the
  // remaining 3,708.24 take 9.9021 months more: 33.90211 months. On the flat 40 it would be
  // 60,000 / 2,345.49 = 25.58 months: the halving costs it eight months.
  it('crosses the halving: 33.90 months against 25.58 on a flat hashprice', () => {
    expectClose(checkedAsicPaybackMonths(5000, ...s21xp, steppedPath(40, 24, 20, 60)), 33.902106865336858, 1e-14);
    expectClose(checkedAsicPaybackMonths(5000, ...s21xp, 40), 25.581008659171431, 1e-14);
  });

  it('reads a HASHPRICE_PATH that runs through the 2028 halving like a plain month-by-month sum', () => {
    const start = isoDateToSerial('2026-03-20') as number;
    const path = hashpricePath(start, 60, 70343.9, 957.7, 941_472, 0, 0.01, 0.0173, false).map((row) => [row[5] as number]);
    const payback = checkedAsicPaybackMonths(5000, ...s21xp, path, 0.97, 0.015);
    expect(payback).toBeGreaterThan(26); // the path's 26th month holds the halving
    // Oracle: cumulative margin month by month in doubles, interpolated in the crossing month.
    let cumulative = -5000;
    let oracle = NaN;
    for (let i = 0; i < 60 && Number.isNaN(oracle); i++) {
      const margin = (path[i][0] * 0.27 * 0.985 - 4.374) * 0.97 * (365 / 12);
      if (cumulative + margin >= 0) oracle = i + -cumulative / margin;
      cumulative += margin;
    }
    expectClose(payback, oracle, 1e-12);
  });

  // $300 on a hashprice of 40 (2,345.49 / 12 = 195.46 a month) for two months, 0 (power alone,
  // −133.04 a month) for two, then 40 again: the cumulative margin crosses 0 in month 2
  // (3,600 / 2,345.49 = 1.53 months), is +90.9 after it, dips to −175.2 after month 4 and
  // crosses again in month 5. The payback is the first crossing, whatever the months after it.
  it('pays back at the first crossing when the margin later dips and crosses again', () => {
    const path = [[40], [40], [0], [0], ...Array.from({ length: 56 }, () => [40])];
    const first = 3600 / (6.426 * 365);
    expectClose(checkedAsicPaybackMonths(300, ...s21xp, path), first, 1e-15);
    expect(asicPaybackMonths(300, ...s21xp, path, 1, 0, 2)).toBe(checkedAsicPaybackMonths(300, ...s21xp, path));
    // the dip is real: after month 4 the cumulative margin is below 0 again
    const day = (hashprice: number): number => (hashprice * 0.27 - 4.374) * (365 / 12);
    expect(-300 + 2 * day(40) + 2 * day(0)).toBeLessThan(0);
  });

  it('pays back exactly at the horizon, and not one month short of it', () => {
    // 60 months of 2,345.49 / 12 is exactly 11,727.45.
    expect(checkedAsicPaybackMonths(11727.45, ...s21xp, 40)).toBe(60);
    expect(() => asicPaybackMonths(11727.45, ...s21xp, 40, 1, 0, 59)).toThrow('does not pay back within 59 months');
  });

  it('is #N/A for a machine that never pays back: under water, or too slow', () => {
    // At 15 USD/PH/day the S21 XP earns 4.05 a day against 4.374 of power.
    expect(() => checkedAsicPaybackMonths(1890, ...s21xp, 15)).toThrow(
      expect.objectContaining({ kind: 'no_solution', message: 'does not pay back within 60 months' }),
    );
    expect(() => asicPaybackMonths(50_000, ...s21xp, 40, 1, 0, 1)).toThrow('does not pay back within 1 month');
  });

  it('is 0 for a machine that cost nothing, even under water', () => {
    expect(checkedAsicPaybackMonths(0, ...s21xp, 15)).toBe(0);
  });

  it('is #VALUE! for a path shorter than max_months', () => {
    expect(() => checkedAsicPaybackMonths(1890, ...s21xp, steppedPath(40, 24, 20, 24))).toThrow(
      expect.objectContaining({
        kind: 'invalid_input',
        message: 'hashprice_usd_per_ph_day must hold a figure for each of the 60 months (it holds 24) (got a range)',
      }),
    );
    expect(asicPaybackMonths(1890, ...s21xp, steppedPath(40, 24, 20, 24), 1, 0, 24)).toBeLessThan(24);
  });

  it('falls with a higher hashprice and rises with the power price (invariants)', () => {
    expect(checkedAsicPaybackMonths(1890, ...s21xp, 45)).toBeLessThan(checkedAsicPaybackMonths(1890, ...s21xp, 39.33));
    expect(checkedAsicPaybackMonths(1890, 270, 13.5, 0.06, 39.33)).toBeGreaterThan(checkedAsicPaybackMonths(1890, ...s21xp, 39.33));
  });

  it.each(ruleCases(asicPaybackMonthsParams, [1890, 270, 13.5, 0.05, 39.33, 0.97, 0.015, 60]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(asicPaybackMonthsParams, asicPaybackMonths)(...(args as Args))).toThrow(message);
    },
  );
});
