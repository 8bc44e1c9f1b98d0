import { detectLocale, MessageKey, messages, translate } from './i18n';

const keys = Object.keys(messages.en) as MessageKey[];
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('i18n', () => {
  it('has every key in both languages, none empty, and no extra key in either', () => {
    expect(Object.keys(messages.ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messages.en[key].trim()).not.toBe('');
      expect(messages.ja[key].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect([key, placeholders(messages.ja[key])]).toEqual([key, placeholders(messages.en[key])]);
  });

  it('has Japanese text for every sentence (not English left untranslated)', () => {
    const untranslated = keys.filter((key) => messages.ja[key] === messages.en[key] && /[a-z]{4,}/.test(messages.en[key].replace(/\{\w+\}/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'resultCount', { count: 1, total: 14 })).toBe('1 of 14 companies');
    expect(translate('ja', 'resultCount', { count: 1, total: 14 })).toBe('14 社中 1 社');
    expect(translate('en', 'resultCount', { count: 1 })).toBe('1 of {total} companies');
  });
});

describe('detectLocale', () => {
  it("follows Office's display language in Excel", () => {
    expect(detectLocale('ja-JP', '')).toBe('ja');
    expect(detectLocale('JA', '')).toBe('ja');
    expect(detectLocale('en-US', '?lang=ja')).toBe('en');
    expect(detectLocale('de-DE', '')).toBe('en');
  });

  it('takes ?lang= in the preview, where there is no display language', () => {
    expect(detectLocale(undefined, '?lang=ja')).toBe('ja');
    expect(detectLocale(undefined, '?x=1&lang=ja-JP')).toBe('ja');
    expect(detectLocale(undefined, '')).toBe('en');
  });
});
