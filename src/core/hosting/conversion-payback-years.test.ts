import { expectClose } from '../../../test/helpers/tolerance';
import { conversionPaybackYears, conversionPaybackYearsParams } from './conversion-payback-years';
import { checkedCore } from '../params';

const checkedConversionPaybackYears = checkedCore(conversionPaybackYearsParams, conversionPaybackYears);

type Args = [number, number, number, number, number, number];

/**
 * Payback by brute force from the stated rules: cumulative cash month by month, the last
 * month-end at which it is negative, interpolated within the next month.
 */
function paybackByMonths([mw, revenue, margin, capexPerMw, build, mining]: Args, years: number): number | undefined {
  const capex = mw * capexPerMw;
  const flows = [build === 0 ? -capex : 0];
  for (let m = 1; m <= years * 12; m++) {
    const forgone = (-mw * mining) / 12;
    flows.push(m <= build ? -capex / build + forgone : (mw * revenue * margin) / 12 + forgone);
  }
  let cumulative = 0;
  let lastNegative = -1;
  let atLastNegative = 0;
  flows.forEach((flow, m) => {
    cumulative += flow;
    if (cumulative < -1e-6) [lastNegative, atLastNegative] = [m, cumulative];
  });
  if (lastNegative === flows.length - 1) return undefined;
  return lastNegative < 0 ? 0 : (lastNegative - atLastNegative / flows[lastNegative + 1]) / 12;
}

const worked: Args = [10, 1_200_000, 0.5, 1_000_000, 12, 120_000];

describe('conversionPaybackYears', () => {
  it('gives the doc example: −11.2M after a 12-month build, then +0.4M a month: 40 months', () => {
    expect(checkedConversionPaybackYears(...worked)).toBe(40 / 12);
  });

  it('interpolates within the month in which the cumulative cash turns >= 0', () => {
    // capex 10.1M: −11.3M after the build, 28.25 months at +0.4M: 40.25 months
    expectClose(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_010_000, 12, 120_000), 40.25 / 12, 1e-15);
  });

  it('counts from time zero when the capex is paid at once (no build)', () => {
    // −10M at time zero, +0.4M a month from month 1: 25 months
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 0, 120_000)).toBe(25 / 12);
  });

  it('is 0 when the cumulative cash is never negative', () => {
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 0, 0, 120_000)).toBe(0);
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 0, 0, 600_000)).toBe(0);
  });

  it('pays back during the build when stopping mining saves more than the capex costs (a loss-making fleet)', () => {
    // −1M/month of capex for 12 months, +1.5M/month of mining losses avoided: never negative
    expect(checkedConversionPaybackYears(10, 0, 0, 1_200_000, 12, -1_800_000)).toBe(0);
  });

  it.each([
    [[83.3, 1_800_000, 0.85, 10_000_000, 12, 564_000] as Args, 30],
    [[83.3, 1_800_000, 0.85, 10_000_000, 17, 564_000] as Args, 30],
    [[200, 9_700_000, 0.85, 29_000_000, 7, 564_000] as Args, 10],
    [[1, 1_000_000, 0.9, 3_000_000, 0, 100_000] as Args, 5],
  ])('agrees with the month-by-month cumulative cash (%p, %i years)', (args, years) => {
    expectClose(checkedConversionPaybackYears(...args, years), paybackByMonths(args, years) as number, 1e-12);
  });

  it('pays back later the longer the build and the higher the capex', () => {
    const base = checkedConversionPaybackYears(83.3, 1_800_000, 0.85, 10_000_000, 12, 564_000);
    expect(checkedConversionPaybackYears(83.3, 1_800_000, 0.85, 10_000_000, 24, 564_000)).toBeGreaterThan(base);
    expect(checkedConversionPaybackYears(83.3, 1_800_000, 0.85, 11_000_000, 12, 564_000)).toBeGreaterThan(base);
  });

  it('reports no solution when it does not pay back within the horizon', () => {
    expect(() => checkedConversionPaybackYears(...worked, 3)).toThrow('does not pay back within 3 years');
    expect(() => checkedConversionPaybackYears(...worked, 1)).toThrow('does not pay back within 1 year');
    // AI EBITDA below the mining margin: never
    expect(() => checkedConversionPaybackYears(10, 1_000_000, 0.1, 1_000_000, 12, 120_000)).toThrow(
      'does not pay back within 30 years',
    );
    expect(checkedConversionPaybackYears(...worked, 4)).toBe(40 / 12);
  });

  it('does not pay back while a build as long as the horizon still owes capex, however large the AI EBITDA', () => {
    // 5 years, all of them build: −capex − 5 × mining at the horizon, whatever comes after it
    expect(() => checkedConversionPaybackYears(83.3, 1e300, 0.317, 1, 60, 400_000, 5)).toThrow('does not pay back within 5 years');
    expect(() => checkedConversionPaybackYears(1e-300, 1e300, 0.36, 5e-324, 60, 0, 5)).toThrow('does not pay back within 5 years');
  });

  it('does not pay back within a horizon shorter than the build (no solution, #N/A)', () => {
    expect(() => checkedConversionPaybackYears(10, 1_200_000, 0.5, 1_000_000, 36, 120_000, 2)).toThrow(
      expect.objectContaining({ kind: 'no_solution', message: 'does not pay back within 2 years' }),
    );
    expect(() => checkedConversionPaybackYears(10, 1e9, 1, 1_000_000, 1200, 0)).toThrow('does not pay back within 30 years');
  });

  it('keeps the digits of a payback among the subnormal doubles (divided once)', () => {
    // capex 5e-324 per MW paid at once, 1e-9 a year after: 5e-315 years
    expect(checkedConversionPaybackYears(1e300, 1, 1e-9, 5e-324, 0, 0)).toBe(5e-315);
  });

  it('counts an exact return to zero at the horizon as paid back', () => {
    // capex 3.6M: −4.8M after the build, +0.4M a month: 0 at month 24, the last month
    expect(checkedConversionPaybackYears(10, 1_200_000, 0.5, 360_000, 12, 120_000, 2)).toBe(2);
    // per MW: capex 0.2, e − m = 0.1 a year, no build: 0 at month 24, though 2.4 / 0.1 in doubles is 23.999…
    expect(checkedConversionPaybackYears(1, 0.1, 1, 0.2, 0, 0, 2)).toBe(2);
  });
});
