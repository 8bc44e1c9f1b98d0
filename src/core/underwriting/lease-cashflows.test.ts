import { expectClose } from '../../../test/helpers/tolerance';
import { leaseCashflows, leaseCashflowsHeaders, leaseCashflowsParams } from './lease-cashflows';
import { checkedCore } from '../params';

const checkedLeaseCashflows = checkedCore(leaseCashflowsParams, leaseCashflows);

describe('leaseCashflows', () => {
  // 10 MW at $100/kW-month: 10 × 1,000 × 100 × 12 = $12M of rent in year 1; 3% a year gives
  // 12.36M and 12.7308M; NOI at a 90% margin 10.8M, 11.124M, 11.45772M.
  it('gives the hand-derived escalated rent and NOI', () => {
    expect(leaseCashflows(10, 100, 3, 0.03, 0.9, 1, false)).toEqual([
      [1, 12_000_000, 10_800_000],
      [2, 12_360_000, 11_124_000],
      [3, 12_730_800, 11_457_720],
    ]);
  });

  // River Bend (companies.md, 2025-12-17): 245 MW IT, 15 years, 3% escalator. $128/kW-month is
  // derived: $7.0B ÷ Σ_{y=1…15} 1.03^(y−1) = $376.4M in year 1 ÷ (245,000 kW × 12) ≈ $128.0.
  it('gives the doc example and sums River Bend to about its $7.0B over 15 years', () => {
    const table = leaseCashflows(245, 128, 15, 0.03, 1, 1, false);
    expect(table[0]).toEqual([1, 376_320_000, 376_320_000]);
    const total = table.reduce((sum, row) => sum + (row[1] as number), 0);
    expectClose(total, 376_320_000 * ((1.03 ** 15 - 1) / 0.03), 1e-12);
    expectClose(total, 7e9, 0.001);
  });

  it('puts a header row first by default and defaults to no escalator, margin 1, full occupancy', () => {
    const table = checkedLeaseCashflows(1, 150, 2);
    expect(table).toEqual([[...leaseCashflowsHeaders], [1, 1_800_000, 1_800_000], [2, 1_800_000, 1_800_000]]);
  });

  it('scales rent with occupancy, and a term of 1 year is one row', () => {
    expect(leaseCashflows(1, 150, 1, 0.03, 0.5, 0.9, false)).toEqual([[1, 1_620_000, 810_000]]);
  });

  it('lets rent fall with a negative escalator', () => {
    expect(leaseCashflows(1, 100, 2, -0.1, 1, 1, false)[1]).toEqual([2, 1_080_000, 1_080_000]);
  });

  it('refuses an argument outside its rule, naming it', () => {
    expect(() => checkedLeaseCashflows(0, 100, 2)).toThrow('it_load_mw must be > 0 (got 0)');
    expect(() => checkedLeaseCashflows(1, -1, 2)).toThrow('rent_usd_per_kw_month must be >= 0 (got -1)');
    expect(() => checkedLeaseCashflows(1, 100, 2.5)).toThrow('term_years must be a whole number >= 1');
    expect(() => checkedLeaseCashflows(1, 100, 101)).toThrow('term_years must be <= 100 (got 101)');
    expect(() => checkedLeaseCashflows(1, 100, 2, -1)).toThrow('annual_escalator must be > -1');
    expect(() => checkedLeaseCashflows(1, 100, 2, 0, 1.1)).toThrow('noi_margin must be between 0 and 1');
    expect(() => checkedLeaseCashflows(1, 100, 2, 0, 1, 2)).toThrow('occupancy must be between 0 and 1');
  });

  it('answers #NUM! (not_finite) when the rent overflows a double', () => {
    expect(() => checkedLeaseCashflows(1e300, 1e10, 1)).toThrow('not a finite number');
  });
});
