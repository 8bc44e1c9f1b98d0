/**
 * The XML parser portable copies read package parts with: elements and attributes known by
 * namespace, whatever the prefix; escapes, CDATA and comments read as XML reads them; a part
 * that is not well-formed refused with its name, line and column.
 */
import { attributeValue, childElement, childElements, namespaces, ownText, parseXml, XmlSyntaxError } from '../../src/portable/xml-parser';

const main = namespaces.main;

describe('parseXml', () => {
  it('knows elements and attributes by namespace, whatever the prefix', () => {
    const xml =
      `<?xml version="1.0"?>\n<s:workbook xmlns:s='${main}' xmlns:rel="${namespaces.relationships}">` +
      `<s:sheets><s:sheet rel:id='rId7' name = "A &amp; B"/></s:sheets><other xmlns="urn:other"><sheet name="not this one"/></other></s:workbook>`;
    const { root } = parseXml(xml, 'xl/workbook.xml');
    expect([root.uri, root.local, root.prefix]).toEqual([main, 'workbook', 's']);
    const sheets = childElement(root, main, 'sheets');
    const [sheet] = childElements(sheets!, main, 'sheet');
    expect(attributeValue(sheet, 'name')).toBe('A & B');
    expect(attributeValue(sheet, 'id', namespaces.relationships)).toBe('rId7');
    expect(attributeValue(sheet, 'id')).toBeUndefined();
    const other = root.children[1];
    expect(other.kind === 'element' && childElements(other, main, 'sheet')).toEqual([]);
  });

  it('reads escapes, character references, CDATA and comments as XML does, and keeps where each element lies', () => {
    const xml = `<c xmlns="${main}" r="A1"><f>IF(A2&lt;3,"a&#x26;b"<!-- "x" -->,<![CDATA["<c>"]]>)</f><v>1</v></c>`;
    const { root } = parseXml(xml, 'cell');
    const f = childElement(root, main, 'f')!;
    expect(ownText(f)).toBe('IF(A2<3,"a&b","<c>")');
    const v = childElement(root, main, 'v')!;
    expect(xml.slice(v.start, v.end)).toBe('<v>1</v>');
    expect(xml.slice(root.start, root.end)).toBe(xml);
  });

  it.each([
    ['<a><b></a>', /<\/a> closes <b> at line 1, column 7/],
    ['<a>\n  <b>', /<b> is never closed at line 2, column 3/],
    ['<a>x & y</a>', /a bare "&"/],
    ['<a>&nbsp;</a>', /an unknown entity "&nbsp;"/],
    ['<a/><b/>', /more after the root element/],
    ['<x:a/>', /the prefix "x" is not declared/],
    ['<a b="1" b="2"/>', /the attribute b twice/],
    ['<a b=1/>', /expected a quoted value for b/],
    ['<!DOCTYPE a [<!ENTITY e "eeee">]><a>&e;</a>', /a document type declaration/],
    ['', /no root element/],
    ['<a><![CDATA[x</a>', /unclosed CDATA section/],
  ])('refuses %j, saying where', (xml, message) => {
    expect(() => parseXml(xml, 'xl/worksheets/sheet1.xml')).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml, 'xl/worksheets/sheet1.xml')).toThrow(message);
    expect(() => parseXml(xml, 'xl/worksheets/sheet1.xml')).toThrow(/^xl\/worksheets\/sheet1\.xml is not well-formed XML: /);
  });
});
