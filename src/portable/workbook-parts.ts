/**
 * The parts of an .xlsx package a portable copy reads and changes: the sheets in workbook
 * order with their part paths, the shared strings, the defined names, and the bookkeeping
 * (relationships, content types) that adding a sheet or dropping the calculation chain needs.
 */
import type JSZip from 'jszip';
import { a1 } from '../models/a1';
import { maxPartBytes, partTooLarge } from './part-size-limits';
import { textColumnWidths } from './provenance';
import { attribute, escapeXml, unescapeXml } from './xml';

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

export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the workbook has no ${path}`);
  return boundedText(file, path);
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = await readPart(zip, 'xl/workbook.xml');
  const rels = await readPart(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) targets.set(attribute(m[1], 'Id') ?? '', attribute(m[1], 'Target') ?? '');
  return [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({
    name: attribute(m[1], 'name') ?? '',
    path: resolveTarget(targets.get(attribute(m[1], 'r:id') ?? '') ?? ''),
  }));
}

export async function sharedStrings(zip: JSZip): Promise<string[]> {
  if (!zip.file('xl/sharedStrings.xml')) return [];
  const xml = await readPart(zip, 'xl/sharedStrings.xml');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''));
}

/** Workbook-level defined names and what they refer to ("Inputs!$B$3"). */
export async function definedNames(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readPart(zip, 'xl/workbook.xml');
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    if (attribute(m[1], 'localSheetId') === undefined) names.set((attribute(m[1], 'name') ?? '').toUpperCase(), unescapeXml(m[2]));
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
  const rels = await readPart(zip, 'xl/_rels/workbook.xml.rels');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/g, ''));
  const types = await readPart(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, ''));
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
  const rels = await readPart(zip, 'xl/_rels/workbook.xml.rels');
  let rid = 1;
  while (rels.includes(`Id="rId${rid}"`)) rid++;
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index}.xml"/></Relationships>`,
    ),
  );
  const workbook = await readPart(zip, 'xl/workbook.xml');
  const sheetIds = [...workbook.matchAll(/<sheet\b[^>]*sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  zip.file(
    'xl/workbook.xml',
    workbook.replace('</sheets>', `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="rId${rid}"/></sheets>`),
  );
  const types = await readPart(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return name;
}
