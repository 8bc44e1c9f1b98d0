import { phsPerEhs } from '../constants';
import { required } from '../params';
import { quotientValue } from '../arithmetic/quotient';
import { atLeastZero, greaterThanZero } from '../rules';
import { hashvalueParams, nonZeroHashvalueOfInputs } from './hashvalue';

export const realizedHashrateParams = [
  required('btc_mined', atLeastZero),
  required('days', greaterThanZero),
  ...hashvalueParams,
] as const;

/**
 * Realized hashrate: the average hashrate (EH/s) that earns `btcMined` in `days` at that
 * network size, the figure miners' monthly updates set beside their installed hashrate.
 *
 * A hashrate R of a network H earns R / H of the difficulty-implied 144 blocks a day, each
 * paying subsidy + fees (Luxor Hashrate Index method, as HASHVALUE), that is
 * (subsidy + fees) × 144 / H BTC per EH/s per day: R = btc_mined / (days × that) =
 * btc_mined × H / (days × (subsidy + fees) × 144). Luck, pool fees and curtailment all show
 * as a lower realized hashrate. Numerator and denominator are exact; the division happens
 * once, at the boundary (see quotient.ts).
 *
 * @param btcMined BTC mined in the period, >= 0
 * @param days length of the period in days, > 0
 * @param networkHashrateEhs average network hashrate over the period in EH/s, > 0
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param blockHeight whole number >= 0 selecting the subsidy; omitted: 3.125 BTC
 * @returns EH/s
 * @throws invalid_input for any input outside its rule
 * @throws division_by_zero when there is no subsidy (height >= 6,930,000) and no fees:
 *   no hashrate earns anything
 * @throws not_finite when the hashrate overflows a double
 * @example realizedHashrateEhs(1795, 90, 1048.5, 0.0173) ≈ 46.21 (CleanSpark mined 1,795 BTC in
 *   Q1 2026 and reported 47.3 EH/s on average; network as on 2026-01-12)
 */
export function realizedHashrateEhs(
  btcMined: number, days: number, networkHashrateEhs: number, feesBtcPerBlock: number, blockHeight?: number,
): number {
  const hashvalue = nonZeroHashvalueOfInputs(networkHashrateEhs, feesBtcPerBlock, blockHeight, 'no hashrate earns any BTC');
  // hashvalue is per PH/s: per EH/s it is 1,000 × numerator / denominator.
  return quotientValue(
    { numerator: hashvalue.denominator.times(btcMined), denominator: hashvalue.numerator.times(days).times(phsPerEhs) },
    'the realized hashrate',
  );
}
