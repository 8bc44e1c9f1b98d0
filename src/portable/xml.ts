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

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
  return `${withoutAttribute(attributes, name)} ${name}="${escapeXml(value)}"`;
}
