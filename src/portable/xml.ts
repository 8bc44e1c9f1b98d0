/**
 * The few XML text helpers the workbook rewriting needs. Parts are read with the XML parser
 * (xml-parser.ts); these work on the attribute text of an element in the canonical spelling
 * readPart gives (canonical-xml.ts): `name="value"`, double-quoted, no "<" or ">" in a value,
 * so a plain search finds an attribute however the file first spelled it.
 */

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Text as an element's content: "&", "<" and ">" escaped (CDATA's text, written as ordinary text, keeps its quotes). */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text escaped for content or a double-quoted attribute: escapeXmlText and '"'. */
export function escapeXml(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;');
}

/**
 * A double-quoted attribute's value: escapeXml, and tab, line feed and carriage return as
 * character references, since a parser reads those written as they are as spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** An attribute's value in an element's attribute text, unescaped. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? unescapeXml(match[1]) : undefined;
}

/** The attribute text without the named attribute. */
export function withoutAttribute(attributes: string, name: string): string {
  return attributes.replace(new RegExp(`\\s${name}="[^"]*"`), '');
}

/** The attribute text with the named attribute set (added or replaced). */
export function withAttribute(attributes: string, name: string, value: string): string {
  return `${withoutAttribute(attributes, name)} ${name}="${escapeXmlAttribute(value)}"`;
}
