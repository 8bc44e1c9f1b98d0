/**
 * DEBT_SCHEDULE's profiles, each against a schedule derived by hand here, and its exactness on
 * a principal far smaller than the balance (the reproduction of a defect: year-3 principal of
 * DEBT_SCHEDULE 100000000000 0.3 100 read 0.204498291 where the exact figure is 0.204490308…).
 */
import Decimal from 'decimal.js';
import { excelError } from '../../../test/helpers/excel';
import { miner } from '../../../test/helpers/miner';
import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { debtSchedule, debtScheduleParams } from './debt-schedule';

const schedule = checkedCore(debtScheduleParams, debtSchedule);
type Row = (number | string)[];
const expectRows = (actual: Row[], expected: number[][], relative = 1e-14) =>
  expected.forEach((row, r) => row.forEach((value, c) => expectClose(actual[r][c] as number, value, relative)));

describe('DEBT_SCHEDULE profiles, derived by hand', () => {
  // Bullet: 1,000 at 5% over 4 years: interest 50 a year, the 1,000 with the last.
  it('a bullet pays interest only and the principal at the tenor', () => {
    expect(schedule(1000, 0.05, 4, undefined, false, 'bullet')).toEqual([
      [1, 1000, 50, 0, 50, 1000],
      [2, 1000, 50, 0, 50, 1000],
      [3, 1000, 50, 0, 50, 1000],
      [4, 1000, 50, 1000, 1050, 0],
    ]);
  });

  // Balloon: 1,000 at 10% over 2 years, 40% left to the end. The level payment s solves
  // 1,000 = s/1.1 + (s + 400)/1.21, so s = (1,210 − 400) / 2.1 = 385.714286. Year 1: interest
  // 100, principal 285.714286, closing 714.285714; year 2: interest 71.428571, principal
  // 714.285714 = s − 71.428571 + 400 (the balloon), closing 0.
  it('a balloon is level service on the loan less its share, that share paid at the tenor', () => {
    const s = 810 / 2.1;
    const table = schedule(1000, 0.1, 2, undefined, false, 'balloon', 0.4);
    expectRows(table, [
      [1, 1000, 100, s - 100, s, 1100 - s],
      [2, 1100 - s, (1100 - s) * 0.1, 1100 - s, s + 400, 0],
    ]);
    expect(table[1][5]).toBe(0);
  });

  // Level with CFADS: 1,000 at 10% over 2 years, service 1,000 × 1.21 × 0.1 / 0.21 = 576.190476
  // both years whatever the CFADS; the DSCR is each year's CFADS over it.
  it('level with CFADS keeps the annuity and shows each year’s DSCR', () => {
    const service = 121 / 0.21;
    const table = schedule(1000, 0.1, 2, [[700], [900]], false, 'level');
    expectRows(table, [
      [1, 1000, 100, service - 100, service, 1100 - service, 700 / service],
      [2, 1100 - service, (1100 - service) * 0.1, 1100 - service, service, 0, 900 / service],
    ]);
  });

  // A lender tests a bullet's or a balloon's DSCR on the service before the repayment at maturity.
  it('leaves the bullet’s principal and the balloon out of the last year’s DSCR', () => {
    const bullet = schedule(1000, 0.05, 3, [[100]], false, 'bullet');
    expect(bullet.map((row) => row[6])).toEqual([2, 2, 2]);
    const balloon = schedule(1000, 0.1, 2, [[500]], false, 'balloon', 0.4);
    expectClose(balloon[1][6] as number, 500 / (810 / 2.1), 1e-14);
  });

  it('reads the profile in any case and refuses one it does not know, sculpted without CFADS and a stray balloon share', () => {
    expect(schedule(1000, 0.05, 4, undefined, false, ' BULLET ')).toEqual(schedule(1000, 0.05, 4, undefined, false, 'bullet'));
    expect(() => schedule(1000, 0.05, 4, undefined, false, 'amortizing')).toThrow(
      'profile must be one of sculpted, level, bullet, balloon (got "amortizing")',
    );
    expect(() => schedule(1000, 0.05, 4, undefined, false, 'sculpted')).toThrow('profile sculpted needs cfads_usd_per_year (got "sculpted")');
    expect(() => schedule(1000, 0.05, 4, undefined, false, 'level', 0.2)).toThrow(
      'balloon_share must be 0 unless profile is balloon (profile is level) (got 0.2)',
    );
    expect(() => schedule(1000, 0.05, 4, undefined, false, 'balloon', 1)).toThrow('balloon_share must be >= 0 and < 1');
  });
});

describe('DEBT_SCHEDULE is exact where the principal is far below the balance', () => {
  // Level service on 1e11 at 30% over 100 years: principal_t = P × r × 1.3^(t−1) ÷ (1.3^100 − 1),
  // in 60-digit decimal here as the oracle.
  it('gives each year’s principal as the exact figure rounded once (the year-3 reproduction)', () => {
    const D = Decimal.clone({ precision: 60 });
    const growth = new D(1.3);
    const first = new D(1e11).times(0.3).div(growth.pow(100).minus(1));
    const table = schedule(1e11, 0.3, 100, undefined, false);
    expect((table[2][3] as number).toPrecision(9)).toBe('0.204490308');
    for (const t of [1, 2, 3, 10, 50]) expectClose(table[t - 1][3] as number, first.times(growth.pow(t - 1)).toNumber(), 4e-16);
  });
});

describe('DEBT_SCHEDULE refuses a two-dimensional CFADS range', () => {
  it('names the parameter, the rule and the range’s shape (the reproduction)', () => {
    expect(excelError(() => miner.DEBT_SCHEDULE(1000, 0.05, 4, [[100, 200], [300, 400]]))).toEqual({
      code: '#VALUE!',
      message: 'cfads_usd_per_year must be one column or one row, not 2 rows × 2 columns (got a range)',
    });
  });

  it('still reads one row or one column as one figure a year', () => {
    expect(miner.DEBT_SCHEDULE(1000, 0.05, 2, [[100, 200]], false)).toEqual(miner.DEBT_SCHEDULE(1000, 0.05, 2, [[100], [200]], false));
  });
});
