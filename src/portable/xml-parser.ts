/**
 * A small XML parser for the parts of an .xlsx package, with namespaces: every element and
 * attribute is known by its namespace URI and local name, whatever prefix the file gave it
 * (Excel writes `<worksheet xmlns="…main">`, the Open XML SDK and other tools may write
 * `<x:worksheet xmlns:x="…main">`; both are the same sheet). It keeps where each element starts
 * and ends in the text, so a part can be changed in place and the rest left byte for byte.
 *
 * It refuses what is not well-formed (an unclosed or mismatched tag, an undeclared prefix, a
 * bare `&` or `<`, two root elements) with the part's name, the line and the column: a damaged
 * part must never pass as one with nothing in it. A document type declaration is refused as
 * well: no part of a package has one, and its entities could expand a small part into a huge one.
 */

export const namespaces = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
  /** SpreadsheetML: worksheets, the workbook, shared strings, styles. */
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  /** The r:id of a sheet or a drawing, pointing into the part's relationships. */
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

export interface XmlAttribute {
  /** As written: `r`, `r:id`, `xmlns:x`. */
  readonly name: string;
  readonly uri: string;
  readonly local: string;
  /** Unescaped, and normalized as XML requires (a literal tab or line break reads as a space). */
  readonly value: string;
}

export interface XmlText {
  readonly kind: 'text';
  /** Unescaped. */
  readonly text: string;
  readonly cdata: boolean;
  readonly start: number;
  readonly end: number;
}

export interface XmlElement {
  readonly kind: 'element';
  /** As written, with its prefix. */
  readonly name: string;
  readonly prefix: string;
  readonly uri: string;
  readonly local: string;
  /** Every attribute, namespace declarations included, in the order written. */
  readonly attributes: readonly XmlAttribute[];
  /** Filled by a visitor that keeps them (see adopt); parseXml does. */
  readonly children: readonly XmlNode[];
  /** The element from `<` to the last `>`; its start tag ends at `openEnd`, its end tag starts at `closeStart` (both `end` when self-closing). */
  readonly start: number;
  readonly openEnd: number;
  closeStart: number;
  end: number;
  readonly selfClosing: boolean;
  /** The default namespace in scope, and the prefixes this start tag declares (prefix to URI). */
  readonly defaultUri: string;
  readonly declares: ReadonlyMap<string, string>;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  readonly root: XmlElement;
  /** Everything before the root (the XML declaration, comments): start and end offsets of each. */
  readonly prolog: readonly { readonly start: number; readonly end: number; readonly kind: 'declaration' | 'comment' | 'instruction' }[];
}

export class XmlSyntaxError extends Error {}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const nameStart = /[A-Za-z_\u00C0-\uFFFF]/;
const nameChars = /[A-Za-z0-9_.\-\u00B7\u00C0-\uFFFF:]*/y;

/** Where `at` is, as "line L, column C" (1-based), for error messages. */
function position(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

function codePointText(code: number): string | undefined {
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : undefined;
}

class Reader {
  at = 0;
  constructor(
    readonly text: string,
    readonly part: string,
  ) {}

  fail(message: string, at = this.at): never {
    throw new XmlSyntaxError(`${this.part} is not well-formed XML: ${message} at ${position(this.text, at)}`);
  }

  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.at);
  }

  /** Moves past `token`, which must come next. */
  expect(token: string, what: string): void {
    if (!this.startsWith(token)) this.fail(`expected ${what}`);
    this.at += token.length;
  }

  skipSpace(): boolean {
    const from = this.at;
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) this.at++;
    return this.at > from;
  }

  name(what: string): string {
    if (!nameStart.test(this.text[this.at] ?? '')) this.fail(`expected ${what}`);
    nameChars.lastIndex = this.at + 1;
    nameChars.exec(this.text);
    const name = this.text.slice(this.at, nameChars.lastIndex);
    this.at = nameChars.lastIndex;
    return name;
  }

  /** Moves past the next `end`, returning what came before it. */
  until(end: string, what: string): string {
    const found = this.text.indexOf(end, this.at);
    if (found < 0) this.fail(`unclosed ${what}`);
    const inside = this.text.slice(this.at, found);
    this.at = found + end.length;
    return inside;
  }

  /** Unescapes character data or an attribute value (from `from` to `to`); `attribute` normalizes white space as XML does. */
  unescape(from: number, to: number, attribute: boolean): string {
    // Searches stay within [from, to): a search to the end of the part for every text would make a large sheet quadratic.
    const raw = this.text.slice(from, to);
    let out = '';
    let at = 0;
    for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', at)) {
      const semi = raw.indexOf(';', amp);
      if (semi < 0) this.fail('a bare "&" (write &amp;)', from + amp);
      const ref = raw.slice(amp + 1, semi);
      let value: string | undefined;
      if (/^#x[0-9a-fA-F]+$/.test(ref)) value = codePointText(parseInt(ref.slice(2), 16));
      else if (/^#[0-9]+$/.test(ref)) value = codePointText(Number(ref.slice(1)));
      else value = entities[ref];
      if (value === undefined) this.fail(`an unknown entity "&${ref.slice(0, 20)};"`, from + amp);
      out += plain(raw.slice(at, amp), attribute) + value;
      at = semi + 1;
    }
    return out + plain(raw.slice(at), attribute);
  }
}

function plain(raw: string, attribute: boolean): string {
  if (attribute) return /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

interface Scope {
  readonly defaultUri: string;
  readonly prefixes: ReadonlyMap<string, string>;
}

function resolvePrefix(reader: Reader, scope: Scope, prefix: string, at: number): string {
  if (prefix === 'xml') return namespaces.xml;
  const uri = scope.prefixes.get(prefix);
  if (uri === undefined) reader.fail(`the prefix "${prefix}" is not declared`, at);
  return uri;
}

const noDeclarations: ReadonlyMap<string, string> = new Map();
/** Every element starts with this empty list; adopt gives it a list of its own on its first child (a walk keeps nothing). */
const noChildren: readonly XmlNode[] = Object.freeze([]);

/** Adds `node` as the last child of `parent`, for a visitor that keeps a tree. */
export function adopt(parent: XmlElement, node: XmlNode): void {
  if (parent.children === noChildren) (parent as unknown as { children: XmlNode[] }).children = [node];
  else (parent.children as XmlNode[]).push(node);
}

/** A start tag from its `<`: the element (children still to come) and the scope its content sees. */
function startTag(reader: Reader, scope: Scope): { element: XmlElement; scope: Scope } {
  const start = reader.at;
  reader.expect('<', '"<"');
  const name = reader.name('an element name');
  const raw: { name: string; value: string; at: number }[] = [];
  for (;;) {
    const spaced = reader.skipSpace();
    if (reader.startsWith('/>') || reader.startsWith('>')) break;
    if (!spaced) reader.fail(`expected white space, ">" or "/>" in <${name}>`);
    const at = reader.at;
    const attribute = reader.name('an attribute name');
    reader.skipSpace();
    reader.expect('=', `"=" after ${attribute}`);
    reader.skipSpace();
    const quote = reader.text[reader.at];
    if (quote !== '"' && quote !== "'") reader.fail(`expected a quoted value for ${attribute}`);
    const from = reader.at + 1;
    const to = reader.text.indexOf(quote, from);
    if (to < 0) reader.fail(`unclosed value of ${attribute}`);
    const lt = reader.text.indexOf('<', from);
    if (lt >= 0 && lt < to) reader.fail(`a "<" in the value of ${attribute}`, lt);
    if (raw.some((seen) => seen.name === attribute)) reader.fail(`the attribute ${attribute} twice`, at);
    raw.push({ name: attribute, value: reader.unescape(from, to, true), at });
    reader.at = to + 1;
  }
  const selfClosing = reader.startsWith('/>');
  reader.at += selfClosing ? 2 : 1;

  let defaultUri = scope.defaultUri;
  let declares = noDeclarations;
  for (const attribute of raw) {
    if (attribute.name === 'xmlns') defaultUri = attribute.value;
    else if (attribute.name.startsWith('xmlns:')) {
      if (attribute.value === '') reader.fail(`the prefix ${attribute.name.slice(6)} declared empty`, attribute.at);
      if (declares === noDeclarations) declares = new Map();
      (declares as Map<string, string>).set(attribute.name.slice(6), attribute.value);
    }
  }
  const inner: Scope = declares.size === 0 && defaultUri === scope.defaultUri ? scope : { defaultUri, prefixes: new Map([...scope.prefixes, ...declares]) };
  const attributes = raw.map((attribute): XmlAttribute => {
    const colon = attribute.name.indexOf(':');
    const local = colon < 0 ? attribute.name : attribute.name.slice(colon + 1);
    if (attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) return { name: attribute.name, uri: namespaces.xmlns, local, value: attribute.value };
    return { name: attribute.name, uri: colon < 0 ? '' : resolvePrefix(reader, inner, attribute.name.slice(0, colon), attribute.at), local, value: attribute.value };
  });
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const uri = prefix === '' ? defaultUri : resolvePrefix(reader, inner, prefix, start);
  const end = reader.at;
  const element: XmlElement = { kind: 'element', name, prefix, uri, local, attributes, children: noChildren, start, openEnd: end, closeStart: end, end, selfClosing, defaultUri, declares };
  return { element, scope: inner };
}

/** Comments, processing instructions and white space outside the root element. */
function misc(reader: Reader, prolog: { start: number; end: number; kind: 'declaration' | 'comment' | 'instruction' }[]): void {
  for (;;) {
    reader.skipSpace();
    const start = reader.at;
    if (reader.startsWith('<!--')) {
      reader.at += 4;
      reader.until('-->', 'comment');
      prolog.push({ start, end: reader.at, kind: 'comment' });
    } else if (reader.startsWith('<?')) {
      reader.at += 2;
      const target = reader.name('a processing instruction');
      if (target.toLowerCase() === 'xml') reader.fail('an XML declaration after the start', start);
      reader.until('?>', 'processing instruction');
      prolog.push({ start, end: reader.at, kind: 'instruction' });
    } else if (reader.startsWith('<!DOCTYPE')) reader.fail('a document type declaration, which no package part has');
    else return;
  }
}

/**
 * What a walk through a part reports, in document order: each element when its start tag is
 * read (its children not yet; a visitor that keeps them adds them itself), each text (CDATA
 * included) with the element it is in, and each element again when it closes. Comments and
 * processing instructions are not reported.
 */
export interface XmlVisitor {
  open(element: XmlElement, parent: XmlElement | undefined): void;
  text(node: XmlText, parent: XmlElement): void;
  close(element: XmlElement): void;
}

/**
 * Reads a whole part, reporting to `visitor` as it goes (nothing is kept that the visitor
 * does not keep, so a large sheet can be read a cell at a time); `part` names it in errors
 * ("xl/worksheets/sheet1.xml"). Returns the root element and the prolog.
 */
export function walkXml(text: string, part: string, visitor: XmlVisitor): XmlDocument {
  const reader = new Reader(text, part);
  const prolog: { start: number; end: number; kind: 'declaration' | 'comment' | 'instruction' }[] = [];
  if (reader.startsWith('\uFEFF')) reader.at = 1;
  if (reader.startsWith('<?xml') && /\s/.test(text[reader.at + 5] ?? '')) {
    const start = reader.at;
    reader.until('?>', 'XML declaration');
    prolog.push({ start, end: reader.at, kind: 'declaration' });
  }
  misc(reader, prolog);
  if (!reader.startsWith('<')) reader.fail(reader.at >= text.length ? 'no root element' : 'text before the root element');
  const root = content(reader, { defaultUri: '', prefixes: new Map() }, visitor);
  misc(reader, []);
  if (reader.at < text.length) reader.fail('more after the root element');
  return { root, prolog };
}

/** Parses a whole part into a tree of elements and texts; `part` names it in errors. */
export function parseXml(text: string, part: string): XmlDocument {
  return walkXml(text, part, {
    open: (element, parent) => parent && adopt(parent, element),
    text: (node, parent) => adopt(parent, node),
    close: () => undefined,
  });
}

/** An element and everything in it, from its `<`. */
function content(reader: Reader, outer: Scope, visitor: XmlVisitor): XmlElement {
  const first = startTag(reader, outer);
  visitor.open(first.element, undefined);
  if (first.element.selfClosing) {
    visitor.close(first.element);
    return first.element;
  }
  const open: { element: XmlElement; scope: Scope }[] = [first];
  const text = reader.text;
  while (open.length > 0) {
    const { element, scope } = open[open.length - 1];
    const lt = text.indexOf('<', reader.at);
    if (lt < 0) reader.fail(`<${element.name}> is never closed`, element.start);
    if (lt > reader.at) {
      const from = reader.at;
      const gt = text.slice(from, lt).indexOf(']]>');
      if (gt >= 0) reader.fail('"]]>" in text', from + gt);
      visitor.text({ kind: 'text', text: reader.unescape(from, lt, false), cdata: false, start: from, end: lt }, element);
      reader.at = lt;
    }
    if (reader.startsWith('</')) {
      const closeStart = reader.at;
      reader.at += 2;
      const name = reader.name('an element name');
      reader.skipSpace();
      reader.expect('>', `">" closing </${name}`);
      if (name !== element.name) reader.fail(`</${name}> closes <${element.name}>`, closeStart);
      element.closeStart = closeStart;
      element.end = reader.at;
      open.pop();
      visitor.close(element);
    } else if (reader.startsWith('<![CDATA[')) {
      const from = reader.at;
      reader.at += 9;
      const inner = reader.until(']]>', 'CDATA section');
      visitor.text({ kind: 'text', text: inner.replace(/\r\n?/g, '\n'), cdata: true, start: from, end: reader.at }, element);
    } else if (reader.startsWith('<!--')) {
      reader.at += 4;
      if (reader.until('-->', 'comment').includes('--')) reader.fail('"--" inside a comment');
    } else if (reader.startsWith('<?')) {
      reader.at += 2;
      reader.until('?>', 'processing instruction');
    } else if (reader.startsWith('<!')) reader.fail('a declaration inside an element');
    else {
      const child = startTag(reader, scope);
      visitor.open(child.element, element);
      if (child.element.selfClosing) visitor.close(child.element);
      else open.push(child);
    }
  }
  return first.element;
}

/** The child elements of `element` in namespace `uri` with local name `local`. */
export function childElements(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => node.kind === 'element' && node.uri === uri && node.local === local);
}

/** The first child element of `element` in namespace `uri` with local name `local`. */
export function childElement(element: XmlElement, uri: string, local: string): XmlElement | undefined {
  return element.children.find((node): node is XmlElement => node.kind === 'element' && node.uri === uri && node.local === local);
}

/** An attribute's value by namespace (`''` for an unqualified attribute, as SpreadsheetML's are) and local name. */
export function attributeValue(element: XmlElement, local: string, uri = ''): string | undefined {
  return element.attributes.find((attribute) => attribute.local === local && attribute.uri === uri)?.value;
}

/** The text directly in `element` (character data and CDATA, not its child elements'). */
export function ownText(element: XmlElement): string {
  return element.children.map((node) => (node.kind === 'text' ? node.text : '')).join('');
}
