import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';
import { companyFigureEntry } from '../data/company';
import { isoDateOrLatest, presetOrThrow } from '../data/lookup';
import { Figure, outstandingNotes } from '../data/presets';
import { optional, required } from '../params';
import { tickerParam } from '../data/ticker-param';
import { excelDate, greaterThanZero } from '../rules';
import { noteSharesOf } from './note-shares';

export const dilutedSharesParams = [
  tickerParam,
  required('share_price_usd', greaterThanZero),
  optional('as_of_date', undefined, excelDate),
] as const;

/** a/b + c/d as (a × d + c × b) / (b × d), exactly; a term over 1 is added without a product. */
function plus(sum: Quotient, term: Quotient): Quotient {
  if (term.numerator.isZero()) return sum;
  if (sum.denominator === Exact.one) {
    return { numerator: sum.numerator.times(term.denominator).plus(term.numerator), denominator: term.denominator };
  }
  return {
    numerator: sum.numerator.times(term.denominator).plus(term.numerator.times(sum.denominator)),
    denominator: sum.denominator.times(term.denominator),
  };
}

/** Diluted shares before the one division, with the basic count's sourced figure. */
export interface DilutedShares {
  readonly shares: Quotient;
  /** The preset's shares_outstanding figure the count starts from. */
  readonly basic: Figure;
}

/**
 * The preset's basic shares outstanding on a date (or `basic`, a count given in its place)
 * plus the NOTE_SHARES (physical settlement, net of capped calls) of every note NOTES lists on
 * that date, undivided. Shared by DILUTED_SHARES and SOTP (whose overrides may give the count).
 *
 * @throws not_found when the preset has no sourced shares_outstanding on or before the date
 *   and no count is given (the message names shares_outstanding)
 */
export function dilutedSharesOf(ticker: string, sharePriceUsd: number, asOfDate?: number, given?: Figure): DilutedShares {
  const basic = given ?? companyFigureEntry(ticker, 'shares_outstanding', asOfDate);
  const preset = presetOrThrow(ticker);
  let shares: Quotient = { numerator: Exact.of(basic.value as number), denominator: Exact.one };
  for (const note of outstandingNotes(preset.convertible_notes ?? [], isoDateOrLatest(asOfDate))) {
    shares = plus(shares, noteSharesOf(note.principal_usd, note.conversion_price_usd, sharePriceUsd, note.cap_price_usd, false));
  }
  return { shares, basic };
}

/**
 * Fully diluted shares of a company at a share price: the preset's basic shares outstanding
 * (the latest figure on or before the date) plus, for every convertible note NOTES lists on
 * that date, the shares NOTE_SHARES gives at the price with physical settlement, net of the
 * note's capped call.
 *
 * Limits: only the convertible notes in the presets dilute (no options, RSUs, warrants or
 * prepaid forwards); physical settlement is assumed, the count a company reports under the
 * if-converted method, though most notes let the issuer settle the principal in cash; the
 * basic count is the preset's, which for some companies is a quarter's weighted average.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored
 * @param sharePriceUsd share price in USD, > 0
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest figures and notes
 * @returns shares
 * @throws invalid_input for a price <= 0 or an as_of_date that is not a date serial
 * @throws not_found for an unknown ticker, or no sourced shares_outstanding on or before the date
 * @example dilutedShares('IREN', 10) === 333_700_000 (below every conversion price: the basic count)
 */
export function dilutedShares(ticker: string, sharePriceUsd: number, asOfDate?: number): number {
  return quotientValue(dilutedSharesOf(ticker, sharePriceUsd, asOfDate).shares, 'diluted shares');
}
