import { hoursPerYear, kwPerMw } from '../constants';
import { Decimal, toFiniteNumber } from '../decimal';
import { checkParam, optional, required } from '../params';
import { atLeastZero, greaterThanZero, shareInclusive } from '../rules';

export const gpuMwRevenueParams = [
  required('price_usd_per_gpu_hour', atLeastZero),
  required('kw_per_gpu', greaterThanZero),
  optional('utilization', 1, shareInclusive),
] as const;

/**
 * GPU-cloud revenue per MW of IT load per year:
 * price × 8,760 h × utilization × 1,000 kW/MW / kW per GPU.
 *
 * A MW of IT load holds 1,000 / kW-per-GPU GPUs (kW per GPU includes its share of the
 * server, storage and network fabric), each rented for the hours it is utilised.
 *
 * @param priceUsdPerGpuHour rental price in USD per GPU-hour, >= 0
 * @param kwPerGpu IT power per GPU in kW, > 0 (DGX H100 with fabric ≈ 1.4)
 * @param utilization share of the year's hours rented, 0–1 (default 1)
 * @returns USD per MW of IT load per year
 * @throws invalid_input for a negative price, a kW per GPU <= 0 or a utilization outside 0–1
 * @example gpuRevenueUsdPerMwYear(2.35, 1.4, 0.9) ≈ 13_233_857 (H100 1-year contract, Mar-2026)
 */
export function gpuRevenueUsdPerMwYear(priceUsdPerGpuHour: number, kwPerGpu: number, utilization = 1): number {
  [priceUsdPerGpuHour, kwPerGpu, utilization].forEach((value, i) => checkParam(gpuMwRevenueParams[i], value));
  const revenue = new Decimal(priceUsdPerGpuHour).times(hoursPerYear).times(utilization).times(kwPerMw).div(kwPerGpu);
  return toFiniteNumber(revenue, 'GPU revenue per MW-year');
}
