/**
 * fetchNetworkSnapshot against a real HTTP server on 127.0.0.1 that serves the recorded
 * mempool.space answers (test/fixtures/mempool, shaped after the documented API, values of the
 * bundled 2026-01-12 row), then the ways it goes wrong: slow, HTTP 500, malformed JSON, no
 * answer, a body that never ends, a refused connection, an impossible value. Every failure is
 * a reason and never a snapshot.
 */
import { fetchNetworkSnapshot, mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import type { SnapshotResult } from '../../src/taskpane/network/snapshot';
import { expectClose } from '../helpers/tolerance';
import { Behaviour, closedPortUrl, MempoolServer, recordedAnswers, startMempoolServer } from './mempool-server';

const fetchedAt = new Date('2026-01-12T12:00:05.000Z');
const now = (): Date => fetchedAt;
/** Short, so a hung request fails the test run quickly; the slow answers stay well under it. */
const timeoutMs = 300;

let server: MempoolServer;

beforeAll(async () => {
  server = await startMempoolServer();
});

afterEach(() => server.reset());

afterAll(async () => {
  await server.close();
});

function fetchFromServer(overrides: { timeoutMs?: number } = {}): Promise<SnapshotResult> {
  return fetchNetworkSnapshot({ baseUrl: server.baseUrl, timeoutMs, now, ...overrides });
}

function expectFailure(result: SnapshotResult, kind: string, path?: string): void {
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('snapshot');
  if (result.ok) return;
  expect(result.reason.kind).toBe(kind);
  if (path !== undefined) expect(result.reason.url).toBe(server.baseUrl + path);
  expect(result.reason.detail.length).toBeGreaterThan(0);
}

describe('fetchNetworkSnapshot: the recorded answers', () => {
  it('reads all four endpoints and builds the complete snapshot', async () => {
    const result = await fetchFromServer();
    if (!result.ok) throw new Error(`expected a snapshot, got ${JSON.stringify(result.reason)}`);
    const s = result.snapshot;
    expect(s.btc_price_usd).toBe(91_132); // prices.json USD (bundled 2026-01-12: ~91,132)
    expect(s.difficulty).toBe(146_470_000_000_000); // currentDifficulty, 146.47T
    // D × 2^32 / 600 / 1e18 (NETWORK_HASHRATE at the 600 s target): ≈ 1,048.47 EH/s
    expectClose(s.network_hashrate_ehs, (146.47e12 * 2 ** 32) / 600 / 1e18);
    expect(s.block_height).toBe(931_958);
    // 249,120,000 sats over blocks 931,815–931,958 (144 blocks) = 0.0173 BTC a block, exactly
    expect(s.fees_btc_per_block).toBe(0.0173);
    expect(s.fetched_at).toBe('2026-01-12T12:00:05.000Z');
    expect(s.source).toEqual({
      btc_price_usd: server.baseUrl + mempoolPaths.prices,
      difficulty: server.baseUrl + mempoolPaths.hashrate,
      network_hashrate_ehs: server.baseUrl + mempoolPaths.hashrate,
      block_height: server.baseUrl + mempoolPaths.tipHeight,
      fees_btc_per_block: server.baseUrl + mempoolPaths.rewardStats,
    });
    expect([...server.requests].sort()).toEqual(Object.values(mempoolPaths).sort());
  });

  it('accepts answers slower than usual but within the timeout', async () => {
    for (const path of Object.values(mempoolPaths)) server.set(path, { kind: 'recorded', delayMs: 100 });
    const result = await fetchFromServer({ timeoutMs: 5_000 });
    expect(result.ok).toBe(true);
  });

  it('asks https://mempool.space by default, through the fetch it is given, with plain GETs', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      asked.push(url);
      // No method or header beyond a CORS "simple" request, so the browser sends no preflight.
      expect(init?.method ?? 'GET').toBe('GET');
      expect(init?.headers).toBeUndefined();
      const answer = recordedAnswers[new URL(url).pathname];
      return new Response(answer.body, { status: 200, headers: { 'Content-Type': answer.contentType } });
    }) as typeof fetch;
    const result = await fetchNetworkSnapshot({ fetchImpl, now });
    expect(result.ok).toBe(true);
    expect(asked.sort()).toEqual(Object.values(mempoolPaths).map((p) => `https://mempool.space${p}`).sort());
  });
});

describe('fetchNetworkSnapshot: failures give a reason, never a partial snapshot', () => {
  it('an HTTP 500 on one endpoint', async () => {
    server.set(mempoolPaths.rewardStats, { kind: 'status', status: 500 });
    const result = await fetchFromServer();
    expectFailure(result, 'http', mempoolPaths.rewardStats);
    if (!result.ok) expect(result.reason.status).toBe(500);
  });

  // One endpoint misbehaves; the others answer as recorded. [what, path, how, reason kind]
  const cases: [string, string, Behaviour, string][] = [
    ['a 404 (the API moved)', mempoolPaths.prices, { kind: 'status', status: 404 }, 'http'],
    ['malformed JSON', mempoolPaths.prices, { kind: 'body', body: '{"time": 1768219200, "USD": 911' }, 'malformed'],
    ['JSON without currentDifficulty', mempoolPaths.hashrate, { kind: 'body', body: '{"hashrates": [], "difficulty": []}' }, 'malformed'],
    ['currentDifficulty as a string', mempoolPaths.hashrate, { kind: 'body', body: '{"currentDifficulty": "146470000000000"}' }, 'malformed'],
    ['a tip height that is not a whole number', mempoolPaths.tipHeight, { kind: 'body', body: '<html>maintenance</html>' }, 'malformed'],
    ['an empty body', mempoolPaths.rewardStats, { kind: 'body', body: '' }, 'malformed'],
    ['no answer within timeoutMs', mempoolPaths.hashrate, { kind: 'hang' }, 'timeout'],
    ['headers, then a body that never ends', mempoolPaths.prices, { kind: 'hang-body' }, 'timeout'],
    [
      'a negative difficulty',
      mempoolPaths.hashrate,
      { kind: 'body', body: '{"hashrates": [], "difficulty": [], "currentHashrate": 1, "currentDifficulty": -146470000000000}' },
      'implausible',
    ],
    ['a price of 0', mempoolPaths.prices, { kind: 'body', body: '{"time": 1768219200, "USD": 0}' }, 'implausible'],
    // The recorded 91,132 USD in cents: mistaking cents for dollars is refused, not written.
    ['a price in cents (9,113,200 for 91,132)', mempoolPaths.prices, { kind: 'body', body: '{"time": 1768219200, "USD": 9113200}' }, 'implausible'],
    ['a height before the 2024 halving', mempoolPaths.tipHeight, { kind: 'body', body: '12' }, 'implausible'],
    [
      'zero fees',
      mempoolPaths.rewardStats,
      { kind: 'body', body: '{"startBlock": 931815, "endBlock": 931958, "totalReward": "45000000000", "totalFee": "0", "totalTx": "576000"}' },
      'implausible',
    ],
  ];

  it.each(cases)('%s', async (_what, path, behaviour, kind) => {
    server.set(path, behaviour);
    expectFailure(await fetchFromServer(), kind, path);
  }, 10_000);

  it('a refused connection (nothing listens on the port) is reported as offline', async () => {
    const result = await fetchNetworkSnapshot({ baseUrl: await closedPortUrl(), timeoutMs, now });
    expectFailure(result, 'offline');
  }, 10_000);

  it('the first failure wins when several endpoints fail', async () => {
    server.set(mempoolPaths.prices, { kind: 'status', status: 503 });
    server.set(mempoolPaths.hashrate, { kind: 'hang' });
    const result = await fetchFromServer({ timeoutMs: 5_000 });
    expectFailure(result, 'http', mempoolPaths.prices);
  }, 10_000);

  it('a browser that knows it is offline is not asked to fetch at all', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true });
    try {
      expectFailure(await fetchNetworkSnapshot({ now }), 'offline');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'navigator', descriptor);
      else delete (globalThis as { navigator?: unknown }).navigator;
      fetchSpy.mockRestore();
    }
  });

  it('a fault in our own call is internal, never offline: only a network error of fetch is offline', async () => {
    // What Chromium's fetch gives when called as a method of another object.
    const illegal = (async () => {
      throw new TypeError("Failed to execute 'fetch' on 'Window': Illegal invocation");
    }) as unknown as typeof fetch;
    const illegalResult = await fetchNetworkSnapshot({ fetchImpl: illegal, now });
    expectFailure(illegalResult, 'internal');
    if (!illegalResult.ok) expect(illegalResult.reason.detail).toContain('Illegal invocation');
    const bug = (async () => {
      throw new RangeError('Maximum call stack size exceeded');
    }) as unknown as typeof fetch;
    expectFailure(await fetchNetworkSnapshot({ fetchImpl: bug, now }), 'internal');
    for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'fetch failed']) {
      const network = (async () => {
        throw new TypeError(message);
      }) as unknown as typeof fetch;
      expectFailure(await fetchNetworkSnapshot({ fetchImpl: network, now }), 'offline');
    }
  });

  it('a fetch that throws, or is missing, is a reason too, not an exception', async () => {
    const throwing = (() => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expectFailure(await fetchNetworkSnapshot({ fetchImpl: throwing, now }), 'offline');
    const missing = undefined as unknown as typeof fetch;
    const original = globalThis.fetch;
    try {
      (globalThis as { fetch?: typeof fetch }).fetch = missing;
      expectFailure(await fetchNetworkSnapshot({ now }), 'offline');
    } finally {
      globalThis.fetch = original;
    }
  });
});
