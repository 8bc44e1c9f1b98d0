import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { coloMwRevenueParams, coloRevenueUsdPerMwYear } from './colo-mw-revenue';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedColoRevenueUsdPerMwYear = checkedCore(coloMwRevenueParams, coloRevenueUsdPerMwYear);

describe('coloRevenueUsdPerMwYear', () => {
  it('gives $1.8M per MW-year at $150/kW-month, the median implied by miner leases (companies.md)', () => {
    expect(checkedColoRevenueUsdPerMwYear(150)).toBe(1_800_000);
  });

  it('gives $2,208,720 at CBRE’s $184.06/kW-month (North America, H2-2024)', () => {
    expectClose(checkedColoRevenueUsdPerMwYear(184.06), 2_208_720, 1e-15);
  });

  it('scales with occupancy (default 1)', () => {
    expect(coloRevenueUsdPerMwYear(150, 1)).toBe(1_800_000);
    expect(coloRevenueUsdPerMwYear(150, 0.9)).toBe(1_620_000);
    expect(coloRevenueUsdPerMwYear(150, 0)).toBe(0);
    expect(checkedColoRevenueUsdPerMwYear(0)).toBe(0);
  });

  it('rejects a negative rent', () => {
    expect(() => checkedColoRevenueUsdPerMwYear(-1)).toThrow('rent_usd_per_kw_month must be >= 0 (got -1)');
  });
});
