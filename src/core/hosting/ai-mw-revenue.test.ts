import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { aiMwRevenueParams, aiRevenueUsdPerMwYear } from './ai-mw-revenue';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedAiRevenueUsdPerMwYear = checkedCore(aiMwRevenueParams, aiRevenueUsdPerMwYear);

// Contract figures: the companies' announcements as dated (the contract table of the presets).
describe('aiRevenueUsdPerMwYear', () => {
  it('gives $9.7M per MW-year for IREN–Microsoft: $9.7B / 5 years / 200 MW IT (2025-11-03)', () => {
    expect(aiRevenueUsdPerMwYear(9.7e9, 5, 200)).toBe(9_700_000);
  });

  it.each([
    ['HUT–Fluidstack, $7.0B / 15 yr / 245 MW (2025-12-17)', 7.0e9, 15, 245, 1_904_761.9047619],
    ['CIFR–Fluidstack, $3.0B / 10 yr / 168 MW (2025-09-25)', 3.0e9, 10, 168, 1_785_714.2857143],
    ['RIOT–AMD, $311M / 10 yr / 25 MW (2026-01-16)', 311e6, 10, 25, 1_244_000],
  ])('matches the implied $/MW-yr of %s', (_name, value, term, mw, expected) => {
    expectClose(aiRevenueUsdPerMwYear(value, term, mw), expected, 1e-12);
  });

  it('accepts a fractional (average) term and a zero contract value', () => {
    expect(aiRevenueUsdPerMwYear(1e9, 2.5, 100)).toBe(4_000_000);
    expect(aiRevenueUsdPerMwYear(0, 5, 10)).toBe(0);
  });

  it('halves when the term or the load doubles', () => {
    const base = aiRevenueUsdPerMwYear(5e9, 15, 200);
    expectClose(aiRevenueUsdPerMwYear(5e9, 30, 200), base / 2);
    expectClose(aiRevenueUsdPerMwYear(5e9, 15, 400), base / 2);
  });

  it('rejects a zero term with the parameter, the rule and the value', () => {
    expect(() => checkedAiRevenueUsdPerMwYear(1e9, 0, 100)).toThrow('term_years must be > 0 (got 0)');
  });
});
