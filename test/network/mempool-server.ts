/**
 * A stand-in for mempool.space on 127.0.0.1 (an ephemeral port): serves the recorded answers
 * of test/fixtures/mempool, or, per path, a slow answer, an HTTP error, another body, or no
 * answer at all (headers never sent, or a body never finished). close() ends every open
 * connection, so a hung request cannot keep the test run alive.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'mempool');

/** The recorded answer of each path, as served. */
export const recordedAnswers: Readonly<Record<string, { body: string; contentType: string }>> = {
  [mempoolPaths.hashrate]: { body: fixture('hashrate-3d.json'), contentType: 'application/json' },
  [mempoolPaths.tipHeight]: { body: fixture('tip-height.txt'), contentType: 'text/plain' },
  [mempoolPaths.rewardStats]: { body: fixture('reward-stats-144.json'), contentType: 'application/json' },
  [mempoolPaths.prices]: { body: fixture('prices.json'), contentType: 'application/json' },
};

export type Behaviour =
  | { kind: 'recorded'; delayMs?: number }
  | { kind: 'status'; status: number }
  | { kind: 'body'; body: string }
  | { kind: 'hang' }
  | { kind: 'hang-body' };

export interface MempoolServer {
  readonly baseUrl: string;
  /** Sets how a path answers until reset(); paths not set answer as recorded. */
  set(path: string, behaviour: Behaviour): void;
  reset(): void;
  /** Paths requested since the last reset, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startMempoolServer(): Promise<MempoolServer> {
  const behaviours = new Map<string, Behaviour>();
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const recorded = recordedAnswers[url];
    const behaviour = behaviours.get(url) ?? { kind: 'recorded' };
    if (recorded === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    switch (behaviour.kind) {
      case 'recorded': {
        const send = (): void => {
          response.writeHead(200, { 'Content-Type': recorded.contentType }).end(recorded.body);
        };
        if (!behaviour.delayMs) return send();
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, behaviour.delayMs);
        timers.add(timer);
        return;
      }
      case 'status':
        response.writeHead(behaviour.status, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
        return;
      case 'body':
        response.writeHead(200, { 'Content-Type': recorded.contentType }).end(behaviour.body);
        return;
      case 'hang':
        return;
      case 'hang-body':
        response.writeHead(200, { 'Content-Type': recorded.contentType });
        response.write(recorded.body.slice(0, 10));
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    set: (p, behaviour) => void behaviours.set(p, behaviour),
    reset: () => {
      behaviours.clear();
      requests.length = 0;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The server for one test file: started before its tests, reset after each, closed at the end.
 * Returns a getter (the server exists only once the tests run).
 */
export function useMempoolServer(): () => MempoolServer {
  let server: MempoolServer | undefined;
  beforeAll(async () => {
    server = await startMempoolServer();
  });
  afterEach(() => server?.reset());
  afterAll(async () => {
    await server?.close();
  });
  return () => server as MempoolServer;
}

/** A base URL on which nothing listens: a port that was just free, then closed. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function fixture(name: string): string {
  return fs.readFileSync(path.join(fixtureDir, name), 'utf8');
}
