/**
 * The cells of a worksheet part as text, each with its attributes, its formula element and its
 * cached value, so a cell can be rewritten in place and everything else in the part (styles,
 * merged cells, drawings, charts' anchors) is left as it was. The part is read with the XML
 * parser, its elements known by namespace and local name; it is the canonical text readPart
 * gives (canonical-xml.ts), so a cell's attribute text is `r="A1" t="s"`, whatever the file
 * had, and a rewritten cell may be written unprefixed.
 */
import { adopt, attributeValue, childElement, ownText, walkXml, XmlElement } from './xml-parser';
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
  /** What its value is made of, read with the cell. */
  readonly content: CellContent;
}

/** What a cell's value is made of: its type, its <v> text (unescaped), its inline string. */
export interface CellContent {
  readonly type: string;
  readonly v?: string;
  readonly inline?: string;
}

function contentOf(c: XmlElement): CellContent {
  const type = attributeValue(c, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = childElement(c, c.uri, 'is');
    return { type, inline: is ? stringItemText(is) : '' };
  }
  const v = childElement(c, c.uri, 'v');
  return { type, v: v ? ownText(v) : undefined };
}

/** An element's attribute text as written: what lies between its name and the end of its start tag. */
function attributeText(xml: string, element: XmlElement): string {
  return xml.slice(element.start + 1 + element.name.length, element.openEnd - (element.selfClosing ? 2 : 1));
}

function readCell(xml: string, c: XmlElement): XmlCell {
  const f = childElement(c, c.uri, 'f');
  const inner = c.selfClosing ? '' : xml.slice(f ? f.end : c.openEnd, c.closeStart);
  return {
    start: c.start,
    end: c.end,
    address: attributeValue(c, 'r') ?? '',
    attributes: attributeText(xml, c),
    formula: f ? { attributes: attributeText(xml, f), text: ownText(f) } : undefined,
    rest: inner,
    content: contentOf(c),
  };
}

/**
 * The cells of a worksheet (or macro sheet) part; none for a part without sheet data (a chart
 * sheet). The part is walked, not held as a tree: only each cell's own elements are kept.
 */
export function sheetCells(xml: string, part = 'the worksheet'): XmlCell[] {
  const cells: XmlCell[] = [];
  /** The elements open from the root down; a cell's own elements are not pushed. */
  const path: XmlElement[] = [];
  let cell: XmlElement | undefined;
  const isMain = (element: XmlElement, local: string) => element.local === local && element.uri === path[0].uri;
  walkXml(xml, part, {
    open(element, parent) {
      if (cell) {
        adopt(parent as XmlElement, element);
        return;
      }
      if (path.length === 0 && !isSpreadsheetMain(element.uri)) {
        throw new Error(`${part} is not a SpreadsheetML sheet: its root element is ${element.name} in namespace "${element.uri}"`);
      }
      const depth = path.length;
      if (depth === 3 && isMain(element, 'c') && isMain(path[2], 'row') && isMain(path[1], 'sheetData')) cell = element;
      else path.push(element);
    },
    text(node, parent) {
      if (cell) adopt(parent, node);
    },
    close(element) {
      if (element === cell) {
        cells.push(readCell(xml, element));
        cell = undefined;
      } else if (!cell) path.pop();
    },
  });
  return cells;
}

/** The value a cell shows: its cached result for a formula, else its value. */
export function cachedValue(cell: XmlCell, strings: readonly string[]): number | string | boolean | undefined {
  const { type, v, inline } = cell.content;
  if (type === 'inlineStr') return inline;
  if (v === undefined) return undefined;
  if (type === 's') return strings[Number(v)];
  if (type === 'str' || type === 'e') return v;
  if (type === 'b') return v === '1';
  return Number(v);
}
