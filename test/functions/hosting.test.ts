/**
 * The AI/HPC hosting and conversion functions as Excel calls them: arguments normalised by
 * their parameter specs, one invalid-input case per declared rule (built from the same Rule
 * objects the validator uses), blanks, defaults, spilled tables and the #N/A of a project
 * that never pays back.
 */
import { aiMwRevenueParams } from '../../src/core/hosting/ai-mw-revenue';
import { coloMwRevenueParams } from '../../src/core/hosting/colo-mw-revenue';
import { contractPvParams } from '../../src/core/hosting/contract-pv';
import { conversionCashflowsParams } from '../../src/core/hosting/conversion-cashflows';
import { conversionNpvParams } from '../../src/core/hosting/conversion-npv';
import { conversionPaybackYearsParams } from '../../src/core/hosting/conversion-payback-years';
import { gpuMwRevenueParams } from '../../src/core/hosting/gpu-mw-revenue';
import { itLoadMwParams } from '../../src/core/hosting/it-load-mw';
import { valuePerWattParams } from '../../src/core/hosting/value-per-watt';
import { ParamSpec } from '../../src/core/params';
import { ruleCases } from '../helpers/rule-cases';
import * as hosting from '../../src/functions/hosting';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExcelFunction = (...args: any[]) => unknown;

/** Each function with its specs and a set of valid arguments (the worked cases of the core tests). */
const functions: [string, ExcelFunction, readonly ParamSpec[], unknown[]][] = [
  ['AI_MW_REVENUE', hosting.AI_MW_REVENUE, aiMwRevenueParams, [9.7e9, 5, 200]],
  ['GPU_MW_REVENUE', hosting.GPU_MW_REVENUE, gpuMwRevenueParams, [2.35, 1.4, 0.9]],
  ['COLO_MW_REVENUE', hosting.COLO_MW_REVENUE, coloMwRevenueParams, [150, 0.9]],
  ['IT_LOAD_MW', hosting.IT_LOAD_MW, itLoadMwParams, [100, 1.2]],
  ['CONTRACT_PV', hosting.CONTRACT_PV, contractPvParams, [9.7e9, 5, 0.1, 0.2, 0.03]],
  ['CONVERSION_CASHFLOWS', hosting.CONVERSION_CASHFLOWS, conversionCashflowsParams, [10, 1.2e6, 0.5, 1e6, 12, 120_000, 30, true]],
  ['CONVERSION_NPV', hosting.CONVERSION_NPV, conversionNpvParams, [10, 1.2e6, 0.5, 1e6, 12, 120_000, 30, 0.1]],
  ['CONVERSION_PAYBACK_YEARS', hosting.CONVERSION_PAYBACK_YEARS, conversionPaybackYearsParams, [10, 1.2e6, 0.5, 1e6, 12, 120_000, 30]],
  ['VALUE_PER_WATT', hosting.VALUE_PER_WATT, valuePerWattParams, [150, 0.85, 0.075, 1e7]],
];

describe.each(functions)('%s', (id, fn, specs, validArgs) => {
  it('is the declared function of that ID and answers for valid arguments', () => {
    expect(fn.name).toBe(id);
    expect(() => fn(...validArgs)).not.toThrow();
  });

  it.each(ruleCases(specs, validArgs))('answers #VALUE! when $parameter breaks "$rule"', ({ args, message }) => {
    expect(excelError(() => fn(...args))).toEqual({ code: '#VALUE!', message });
  });

  it.each(specs.filter((spec) => !spec.optional).map((spec) => [spec.name, specs.indexOf(spec)] as const))(
    'answers #VALUE! for a blank %s, never reading it as 0',
    (name, index) => {
      for (const blank of [null, undefined, '']) {
        const args = [...validArgs];
        args[index] = blank;
        expect(excelError(() => fn(...args))).toEqual({ code: '#VALUE!', message: `${name} is required (got blank)` });
      }
    },
  );

  it.each(specs.filter((spec) => spec.kind === 'number').map((spec) => [spec.name, specs.indexOf(spec)] as const))(
    'answers #VALUE! for text in %s',
    (name, index) => {
      const args = [...validArgs];
      args[index] = 'ten';
      expect(excelError(() => fn(...args))).toEqual({ code: '#VALUE!', message: `${name} must be a number (got "ten")` });
    },
  );
});

describe.each(functions.filter(([, , specs]) => specs.some((spec) => spec.optional)))('%s, optional arguments', (_id, fn, specs, validArgs) => {
  it.each(specs.filter((spec) => spec.optional).map((spec) => [spec.name, specs.indexOf(spec)] as const))(
    'takes the documented default when %s is blank or omitted',
    (_name, index) => {
      const explicit = [...validArgs];
      explicit[index] = specs[index].defaultValue;
      for (const blank of [null, undefined]) {
        const omitted = [...validArgs];
        omitted[index] = blank;
        expect(fn(...omitted)).toEqual(fn(...explicit));
      }
    },
  );
});

describe('results through the Excel layer', () => {
  it('gives the published and worked figures', () => {
    expect(hosting.AI_MW_REVENUE(9.7e9, 5, 200)).toBe(9_700_000);
    expectClose(hosting.GPU_MW_REVENUE(2.35, 1.4, 0.9) as number, 18_527_400 / 1.4, 1e-15);
    expect(hosting.COLO_MW_REVENUE(150)).toBe(1_800_000);
    expectClose(hosting.IT_LOAD_MW(100, 1.2) as number, 250 / 3, 1e-15);
    expectClose(hosting.CONTRACT_PV(9.7e9, 5, 0.1, 0.2) as number, 7_823_301_066.12, 1e-12);
    expect(hosting.CONVERSION_NPV(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, 0)).toBe(-6_400_000);
    expect(hosting.CONVERSION_PAYBACK_YEARS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000)).toBe(40 / 12);
    expectClose(hosting.VALUE_PER_WATT(150, 0.85, 0.075, 10_000_000) as number, 10.4, 1e-15);
  });

  it('spills CONVERSION_CASHFLOWS with a header row by default, and without one for FALSE', () => {
    const withHeaders = hosting.CONVERSION_CASHFLOWS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2);
    expect(withHeaders).toEqual([
      ['year', 'capex_usd', 'ai_ebitda_usd', 'mining_margin_forgone_usd', 'incremental_cash_flow_usd', 'cumulative_usd'],
      [0, 0, 0, 0, 0, 0],
      [1, -10_000_000, 0, -1_200_000, -11_200_000, -11_200_000],
      [2, 0, 6_000_000, -1_200_000, 4_800_000, -6_400_000],
    ]);
    for (const noHeaders of [false, 'FALSE', 0]) {
      expect(hosting.CONVERSION_CASHFLOWS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 2, noHeaders as boolean)).toEqual(
        withHeaders.slice(1),
      );
    }
  });

  it('answers #VALUE! for a headers argument that is not TRUE or FALSE', () => {
    expect(excelError(() => hosting.CONVERSION_CASHFLOWS(10, 1e6, 0.5, 1e6, 12, 0, 2, 'yes' as unknown as boolean))).toEqual({
      code: '#VALUE!',
      message: 'headers must be TRUE or FALSE (got "yes")',
    });
  });

  it('answers #VALUE! for a build that ends after the horizon, in each CONVERSION_* function', () => {
    const message = 'build_months must be <= years × 12 = 24 (the build must end within the horizon) (got 25)';
    expect(excelError(() => hosting.CONVERSION_CASHFLOWS(10, 1e6, 0.5, 1e6, 25, 0, 2))).toEqual({ code: '#VALUE!', message });
    expect(excelError(() => hosting.CONVERSION_NPV(10, 1e6, 0.5, 1e6, 25, 0, 2, 0.1))).toEqual({ code: '#VALUE!', message });
    expect(excelError(() => hosting.CONVERSION_PAYBACK_YEARS(10, 1e6, 0.5, 1e6, 25, 0, 2))).toEqual({ code: '#VALUE!', message });
  });

  it('answers #N/A with a message when a conversion does not pay back within the horizon', () => {
    expect(excelError(() => hosting.CONVERSION_PAYBACK_YEARS(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 3))).toEqual({
      code: '#N/A',
      message: 'does not pay back within 3 years',
    });
    expect(excelError(() => hosting.CONVERSION_PAYBACK_YEARS(10, 1_000_000, 0.1, 1_000_000, 12, 120_000))).toEqual({
      code: '#N/A',
      message: 'does not pay back within 30 years',
    });
  });

  it('answers #VALUE! naming the rule for a fractional contract term', () => {
    expect(excelError(() => hosting.CONTRACT_PV(9.7e9, 4.5, 0.1))).toEqual({
      code: '#VALUE!',
      message: 'term_years must be a whole number >= 1 (instalments are annual) (got 4.5)',
    });
  });

  it('runs the longest horizon (100 years, 1,200 months) and the longest build', () => {
    const table = hosting.CONVERSION_CASHFLOWS(1, 1e6, 0.5, 1e6, 1200, 1e5, 100, false) as number[][];
    expect(table).toHaveLength(101);
    expect(table[100][5]).toBe(-1e6 - 100 * 1e5);
    expect(hosting.CONVERSION_NPV(1, 1e6, 0.5, 1e6, 0, 1e5, 100, 0)).toBe(-1e6 + 100 * 4e5);
  });
});
