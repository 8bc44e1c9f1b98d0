/**
 * The cells of a worksheet part as text, each with its attributes, its formula element and its
 * cached value, so a cell can be rewritten in place and everything else in the part (styles,
 * merged cells, drawings, charts' anchors) is left as it was. The part is read with the XML
 * parser, its elements known by namespace and local name; it is the canonical text readPart
 * gives (canonical-xml.ts), so a cell's attribute text is `r="A1" t="s"`, whatever the file
 * had, and a rewritten cell may be written unprefixed.
 */
import { attributeValue, childElement, childElements, namespaces, ownText, parseXml, XmlElement } from './xml-parser';
import { isSpreadsheetMain, stringItemText } from './spreadsheet-xml';

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

/** The elements each cell was read from, for its cached value. */
const cellElements = new WeakMap<XmlCell, XmlElement>();

/** An element's attribute text as written: what lies between its name and the end of its start tag. */
function attributeText(xml: string, element: XmlElement): string {
  return xml.slice(element.start + 1 + element.name.length, element.openEnd - (element.selfClosing ? 2 : 1));
}

function readCell(xml: string, c: XmlElement): XmlCell {
  const f = childElement(c, c.uri, 'f');
  const inner = c.selfClosing ? '' : xml.slice(f ? f.end : c.openEnd, c.closeStart);
  const cell: XmlCell = {
    start: c.start,
    end: c.end,
    address: attributeValue(c, 'r') ?? '',
    attributes: attributeText(xml, c),
    formula: f ? { attributes: attributeText(xml, f), text: ownText(f) } : undefined,
    rest: inner,
  };
  cellElements.set(cell, c);
  return cell;
}

/** The cells of a worksheet (or macro sheet) part; none for a part without sheet data (a chart sheet). */
export function sheetCells(xml: string, part = 'the worksheet'): XmlCell[] {
  const { root } = parseXml(xml, part);
  if (!isSpreadsheetMain(root.uri)) throw new Error(`${part} is not a SpreadsheetML sheet: its root element is ${root.name} in namespace "${root.uri}"`);
  const data = childElement(root, root.uri, 'sheetData');
  if (!data) return [];
  return childElements(data, root.uri, 'row').flatMap((row) => childElements(row, root.uri, 'c').map((c) => readCell(xml, c)));
}

/** A cell's element: the one it was read from, or its inner XML read anew (in the main namespace). */
function cellElement(cell: XmlCell): XmlElement {
  const known = cellElements.get(cell);
  if (known) return known;
  return parseXml(`<c xmlns="${namespaces.main}"${cell.attributes}>${cell.rest}</c>`, `cell ${cell.address}`).root;
}

/** The value a cell shows: its cached result for a formula, else its value. */
export function cachedValue(cell: XmlCell, strings: readonly string[]): number | string | boolean | undefined {
  const c = cellElement(cell);
  const type = attributeValue(c, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = childElement(c, c.uri, 'is');
    return is ? stringItemText(is) : '';
  }
  const v = childElement(c, c.uri, 'v');
  if (!v) return undefined;
  const text = ownText(v);
  if (type === 's') return strings[Number(text)];
  if (type === 'str' || type === 'e') return text;
  if (type === 'b') return text === '1';
  return Number(text);
}
