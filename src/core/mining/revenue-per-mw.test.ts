import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { miningRevenuePerMwParams, miningRevenueUsdPerMwYear } from './revenue-per-mw';

const checkedMiningRevenueUsdPerMwYear = checkedCore(miningRevenuePerMwParams, miningRevenueUsdPerMwYear);

describe('miningRevenueUsdPerMwYear', () => {
  // Worked: 1 MW of 17.5 J/TH machines runs 1,000 / 17.5 = 57.142857 PH/s; at the 2026-01-12
  // hashprice of 39.33 USD/PH/day that earns 39.33 × 57.142857 × 365 = 820,311.43 USD a year.
  it('gives ~820,311 USD per MW-year for 17.5 J/TH at a 39.33 hashprice', () => {
    expectClose(checkedMiningRevenueUsdPerMwYear(39.33, 17.5), 820_311.4285714285714);
  });

  it('scales with uptime and the share kept after the pool fee', () => {
    expectClose(miningRevenueUsdPerMwYear(39.33, 17.5, 0.95, 0.02), 820_311.4285714285714 * 0.95 * 0.98);
  });

  it('halves when the machines use twice the energy per TH (invariant)', () => {
    expectClose(checkedMiningRevenueUsdPerMwYear(39.33, 35), checkedMiningRevenueUsdPerMwYear(39.33, 17.5) / 2);
  });

  it('is 0 at zero hashprice or zero uptime', () => {
    expect(checkedMiningRevenueUsdPerMwYear(0, 17.5)).toBe(0);
    expect(checkedMiningRevenueUsdPerMwYear(39.33, 17.5, 0)).toBe(0);
  });

  it('stays finite for a very efficient machine and a huge hashprice', () => {
    expectClose(checkedMiningRevenueUsdPerMwYear(1e6, 1e-6), 1e6 * 1e9 * 365);
  });

  it.each(ruleCases(miningRevenuePerMwParams, [39.33, 17.5, 0.95, 0.02]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(miningRevenuePerMwParams, miningRevenueUsdPerMwYear)(...(args as [number, number, number, number]))).toThrow(message);
  });
});
