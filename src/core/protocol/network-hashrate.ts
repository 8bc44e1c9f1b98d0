import { hashesPerDifficultyUnit, hashesPerSecondPerEhs, secondsPerBlockTarget } from '../constants';
import { Decimal, toFiniteNumber } from '../arithmetic/decimal';
import { Exact } from '../arithmetic/exact';
import { correctlyRoundedQuotient } from '../arithmetic/correctly-rounded-quotient';
import { optional, required } from '../params';
import { greaterThanZero } from '../rules';

export const networkHashrateParams = [
  required('difficulty', greaterThanZero),
  optional('block_seconds', secondsPerBlockTarget, greaterThanZero),
] as const;

/** 2^32 hashes per difficulty unit in EH: exactly 4.294967296e-9. */
const ehPerDifficultyUnit = new Decimal(hashesPerDifficultyUnit).div(hashesPerSecondPerEhs);
/** 10^-18: hashes to EH. */
const ehPerHash = Exact.of(1 / hashesPerSecondPerEhs);

/**
 * Network hashrate implied by a difficulty, in EH/s.
 *
 * A block takes difficulty × 2^32 hashes on average (Bitcoin Core's target arithmetic;
 * exactly D × 2^48 / 65,535, 0.0015% more, which the industry ignores), found every
 * `blockSeconds`: H = D × 2^32 / seconds / 1e18 EH/s (https://blog.lopp.net/what-is-the-bitcoin-networks-real-hashrate/).
 * The figure is the one the network figures (NETWORK, the task pane) are checked against, so
 * it is defined by one computation in 34-digit decimal (decimalHashrateEhs) and computed
 * faster wherever that gives the same number to the bit (fastHashrateEhs).
 *
 * @param difficulty network difficulty, > 0 (146.47T is 146,470,000,000,000)
 * @param blockSeconds seconds between blocks, > 0 (default 600, the protocol target)
 * @returns hashrate in EH/s
 * @throws invalid_input for a difficulty or spacing <= 0
 * @throws not_finite when the hashrate overflows a double
 * @example hashrateEhsFromDifficulty(146.47e12) ≈ 1048.47 (2026-01-12 network; Hashrate Index)
 */
export function hashrateEhsFromDifficulty(difficulty: number, blockSeconds: number): number {
  return fastHashrateEhs(difficulty, blockSeconds) ?? decimalHashrateEhs(difficulty, blockSeconds);
}

/**
 * The hashrate as its definition: D × 4.294967296e-9 (2^32 / 1e18, exact) in decimal, exact
 * (at most 17 + 10 digits), divided by the spacing to 34 digits, rounded to a double: the
 * double nearest to RN34(q), q = D × 2^32 / (seconds × 1e18), D and seconds the decimals the
 * two doubles read as.
 */
export function decimalHashrateEhs(difficulty: number, blockSeconds: number): number {
  const ehPerBlock = new Decimal(difficulty).times(ehPerDifficultyUnit);
  return toFiniteNumber(ehPerBlock.div(blockSeconds), 'the network hashrate');
}

/**
 * The same number with one double division, when that is provably the same; undefined
 * otherwise (a difficulty of 17 digits or, over 600 s, of more than 2 decimals, a quotient outside the normal
 * doubles), for decimalHashrateEhs.
 *
 * correctlyRoundedQuotient gives RN(q), the double nearest to q itself, as the
 * quotient T × 2^t / B of two exact doubles, T and B whole numbers below 2^53 once their
 * factors of two are moved into t. The definition rounds twice: RN(RN34(q)). The two agree
 * unless a midpoint m between two doubles lies between q and RN34(q), that is within
 * 5e-34 × q of q (half a unit in the 34th digit). None does: q is never a midpoint (a
 * midpoint has 54 significant bits; T × 2^t / B, when it is a fraction with a power of two
 * below, is T's odd part over B's, at most 53 bits), and with m = M × 2^e, e = E − 54 for
 * q in [2^E, 2^(E+1)), q − m = (T × 2^t − B × M × 2^e) / B is a nonzero whole multiple of
 * 2^min(t, e) / B: relative to q at least 2^-55 / B > 2^-108 (t >= e) or 1 / T > 2^-53
 * (t < e), both above 3e-33, six times 5e-34.
 */
export function fastHashrateEhs(difficulty: number, blockSeconds: number): number | undefined {
  return correctlyRoundedQuotient(Exact.of(difficulty).times(ehPerHash), Exact.of(blockSeconds), hashesPerDifficultyUnit);
}
