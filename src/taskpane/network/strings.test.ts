import type { FetchFailure, FailureKind } from './snapshot';
import { formatFetchedAt, formatFigure, networkStrings } from './strings';

const kinds: FailureKind[] = ['offline', 'timeout', 'http', 'malformed', 'implausible'];
const reason = (kind: FailureKind): FetchFailure => ({
  kind,
  url: 'https://mempool.space/api/v1/prices',
  status: kind === 'http' ? 500 : undefined,
  detail: 'detail text',
});

describe('network strings', () => {
  it('say, in both languages, that the bundled figures are kept and nothing was written', () => {
    for (const kind of kinds) {
      expect(networkStrings('en').failure(reason(kind), 8_000)).toContain('bundled figures are unchanged');
      expect(networkStrings('ja').failure(reason(kind), 8_000)).toContain('同梱データはそのまま');
    }
  });

  it('give each failure its own message, naming the status and the timeout', () => {
    for (const locale of ['en', 'ja'] as const) {
      const messages = kinds.map((kind) => networkStrings(locale).failure(reason(kind), 8_000));
      expect(new Set(messages).size).toBe(kinds.length);
      expect(messages[2]).toContain('HTTP 500');
      expect(messages[1]).toContain(locale === 'en' ? '8 s' : '8 秒');
    }
  });

  it('have every English key in Japanese too, and different text', () => {
    const en = networkStrings('en');
    const ja = networkStrings('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(ja.refresh).toBe('ネットワークから更新');
    expect(ja.refresh).not.toBe(en.refresh);
    expect(Object.keys(ja.fieldLabels).sort()).toEqual(Object.keys(en.fieldLabels).sort());
  });

  it('ask about a sheet, changed cells, names, or all, saying what changes', () => {
    for (const locale of ['en', 'ja'] as const) {
      const strings = networkStrings(locale);
      const sheet = { name: 'Network', address: 'A1:E10', table: 'Network_Inputs', tableAddress: 'A4:E10' };
      const onSheet = strings.confirmReplace({ sheet, changed: [], names: [] });
      expect(onSheet).toContain('Network');
      expect(onSheet).toContain('A1:E10');
      expect(onSheet).not.toContain('#REF!');
      const changed = strings.confirmReplace({ changed: [{ sheet: 'Network', address: 'B5', content: '95000' }], names: [] });
      expect(changed).toContain('B5');
      expect(changed).toContain('95000');
      expect(strings.confirmReplace({ changed: [], names: ['NET_DIFFICULTY'] })).toContain('NET_DIFFICULTY');
    }
    expect(networkStrings('en').confirmReplace({ changed: [], names: ['NET_DIFFICULTY'] })).not.toContain('sheet named');
  });
});

describe('formatFigure', () => {
  it('groups digits and adds the unit, except for difficulty and height', () => {
    expect(formatFigure('btc_price_usd', 91_132, 'USD', 'en')).toBe('91,132 USD');
    expect(formatFigure('difficulty', 146_470_000_000_000, 'difficulty', 'en')).toBe('146,470,000,000,000');
    expect(formatFigure('network_hashrate_ehs', 1048.4730997418667, 'EH/s', 'en')).toBe('1,048.47 EH/s');
    expect(formatFigure('block_height', 931_958, 'blocks', 'ja')).toBe('931,958');
    expect(formatFigure('fees_btc_per_block', 0.0173, 'BTC', 'en')).toBe('0.0173 BTC');
  });
});

describe('formatFetchedAt', () => {
  it('shows an ISO time as date and time, UTC', () => {
    expect(formatFetchedAt('2026-01-12T12:00:05.000Z')).toBe('2026-01-12 12:00:05');
    expect(formatFetchedAt('2026-01-12T12:00:05Z')).toBe('2026-01-12 12:00:05');
  });
});
