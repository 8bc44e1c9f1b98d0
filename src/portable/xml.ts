/** The few XML text helpers the workbook rewriting needs (SpreadsheetML parts, read as text). */

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
