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
import { parseXml, XmlElement } from './xml-parser';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** A start tag already in the canonical spelling: `<name a="1" b="2">`, no white space around "=". */
const plainStartTag = /^<[^\s/>]+(?:\s+[^\s=/>"']+="[^"<>\t\n\r]*")*\s*\/?>$/;

/** A prefix for elements of another namespace written unprefixed (under their own default namespace) that the part does not use. */
function freePrefix(text: string): string {
  let n = 1;
  while (text.includes(`ns${n}:`)) n++;
  return `ns${n}`;
}

interface Writer {
  readonly text: string;
  readonly home: string;
  readonly out: string[];
  prefix?: string;
}

function writeElement(writer: Writer, element: XmlElement, outerDefault: string | undefined): void {
  const { text, home } = writer;
  const sourceDefault = element.attributes.find((attribute) => attribute.name === 'xmlns')?.value;
  let name = element.name;
  let ownDefault = outerDefault;
  let declared: string | undefined;
  if (element.uri === home || (element.prefix === '' && element.uri === '')) {
    name = element.local;
    ownDefault = element.uri;
  } else if (element.prefix === '') {
    writer.prefix ??= freePrefix(text);
    name = `${writer.prefix}:${element.local}`;
    declared = element.uri;
  }
  const writesDefault = ownDefault !== outerDefault ? ownDefault : undefined;
  const raw = text.slice(element.start, element.openEnd);
  if (name === element.name && declared === undefined && writesDefault === sourceDefault && plainStartTag.test(raw)) writer.out.push(raw);
  else {
    const attributes = element.attributes.filter((attribute) => attribute.name !== 'xmlns').map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
    if (declared !== undefined) attributes.unshift(` xmlns:${writer.prefix}="${escapeAttribute(declared)}"`);
    if (writesDefault !== undefined) attributes.unshift(` xmlns="${escapeAttribute(writesDefault)}"`);
    writer.out.push(`<${name}${attributes.join('')}${element.selfClosing ? '/>' : '>'}`);
  }
  if (element.selfClosing) return;
  for (const child of element.children) {
    if (child.kind === 'element') writeElement(writer, child, ownDefault);
    else writer.out.push(child.cdata ? escapeText(child.text) : text.slice(child.start, child.end));
  }
  writer.out.push(`</${name}>`);
}

/** The part's text in the canonical spelling (the same string when it already is); throws on a part that is not well-formed. */
export function canonicalXml(text: string, part: string): string {
  const { root, prolog } = parseXml(text, part);
  const writer: Writer = { text, home: root.uri, out: [] };
  const declaration = prolog.find((item) => item.kind === 'declaration');
  if (declaration) writer.out.push(text.slice(0, declaration.end));
  // The white space between the declaration (or the start) and the root, when nothing else stands there.
  const before = text.slice(declaration?.end ?? 0, root.start);
  if (/^\s*$/.test(before)) writer.out.push(before);
  writeElement(writer, root, '');
  const after = text.slice(root.end);
  if (/^\s*$/.test(after)) writer.out.push(after);
  const canonical = writer.out.join('');
  return canonical === text ? text : canonical;
}
