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
  // $3M at signing pays the invoices of months 13–15 ($1M of revenue each): those months bring
  // $500k − $1M = −$500k of AI cash, months 16–24 $500k each; year 2 holds $3M less than its
  // $6M of EBITDA.
  it('is year 0’s AI income, and pays the revenue of the first months after the build', () => {
    expect(checkedConversionCashflows(...terms, 2, false, 3_000_000)).toEqual([
      [0, 0, 3_000_000, 0, 3_000_000, 3_000_000],
      [1, -10_000_000, 0, -1_200_000, -11_200_000, -8_200_000],
      [2, 0, 3_000_000, -1_200_000, 1_800_000, -6_400_000],
    ]);
  });

  it('moves revenue earlier without adding to it: the NPV at 0% is unchanged, at 10% higher by the time it gains', () => {
    expect(checkedConversionNpvUsd(...terms, 2, 0, 3_000_000)).toBe(-6_400_000);
    const paid = [13, 14, 15].map((m) => 1_000_000 * 1.1 ** (-m / 12)).reduce((a, b) => a + b, 0);
    expectClose(checkedConversionNpvUsd(...terms, 2, 0.1, 3_000_000), checkedConversionNpvUsd(...terms, 2, 0.1) + 3_000_000 - paid, 1e-12);
  });

  // $2.5M pays months 13 and 14 whole and $0.5M of month 15: −$500k, −$500k, $0, then $500k.
  it('takes the rest of the prepayment from the month that uses it up', () => {
    expect(checkedConversionCashflows(...terms, 2, false, 2_500_000)[2]).toEqual([2, 0, 3_500_000, -1_200_000, 2_300_000, -6_400_000]);
    const paid = 1_000_000 * 1.1 ** (-13 / 12) + 1_000_000 * 1.1 ** (-14 / 12) + 500_000 * 1.1 ** (-15 / 12);
    expectClose(checkedConversionNpvUsd(...terms, 2, 0.1, 2_500_000), checkedConversionNpvUsd(...terms, 2, 0.1) + 2_500_000 - paid, 1e-12);
  });

  // A build of 12 × years − 1 months leaves one month of revenue ($1M) in the horizon: it pays
  // that month, and the $200k not yet earned is still owed at the end of the horizon.
  it('is deducted when the build leaves one month in the horizon', () => {
    expect(checkedConversionCashflows(12, 1_000_000, 1, 0, 11, 0, 1, false, 1_200_000)).toEqual([
      [0, 0, 1_200_000, 0, 1_200_000, 1_200_000],
      [1, 0, -200_000, 0, -200_000, 1_000_000],
    ]);
    // IREN–Microsoft's terms with a 59-month build in a 5-year horizon: $1.94B received at
    // signing, capex and the margin given up in months 1–59, and month 60 brings its EBITDA
    // less the whole prepayment (its own revenue and the $1.78B still owed).
    const v = 1.1 ** (-1 / 12);
    const [capex, forgone, ebitda] = [200 * 29e6, (200 * 702_601) / 12, (200 * 9.7e6 * 0.85) / 12];
    let byHand = 1.94e9 + (ebitda - 1.94e9 - forgone) * v ** 60;
    for (let m = 1; m <= 59; m++) byHand += (-capex / 59 - forgone) * v ** m;
    expect(byHand / 1e9).toBeCloseTo(-4.348, 3);
    expectClose(checkedConversionNpvUsd(200, 9.7e6, 0.85, 29e6, 59, 702_601, 5, 0.1, 1.94e9), byHand, 1e-12);
  });

  // No month after the build in the horizon: the prepayment is deferred revenue the customer
  // is still owed at its end, deducted there (v^24), not income the conversion keeps.
  it('is still owed at the end of a horizon the build fills', () => {
    const withPrepayment = checkedConversionNpvUsd(10, 1e6, 0.5, 5e6, 24, 100_000, 2, 0.1, 1e6);
    expectClose(withPrepayment, checkedConversionNpvUsd(10, 1e6, 0.5, 5e6, 24, 100_000, 2, 0.1) + 1e6 * (1 - 1.1 ** -2), 1e-12);
    expect(checkedConversionNpvUsd(10, 1e6, 0.5, 5e6, 24, 100_000, 2, 0, 1e6)).toBe(checkedConversionNpvUsd(10, 1e6, 0.5, 5e6, 24, 100_000, 2, 0));
    const table = checkedConversionCashflows(10, 1e6, 0.5, 5e6, 24, 100_000, 2, false, 1e6);
    expect(table[0][2]).toBe(1e6);
    expect(table[2][2]).toBe(-1e6);
    expect(table[2][5]).toBe(-52_000_000);
  });

  // $3M pays months 13–15 whatever the horizon: −8.2M after the build, −600k a month to −10M,
  // then +400k a month, 25 months more: 40 months, as without the prepayment (once used up it
  // has only moved revenue earlier).
  it('gives a payback that no horizon past the crossing changes', () => {
    for (const years of [4, 30, 100]) expect(checkedConversionPaybackYears(...terms, years, 3_000_000)).toBe(40 / 12);
    expect(checkedConversionPaybackYears(...terms, 30, 0)).toBe(40 / 12);
    // IREN–Microsoft: $1.94B pays the 12 months after a 12-month build ($161.7M of revenue
    // each). Cash after month 24: 1.94B − 5.8B − 24 × forgone − 12 × (revenue − EBITDA); then
    // EBITDA − forgone a month.
    const [capex, forgone, revenue] = [200 * 29e6, (200 * 702_601) / 12, (200 * 9.7e6) / 12];
    const atMonth24 = 1.94e9 - capex - 24 * forgone - 12 * (revenue * 0.15);
    const byHand = (24 + -atMonth24 / (revenue * 0.85 - forgone)) / 12;
    for (const years of [5, 12, 30]) expectClose(checkedConversionPaybackYears(200, 9.7e6, 0.85, 29e6, 12, 702_601, years, 1.94e9), byHand, 1e-13);
  });

  // No build, $10M of capex at signing met by $10M prepaid: the prepayment pays months 1–10,
  // −600k a month, to −6M; then +400k a month, 15 months more. A prepayment that keeps the
  // cash at or above 0 ($3M against $1M of capex and nothing given up) pays back at 0.
  it('pays back when the cash first comes back to 0, at 0 when it never dips below 0', () => {
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 0, 120_000, 10, 10_000_000)).toBe(25 / 12);
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 0, 120_000, 10)).toBe(25 / 12);
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 100_000, 12, 0, 1, 3_000_000)).toBe(0);
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 100_000, 12, 0, 30, 3_000_000)).toBe(0);
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

  // 10 MW, no AI income: giving up $100k, −$300k, $500k per MW-year is −$1M in year 1 (to
  // −1M), +$3M in year 2 (+250k a month: back to 0 four months in, 16 months) and −$5M in
  // year 3. The first crossing is the payback, whatever comes after it.
  it('pays back at the first crossing even when the cash dips below 0 again', () => {
    const margins = [[100_000], [-300_000], [500_000]];
    expect(conversionPaybackYears(10, 0, 0.5, 0, 0, 0, 2, 0, margins)).toBe(16 / 12);
    expect(conversionPaybackYears(10, 0, 0.5, 0, 0, 0, 3, 0, margins)).toBe(16 / 12);
    expect(conversionCashflows(10, 0, 0.5, 0, 0, 0, 3, false, 0, margins).map((row) => row[5])).toEqual([0, -1_000_000, 2_000_000, -3_000_000]);
  });

  it('needs one figure for each year of the horizon', () => {
    expect(() => conversionNpvUsd(...terms, 5, 0.1, 0, [[1], [2]])).toThrow(
      'mining_margins_per_mw_year must hold at least one figure a year of the horizon (5; it holds 2) (got a range)',
    );
    expect(() => checkedConversionPaybackYears(...terms, undefined, 0, [[1], [2]])).toThrow('(30; it holds 2)');
  });
});
