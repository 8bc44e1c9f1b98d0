/**
 * Cross-checks of a refreshed snapshot: figures that are well formed and inside their wide
 * ranges (fields.ts) but disagree with what the pane already knows, so the user is asked
 * before they can be written. A price more than 5× from the bundled figure or from the one
 * last written, a price taken more than a day before (or after) the caller's clock, an answer
 * with no price time, and fees averaged over blocks that do not end at the tip. Pure: the
 * clock is the caller's.
 */
import type { NetworkSnapshot } from './snapshot';

/** How far a price may move from a known figure, as a ratio either way, before it is asked about. */
export const maxPriceRatio = 5;
/** How old (or how far ahead of the clock) a price may be, in milliseconds: a day. */
export const maxPriceAgeMs = 24 * 60 * 60 * 1_000;
/**
 * How many blocks the fee window's last block may be from the tip. The two answers are read at
 * the same moment; a block or two may arrive between them, and the reward statistics may trail
 * the tip by a few: 12 blocks is about two hours.
 */
export const maxFeeWindowDistanceBlocks = 12;

/** A figure the pane already has, to compare a new price with. */
export interface KnownPrice {
  readonly usd: number;
  /** Where it comes from: the bundled data of a date, or the figure last written to the workbook. */
  readonly origin: 'bundled' | 'written';
  /** Its date (bundled) or time (written), as shown to the user. */
  readonly asOf: string;
}

export type CrossCheckFlag =
  | { readonly kind: 'price-far'; readonly priceUsd: number; readonly known: KnownPrice; readonly ratio: number }
  | { readonly kind: 'price-time-far'; readonly priceAt: string; readonly hours: number }
  | { readonly kind: 'price-time-missing' }
  | { readonly kind: 'fees-off-tip'; readonly firstBlock: number; readonly lastBlock: number; readonly tip: number };

/** How many times larger the larger of two positive figures is. */
function ratioOf(a: number, b: number): number {
  return a > b ? a / b : b / a;
}

/**
 * What in `snapshot` disagrees with the known prices (each compared on its own) and with the
 * clock `now`; an empty list when nothing does.
 */
export function crossCheckSnapshot(snapshot: NetworkSnapshot, known: readonly KnownPrice[], now: Date): CrossCheckFlag[] {
  const flags: CrossCheckFlag[] = [];
  const priceUsd = snapshot.btc_price_usd;
  for (const figure of known) {
    if (!(figure.usd > 0)) continue;
    const ratio = ratioOf(priceUsd, figure.usd);
    if (ratio > maxPriceRatio) flags.push({ kind: 'price-far', priceUsd, known: figure, ratio });
  }
  if (snapshot.btc_price_at === undefined) flags.push({ kind: 'price-time-missing' });
  else {
    const ageMs = now.getTime() - Date.parse(snapshot.btc_price_at);
    if (Math.abs(ageMs) > maxPriceAgeMs) flags.push({ kind: 'price-time-far', priceAt: snapshot.btc_price_at, hours: ageMs / 3_600_000 });
  }
  const { first, last } = snapshot.fee_blocks;
  if (Math.abs(last - snapshot.block_height) > maxFeeWindowDistanceBlocks) {
    flags.push({ kind: 'fees-off-tip', firstBlock: first, lastBlock: last, tip: snapshot.block_height });
  }
  return flags;
}
