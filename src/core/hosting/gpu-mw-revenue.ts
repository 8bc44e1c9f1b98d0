import { hoursPerYear, kwPerMw } from '../constants';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { optional, required } from '../params';
import { atLeastZero, greaterThanZero, shareInclusive } from '../rules';

export const gpuMwRevenueParams = [
  required('price_usd_per_gpu_hour', atLeastZero),
  required('kw_per_gpu', greaterThanZero),
  optional('utilization', 1, shareInclusive),
] as const;

/** 8,760 hours a year × 1,000 kW per MW. */
const gpuHoursTimesKwPerMw = Exact.of(hoursPerYear * kwPerMw);

/**
 * GPU-cloud revenue per MW of IT load per year:
 * price × 8,760 h × utilization × 1,000 kW/MW / kW per GPU.
 *
 * A MW of IT load holds 1,000 / kW-per-GPU GPUs (kW per GPU includes its share of the
 * server, storage and network fabric), each rented for the hours it is utilised. The
 * numerator is exact; the division by kW per GPU happens once, at the boundary (see
 * ../arithmetic/README.md).
 *
 * @param priceUsdPerGpuHour rental price in USD per GPU-hour, >= 0
 * @param kwPerGpu IT power per GPU in kW, > 0 (DGX H100 with fabric ≈ 1.4)
 * @param utilization share of the year's hours rented, 0–1 (default 1)
 * @returns USD per MW of IT load per year
 * @throws invalid_input for a negative price, a kW per GPU <= 0 or a utilization outside 0–1
 * @example gpuRevenueUsdPerMwYear(2.35, 1.4, 0.9) ≈ 13_233_857 (H100 1-year contract, Mar-2026)
 */
export function gpuRevenueUsdPerMwYear(priceUsdPerGpuHour: number, kwPerGpu: number, utilization: number): number {
  const fullyRented = Exact.of(priceUsdPerGpuHour).times(gpuHoursTimesKwPerMw);
  const revenue = utilization === 1 ? fullyRented : fullyRented.times(utilization);
  return quotientValue({ numerator: revenue, denominator: Exact.of(kwPerGpu) }, 'GPU revenue per MW-year');
}
