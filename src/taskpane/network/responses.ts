/**
 * Parsers of the four mempool.space answers (https://mempool.space/docs/api/rest), from the
 * body text. Each gives the value it needs or a failure naming the URL: `malformed` when the
 * body is not what the API documents (not JSON, a field missing or not a number), or
 * `implausible` when it is well formed but cannot be right (a negative count). Ranges of the
 * figures themselves are checked once, in buildSnapshot.
 */
import { FetchFailure, ParsedAnswers } from './snapshot';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: FetchFailure };

/** The most blocks a reward-stats answer may span (we ask for 144; a week is 1,008). */
export const maxRewardStatsBlocks = 1_008;

/**
 * GET /api/v1/mining/hashrate/3d:
 * `{ hashrates: [{ timestamp, avgHashrate }], difficulty: [{ time, height, difficulty, adjustment }],
 *    currentHashrate, currentDifficulty }`. Reads currentDifficulty.
 */
export function parseHashrateAnswer(body: string, url: string): Parsed<ParsedAnswers['difficulty']> {
  const json = parseJsonObject(body, url);
  if (!json.ok) return json;
  return numberField(json.value, 'currentDifficulty', url);
}

/** GET /api/blocks/tip/height: the height as plain text (`931958`). */
export function parseTipHeightAnswer(body: string, url: string): Parsed<ParsedAnswers['blockHeight']> {
  const text = body.trim();
  if (!/^\d{1,9}$/.test(text)) return malformed(url, `expected a whole number, got ${preview(text)}`);
  return { ok: true, value: Number(text) };
}

/**
 * GET /api/v1/mining/reward-stats/:blockCount:
 * `{ startBlock, endBlock, totalReward, totalFee, totalTx }`, the totals as strings of sats
 * (whole numbers are accepted too).
 */
export function parseRewardStatsAnswer(body: string, url: string): Parsed<ParsedAnswers['rewardStats']> {
  const json = parseJsonObject(body, url);
  if (!json.ok) return json;
  const startBlock = numberField(json.value, 'startBlock', url);
  if (!startBlock.ok) return startBlock;
  const endBlock = numberField(json.value, 'endBlock', url);
  if (!endBlock.ok) return endBlock;
  const totalFee = json.value.totalFee;
  const totalFeeSats = typeof totalFee === 'number' && Number.isSafeInteger(totalFee) ? String(totalFee) : totalFee;
  if (typeof totalFeeSats !== 'string' || !/^\d{1,20}$/.test(totalFeeSats)) {
    return malformed(url, `totalFee must be a whole number of sats, got ${previewValue(totalFee)}`);
  }
  const blocks = endBlock.value - startBlock.value + 1;
  if (!Number.isInteger(startBlock.value) || !Number.isInteger(endBlock.value) || blocks < 1 || blocks > maxRewardStatsBlocks) {
    return {
      ok: false,
      reason: { kind: 'implausible', url, detail: `blocks ${startBlock.value}–${endBlock.value} are not 1 to ${maxRewardStatsBlocks} blocks` },
    };
  }
  return { ok: true, value: { startBlock: startBlock.value, endBlock: endBlock.value, totalFeeSats } };
}

/** The price answer: USD, and when mempool.space says the price was taken (Unix seconds), if it says. */
export interface PriceAnswer {
  readonly usd: number;
  readonly timeSeconds?: number;
}

/**
 * GET /api/v1/prices: `{ time, USD, EUR, GBP, CAD, CHF, AUD, JPY }`. Reads USD and the time
 * of the price, which the refresh compares with the pane's clock (an answer without a time is
 * read, and the refresh asks about it).
 */
export function parsePricesAnswer(body: string, url: string): Parsed<PriceAnswer> {
  const json = parseJsonObject(body, url);
  if (!json.ok) return json;
  const usd = numberField(json.value, 'USD', url);
  if (!usd.ok) return usd;
  if (json.value.time === undefined) return { ok: true, value: { usd: usd.value } };
  const time = numberField(json.value, 'time', url);
  return time.ok ? { ok: true, value: { usd: usd.value, timeSeconds: time.value } } : time;
}

function parseJsonObject(body: string, url: string): Parsed<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return malformed(url, `not JSON: ${preview(body)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return malformed(url, `expected a JSON object, got ${preview(body)}`);
  return { ok: true, value: value as Record<string, unknown> };
}

function numberField(json: Record<string, unknown>, key: string, url: string): Parsed<number> {
  const value = json[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return malformed(url, `${key} must be a number, got ${previewValue(value)}`);
  return { ok: true, value };
}

function malformed(url: string, detail: string): { ok: false; reason: FetchFailure } {
  return { ok: false, reason: { kind: 'malformed', url, detail } };
}

/** A JSON value for a message; `nothing` for a missing field. */
function previewValue(value: unknown): string {
  return value === undefined ? 'nothing' : preview(JSON.stringify(value));
}

/** The first characters of a body, for a message. */
function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return 'an empty body';
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
