import { maxRewardStatsBlocks, parseHashrateAnswer, parsePricesAnswer, parseRewardStatsAnswer, parseTipHeightAnswer } from './responses';

// Shapes from mempool.space's REST API reference (https://mempool.space/docs/api/rest).
const url = 'https://mempool.space/api/x';

describe('parseHashrateAnswer', () => {
  it('reads currentDifficulty, fractional as the API gives it', () => {
    const body = '{"hashrates":[{"timestamp":1768176000,"avgHashrate":1.05e21}],"difficulty":[],"currentHashrate":1.05e21,"currentDifficulty":146472570619930.8}';
    expect(parseHashrateAnswer(body, url)).toEqual({ ok: true, value: 146472570619930.8 });
  });

  it.each([
    ['not JSON', '<html>502 Bad Gateway</html>'],
    ['an array', '[1, 2]'],
    ['null', 'null'],
    ['no currentDifficulty', '{"currentHashrate": 1}'],
    ['a string difficulty', '{"currentDifficulty": "146.47T"}'],
    ['a null difficulty', '{"currentDifficulty": null}'],
  ])('%s is malformed', (_what, body) => {
    const result = parseHashrateAnswer(body, url);
    expect(result).toMatchObject({ ok: false, reason: { kind: 'malformed', url } });
  });
});

describe('parseTipHeightAnswer', () => {
  it('reads a plain-text integer, with or without a trailing newline', () => {
    expect(parseTipHeightAnswer('931958', url)).toEqual({ ok: true, value: 931_958 });
    expect(parseTipHeightAnswer('931958\n', url)).toEqual({ ok: true, value: 931_958 });
  });

  it.each(['', '-931958', '931958.5', '9.3e5', '931,958', '{"height":931958}', '12345678901'])('%j is malformed', (body) => {
    expect(parseTipHeightAnswer(body, url)).toMatchObject({ ok: false, reason: { kind: 'malformed' } });
  });
});

describe('parseRewardStatsAnswer', () => {
  const answer = (fields: Record<string, unknown>): string =>
    JSON.stringify({ startBlock: 931815, endBlock: 931958, totalReward: '45249120000', totalFee: '249120000', totalTx: '576000', ...fields });

  it('reads the block range and the fee total as a string of sats', () => {
    expect(parseRewardStatsAnswer(answer({}), url)).toEqual({
      ok: true,
      value: { startBlock: 931815, endBlock: 931958, totalFeeSats: '249120000' },
    });
  });

  it('accepts a whole-number fee total', () => {
    expect(parseRewardStatsAnswer(answer({ totalFee: 249120000 }), url)).toMatchObject({ ok: true, value: { totalFeeSats: '249120000' } });
  });

  it.each([
    ['a negative fee', { totalFee: '-5' }],
    ['a fractional fee', { totalFee: '249120000.5' }],
    ['a fee in BTC', { totalFee: 2.4912 }],
    ['no fee', { totalFee: undefined }],
    ['no endBlock', { endBlock: undefined }],
    ['a string startBlock', { startBlock: '931815' }],
  ])('%s is malformed', (_what, fields) => {
    expect(parseRewardStatsAnswer(answer(fields), url)).toMatchObject({ ok: false, reason: { kind: 'malformed' } });
  });

  it.each([
    ['an inverted range', { startBlock: 931958, endBlock: 931815 }],
    ['a fractional block', { endBlock: 931958.5 }],
    ['more than a week of blocks', { startBlock: 931958 - maxRewardStatsBlocks }],
  ])('%s is implausible', (_what, fields) => {
    expect(parseRewardStatsAnswer(answer(fields), url)).toMatchObject({ ok: false, reason: { kind: 'implausible' } });
  });

  it('takes one block (start = end)', () => {
    expect(parseRewardStatsAnswer(answer({ startBlock: 931958 }), url)).toMatchObject({ ok: true });
  });
});

describe('parsePricesAnswer', () => {
  it('reads USD and the time the price was taken', () => {
    expect(parsePricesAnswer('{"time":1768219200,"USD":91132,"EUR":78300}', url)).toEqual({ ok: true, value: { usd: 91_132, timeSeconds: 1_768_219_200 } });
  });

  it('reads a price without a time (the refresh then asks about it)', () => {
    expect(parsePricesAnswer('{"USD":91132}', url)).toEqual({ ok: true, value: { usd: 91_132 } });
  });

  it.each(['{"time":1768219200,"EUR":78300}', '{"USD":"91132"}', '{"USD":', '{"time":"yesterday","USD":91132}'])('%s is malformed', (body) => {
    expect(parsePricesAnswer(body, url)).toMatchObject({ ok: false, reason: { kind: 'malformed' } });
  });

  it('quotes the start of an unreadable body, shortened, in the detail', () => {
    const result = parsePricesAnswer(`<html>${'x'.repeat(200)}</html>`, url);
    if (result.ok) throw new Error('expected a failure');
    expect(result.reason.detail).toMatch(/^not JSON: <html>x+…$/);
    expect(result.reason.detail.length).toBeLessThan(80);
  });
});
