/**
 * A snapshot of the live network figures and the one way to build it: from the four parsed
 * mempool.space answers, all present, each figure checked against its plausible range. It is
 * complete or it does not exist: there is no partial snapshot.
 */
import { Decimal, toFiniteNumber } from '../../core/arithmetic/decimal';
import { satsPerBtc, secondsPerBlockTarget } from '../../core/constants';
import { hashrateEhsFromDifficulty } from '../../core/protocol/network-hashrate';
import { NetworkInputField, networkInputSpec } from './fields';

/** The figures of one fetch, stamped with its time and the URL each came from. */
export interface NetworkSnapshot {
  readonly btc_price_usd: number;
  readonly difficulty: number;
  readonly network_hashrate_ehs: number;
  readonly block_height: number;
  readonly fees_btc_per_block: number;
  /** When the fetch finished, ISO 8601 UTC (`2026-01-12T12:00:00.000Z`). */
  readonly fetched_at: string;
  /** When mempool.space took the price, ISO 8601 UTC; absent when its answer gave no time. */
  readonly btc_price_at?: string;
  /** The blocks the fees were averaged over, first and last: the last should be the tip. */
  readonly fee_blocks: { readonly first: number; readonly last: number };
  /** The URL each figure was read from (the hashrate: the difficulty's). */
  readonly source: Readonly<Record<NetworkInputField, string>>;
}

/**
 * Why a fetch gave no snapshot: offline (no connection, refused, blocked), timeout, http (a
 * status other than 2xx), malformed (not JSON, not a number, a field missing), implausible
 * (a value outside its range) or internal (a fault in the add-in's own code, never the
 * connection's).
 */
export type FailureKind = 'offline' | 'timeout' | 'http' | 'malformed' | 'implausible' | 'internal';

export interface FetchFailure {
  readonly kind: FailureKind;
  /** The URL that failed. */
  readonly url: string;
  /** The HTTP status, for kind http. */
  readonly status?: number;
  /** A short technical description (English), shown after the localized message. */
  readonly detail: string;
}

export type SnapshotResult =
  | { readonly ok: true; readonly snapshot: NetworkSnapshot }
  | { readonly ok: false; readonly reason: FetchFailure };

/** What the four answers say, once parsed (see responses.ts). */
export interface ParsedAnswers {
  readonly difficulty: number;
  readonly blockHeight: number;
  readonly rewardStats: { readonly startBlock: number; readonly endBlock: number; readonly totalFeeSats: string };
  readonly btcPriceUsd: number;
  /** When the price was taken, Unix seconds, if the answer said. */
  readonly priceTimeSeconds?: number;
}

/** The URL of each answer. */
export interface AnswerUrls {
  readonly hashrate: string;
  readonly tipHeight: string;
  readonly rewardStats: string;
  readonly prices: string;
}

/**
 * Builds the snapshot: network_hashrate_ehs = D × 2^32 / 600 / 1e18 (the core's
 * NETWORK_HASHRATE), fees_btc_per_block = totalFee sats / (endBlock − startBlock + 1) / 1e8,
 * in exact decimals. Any figure outside its range gives an implausible failure instead.
 */
export function buildSnapshot(answers: ParsedAnswers, urls: AnswerUrls, fetchedAt: Date): SnapshotResult {
  const source: Record<NetworkInputField, string> = {
    btc_price_usd: urls.prices,
    difficulty: urls.hashrate,
    network_hashrate_ehs: urls.hashrate,
    block_height: urls.tipHeight,
    fees_btc_per_block: urls.rewardStats,
  };
  const implausible = (field: NetworkInputField, value: number): FetchFailure => {
    const spec = networkInputSpec(field);
    return {
      kind: 'implausible',
      url: source[field],
      detail: `${field} ${value} is outside ${spec.min}–${spec.max} ${spec.unit}`,
    };
  };
  // The difficulty is checked before the hashrate is derived from it (the core rejects <= 0).
  if (!inRange('difficulty', answers.difficulty)) return { ok: false, reason: implausible('difficulty', answers.difficulty) };
  const { startBlock, endBlock, totalFeeSats } = answers.rewardStats;
  const blocks = endBlock - startBlock + 1;
  const figures: Record<NetworkInputField, number> = {
    btc_price_usd: answers.btcPriceUsd,
    difficulty: answers.difficulty,
    network_hashrate_ehs: hashrateEhsFromDifficulty(answers.difficulty, secondsPerBlockTarget),
    block_height: answers.blockHeight,
    fees_btc_per_block: toFiniteNumber(new Decimal(totalFeeSats).div(blocks).div(satsPerBtc), 'fees per block'),
  };
  for (const field of Object.keys(figures) as NetworkInputField[]) {
    if (!inRange(field, figures[field])) return { ok: false, reason: implausible(field, figures[field]) };
  }
  if (!Number.isInteger(figures.block_height)) return { ok: false, reason: implausible('block_height', figures.block_height) };
  const priceAt = priceTime(answers.priceTimeSeconds);
  if (priceAt === null) return { ok: false, reason: { kind: 'implausible', url: urls.prices, detail: `time ${answers.priceTimeSeconds} is not a time` } };
  return {
    ok: true,
    snapshot: Object.freeze({
      ...figures,
      fetched_at: fetchedAt.toISOString(),
      ...(priceAt === undefined ? {} : { btc_price_at: priceAt }),
      fee_blocks: Object.freeze({ first: startBlock, last: endBlock }),
      source: Object.freeze(source),
    }),
  };
}

/** Unix seconds as ISO 8601 UTC; undefined for none, null for a number no Date can hold. */
function priceTime(seconds: number | undefined): string | undefined | null {
  if (seconds === undefined) return undefined;
  const date = new Date(seconds * 1_000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function inRange(field: NetworkInputField, value: number): boolean {
  const spec = networkInputSpec(field);
  return Number.isFinite(value) && value >= spec.min && value <= spec.max;
}
