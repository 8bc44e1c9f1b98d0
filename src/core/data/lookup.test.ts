import { choiceOrThrow, isoDateOrLatest, presetOrThrow, serialOf } from './lookup';

describe('presetOrThrow', () => {
  it('finds a preset ignoring case and surrounding spaces', () => {
    expect(presetOrThrow(' hut ').ticker).toBe('HUT');
  });

  it('quotes the trimmed ticker and lists the tickers', () => {
    expect(() => presetOrThrow('  xyz ')).toThrow(/^unknown ticker "xyz"; available: APLD, BITF, /);
  });
});

describe('choiceOrThrow', () => {
  const fields = ['alpha_mw', 'beta_usd'] as const;

  it('matches ignoring case and surrounding spaces, returning the canonical name', () => {
    expect(choiceOrThrow('field', ' BETA_usd ', fields)).toBe('beta_usd');
  });

  it('names what was not found and what is available', () => {
    expect(() => choiceOrThrow('field', 'gamma', fields)).toThrow('unknown field "gamma"; available: alpha_mw, beta_usd');
    expect(() => choiceOrThrow('field', 'alpha', fields)).toThrow('unknown field "alpha"');
  });
});

describe('dates', () => {
  // Excel serial 46034 is 2026-01-12 (day 0 = 1899-12-30).
  it('turns a serial into the ISO date of its day and back', () => {
    expect(isoDateOrLatest(46034)).toBe('2026-01-12');
    expect(isoDateOrLatest(46034.99)).toBe('2026-01-12');
    expect(isoDateOrLatest(undefined)).toBeUndefined();
    expect(serialOf('2026-01-12')).toBe(46034);
  });

  it('refuses a bundled date that is not a date', () => {
    expect(() => serialOf('2026-02-30')).toThrow('the bundled date "2026-02-30" is not a date');
  });
});
