/**
 * "Refresh from the network": reads the current difficulty, tip height, fees and BTC price
 * from mempool.space's public REST API, the four requests in parallel, each bounded by its own
 * timeout. The answer is a complete, checked snapshot or the first reason it could not be one;
 * when one request fails the others are abandoned. Nothing here throws. Only the task pane
 * calls this: no MINER.* function touches the network.
 */
import { parseHashrateAnswer, parsePricesAnswer, parseRewardStatsAnswer, parseTipHeightAnswer, Parsed } from './responses';
import { AnswerUrls, buildSnapshot, FetchFailure, SnapshotResult } from './snapshot';

/** The host the pane reads; it is listed in the manifest's AppDomains and the page's CSP. */
export const mempoolBaseUrl = 'https://mempool.space';

/** The paths read, relative to the base URL. */
export const mempoolPaths: Readonly<Record<keyof AnswerUrls, string>> = Object.freeze({
  hashrate: '/api/v1/mining/hashrate/3d',
  tipHeight: '/api/blocks/tip/height',
  rewardStats: '/api/v1/mining/reward-stats/144',
  prices: '/api/v1/prices',
});

export interface FetchSnapshotOptions {
  /** Default https://mempool.space (tests pass a local server). */
  readonly baseUrl?: string;
  /** Default the global fetch. */
  readonly fetchImpl?: typeof fetch;
  /** Per-request limit, milliseconds, covering the headers and the body. Default 8,000. */
  readonly timeoutMs?: number;
  /** The clock for fetched_at. Default the system clock. */
  readonly now?: () => Date;
}

/**
 * Fetches the four answers and builds the snapshot.
 *
 * @returns `{ ok: true, snapshot }` with every figure present and in range, or
 *   `{ ok: false, reason }` (offline, timeout, http, malformed, implausible, internal): never a
 *   part. Only a network error of the fetch is offline; an error of any other kind, in the
 *   call or in reading the answers, is internal.
 */
export async function fetchNetworkSnapshot(options: FetchSnapshotOptions = {}): Promise<SnapshotResult> {
  try {
    const baseUrl = (options.baseUrl ?? mempoolBaseUrl).replace(/\/+$/, '');
    const fetchImpl = options.fetchImpl ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? 8_000;
    const now = options.now ?? (() => new Date());
    const urls: AnswerUrls = {
      hashrate: baseUrl + mempoolPaths.hashrate,
      tipHeight: baseUrl + mempoolPaths.tipHeight,
      rewardStats: baseUrl + mempoolPaths.rewardStats,
      prices: baseUrl + mempoolPaths.prices,
    };
    if (typeof fetchImpl !== 'function') return { ok: false, reason: { kind: 'offline', url: baseUrl, detail: 'this browser has no fetch' } };
    if (options.fetchImpl === undefined && browserIsOffline()) {
      return { ok: false, reason: { kind: 'offline', url: baseUrl, detail: 'the browser reports no network connection' } };
    }

    const batch = new RequestBatch(fetchImpl, timeoutMs);
    const [difficulty, blockHeight, rewardStats, btcPriceUsd] = await Promise.all([
      batch.read(urls.hashrate, parseHashrateAnswer),
      batch.read(urls.tipHeight, parseTipHeightAnswer),
      batch.read(urls.rewardStats, parseRewardStatsAnswer),
      batch.read(urls.prices, parsePricesAnswer),
    ]);
    if (batch.firstFailure) return { ok: false, reason: batch.firstFailure };
    if (!difficulty.ok || !blockHeight.ok || !rewardStats.ok || !btcPriceUsd.ok) {
      return { ok: false, reason: { kind: 'malformed', url: baseUrl, detail: 'an answer is missing' } };
    }
    const price = btcPriceUsd.value;
    return buildSnapshot(
      { difficulty: difficulty.value, blockHeight: blockHeight.value, rewardStats: rewardStats.value, btcPriceUsd: price.usd, priceTimeSeconds: price.timeSeconds },
      urls,
      now(),
    );
  } catch (error) {
    return { ok: false, reason: { kind: 'internal', url: options.baseUrl ?? mempoolBaseUrl, detail: describeError(error) } };
  }
}

/**
 * The parallel requests of one refresh: each has its own timeout; the first failure is kept
 * and aborts the rest, whose own (abort) failures are then ignored.
 */
class RequestBatch {
  firstFailure: FetchFailure | undefined;
  private readonly controllers: AbortController[] = [];

  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  async read<T>(url: string, parse: (body: string, url: string) => Parsed<T>): Promise<Parsed<T>> {
    const controller = new AbortController();
    this.controllers.push(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    let failure: FetchFailure | undefined;
    let body = '';
    try {
      // A plain GET with no custom header is a CORS "simple" request: no preflight, which
      // mempool.space's API does not answer on every route.
      // Called as a plain function: a browser's fetch throws "Illegal invocation" when called
      // as a method of any object but the window.
      const fetchImpl = this.fetchImpl;
      const response = await fetchImpl(url, { signal: controller.signal });
      if (!response.ok) {
        failure = { kind: 'http', url, status: response.status, detail: `HTTP ${response.status}` };
        controller.abort();
      } else {
        body = await response.text();
      }
    } catch (error) {
      failure = timedOut
        ? { kind: 'timeout', url, detail: `no complete answer within ${this.timeoutMs} ms` }
        : { kind: isNetworkError(error) ? 'offline' : 'internal', url, detail: describeError(error) };
    } finally {
      clearTimeout(timer);
    }
    const result = failure ? ({ ok: false, reason: failure } as const) : parseOrInternal(parse, body, url);
    if (!result.ok) this.fail(result.reason);
    return result;
  }

  private fail(reason: FetchFailure): void {
    if (this.firstFailure) return;
    this.firstFailure = reason;
    for (const controller of this.controllers) controller.abort();
  }
}

/** True when the browser knows it has no connection (Node has no navigator: false). */
function browserIsOffline(): boolean {
  const navigatorLike = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return navigatorLike?.onLine === false;
}

/** An answer read by its parser; a parser that throws is a fault of ours, reported as internal. */
function parseOrInternal<T>(parse: (body: string, url: string) => Parsed<T>, body: string, url: string): Parsed<T> {
  try {
    return parse(body, url);
  } catch (error) {
    return { ok: false, reason: { kind: 'internal', url, detail: describeError(error) } };
  }
}

/**
 * True for the errors a fetch gives when the network fails: a TypeError with the message each
 * browser uses (Chromium "Failed to fetch", Firefox "NetworkError when attempting to fetch
 * resource.", Safari "Load failed", Node "fetch failed"). Any other error, such as
 * "Illegal invocation", is a fault in the caller, not the connection.
 */
function isNetworkError(error: unknown): boolean {
  // By name, not instanceof: a TypeError from another realm (a frame, the runtime) is one too.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' && typeof message === 'string' && /^(failed to fetch|fetch failed|load failed|networkerror\b)/i.test(message);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? `: ${cause.message}` : '';
    return `${error.message}${causeText}`;
  }
  return String(error);
}
