import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { debtSizeParams, debtSizeUsd } from './debt-size';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedDebtSizeUsd = checkedCore(debtSizeParams, debtSizeUsd);

describe('debtSizeUsd', () => {
  // One figure: level debt service 100 ÷ 1.25 = 80 for 2 years at 10%, worth
  // 80 / 1.1 + 80 / 1.21 = 72.727273 + 66.115702 = 138.842975.
  it('sizes level debt on one CFADS figure as an annuity', () => {
    expectClose(checkedDebtSizeUsd([[100]], 0.1, 2, 1.25), 80 / 1.1 + 80 / 1.21);
  });

  // A range: sculpted, 120 / 1.2 / 1.1 + 60 / 1.2 / 1.21 = 90.909091 + 41.322314 = 132.231405.
  it('sizes sculpted debt on a CFADS range, one figure a year', () => {
    expectClose(checkedDebtSizeUsd([[120], [60]], 0.1, 2, 1.2), 100 / 1.1 + 50 / 1.21);
    expectClose(checkedDebtSizeUsd([[120, 60]], 0.1, 2, 1.2), 100 / 1.1 + 50 / 1.21);
  });

  it('counts years past the range as 0 and ignores cells past the tenor', () => {
    expectClose(checkedDebtSizeUsd([[120], [60]], 0.1, 3, 1.2), 100 / 1.1 + 50 / 1.21);
    expectClose(checkedDebtSizeUsd([[120], [60], [999]], 0.1, 2, 1.2), 100 / 1.1 + 50 / 1.21);
  });

  it('at a zero rate is the plain sum ÷ DSCR; a tenor of 1 is one discounted year', () => {
    expect(checkedDebtSizeUsd([[100]], 0, 10, 1.25)).toBe(800);
    expectClose(checkedDebtSizeUsd([[110]], 0.1, 1, 1), 100);
  });

  // River Bend (companies.md, valuation.md): NOI ~$454M a year, cost ~$2.45B, up to 85% LTC,
  // notes at 6.192%. At an assumed DSCR of 1.4 over 15 years the DSCR size is
  // 454M / 1.4 × (1 − 1.06192^−15) / 0.06192 ≈ $3.12B, so the 85% LTC, $2.0825B, binds: the
  // "~$2.08B" construction loan the sources report.
  it('caps the loan at cost × max loan-to-cost when that binds (River Bend)', () => {
    const dscrSize = (454e6 / 1.4) * ((1 - 1.06192 ** -15) / 0.06192);
    expectClose(checkedDebtSizeUsd([[454e6]], 0.06192, 15, 1.4), dscrSize, 1e-12);
    expect(debtSizeUsd([[454e6]], 0.06192, 15, 1.4, 2.45e9, 0.85)).toBe(2_082_500_000);
  });

  it('keeps the DSCR size when it binds, and a cap of exactly that size', () => {
    expectClose(debtSizeUsd([[100]], 0.1, 2, 1.25, 1000, 0.85), 80 / 1.1 + 80 / 1.21);
    expect(checkedDebtSizeUsd([[100]], 0, 2, 1, 200)).toBe(200);
    expect(checkedDebtSizeUsd([[100]], 0, 2, 1, 300)).toBe(200);
    expect(debtSizeUsd([[100]], 0.1, 2, 1, 1000, 0)).toBe(0);
  });

  it('rises with CFADS, falls with the rate and with the minimum DSCR', () => {
    const cfads = [[100], [110], [120], [130]];
    const base = checkedDebtSizeUsd(cfads, 0.07, 4, 1.3);
    expect(checkedDebtSizeUsd([[101], [110], [120], [130]], 0.07, 4, 1.3)).toBeGreaterThan(base);
    expect(checkedDebtSizeUsd(cfads, 0.08, 4, 1.3)).toBeLessThan(base);
    expect(checkedDebtSizeUsd(cfads, 0.07, 4, 1.4)).toBeLessThan(base);
    let previous = Infinity;
    for (const rate of [0, 0.02, 0.05, 0.1, 0.2]) {
      const size = checkedDebtSizeUsd(cfads, rate, 4, 1.3);
      expect(size).toBeLessThan(previous);
      previous = size;
    }
  });

  it('is 0 for CFADS of 0', () => {
    expect(checkedDebtSizeUsd([[0]], 0.05, 10, 1.3)).toBe(0);
  });

  it('refuses an argument outside its rule, naming it', () => {
    expect(() => checkedDebtSizeUsd([[-1]], 0.05, 10, 1.3)).toThrow('cfads_usd_per_year must be >= 0 (got -1)');
    expect(() => checkedDebtSizeUsd([[1], [-5]], 0.05, 10, 1.3)).toThrow(
      'cfads_usd_per_year must be a number >= 0 in every cell (row 2, column 1 is -5) (got a range)',
    );
    expect(() => checkedDebtSizeUsd([[1]], -0.01, 10, 1.3)).toThrow('interest_rate must be >= 0 (got -0.01)');
    expect(() => checkedDebtSizeUsd([[1]], 0.05, 0, 1.3)).toThrow('tenor_years must be a whole number >= 1');
    expect(() => checkedDebtSizeUsd([[1]], 0.05, 10, 0)).toThrow('min_dscr must be > 0 (got 0)');
    expect(() => checkedDebtSizeUsd([[1]], 0.05, 10, 1.3, -1)).toThrow('cost_usd must be >= 0 (got -1)');
    expect(() => checkedDebtSizeUsd([[1]], 0.05, 10, 1.3, 100, 1.2)).toThrow('max_loan_to_cost must be between 0 and 1');
  });
});

describe('debtSizeUsd on several CFADS cases', () => {
  const sizeOf = checkedCore(debtSizeParams, debtSizeUsd);
  const base = [454e6, 467.6e6, 481.7e6, 496.1e6];
  const downside = base.map((cfads, t) => (t < 2 ? cfads : cfads * 0.7)); // a 30% cut at renewal in year 3

  it('with two columns is the smaller of the two single-case sizes', () => {
    const both = base.map((cfads, t) => [cfads, downside[t]]);
    const single = (column: number[]) => sizeOf(column.map((cfads) => [cfads]), 0.06192, 4, 1.3);
    expect(sizeOf(both, 0.06192, 4, 1.3)).toBe(Math.min(single(base), single(downside)));
    expect(single(downside)).toBeLessThan(single(base));
    // the order of the columns does not matter, and the loan-to-cost cap still applies
    expect(sizeOf(both.map(([a, b]) => [b, a]), 0.06192, 4, 1.3)).toBe(single(downside));
    expect(sizeOf(both, 0.06192, 4, 1.3, 1e9, 0.5)).toBe(5e8);
  });

  it('reads one row as one case, one figure a year across, as before cases', () => {
    expect(sizeOf([base], 0.06192, 4, 1.3)).toBe(sizeOf(base.map((cfads) => [cfads]), 0.06192, 4, 1.3));
  });

  it('refuses a negative cell in any case, naming its place', () => {
    expect(() => sizeOf([[1, 2], [3, -4]], 0.05, 2, 1.2)).toThrow('cfads_usd_per_year must be a number >= 0 in every cell (row 2, column 2 is -4)');
  });
});
