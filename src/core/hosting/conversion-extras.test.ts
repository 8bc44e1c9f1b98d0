/**
 * The optional trailing arguments of CONVERSION_CASHFLOWS, _NPV and _PAYBACK_YEARS: a
 * prepayment received at signing (and so not after the build), and the mining margin given up one figure a year (so a
 * halving shows). The worked case of conversion-schedule.test.ts: 10 MW, AI EBITDA $500k a
 * month after a 12-month build, capex $10M over the build, mining $100k a month given up
 * ($120k per MW-year).
 */
import { expectClose } from '../../../test/helpers/tolerance';
import { conversionCashflows, conversionCashflowsParams } from './conversion-cashflows';
import { conversionNpvUsd, conversionNpvParams } from './conversion-npv';
import { conversionPaybackYears, conversionPaybackYearsParams } from './conversion-payback-years';
import { checkedCore } from '../params';

const checkedConversionCashflows = checkedCore(conversionCashflowsParams, conversionCashflows);
const checkedConversionNpvUsd = checkedCore(conversionNpvParams, conversionNpvUsd);
const checkedConversionPaybackYears = checkedCore(conversionPaybackYearsParams, conversionPaybackYears);

const terms = [10, 1_200_000, 0.5, 1_000_000, 12, 120_000] as const;

describe('a prepayment received at signing', () => {
  // $3M at signing, deducted from the 12 months after the build: AI EBITDA $250k a month there.
  it('is year 0’s AI income, taken back from the AI income after the build', () => {
    expect(checkedConversionCashflows(...terms, 2, false, 3_000_000)).toEqual([
      [0, 0, 3_000_000, 0, 3_000_000, 3_000_000],
      [1, -10_000_000, 0, -1_200_000, -11_200_000, -8_200_000],
      [2, 0, 3_000_000, -1_200_000, 1_800_000, -6_400_000],
    ]);
  });

  it('moves revenue earlier without adding to it: the NPV at 0% is unchanged, at 10% higher by the time it gains', () => {
    expect(checkedConversionNpvUsd(...terms, 2, 0, 3_000_000)).toBe(-6_400_000);
    const later = Array.from({ length: 12 }, (_, m) => 250_000 * 1.1 ** (-(13 + m) / 12)).reduce((a, b) => a + b, 0);
    expectClose(checkedConversionNpvUsd(...terms, 2, 0.1, 3_000_000), checkedConversionNpvUsd(...terms, 2, 0.1) + 3_000_000 - later, 1e-12);
  });

  // 30 years: $3M over 348 months after the build. −8.2M after the build, then
  // 400,000 − 3,000,000 / 348 a month: 8.2M × 348 / (139.2M − 3M) = 20.95 months more.
  it('shortens the payback, to 0 when the cumulative cash never dips below 0', () => {
    expectClose(checkedConversionPaybackYears(...terms, 30, 3_000_000), (12 + (8.2e6 * 348) / (139.2e6 - 3e6)) / 12, 1e-15);
    expect(checkedConversionPaybackYears(...terms, 30, 0)).toBe(40 / 12);
    // no build, $10M of capex at signing met by a $10M prepayment; then 500k − 100k − 10M / 120 a month
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 0, 120_000, 10, 10_000_000)).toBe(0);
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 0, 120_000, 10)).toBe(25 / 12);
  });

  it('is refused below 0', () => {
    expect(() => checkedConversionNpvUsd(...terms, 2, 0.1, -1)).toThrow('prepayment_usd must be >= 0 (got -1)');
  });
});

describe('a mining margin a year', () => {
  // Year 2 at $240k per MW-year (the margin of a year before a halving doubled, say): $2.4M given up.
  it('gives each year of the cash flows its own margin given up', () => {
    const table = conversionCashflows(...terms, 2, false, 0, [[120_000], [240_000]]);
    expect(table[2]).toEqual([2, 0, 6_000_000, -2_400_000, 3_600_000, -7_600_000]);
    expect(conversionCashflows(...terms, 2, false, 0, [[120_000, 240_000, 999]])[2]).toEqual(table[2]);
  });

  it('discounts each year at its own margin; the same margin every year is the one margin', () => {
    expect(conversionNpvUsd(...terms, 2, 0, 0, [[120_000], [240_000]])).toBe(-7_600_000);
    expectClose(conversionNpvUsd(...terms, 6, 0.1, 0, [[120_000], [120_000], [120_000], [120_000], [120_000], [120_000]]), checkedConversionNpvUsd(...terms, 6, 0.1), 1e-13);
    // year 2's extra $1.2M given up, $100k a month in months 13–24, at 10% a year
    const extra = Array.from({ length: 12 }, (_, m) => 100_000 * 1.1 ** (-(13 + m) / 12)).reduce((a, b) => a + b, 0);
    expectClose(conversionNpvUsd(...terms, 2, 0.1, 0, [[120_000], [240_000]]), checkedConversionNpvUsd(...terms, 2, 0.1) - extra, 1e-12);
  });

  // −11.2M after the build; year 2 +0.4M a month to −6.4M; from year 3 +0.3M a month: 21⅓
  // months more, 45⅓ months from the start of the build.
  it('finds the payback across years of different margins', () => {
    const margins = [[120_000], [120_000], [240_000], [240_000], [240_000]];
    expectClose(conversionPaybackYears(...terms, 5, 0, margins), (45 + 1 / 3) / 12, 1e-15);
    expect(() => conversionPaybackYears(...terms, 5, 0, [[120_000], [120_000], [1e9], [1e9], [1e9]])).toThrow('does not pay back within 5 years');
  });

  it('needs one figure for each year of the horizon', () => {
    expect(() => conversionNpvUsd(...terms, 5, 0.1, 0, [[1], [2]])).toThrow(
      'mining_margins_per_mw_year must hold at least one figure a year of the horizon (5; it holds 2) (got a range)',
    );
    expect(() => checkedConversionPaybackYears(...terms, undefined, 0, [[1], [2]])).toThrow('(30; it holds 2)');
  });
});
