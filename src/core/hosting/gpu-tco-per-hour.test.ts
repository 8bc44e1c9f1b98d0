import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { gpuRevenueUsdPerMwYear } from './gpu-mw-revenue';
import { gpuTcoPerHourParams, gpuTcoUsdPerHour } from './gpu-tco-per-hour';

const checkedGpuTcoUsdPerHour = checkedCore(gpuTcoPerHourParams, gpuTcoUsdPerHour);

type Args = [number, number, number, number, number, number, number, number];

describe('gpuTcoUsdPerHour', () => {
  // Worked: an H100 at ~$25,000 (capital.md 15d, [U]) over a 5-year life (WhiteFiber; theCUBE)
  // at 6% (IREN's GPU financing "<6%"): CRF 0.2373964004, capital 5,934.9100 a year. Power:
  // 1.4 kW (DGX H100 with fabric) × PUE 1.3 × 8,760 h × $0.04/kWh = 637.728 a year. Sold hours
  // at 90% utilization: 7,884. (5,934.9100 + 637.728) / 7,884 = 0.833668 USD per GPU-hour,
  // against a 1-year H100 contract at $2.35 (Mar-2026).
  it('gives ~$0.834 per sold hour for an H100 at 6% over 5 years', () => {
    expectClose(gpuTcoUsdPerHour(25_000, 5, 1.4, 1.3, 0.04, 0, 0.06, 0.9), 0.83366793642563885, 1e-14);
  });

  // Straight-line at 0%: (25,000 / 5 + 637.728 + 1,000 opex) / 8,760 = 0.757732 exactly.
  it('is straight-line and exact at a cost of capital of 0', () => {
    expectClose(checkedGpuTcoUsdPerHour(25_000, 5, 1.4, 1.3, 0.04, 1000), 0.75773150684931507, 1e-15);
    expect(checkedGpuTcoUsdPerHour(0, 5, 1, 1, 0.05)).toBe(0.05);
  });

  it('counts power every hour: the power part does not fall with utilization (invariant)', () => {
    const powerOnly = gpuTcoUsdPerHour(0, 5, 1.4, 1.2, 0.05, 0, 0, 0.5);
    expectClose(powerOnly, (1.4 * 1.2 * 0.05) / 0.5, 1e-15);
  });

  it('breaks even against GPU_MW_REVENUE at the price equal to its cost (invariant)', () => {
    // Revenue per MW of IT at price p equals cost per MW when p is the TCO at PUE 1 and no capex.
    const tco = gpuTcoUsdPerHour(0, 5, 1.4, 1, 0.06, 0, 0, 0.8);
    expectClose(gpuRevenueUsdPerMwYear(tco, 1.4, 0.8), (1000 / 1.4) * 1.4 * 8760 * 0.06, 1e-14);
  });

  it('is #DIV/0! when no hour is sold', () => {
    expect(() => gpuTcoUsdPerHour(25_000, 5, 1.4, 1.3, 0.04, 0, 0.06, 0)).toThrow(
      expect.objectContaining({ kind: 'division_by_zero', message: 'utilization is 0: no GPU-hour is sold to carry the cost' }),
    );
  });

  it.each(ruleCases(gpuTcoPerHourParams, [25_000, 5, 1.4, 1.3, 0.04, 1000, 0.06, 0.9]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(gpuTcoPerHourParams, gpuTcoUsdPerHour)(...(args as Args))).toThrow(message);
    },
  );
});

describe('gpuTcoUsdPerHour at the edges of the number range', () => {
  it('charges no capital for a GPU that cost nothing, whatever its life and rate', () => {
    // Power only: 5e-324 kW × 8,760 h × 0.04 USD/kWh over 8,760 × 0.9 sold hours.
    expect(() => gpuTcoUsdPerHour(0, 5e-324, 5e-324, 1, 0.04, 0, 5e-324, 0.9)).not.toThrow();
    expect(gpuTcoUsdPerHour(0, 5e-324, 1, 1, 0.04, 0, 5e-324, 1)).toBeCloseTo(0.04, 15);
  });

  it('answers not finite when the capital charge overflows', () => {
    expect(() => gpuTcoUsdPerHour(1e300, 1e-300, 1, 1, 0.04, 0, 0.05, 1)).toThrow('the capital charge per GPU-year is not a finite number');
  });
});
