/**
 * How a figure's value and note are shown: numbers in the pane's language, and notes cut
 * into plain text, caveat markers ([U] weakly sourced, [D] derived, also "[U: secondary
 * source]") and links. Pure: the card renders the segments with DOM nodes, never HTML.
 */
import type { Locale } from '../../sheet/locale';

export type Caveat = 'U' | 'D';

export type NoteSegment =
  | { kind: 'text'; text: string }
  | { kind: 'caveat'; caveat: Caveat; text: string }
  | { kind: 'link'; url: string };

const segmentPattern = /\[([UD])(?::[^\]]*)?\]|https?:\/\/[^\s)\];,]+[^\s)\];,.]/g;

/** A note cut into text, caveat markers and links, in order. */
export function noteSegments(note: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  const pattern = new RegExp(segmentPattern.source, 'g');
  let last = 0;
  for (let match = pattern.exec(note); match !== null; match = pattern.exec(note)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: note.slice(last, start) });
    segments.push(match[1] ? { kind: 'caveat', caveat: match[1] as Caveat, text: match[0] } : { kind: 'link', url: match[0] });
    last = start + match[0].length;
  }
  if (last < note.length) segments.push({ kind: 'text', text: note.slice(last) });
  return segments;
}

/** The caveats a note carries ([U], [D]), each once, in the order first met. */
export function noteCaveats(note: string | undefined): Caveat[] {
  const caveats: Caveat[] = [];
  for (const segment of noteSegments(note ?? '')) {
    if (segment.kind === 'caveat' && !caveats.includes(segment.caveat)) caveats.push(segment.caveat);
  }
  return caveats;
}

const numberLocales: Record<Locale, string> = { en: 'en-US', ja: 'ja-JP' };

/** 4500 -> "4,500", 0.0242 -> "0.0242": grouped, every decimal the figure has. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: 10 }).format(value);
}

/** 9.7e9 USD -> "$9.7B"; millions "$830M"; smaller amounts in full. */
export function formatUsd(value: number, locale: Locale): string {
  const scaled = (divisor: number, suffix: string) => `$${formatNumber(Math.round((value / divisor) * 100) / 100, locale)}${suffix}`;
  if (Math.abs(value) >= 1e9) return scaled(1e9, 'B');
  if (Math.abs(value) >= 1e6) return scaled(1e6, 'M');
  return `$${formatNumber(value, locale)}`;
}

/** A source's host without "www.", for a short link text: "stocktitan.net". */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
