/**
 * The cells of a worksheet part as text, each with its attributes, its formula element and its
 * cached value, so a cell can be rewritten in place and everything else in the part (styles,
 * merged cells, drawings, charts' anchors) is left as it was.
 */
import { attribute, unescapeXml } from './xml';

export interface XmlCell {
  /** Where the whole <c> element starts and ends in the part. */
  readonly start: number;
  readonly end: number;
  readonly address: string;
  readonly attributes: string;
  /** The <f> element's attributes and unescaped text, when the cell holds a formula. */
  readonly formula?: { readonly attributes: string; readonly text: string };
  /** The inner XML after the formula: <v>…</v> or <is>…</is>. */
  readonly rest: string;
}

const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const formulaPattern = /^<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;

export function sheetCells(xml: string): XmlCell[] {
  const cells: XmlCell[] = [];
  for (const m of xml.matchAll(cellPattern)) {
    const inner = m[2] ?? '';
    const f = formulaPattern.exec(inner);
    cells.push({
      start: m.index as number,
      end: (m.index as number) + m[0].length,
      address: attribute(m[1], 'r') ?? '',
      attributes: m[1],
      formula: f ? { attributes: f[1], text: unescapeXml(f[2] ?? '') } : undefined,
      rest: f ? inner.slice(f[0].length) : inner,
    });
  }
  return cells;
}

/** The value a cell shows: its cached result for a formula, else its value. */
export function cachedValue(cell: XmlCell, strings: readonly string[]): number | string | boolean | undefined {
  const type = attribute(cell.attributes, 't') ?? 'n';
  if (type === 'inlineStr') {
    return [...cell.rest.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join('');
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(cell.rest);
  if (!v) return undefined;
  const text = unescapeXml(v[1]);
  if (type === 's') return strings[Number(text)];
  if (type === 'str' || type === 'e') return text;
  if (type === 'b') return text === '1';
  return Number(text);
}
