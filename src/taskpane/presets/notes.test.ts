import { formatNumber, formatUsd, noteCaveats, noteSegments, sourceHost } from './notes';

describe('noteSegments', () => {
  it('cuts out [U] and [D] markers, including "[U: secondary source]"', () => {
    expect(noteSegments('[D] derived. ~85% margin [U: secondary source] (x).')).toEqual([
      { kind: 'caveat', caveat: 'D', text: '[D]' },
      { kind: 'text', text: ' derived. ~85% margin ' },
      { kind: 'caveat', caveat: 'U', text: '[U: secondary source]' },
      { kind: 'text', text: ' (x).' },
    ]);
  });

  it('makes links of URLs, leaving out the punctuation around them', () => {
    expect(noteSegments('financing (https://a.example/x-1, 2026-02-05); see https://b.example/y.')).toEqual([
      { kind: 'text', text: 'financing (' },
      { kind: 'link', url: 'https://a.example/x-1' },
      { kind: 'text', text: ', 2026-02-05); see ' },
      { kind: 'link', url: 'https://b.example/y' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves other brackets alone and gives plain text back whole', () => {
    expect(noteSegments('a [note] b')).toEqual([{ kind: 'text', text: 'a [note] b' }]);
    expect(noteSegments('')).toEqual([]);
  });
});

describe('noteCaveats', () => {
  it('lists each caveat once, in order', () => {
    expect(noteCaveats('[U] x [D] y [U: z]')).toEqual(['U', 'D']);
    expect(noteCaveats(undefined)).toEqual([]);
  });
});

describe('number formats', () => {
  it('groups thousands and keeps every decimal', () => {
    expect(formatNumber(4500, 'en')).toBe('4,500');
    expect(formatNumber(0.0242, 'ja')).toBe('0.0242');
  });

  it('shortens dollars to B and M', () => {
    expect(formatUsd(9_700_000_000, 'en')).toBe('$9.7B');
    expect(formatUsd(9_700_000, 'en')).toBe('$9.7M');
    expect(formatUsd(830_000_000, 'en')).toBe('$830M');
    expect(formatUsd(1234, 'en')).toBe('$1,234');
  });

  it('names a source by its host', () => {
    expect(sourceHost('https://www.stocktitan.net/news/IREN/x.html')).toBe('stocktitan.net');
    expect(sourceHost('not a url')).toBe('not a url');
  });
});
