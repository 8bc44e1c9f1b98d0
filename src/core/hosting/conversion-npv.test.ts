import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { presentValue } from '../finance/present-value';
import { conversionCashflows, conversionCashflowsParams } from './conversion-cashflows';
import { conversionNpvUsd, conversionNpvParams } from './conversion-npv';
import { checkedCore } from '../params';

const checkedConversionCashflows = checkedCore(conversionCashflowsParams, conversionCashflows);
const checkedConversionNpvUsd = checkedCore(conversionNpvParams, conversionNpvUsd);

type Case = [number, number, number, number, number, number, number];

/**
 * The monthly series written out from the stated rules, independently of conversionFlows:
 * point 0 = time zero, point m = end of month m.
 */
function monthlySeries([mw, revenue, margin, capexPerMw, build, mining, years]: Case): Decimal[] {
  const months = years * 12;
  const capex = new Decimal(mw).times(capexPerMw);
  const series: Decimal[] = [build === 0 ? capex.neg() : new Decimal(0)];
  for (let m = 1; m <= months; m++) {
    let flow = new Decimal(mw).times(mining).div(12).neg();
    if (m <= build) flow = flow.minus(capex.div(build));
    else flow = flow.plus(new Decimal(mw).times(revenue).times(margin).div(12));
    series.push(flow);
  }
  return series;
}

/** Excel's NPV over the year column, plus the year-0 cell (a time-zero flow Excel's NPV would discount). */
function excelNpvOfTable(table: number[][], rate: number): number {
  return table.slice(1).reduce((sum, row, i) => sum + row[4] / (1 + rate) ** (i + 1), table[0][4]);
}

/** Present value of the absolute yearly amounts: the scale the Excel comparison is measured on. */
function grossPresentValue(table: number[][], rate: number): number {
  const gross = (row: number[]): number => Math.abs(row[1]) + Math.abs(row[2]) + Math.abs(row[3]);
  return table.slice(1).reduce((sum, row, i) => sum + gross(row) / (1 + rate) ** (i + 1), gross(table[0]));
}

/** What a year's level monthly flows lose when Excel puts them at the year end: 12 / Σ_{j<12} (1+r)^(j/12). */
function yearEndFactor(rate: number): number {
  let sum = 0;
  for (let j = 0; j < 12; j++) sum += (1 + rate) ** (j / 12);
  return 12 / sum;
}

// 83.3 MW of IT load leased at $150/kW-month (1.8M/MW-yr) at 85% margin, $10M/MW capex, giving
// up $564k/MW-yr of mining margin (a 17.5 J/TH fleet at ~$40/PH/day and 4 c/kWh, × PUE 1.2).
const lease: Case = [83.3, 1_800_000, 0.85, 10_000_000, 12, 564_000, 30];
const worked: Case = [10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2];

describe('conversionNpvUsd', () => {
  it('gives the doc example: at a zero rate the NPV is the undiscounted total (−10M − 2.4M + 6M)', () => {
    expect(checkedConversionNpvUsd(...worked, 0)).toBe(-6_400_000);
  });

  it('discounts month m by (1 + r)^(−m/12), flows at month ends: a one-month-build check by hand', () => {
    // 12 MW, no mining, capex 1.2M in month 1, then AI 12 × 1.2M × 0.5 / 12 = 600k in months 2…12
    const v = 1.1 ** (-1 / 12);
    let expected = -1_200_000 * v;
    for (let m = 2; m <= 12; m++) expected += 600_000 * v ** m;
    expectClose(checkedConversionNpvUsd(12, 1_200_000, 0.5, 100_000, 1, 0, 1, 0.1), expected, 1e-13);
  });

  it('gives each rate its own factor when rates alternate (the last one is remembered)', () => {
    const args = [200, 9_700_000, 0.85, 29_000_000, 12, 702_601, 6] as const;
    const atTen = checkedConversionNpvUsd(...args, 0.1);
    const atFive = checkedConversionNpvUsd(...args, 0.05);
    expect(atFive).toBeGreaterThan(atTen);
    expect(checkedConversionNpvUsd(...args, 0.1)).toBe(atTen);
    expect(checkedConversionNpvUsd(...args, 0.05)).toBe(atFive);
    expect(checkedConversionNpvUsd(...args, 0)).toBe(checkedConversionCashflows(...args, false).at(-1)?.[5]);
  });

  it('leaves capex at time zero undiscounted when there is no build', () => {
    expect(checkedConversionNpvUsd(10, 0, 0, 1_000_000, 0, 0, 1, 0.25)).toBe(-10_000_000);
  });

  it.each([
    [lease, 0.1],
    [lease, 0.075],
    [[200, 9_700_000, 0.85, 29_000_000, 7, 564_000, 5] as Case, 0.12],
    [[5, 1_000_000, 0.3, 2_000_000, 0, -50_000, 100] as Case, 0.04],
    [[1, 1_000_000, 1, 0, 1200, 0, 100] as Case, -0.2],
    // A build longer than the horizon: all of it build, no AI EBITDA.
    [[10, 1_200_000, 0.5, 1_000_000, 36, 120_000, 2] as Case, 0.1],
    [[10, 1_200_000, 0.5, 1_000_000, 1200, -50_000, 1] as Case, 0.08],
  ])('equals the present value of the monthly series written out month by month (%p at %p)', (args, rate) => {
    const factor = new Decimal(1).plus(rate).pow(new Decimal(-1).div(12));
    const expected = presentValue(monthlySeries(args), factor).toNumber();
    expectClose(checkedConversionNpvUsd(...args, rate), expected, 1e-20 + 1e-14);
  });

  // Beyond a safe magnitude (a factor (1 + r)^(−n) past 1e100, 1e-300 MW, a revenue of 5e-324)
  // the same sum is taken in 34-digit decimal: still the monthly series, to the last digits.
  it.each([
    [[10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 30] as Case, -0.9999],
    [[1e-300, 1_800_000, 0.85, 10_000_000, 12, 564_000, 30] as Case, 0.08],
    [[10, 5e-324, 0.075, 0, 24, 0, 100] as Case, 0.0300001],
    [[83.3, 1e300, 0.85, 10_000_000, 12, 564_000, 30] as Case, 0.08],
  ])('equals the monthly series beyond a double’s safe range too (%p at %p)', (args, rate) => {
    const factor = new Decimal(1).plus(rate).pow(new Decimal(-1).div(12));
    const expected = presentValue(monthlySeries(args), factor).toNumber();
    expectClose(checkedConversionNpvUsd(...args, rate), expected, 1e-14);
  });

  it('reports an NPV beyond a double as not finite', () => {
    // (1 − 0.9999)^(−100) = 1e400
    expect(() => checkedConversionNpvUsd(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 100, -0.9999)).toThrow('NPV is not a finite number');
  });

  describe("against Excel's NPV over the CONVERSION_CASHFLOWS year column", () => {
    // Excel's NPV puts each year's sum at the year end, on average 5½ months after its months:
    // each year's flows lose the factor 12 / Σ_{j<12} (1+r)^(j/12) (0.978 at 5%, 0.957 at 10%).
    it.each([0.04, 0.05, 0.1, 0.15])('is exactly that factor away when the build is whole years (rate %p)', (rate) => {
      for (const build of [0, 12, 24]) {
        const args: Case = [83.3, 1_800_000, 0.85, 10_000_000, build, 564_000, 30];
        const table = checkedConversionCashflows(...args, false) as number[][];
        const atStart = table[0][4];
        const fromExcel = atStart + (excelNpvOfTable(table, rate) - atStart) / yearEndFactor(rate);
        expect(Math.abs(fromExcel - checkedConversionNpvUsd(...args, rate))).toBeLessThan(grossPresentValue(table, rate) * 1e-13);
      }
    });

    // Tolerance: each month's flow moves at most 11 months later, on average 5½: the gap is within
    // 1 − (1 + r)^(−1/2) (2.0% at 4%, 4.7% at 10%) of the flows' gross present value.
    it.each([0.04, 0.08, 0.1, 0.15])('is within 1 − (1 + r)^(−1/2) of the gross present value for any build (rate %p)', (rate) => {
      for (const build of [0, 5, 12, 17, 30]) {
        const args: Case = [83.3, 1_800_000, 0.85, 10_000_000, build, 564_000, 30];
        const table = checkedConversionCashflows(...args, false) as number[][];
        const gap = Math.abs(excelNpvOfTable(table, rate) - checkedConversionNpvUsd(...args, rate));
        expect(gap).toBeLessThanOrEqual((1 - (1 + rate) ** -0.5) * grossPresentValue(table, rate));
      }
    });
  });

  describe('invariants', () => {
    it('falls as the discount rate rises for a project that spends first and earns later', () => {
      for (const build of [0, 12]) {
        const args: Case = [50, 1_800_000, 0.85, 8_000_000, build, 400_000, 30];
        const npvs = [-0.05, 0, 0.03, 0.05, 0.08, 0.1, 0.15, 0.25].map((rate) => checkedConversionNpvUsd(...args, rate));
        for (let i = 1; i < npvs.length; i++) expect(npvs[i]).toBeLessThan(npvs[i - 1]);
      }
    });

    it('values a 24-month build below a 12-month one when AI EBITDA is well above the mining margin', () => {
      for (const rate of [0, 0.05, 0.1, 0.2]) {
        expect(checkedConversionNpvUsd(83.3, 9_700_000, 0.85, 10_000_000, 24, 564_000, 30, rate)).toBeLessThan(
          checkedConversionNpvUsd(83.3, 9_700_000, 0.85, 10_000_000, 12, 564_000, 30, rate),
        );
      }
    });

    it('is positive with no capex, no build and an AI margin above the mining margin', () => {
      for (const rate of [0, 0.1, 0.5, 5]) expect(checkedConversionNpvUsd(10, 1_000_000, 0.5, 0, 0, 499_999, 10, rate)).toBeGreaterThan(0);
    });

    it('is zero when nothing changes (no capex, AI EBITDA equal to the mining margin)', () => {
      expect(checkedConversionNpvUsd(10, 1_000_000, 0.5, 0, 0, 500_000, 10, 0.1)).toBe(0);
    });

    it('scales with the IT load', () => {
      expectClose(checkedConversionNpvUsd(166.6, 1_800_000, 0.85, 10_000_000, 12, 564_000, 30, 0.08), 2 * checkedConversionNpvUsd(...lease, 0.08), 1e-13);
    });
  });

  it('rejects a discount rate of −100%', () => {
    expect(() => checkedConversionNpvUsd(...worked, -1)).toThrow('discount_rate must be > -1 (a rate: 8% is 0.08) (got -1)');
  });
});
