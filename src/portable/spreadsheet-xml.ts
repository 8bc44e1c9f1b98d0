/**
 * SpreadsheetML as the parser sees it: which namespaces are its main and relationships
 * namespaces (a Strict file uses other URIs for the same elements), and the text of a string
 * item (a shared string or an inline one).
 */
import { childElements, namespaces, ownText, XmlElement } from './xml-parser';

const strictMain = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const strictRelationships = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export function isSpreadsheetMain(uri: string): boolean {
  return uri === namespaces.main || uri === strictMain;
}

/** The namespace of r:id attributes that goes with a part in main namespace `mainUri`. */
export function relationshipsFor(mainUri: string): string {
  return mainUri === strictMain ? strictRelationships : namespaces.relationships;
}

/**
 * The text of a string item (<si> or <is>): its <t>, or the <t> of each of its runs, in order.
 * Phonetic runs (<rPh>, the reading of Japanese text) are not part of the text Excel shows.
 */
export function stringItemText(item: XmlElement): string {
  return item.children
    .filter((node): node is XmlElement => node.kind === 'element' && node.uri === item.uri && (node.local === 't' || node.local === 'r'))
    .map((node) => (node.local === 't' ? ownText(node) : childElements(node, item.uri, 't').map(ownText).join('')))
    .join('');
}
