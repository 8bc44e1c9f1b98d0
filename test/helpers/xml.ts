/**
 * A small XML reader for the manifest test: elements, attributes and text, comments and the
 * declaration skipped. It throws on mismatched tags, so "well-formed" is really checked.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const decode = (s: string): string => s.replace(/&(lt|gt|amp|quot|apos);/g, (m) => entities[m]);

export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(xml)) !== null) {
    if (match.index !== consumed) throw new Error(`malformed XML at offset ${consumed}`);
    consumed = token.lastIndex;
    const [whole, closing, opening, attributeText, selfClosing, text] = match;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new Error(`mismatched </${closing}>`);
      continue;
    }
    if (opening) {
      const attributes: Record<string, string> = {};
      for (const a of attributeText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]] = decode(a[2]);
      const element: XmlElement = { name: opening, attributes, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (!selfClosing) stack.push(element);
      continue;
    }
    if (text !== undefined && stack.length > 0) stack[stack.length - 1].text += decode(text).trim();
    else if (text !== undefined && text.trim() !== '') throw new Error('text outside the root element');
  }
  if (consumed !== xml.length) throw new Error(`malformed XML at offset ${consumed}`);
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('no root element');
  return root;
}
