import { checkConversionTerms, conversionFlows } from './conversion-flows';

const n = (d: { toNumber(): number }): number => d.toNumber();

describe('conversionFlows', () => {
  // 10 MW; AI $1.2M/MW-yr at 50% EBITDA = $500k a month; mining $120k/MW-yr = $100k a month given up;
  // capex $1M/MW = $10M over 12 months.
  const flows = conversionFlows([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2);

  it('gives the doc example: $400k a month after the build (AI 500k less 100k of mining)', () => {
    expect(n(flows.perOperatingMonthUsd)).toBe(400_000);
  });

  it('spreads the capex evenly over the build, with the mining margin given up from month 1', () => {
    expect(flows.months).toBe(24);
    expect(n(flows.capexUsd)).toBe(-10_000_000);
    expect(n(flows.atStartUsd)).toBe(0);
    expect(n(flows.perBuildMonthUsd.times(12))).toBe(-11_200_000);
    expect(n(flows.aiEbitdaPerYearUsd)).toBe(6_000_000);
    expect(n(flows.miningForgonePerYearUsd)).toBe(-1_200_000);
  });

  it('puts all the capex at time zero when there is no build', () => {
    const instant = conversionFlows([10, 1_200_000, 0.5, 1_000_000, 0, 120_000], 2);
    expect(n(instant.atStartUsd)).toBe(-10_000_000);
    expect(n(instant.perBuildMonthUsd)).toBe(0);
    expect(n(instant.perOperatingMonthUsd)).toBe(400_000);
  });

  it('turns a negative mining margin (a loss the conversion stops) into a positive flow', () => {
    expect(n(conversionFlows([10, 0, 0, 0, 0, -120_000], 1).perOperatingMonthUsd)).toBe(100_000);
  });

  it('allows a build as long as the horizon, and no longer', () => {
    expect(n(conversionFlows([10, 1e6, 0.5, 1e6, 24, 0], 2).perBuildMonthUsd.times(24))).toBe(-10_000_000);
    expect(() => conversionFlows([10, 1e6, 0.5, 1e6, 25, 0], 2)).toThrow(
      'build_months must be <= years × 12 = 24 (the build must end within the horizon) (got 25)',
    );
  });
});

describe('checkConversionTerms', () => {
  it('gives the doc example: the horizon in months', () => {
    expect(checkConversionTerms([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2)).toBe(24);
  });

  it('names the first argument outside its rule, in the Excel order, then the years, then the build', () => {
    expect(() => checkConversionTerms([0, -1, 0.5, 1e6, 12, 0], 2)).toThrow('it_load_mw must be > 0 (got 0)');
    expect(() => checkConversionTerms([10, 1e6, 1.5, -1, 12, 0], 2)).toThrow('ai_ebitda_margin must be between 0 and 1');
    expect(() => checkConversionTerms([10, 1e6, 0.5, 1e6, 12.5, 0], 2)).toThrow('build_months must be a whole number (got 12.5)');
    expect(() => checkConversionTerms([10, 1e6, 0.5, 1e6, 36, 0], 0)).toThrow('years must be > 0 (got 0)');
    expect(() => checkConversionTerms([10, 1e6, 0.5, 1e6, 36, 0], 2)).toThrow('build_months must be <= years × 12 = 24');
  });
});
