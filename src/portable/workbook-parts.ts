/**
 * The parts of an .xlsx package a portable copy reads and changes: the sheets in workbook
 * order with their part paths, the shared strings, the defined names, and the bookkeeping
 * (relationships, content types) that adding a sheet or dropping the calculation chain needs.
 */
import type JSZip from 'jszip';
import { a1 } from '../sheet/a1';
import { maxPartBytes, partTooLarge } from './part-size-limits';
import { textColumnWidths } from './provenance';
import { canonicalXml } from './canonical-xml';
import { isSpreadsheetMain, relationshipsFor, stringItemText } from './spreadsheet-xml';
import { escapeXml } from './xml';
import { attributeValue, childElement, childElements, namespaces, ownText, parseXml, XmlElement } from './xml-parser';

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** JSZip's chunked reader (public in its API, absent from its type declarations). */
interface ChunkStream {
  on(event: 'data', listener: (chunk: string) => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/**
 * A part's text, inflated a chunk at a time and abandoned as soon as it passes the limit (the
 * sizes a zip declares were checked before, but a damaged or hostile file may lie about them).
 */
function boundedText(file: JSZip.JSZipObject, path: string, limit = maxPartBytes): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    let length = 0;
    const stream = (file as unknown as { internalStream(type: 'string'): ChunkStream }).internalStream('string');
    stream
      .on('data', (chunk: string) => {
        length += chunk.length;
        if (length > limit) {
          stream.pause();
          chunks.length = 0;
          reject(partTooLarge(path, undefined, limit));
        } else chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve(chunks.join('')))
      .resume();
  });
}

/**
 * A part's text in the canonical spelling (canonical-xml.ts): what Excel wrote comes back as
 * it was, a part written with prefixes comes back without them. Throws, naming the part, on
 * a part that is not well-formed XML.
 */
export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the workbook has no ${path}`);
  return canonicalXml(await boundedText(file, path), path);
}

/**
 * Writes a part back in the canonical spelling, so that a copy of a file written with
 * prefixes reads in tools that know SpreadsheetML only unprefixed (a part already in that
 * spelling is left as it was).
 */
export async function respellPart(zip: JSZip, path: string): Promise<void> {
  const file = zip.file(path);
  if (!file) return;
  const text = await boundedText(file, path);
  const canonical = canonicalXml(text, path);
  if (canonical !== text) zip.file(path, canonical);
}

/** The root element of a part, which must be `local` in a namespace `isRoot` accepts. */
function partRoot(xml: string, path: string, local: string, isRoot: (uri: string) => boolean): XmlElement {
  const { root } = parseXml(xml, path);
  if (root.local !== local || !isRoot(root.uri)) throw new Error(`${path} is not what an .xlsx has there: its root element is ${root.name} in namespace "${root.uri}", not ${local}`);
  return root;
}

const isPackageRelationships = (uri: string): boolean => uri === namespaces.packageRelationships;

/** The child elements `local` of `parent`'s child `container`, all in the root's namespace. */
function listed(root: XmlElement, container: string, local: string): XmlElement[] {
  const list = childElement(root, root.uri, container);
  return list ? childElements(list, root.uri, local) : [];
}

/** The text without the given elements (each removed with its content). */
function withoutElements(xml: string, elements: readonly XmlElement[]): string {
  let out = '';
  let at = 0;
  for (const element of [...elements].sort((a, b) => a.start - b.start)) {
    out += xml.slice(at, element.start);
    at = element.end;
  }
  return out + xml.slice(at);
}

/** The text with `addition` put last inside `element` (which must not be self-closing). */
function appendedTo(xml: string, element: XmlElement, addition: string): string {
  return xml.slice(0, element.closeStart) + addition + xml.slice(element.closeStart);
}

const contentTypesNamespace = 'http://schemas.openxmlformats.org/package/2006/content-types';

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = partRoot(await readPart(zip, 'xl/workbook.xml'), 'xl/workbook.xml', 'workbook', isSpreadsheetMain);
  const rels = partRoot(await readPart(zip, 'xl/_rels/workbook.xml.rels'), 'xl/_rels/workbook.xml.rels', 'Relationships', isPackageRelationships);
  const targets = new Map<string, string>();
  for (const relationship of childElements(rels, rels.uri, 'Relationship')) targets.set(attributeValue(relationship, 'Id') ?? '', attributeValue(relationship, 'Target') ?? '');
  const rid = relationshipsFor(workbook.uri);
  return listed(workbook, 'sheets', 'sheet').map((sheet) => ({
    name: attributeValue(sheet, 'name') ?? '',
    path: resolveTarget(targets.get(attributeValue(sheet, 'id', rid) ?? '') ?? ''),
  }));
}

export async function sharedStrings(zip: JSZip): Promise<string[]> {
  if (!zip.file('xl/sharedStrings.xml')) return [];
  const path = 'xl/sharedStrings.xml';
  const table = partRoot(await readPart(zip, path), path, 'sst', isSpreadsheetMain);
  return childElements(table, table.uri, 'si').map(stringItemText);
}

/** Workbook-level defined names and what they refer to ("Inputs!$B$3"). */
export async function definedNames(zip: JSZip): Promise<Map<string, string>> {
  const workbook = partRoot(await readPart(zip, 'xl/workbook.xml'), 'xl/workbook.xml', 'workbook', isSpreadsheetMain);
  const names = new Map<string, string>();
  for (const name of listed(workbook, 'definedNames', 'definedName')) {
    if (attributeValue(name, 'localSheetId') === undefined) names.set((attributeValue(name, 'name') ?? '').toUpperCase(), ownText(name));
  }
  return names;
}

/**
 * Drops the calculation chain: it lists formula cells, and a cell that no longer holds a
 * formula in it makes Excel repair the file. Excel rebuilds the chain on the next calculation.
 */
export async function dropCalcChain(zip: JSZip): Promise<void> {
  if (!zip.file('xl/calcChain.xml')) return;
  zip.remove('xl/calcChain.xml');
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await readPart(zip, relsPath);
  const relsRoot = partRoot(rels, relsPath, 'Relationships', isPackageRelationships);
  const chain = childElements(relsRoot, relsRoot.uri, 'Relationship').filter((r) => /(^|\/)calcChain\.xml$/.test(attributeValue(r, 'Target') ?? ''));
  zip.file(relsPath, withoutElements(rels, chain));
  const typesPath = '[Content_Types].xml';
  const types = await readPart(zip, typesPath);
  const typesRoot = partRoot(types, typesPath, 'Types', (uri) => uri === contentTypesNamespace);
  const overrides = childElements(typesRoot, typesRoot.uri, 'Override').filter((o) => attributeValue(o, 'PartName') === '/xl/calcChain.xml');
  zip.file(typesPath, withoutElements(types, overrides));
}

/** The text with `addition` put last inside the root `element`, written open when it was self-closing (an empty list). */
function openAppended(xml: string, element: XmlElement, addition: string): string {
  if (!element.selfClosing) return appendedTo(xml, element, addition);
  const open = xml.slice(element.start, element.end).replace(/\s*\/>$/, '>');
  return `${xml.slice(0, element.start)}${open}${addition}</${element.name}>${xml.slice(element.end)}`;
}

/** How a new <sheet> in the workbook writes its r:id: with the prefix the workbook binds to the relationships namespace, or declaring `r` itself. */
function relationshipsPrefix(workbook: XmlElement): { name: string; declaration: string } {
  const uri = relationshipsFor(workbook.uri);
  const prefix = [...workbook.declares].find(([, bound]) => bound === uri)?.[0];
  return prefix !== undefined ? { name: `${prefix}:id`, declaration: '' } : { name: 'r:id', declaration: ` xmlns:r="${uri}"` };
}

/** The <cols> element giving each column of text rows the width of its longest text (within limits). */
function columnWidths(rows: readonly (readonly string[])[]): string {
  const cols = textColumnWidths(rows).map((chars, c) => `<col min="${c + 1}" max="${c + 1}" width="${chars}" customWidth="1"/>`);
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

/** A worksheet of text cells, rows of strings, added as the workbook's last sheet, each column as wide as its text. */
export async function appendTextSheet(zip: JSZip, wantedName: string, rows: readonly (readonly string[])[]): Promise<string> {
  const existing = (await sheetParts(zip)).map((s) => s.name.toLowerCase());
  let name = wantedName;
  for (let n = 2; existing.includes(name.toLowerCase()); n++) name = `${wantedName} (${n})`;
  let index = 1;
  while (zip.file(`xl/worksheets/sheet${index}.xml`)) index++;
  const path = `xl/worksheets/sheet${index}.xml`;
  const sheetRows = rows.map(
    (row, r) =>
      `<row r="${r + 1}">${row
        .map((text, c) => (text === '' ? '' : `<c r="${a1(r, c)}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`))
        .join('')}</row>`,
  );
  zip.file(
    path,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${columnWidths(rows)}<sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await readPart(zip, relsPath);
  const relsRoot = partRoot(rels, relsPath, 'Relationships', isPackageRelationships);
  const ids = new Set(childElements(relsRoot, relsRoot.uri, 'Relationship').map((r) => attributeValue(r, 'Id')));
  let rid = 1;
  while (ids.has(`rId${rid}`)) rid++;
  const relationship = `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index}.xml"/>`;
  zip.file(relsPath, openAppended(rels, relsRoot, relationship));
  const workbookText = await readPart(zip, 'xl/workbook.xml');
  const workbook = partRoot(workbookText, 'xl/workbook.xml', 'workbook', isSpreadsheetMain);
  const sheetsList = childElement(workbook, workbook.uri, 'sheets');
  if (!sheetsList || sheetsList.selfClosing) throw new Error('xl/workbook.xml lists no sheets');
  const sheetIds = childElements(sheetsList, workbook.uri, 'sheet').map((sheet) => Number(attributeValue(sheet, 'sheetId') ?? 0));
  const rPrefix = relationshipsPrefix(workbook);
  const sheetXml = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${rPrefix.name}="rId${rid}"${rPrefix.declaration}/>`;
  zip.file('xl/workbook.xml', appendedTo(workbookText, sheetsList, sheetXml));
  const typesPath = '[Content_Types].xml';
  const types = await readPart(zip, typesPath);
  const typesRoot = partRoot(types, typesPath, 'Types', (uri) => uri === contentTypesNamespace);
  zip.file(typesPath, openAppended(types, typesRoot, `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`));
  return name;
}
