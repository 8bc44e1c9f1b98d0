import { sampleUrls } from '../../../test/network/sample-snapshot';
import { recordedAnswers } from '../../../test/network/mempool-server';
import { fetchNetworkSnapshot, mempoolBaseUrl } from './fetch-snapshot';

describe('fetchNetworkSnapshot with a browser’s fetch', () => {
  it('calls fetch as a plain function, never as a method of another object (a browser refuses that)', async () => {
    const calls: string[] = [];
    // As Chromium's window.fetch: "Illegal invocation" unless called on the window or on nothing.
    const browserFetch = async function (this: unknown, input: string | URL | Request) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Failed to execute 'fetch' on 'Window': Illegal invocation");
      const url = String(input);
      calls.push(url);
      const answer = recordedAnswers[url.slice(mempoolBaseUrl.length)];
      return new Response(answer.body, { status: 200, headers: { 'content-type': answer.contentType } });
    } as typeof fetch;
    const result = await fetchNetworkSnapshot({ fetchImpl: browserFetch, now: () => new Date('2026-01-12T12:00:05.000Z') });
    expect(result.ok).toBe(true);
    expect(calls.sort()).toEqual(Object.values(sampleUrls).sort());
  });
});
