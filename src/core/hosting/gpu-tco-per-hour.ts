import { hoursPerYear } from '../constants';
import { divisionByZero, notFinite } from '../errors';
import { Exact } from '../arithmetic/exact';
import { capitalRecoveryFactor } from '../finance/capital-recovery-factor';
import { optional, required } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { atLeastOne, atLeastZero, greaterThanZero } from '../rules';
import { powerPriceUsdPerKwhParam } from '../mining/shared-params';
import { gpuMwRevenueParams } from './gpu-mw-revenue';

export const gpuTcoPerHourParams = [
  required('capex_usd_per_gpu', atLeastZero),
  required('life_years', greaterThanZero),
  gpuMwRevenueParams[1],
  required('pue', atLeastOne),
  powerPriceUsdPerKwhParam,
  optional('annual_opex_usd_per_gpu', 0, atLeastZero),
  optional('cost_of_capital', 0, atLeastZero),
  gpuMwRevenueParams[2],
] as const;

/**
 * GPU total cost of ownership per sold GPU-hour: what a GPU-hour must rent for to recover the
 * GPU's capital at the cost of capital over its life, its other operating cost and its power.
 *
 * (capex × CRF + annual opex + kW per GPU × PUE × 8,760 h × power price) / (8,760 h ×
 * utilization), CRF = r / (1 − (1 + r)^(−life)) (1 / life at r = 0: straight-line), the
 * level annual payment that repays the capex with interest over the life. Power is drawn
 * every hour, rented or not, so an idle hour still costs its power and only sold hours earn.
 * Opex and power are exact; the capital charge is capex × CRF in double (the CRF is
 * irrational in general, a double-double rounded once: see capitalRecoveryFactor), and the sum is divided once, at the
 * boundary. At a
 * cost of capital of 0 the capital charge is capex / life, kept exact in the quotient.
 *
 * @param capexUsdPerGpu capital cost per GPU in USD (with its share of servers and network), >= 0
 * @param lifeYears depreciation life in years, > 0 (4 to 6 years in filings)
 * @param kwPerGpu IT power per GPU in kW, > 0 (DGX H100 with fabric ≈ 1.4)
 * @param pue power usage effectiveness, >= 1
 * @param powerPriceUsdPerKwh power price in USD/kWh, >= 0
 * @param annualOpexUsdPerGpu other operating cost per GPU per year in USD, >= 0 (default 0)
 * @param costOfCapital annual cost of capital as a fraction, >= 0 (default 0)
 * @param utilization share of the year's hours sold, 0–1 (default 1)
 * @returns USD per sold GPU-hour
 * @throws invalid_input for any input outside its rule
 * @throws division_by_zero when utilization is 0: no hour is sold
 * @throws not_finite when the cost overflows a double
 * @example gpuTcoUsdPerHour(25_000, 5, 1.4, 1.3, 0.04, 0, 0.06, 0.9) ≈ 0.833667 (an H100 at
 *   ~$25,000 over 5 years at 6%: 5,934.91 capital + 637.73 power a year over 7,884 sold hours)
 */
export function gpuTcoUsdPerHour(
  capexUsdPerGpu: number, lifeYears: number, kwPerGpu: number, pue: number, powerPriceUsdPerKwh: number,
  annualOpexUsdPerGpu: number, costOfCapital: number, utilization: number,
): number {
  if (utilization === 0) throw divisionByZero('utilization is 0: no GPU-hour is sold to carry the cost');
  const power = Exact.of(kwPerGpu).times(pue).times(hoursPerYear).times(powerPriceUsdPerKwh);
  const running = annualOpexUsdPerGpu === 0 ? power : power.plus(annualOpexUsdPerGpu);
  const soldHours = Exact.of(hoursPerYear).times(utilization);
  if (costOfCapital === 0) {
    // (capex / life + running) / sold hours = (capex + life × running) / (life × sold hours)
    return quotientValue(
      { numerator: running.times(lifeYears).plus(capexUsdPerGpu), denominator: soldHours.times(lifeYears) },
      'the GPU cost per hour',
    );
  }
  // Nothing to recover when the GPU cost nothing (a factor of a vanishing life can be infinite).
  const charge = capexUsdPerGpu === 0 ? 0 : capexUsdPerGpu * capitalRecoveryFactor(costOfCapital, lifeYears);
  if (!Number.isFinite(charge)) throw notFinite('the capital charge per GPU-year is not a finite number');
  return quotientValue({ numerator: running.plus(Exact.of(charge)), denominator: soldHours }, 'the GPU cost per hour');
}
