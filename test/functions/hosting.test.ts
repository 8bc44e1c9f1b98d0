/**
 * The AI/HPC hosting and conversion functions as Excel calls them: results, spilled tables and
 * the #N/A of a project that never pays back. Every parameter's rules, blanks and defaults are
 * swept from the catalogue in test/catalogue/invalid-input.test.ts.
 */
import { miner } from '../helpers/miner';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

describe('results through the Excel layer', () => {
  it('gives the published and worked figures', () => {
    expect(miner.AI_MW_REVENUE(9.7e9, 5, 200)).toBe(9_700_000);
    expectClose(miner.GPU_MW_REVENUE(2.35, 1.4, 0.9) as number, 18_527_400 / 1.4, 1e-15);
    expect(miner.COLO_MW_REVENUE(150)).toBe(1_800_000);
    expectClose(miner.IT_LOAD_MW(100, 1.2) as number, 250 / 3, 1e-15);
    expectClose(miner.CONTRACT_PV(9.7e9, 5, 0.1, 0.2) as number, 7_823_301_066.12, 1e-12);
    expect(miner.CONVERSION_NPV(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0)).toBe(-6_400_000);
    expect(miner.CONVERSION_PAYBACK_YEARS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000)).toBe(40 / 12);
    expectClose(miner.VALUE_PER_WATT(150, 0.85, 0.075, 10_000_000) as number, 10.4, 1e-15);
  });

  it('spills CONVERSION_CASHFLOWS with a header row by default, and without one for FALSE', () => {
    const withHeaders = miner.CONVERSION_CASHFLOWS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2);
    expect(withHeaders).toEqual([
      ['year', 'capex_usd', 'ai_ebitda_usd', 'mining_margin_forgone_usd', 'incremental_cash_flow_usd', 'cumulative_usd'],
      [0, 0, 0, 0, 0, 0],
      [1, -10_000_000, 0, -1_200_000, -11_200_000, -11_200_000],
      [2, 0, 6_000_000, -1_200_000, 4_800_000, -6_400_000],
    ]);
    for (const noHeaders of [false, 'FALSE', 0]) {
      expect(miner.CONVERSION_CASHFLOWS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, noHeaders as boolean)).toEqual(
        withHeaders.slice(1),
      );
    }
  });

  it('answers #VALUE! for a headers argument that is not TRUE or FALSE', () => {
    expect(excelError(() => miner.CONVERSION_CASHFLOWS(10, 1e6, 0.5, 1e6, 12, 0, 2, 'yes' as unknown as boolean))).toEqual({
      code: '#VALUE!',
      message: 'headers must be TRUE or FALSE (got "yes")',
    });
  });

  // Worked: 10 MW × $1M of capex over a 25-month build is $400,000 a month; a 2-year horizon
  // holds 24 of those months and no AI income.
  it('covers a horizon that ends inside the build: all capex, no income, and no payback', () => {
    const table = miner.CONVERSION_CASHFLOWS(10, 1e6, 0.5, 1e6, 25, 0, 2, false) as number[][];
    expect(table.map((row) => row[1])).toEqual([0, -4_800_000, -4_800_000]);
    expect(table[2][5]).toBe(-9_600_000);
    expect(miner.CONVERSION_NPV(10, 1e6, 0.5, 1e6, 25, 0, 2, 0)).toBe(-9_600_000);
    expect(excelError(() => miner.CONVERSION_PAYBACK_YEARS(10, 1e6, 0.5, 1e6, 25, 0, 2))).toEqual({
      code: '#N/A',
      message: 'does not pay back within 2 years',
    });
  });

  it('answers #N/A with a message when a conversion does not pay back within the horizon', () => {
    expect(excelError(() => miner.CONVERSION_PAYBACK_YEARS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 3))).toEqual({
      code: '#N/A',
      message: 'does not pay back within 3 years',
    });
    expect(excelError(() => miner.CONVERSION_PAYBACK_YEARS(10, 1_000_000, 0.1, 1_000_000, 12, 120_000))).toEqual({
      code: '#N/A',
      message: 'does not pay back within 30 years',
    });
  });

  it('answers #VALUE! naming the rule for a fractional contract term', () => {
    expect(excelError(() => miner.CONTRACT_PV(9.7e9, 4.5, 0.1))).toEqual({
      code: '#VALUE!',
      message: 'term_years must be a whole number >= 1 (instalments are annual) (got 4.5)',
    });
  });

  it('runs the longest horizon (100 years, 1,200 months) and the longest build', () => {
    const table = miner.CONVERSION_CASHFLOWS(1, 1e6, 0.5, 1e6, 1200, 1e5, 100, false) as number[][];
    expect(table).toHaveLength(101);
    expect(table[100][5]).toBe(-1e6 - 100 * 1e5);
    expect(miner.CONVERSION_NPV(1, 1e6, 0.5, 1e6, 0, 1e5, 100, 0)).toBe(-1e6 + 100 * 4e5);
  });
});
