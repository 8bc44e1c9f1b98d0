import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { miningMarginPerMwParams, miningMarginUsdPerMwYear } from './margin-per-mw';
import { miningRevenueUsdPerMwYear } from './revenue-per-mw';

const checkedMiningMarginUsdPerMwYear = checkedCore(miningMarginPerMwParams, miningMarginUsdPerMwYear);

type Args = [number, number, number, number, number, number];

describe('miningMarginUsdPerMwYear', () => {
  // Worked: 820,311.43 USD revenue (see revenue-per-mw.test.ts) less 1,000 kW × 8,760 h × 0.04
  // = 350,400 USD of power = 469,911.43 USD per MW-year.
  it('gives ~469,911 USD per MW-year for 17.5 J/TH at 4 c/kWh and a 39.33 hashprice', () => {
    expectClose(checkedMiningMarginUsdPerMwYear(39.33, 17.5, 0.04), 469_911.4285714285714);
  });

  it('pays power only while running and subtracts other costs', () => {
    const expected = miningRevenueUsdPerMwYear(39.33, 17.5, 0.9, 0.02) - 1000 * 8760 * 0.9 * 0.04 - 25_000;
    expectClose(miningMarginUsdPerMwYear(39.33, 17.5, 0.04, 0.9, 0.02, 25_000), expected);
  });

  it('is negative when power costs more than mining earns (an S19j Pro at 10 c/kWh)', () => {
    expectClose(checkedMiningMarginUsdPerMwYear(39.33, 29.5, 0.1), (39.33 * 1000 * 365) / 29.5 - 876_000);
    expect(checkedMiningMarginUsdPerMwYear(39.33, 29.5, 0.1)).toBeLessThan(0);
  });

  // Worked: 42 × 365,000 / 17.5 = 876,000 USD of revenue, and 8,760,000 kWh × 0.1 = 876,000 of power.
  it('keeps the digits of a margin near zero: exactly 0 at breakeven, 0.0876 USD at a power price 1e-8 USD/kWh below', () => {
    expect(checkedMiningMarginUsdPerMwYear(42, 17.5, 0.1)).toBe(0);
    expectClose(checkedMiningMarginUsdPerMwYear(42, 17.5, 0.09999999), 0.0876, 1e-15);
    expectClose(miningMarginUsdPerMwYear(42, 17.5, 0.1, 0.5, 0.02, 0.01), -(42 * 365_000 * 0.5 * 0.02) / 17.5 - 0.01, 1e-15);
  });

  it('is minus the other cost at zero uptime', () => {
    expect(miningMarginUsdPerMwYear(39.33, 17.5, 0.04, 0, 0, 10_000)).toBe(-10_000);
  });

  it.each(ruleCases(miningMarginPerMwParams, [39.33, 17.5, 0.04, 0.9, 0.02, 25_000]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(miningMarginPerMwParams, miningMarginUsdPerMwYear)(...(args as Args))).toThrow(message);
    },
  );
});
