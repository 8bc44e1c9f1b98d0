/**
 * A package part in the one spelling the rest of the portable copy reads and writes: the
 * part's own namespace (its root element's: SpreadsheetML for a sheet, the package's for
 * relationships) is the default namespace and its elements carry no prefix; every attribute
 * is double-quoted, `name="value"`, with no "<", ">" or line break in its value; CDATA is
 * ordinary escaped text; comments and processing instructions are gone. Only what differs
 * is rewritten: a part Excel or exceljs wrote (already in that spelling) comes back byte for
 * byte, so copies of ordinary files are as they were. A part written with prefixes
 * (`<x:worksheet xmlns:x="…main"><x:sheetData>`, as the Open XML SDK may write) comes back
 * unprefixed, so its MINER.* formulas are found like any other's.
 */
import { escapeXmlAttribute, escapeXmlText } from './xml';
import { walkXml, XmlElement, XmlText, XmlVisitor } from './xml-parser';

/** A start tag already in the canonical spelling: `<name a="1" b="2">`, no white space around "=". */
const plainStartTag = /^<[^\s/>]+(?:\s+[^\s=/>"']+="[^"<>\t\n\r]*")*\s*\/?>$/;

/** A prefix for elements of another namespace written unprefixed (under their own default namespace) that the part does not use. */
function freePrefix(text: string): string {
  let n = 1;
  while (text.includes(`ns${n}:`)) n++;
  return `ns${n}`;
}

/** Writes each element as it is read (the part is never held as a tree: a large sheet stays cheap). */
class CanonicalWriter implements XmlVisitor {
  readonly out: string[] = [];
  /** The name written and the default namespace in force, for each element still open. */
  private readonly stack: { name: string; defaultUri: string }[] = [];
  private home?: string;
  private prefix?: string;

  constructor(private readonly source: string) {}

  open(element: XmlElement): void {
    const text = this.source;
    this.home ??= element.uri;
    const outerDefault = this.stack.length > 0 ? this.stack[this.stack.length - 1].defaultUri : '';
    const sourceDefault = element.attributes.find((attribute) => attribute.name === 'xmlns')?.value;
    let name = element.name;
    let ownDefault = outerDefault;
    let declared: string | undefined;
    if (element.uri === this.home || (element.prefix === '' && element.uri === '')) {
      name = element.local;
      ownDefault = element.uri;
    } else if (element.prefix === '') {
      this.prefix ??= freePrefix(text);
      name = `${this.prefix}:${element.local}`;
      declared = element.uri;
    }
    const writesDefault = ownDefault !== outerDefault ? ownDefault : undefined;
    const raw = text.slice(element.start, element.openEnd);
    if (name === element.name && declared === undefined && writesDefault === sourceDefault && plainStartTag.test(raw)) this.out.push(raw);
    else {
      const attributes = element.attributes.filter((attribute) => attribute.name !== 'xmlns').map((attribute) => ` ${attribute.name}="${escapeXmlAttribute(attribute.value)}"`);
      if (declared !== undefined) attributes.unshift(` xmlns:${this.prefix}="${escapeXmlAttribute(declared)}"`);
      if (writesDefault !== undefined) attributes.unshift(` xmlns="${escapeXmlAttribute(writesDefault)}"`);
      this.out.push(`<${name}${attributes.join('')}${element.selfClosing ? '/>' : '>'}`);
    }
    this.stack.push({ name, defaultUri: ownDefault });
  }

  text(node: XmlText): void {
    this.out.push(node.cdata ? escapeXmlText(node.text) : this.source.slice(node.start, node.end));
  }

  close(element: XmlElement): void {
    const { name } = this.stack.pop() as { name: string };
    if (!element.selfClosing) this.out.push(`</${name}>`);
  }
}

/** The part's text in the canonical spelling (the same string when it already is); throws on a part that is not well-formed. */
export function canonicalXml(text: string, part: string): string {
  const writer = new CanonicalWriter(text);
  const { root, prolog } = walkXml(text, part, writer);
  const declaration = prolog.find((item) => item.kind === 'declaration');
  const head = declaration ? text.slice(0, declaration.end) : '';
  // The white space between the declaration (or the start) and the root, when nothing else stands there.
  const before = text.slice(declaration?.end ?? 0, root.start);
  const after = text.slice(root.end);
  const canonical = head + (/^\s*$/.test(before) ? before : '') + writer.out.join('') + (/^\s*$/.test(after) ? after : '');
  return canonical === text ? text : canonical;
}
