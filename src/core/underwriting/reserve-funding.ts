/**
 * Sources and uses at close when a debt service reserve is one of the uses: the loan and the
 * equity fund the capex and the reserve pro rata, the loan's interest during the build is
 * capitalised into it, and the loan is the lesser of what the NOI carries and the loan-to-cost
 * on all the uses.
 */
import { notFinite } from '../errors';

/** The loan's draws and its balance at completion, USD. */
export interface ClosingFunds {
  /** drawn pro rata with capex over the build */
  readonly buildDrawnUsd: number;
  /** drawn at close (row 0) for the loan's part of the reserve */
  readonly reserveDrawnUsd: number;
  /** the balance at completion: both draws plus the interest capitalised on them */
  readonly balanceUsd: number;
  /** the reserve funded at close */
  readonly reserveUsd: number;
}

/**
 * The loan and the reserve when the reserve is funded at close from the loan and the equity.
 *
 * Uses: capex c (spent over the build), the reserve R (set aside at close) and the interest
 * capitalised on the loan. The loan funds the same share φ of each cash use (the draws are pro
 * rata, as a lender's funding is: φ × capex with the build, φ × R at close) and all its own
 * capitalised interest. A dollar drawn with the build is K dollars at completion
 * (completionFactor), a dollar drawn at close K0 ≥ K (closeDrawFactor: it accrues over the whole
 * build, which is why it counts in the capitalised interest and the loan-to-cost test). So the
 * balance at completion is B = φ(K c + K0 R).
 *
 * The reserve is R = d × B: every profile's debt service is proportional to the balance (a
 * sculpted, level or balloon schedule scales with its principal, a bullet's interest too), so
 * its largest year's service is a fixed multiple of B, and d is dsra_months ÷ 12 of it per
 * dollar of balance. Hence B = φ K c + φ K0 d B, i.e. B = φ a ÷ (1 − φ b), a = K c, b = K0 d:
 * the balance rises with φ and there is no circularity left to iterate.
 *
 * The two limits, each solved for φ in closed form (the same operations in every engine):
 * - what the NOI carries, B ≤ C: φ_dscr = C ÷ (a + b C);
 * - the loan-to-cost on all uses, B ≤ LTC × (c + R + B − φ(c + R)), i.e. B(1 − LTC) ≤
 *   LTC × equity, the equity being (1 − φ)(c + R). With B and R in φ and divided by c this is
 *   f(φ) = LTC δ φ² + (K(1 − LTC) + LTC(1 − δ)) φ − LTC ≤ 0, δ = d(K − K0) ≤ 0. f(0) = −LTC ≤ 0
 *   and f(1) = K(1 − LTC) ≥ 0, so its smaller root lies in [0, 1], taken in the form that does
 *   not cancel: φ_ltc = 2 LTC ÷ (a1 + √(a1² + 4 a2 LTC)), which is LTC ÷ (K(1 − LTC) + LTC),
 *   the loan-to-cost share without a reserve, when δ = 0 (no build: the close draw and the
 *   build's accrue alike).
 * φ = min(φ_dscr, φ_ltc); the NOI's limit keeps φ b < 1 (B finite) whenever C is finite.
 *
 * @param capexUsd capex, USD, >= 0
 * @param maxLoanToCost the largest balance at completion as a share of all uses, 0 to 1
 * @param capacityUsd the largest balance at completion the NOI carries, USD, >= 0 (Infinity: no limit)
 * @param buildFactor K, completionFactor of the rate and build, >= 1
 * @param closeFactor K0, closeDrawFactor of the rate and build, >= K
 * @param reservePerBalance d, the reserve per dollar of balance at completion, > 0
 * @returns the draws, the balance and the reserve
 * @throws not_finite when an amount overflows a double
 * @example fundedWithReserve(100, 0.8, 80, 1, 1, 0.05) has the NOI's limit: B = 80, R = 4,
 *   φ = 80 ÷ (100 + 0.05 × 80) = 80 ÷ 104, so the loan funds 80/104 of capex and reserve
 */
export function fundedWithReserve(
  capexUsd: number, maxLoanToCost: number, capacityUsd: number, buildFactor: number, closeFactor: number, reservePerBalance: number,
): ClosingFunds {
  const none = { buildDrawnUsd: 0, reserveDrawnUsd: 0, balanceUsd: 0, reserveUsd: 0 };
  if (capexUsd === 0) return none; // nothing to build, no loan (and no service to reserve for)
  const a = buildFactor * capexUsd;
  const b = closeFactor * reservePerBalance;
  const byNoi = capacityUsd === Infinity ? Infinity : capacityUsd / (a + b * capacityUsd);
  const ltc = maxLoanToCost;
  const delta = reservePerBalance * (buildFactor - closeFactor);
  const a2 = ltc * delta;
  const a1 = buildFactor * (1 - ltc) + ltc * (1 - delta);
  const byCost = (2 * ltc) / (a1 + Math.sqrt(Math.max(0, a1 * a1 + 4 * a2 * ltc)));
  const noiLimits = byNoi <= byCost;
  const share = noiLimits ? byNoi : byCost;
  if (!(share > 0)) return none;
  const balanceUsd = noiLimits ? capacityUsd : (share * a) / (1 - share * b);
  const reserveUsd = reservePerBalance * balanceUsd;
  const funds = { buildDrawnUsd: share * capexUsd, reserveDrawnUsd: share * reserveUsd, balanceUsd, reserveUsd };
  if (!Object.values(funds).every(Number.isFinite)) throw notFinite('the loan with its reserve is not a finite number');
  return funds;
}
