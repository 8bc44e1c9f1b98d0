import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';
import { invalidInput } from '../errors';
import { optional, optionalBoolean, required } from '../params';
import { greaterThanZero } from '../rules';

export const noteSharesParams = [
  required('principal_usd', greaterThanZero),
  required('conversion_price_usd', greaterThanZero),
  required('share_price_usd', greaterThanZero),
  optional('cap_price_usd', undefined, greaterThanZero),
  optionalBoolean('net_share_settlement', false),
] as const;

/**
 * The shares a convertible note adds at a share price, net of its capped call, before the
 * one division: principal × (kept − handed back) over conversion price × share price.
 *
 * N = principal ÷ conversion price. At a price at or below the conversion price: 0. Physical
 * settlement delivers N; net-share settlement (principal in cash) N × (P − conversion) ÷ P.
 * A capped call hands back N × (min(P, cap) − conversion) ÷ P, never below 0 in total.
 * Shared by NOTE_SHARES and DILUTED_SHARES (one note of many, summed undivided).
 */
export function noteSharesOf(
  principalUsd: number, conversionPriceUsd: number, sharePriceUsd: number, capPriceUsd: number | undefined,
  netShareSettlement: boolean,
): Quotient {
  const denominator = Exact.of(conversionPriceUsd).times(sharePriceUsd);
  if (sharePriceUsd <= conversionPriceUsd) return { numerator: Exact.of(0), denominator };
  const price = Exact.of(sharePriceUsd);
  let kept = netShareSettlement ? price.minus(conversionPriceUsd) : price;
  if (capPriceUsd !== undefined) kept = kept.minus(Exact.of(Math.min(sharePriceUsd, capPriceUsd)).minus(conversionPriceUsd));
  if (kept.sign() < 0) kept = Exact.of(0);
  return { numerator: kept.times(principalUsd), denominator };
}

/**
 * The shares a convertible note adds at a share price P, net of its capped call.
 *
 * Method: N = principal ÷ conversion price shares on conversion. At P <= conversion price the
 * note stays debt: 0. Physical settlement delivers N; net-share settlement pays the principal
 * in cash and delivers only the conversion value above it, N × (P − conversion) ÷ P. A capped
 * call (cap given) pays the company the value between the conversion and the cap, which is
 * N × (min(P, cap) − conversion) ÷ P shares handed back; the total is never below 0. So with
 * net-share settlement and a capped call the note dilutes only above the cap.
 *
 * Limits: no conversion-rate adjustments (make-whole, dividends), no issuer call or holder
 * put, the capped call settled in shares at P; a note's shares are not rounded.
 *
 * @param principalUsd principal outstanding in USD, > 0
 * @param conversionPriceUsd conversion price in USD a share (USD 1,000 ÷ conversion rate), > 0
 * @param sharePriceUsd share price in USD, > 0
 * @param capPriceUsd the capped call's cap in USD a share, >= the conversion price; omitted: no capped call
 * @param netShareSettlement TRUE: principal in cash, shares for the excess; FALSE (default): all in shares
 * @returns shares, >= 0
 * @throws invalid_input for a principal, price or cap <= 0, or a cap below the conversion price
 * @example noteShares(1_000_000, 10, 15) === 100_000; noteShares(1_000_000, 10, 15, 12) === 400_000 / 3
 */
export function noteShares(
  principalUsd: number, conversionPriceUsd: number, sharePriceUsd: number, capPriceUsd: number | undefined,
  netShareSettlement: boolean,
): number {
  if (capPriceUsd !== undefined && capPriceUsd < conversionPriceUsd) {
    throw invalidInput('cap_price_usd', `must be >= conversion_price_usd (${conversionPriceUsd})`, capPriceUsd);
  }
  return quotientValue(noteSharesOf(principalUsd, conversionPriceUsd, sharePriceUsd, capPriceUsd, netShareSettlement), 'note shares');
}
