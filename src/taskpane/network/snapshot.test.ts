import { sampleUrls } from '../../../test/network/sample-snapshot';
import { expectClose } from '../../../test/helpers/tolerance';
import { networkInputSpecs } from './fields';
import { buildSnapshot, ParsedAnswers } from './snapshot';

// The bundled 2026-01-12 network: 146.47T, ~91,132 USD, ≈0.0173 BTC fees a block.
const answers: ParsedAnswers = {
  difficulty: 146_470_000_000_000,
  blockHeight: 931_958,
  rewardStats: { startBlock: 931_815, endBlock: 931_958, totalFeeSats: '249120000' },
  btcPriceUsd: 91_132,
};
const at = new Date('2026-01-12T12:00:05Z');

describe('buildSnapshot', () => {
  it('derives the hashrate from the difficulty and the fees from the sats total, exactly', () => {
    const result = buildSnapshot(answers, sampleUrls, at);
    if (!result.ok) throw new Error(result.reason.detail);
    // D × 2^32 / 600 / 1e18 = 1,048.4730997418666… EH/s (worked in 40-digit decimals)
    expectClose(result.snapshot.network_hashrate_ehs, 1048.4730997418667);
    // 249,120,000 sats / 144 blocks / 1e8 = 0.0173 BTC, with no floating-point residue
    expect(result.snapshot.fees_btc_per_block).toBe(0.0173);
    expect(result.snapshot.fetched_at).toBe('2026-01-12T12:00:05.000Z');
    expect(result.snapshot.source.network_hashrate_ehs).toBe(sampleUrls.hashrate);
  });

  it('divides by the blocks the answer spans, not by 144', () => {
    const result = buildSnapshot({ ...answers, rewardStats: { startBlock: 931_959 - 72, endBlock: 931_958, totalFeeSats: '249120000' } }, sampleUrls, at);
    expect(result.ok && result.snapshot.fees_btc_per_block).toBe(0.0346);
  });

  it('is frozen: nothing can alter a snapshot once built', () => {
    const result = buildSnapshot(answers, sampleUrls, at);
    expect(result.ok && Object.isFrozen(result.snapshot) && Object.isFrozen(result.snapshot.source)).toBe(true);
  });

  it.each([
    ['difficulty', { difficulty: -146_470_000_000_000 }, sampleUrls.hashrate],
    ['difficulty', { difficulty: 0 }, sampleUrls.hashrate],
    ['difficulty', { difficulty: 1e18 }, sampleUrls.hashrate],
    ['btc_price_usd', { btcPriceUsd: 0.91 }, sampleUrls.prices],
    ['btc_price_usd', { btcPriceUsd: Number.POSITIVE_INFINITY }, sampleUrls.prices],
    ['block_height', { blockHeight: 839_999 }, sampleUrls.tipHeight],
    ['fees_btc_per_block', { rewardStats: { startBlock: 931_815, endBlock: 931_958, totalFeeSats: '0' } }, sampleUrls.rewardStats],
    ['fees_btc_per_block', { rewardStats: { startBlock: 931_958, endBlock: 931_958, totalFeeSats: '6000000000' } }, sampleUrls.rewardStats],
  ])('an out-of-range %s is implausible and gives no snapshot', (field, change, url) => {
    const result = buildSnapshot({ ...answers, ...change } as ParsedAnswers, sampleUrls, at);
    expect(result).toEqual({ ok: false, reason: expect.objectContaining({ kind: 'implausible', url, detail: expect.stringContaining(field) }) });
  });

  it('takes every range bound itself (inclusive)', () => {
    for (const spec of networkInputSpecs.filter((s) => s.field === 'btc_price_usd' || s.field === 'block_height')) {
      for (const bound of [spec.min, spec.max]) {
        const change = spec.field === 'btc_price_usd' ? { btcPriceUsd: bound } : { blockHeight: bound };
        expect(buildSnapshot({ ...answers, ...change }, sampleUrls, at).ok).toBe(true);
      }
    }
  });
});
