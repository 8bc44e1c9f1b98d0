import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { gpuMwRevenueParams, gpuRevenueUsdPerMwYear } from './gpu-mw-revenue';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedGpuRevenueUsdPerMwYear = checkedCore(gpuMwRevenueParams, gpuRevenueUsdPerMwYear);

// Prices and power per GPU: companies.md, "GPU rental prices" and "Power per GPU and PUE".
describe('gpuRevenueUsdPerMwYear', () => {
  it('gives about $13.2M per MW-year for H100 at $2.35/GPU-hour (1-yr contract, Mar-2026), 1.4 kW, 90% utilised', () => {
    // 2.35 × 8,760 × 0.9 × 1,000 / 1.4 = 13,233,857.142857...
    expectClose(gpuRevenueUsdPerMwYear(2.35, 1.4, 0.9), 18_527_400 / 1.4, 1e-15);
  });

  it('gives $21.9M per MW-year for B200 at $4.50 (Ornn neocloud, 2026), 1.8 kW, fully rented', () => {
    expect(checkedGpuRevenueUsdPerMwYear(4.5, 1.8)).toBe(21_900_000);
  });

  it('defaults utilization to 1 and earns nothing when idle or free', () => {
    expect(checkedGpuRevenueUsdPerMwYear(1, 1)).toBe(8_760_000);
    expect(gpuRevenueUsdPerMwYear(1, 1, 1)).toBe(8_760_000);
    expect(gpuRevenueUsdPerMwYear(2.35, 1.4, 0)).toBe(0);
    expect(gpuRevenueUsdPerMwYear(0, 1.4, 0.9)).toBe(0);
  });

  it('scales with price and utilization, and inversely with kW per GPU', () => {
    const base = gpuRevenueUsdPerMwYear(2, 1.5, 0.8);
    expectClose(gpuRevenueUsdPerMwYear(4, 1.5, 0.8), 2 * base);
    expectClose(gpuRevenueUsdPerMwYear(2, 1.5, 0.4), base / 2);
    expectClose(gpuRevenueUsdPerMwYear(2, 3, 0.8), base / 2);
  });

  it('rejects a utilization above 1', () => {
    expect(() => checkedGpuRevenueUsdPerMwYear(2, 1.4, 90)).toThrow('utilization must be between 0 and 1 (a share: 8% is 0.08) (got 90)');
  });
});
