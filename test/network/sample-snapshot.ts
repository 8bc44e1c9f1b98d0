/**
 * The snapshot the recorded mempool.space answers give (test/fixtures/mempool), built the way
 * fetchNetworkSnapshot builds it, for the tests of what comes after a fetch.
 */
import { mempoolBaseUrl, mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import { AnswerUrls, buildSnapshot, NetworkSnapshot } from '../../src/taskpane/network/snapshot';

export const sampleUrls: AnswerUrls = {
  hashrate: mempoolBaseUrl + mempoolPaths.hashrate,
  tipHeight: mempoolBaseUrl + mempoolPaths.tipHeight,
  rewardStats: mempoolBaseUrl + mempoolPaths.rewardStats,
  prices: mempoolBaseUrl + mempoolPaths.prices,
};

export function sampleSnapshot(fetchedAt = '2026-01-12T12:00:05.000Z', btcPriceUsd = 91_132): NetworkSnapshot {
  const result = buildSnapshot(
    {
      difficulty: 146_470_000_000_000,
      blockHeight: 931_958,
      rewardStats: { startBlock: 931_815, endBlock: 931_958, totalFeeSats: '249120000' },
      btcPriceUsd,
    },
    sampleUrls,
    new Date(fetchedAt),
  );
  if (!result.ok) throw new Error(`sample snapshot rejected: ${result.reason.detail}`);
  return result.snapshot;
}
