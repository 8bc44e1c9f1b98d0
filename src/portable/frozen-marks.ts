/**
 * What a reader of a portable copy sees on the sheet itself where a range was kept as values:
 * every cell of the range in the "kept as values" fill, and a note on its first cell saying
 * what it holds (a figure of the bundled data with its date and source, or a table's values)
 * and that it does not follow its inputs. The Provenance sheet lists the same ranges; this is
 * for the reader who never opens it, or prints the model.
 *
 * The package is changed part by part: styles.xml gains one fill and, for each style a frozen
 * cell had, a copy of it with that fill; the sheet gains a comments part and the VML drawing
 * Excel needs to show comments (LibreOffice reads the comments part alone). A sheet that
 * already has comments keeps them and gets the fill only: merging two comment lists is not
 * worth the risk of damaging the user's.
 */
import type JSZip from 'jszip';
import { a1, parseAddress } from '../sheet/a1';
import { displayFormula, FrozenRange, frozenFillRgb } from './provenance';
import { readPart } from './workbook-parts';
import { attribute, escapeXml, withAttribute } from './xml';


const relationshipTypes = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};

/** The note on a frozen range's first cell. */
export function frozenNote(range: FrozenRange): string {
  const after = 'Kept as a value in this portable copy: it does not follow its inputs (see the Provenance sheet).';
  if (range.source !== undefined) {
    return `Value from the add-in's bundled data, as of ${range.asOf ?? 'an unknown date'}, source ${range.source}. ${after}`;
  }
  return `${displayFormula(range.formula)}: ${range.reason}. ${after}`;
}

/** Every cell address of a range ("B5:D7" or "B5"). */
function cellsOf(range: string): string[] {
  const box = parseAddress(range);
  const cells: string[] = [];
  for (let row = box.top; row <= box.bottom; row++) for (let column = box.left; column <= box.right; column++) cells.push(a1(row - 1, column));
  return cells;
}

/** The element list between `<tag …>` and `</tag>` of a styles part, with its count attribute. */
function listIn(xml: string, tag: string): { start: number; end: number; open: string; items: string[] } | undefined {
  const match = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return undefined;
  const child = tag === 'fills' ? 'fill' : 'xf';
  const items = [...match[2].matchAll(new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, 'g'))].map((m) => m[0]);
  return { start: match.index, end: match.index + match[0].length, open: match[1], items };
}

function withList(xml: string, tag: string, list: NonNullable<ReturnType<typeof listIn>>, items: readonly string[]): string {
  const open = withAttribute(list.open, 'count', String(items.length));
  return `${xml.slice(0, list.start)}<${tag}${open}>${items.join('')}</${tag}>${xml.slice(list.end)}`;
}

/**
 * styles.xml with the frozen fill added and, for each style index in `used`, a copy of that
 * cell format with the fill; the map from each old index to its copy. Undefined when the part
 * has no fills or cell formats to extend (then cells keep their style).
 */
export function stylesWithFrozenFill(styles: string, used: ReadonlySet<number>): { xml: string; styleOf: Map<number, number> } | undefined {
  const fills = listIn(styles, 'fills');
  if (!fills) return undefined;
  const fillId = fills.items.length;
  let xml = withList(styles, 'fills', fills, [...fills.items, `<fill><patternFill patternType="solid"><fgColor rgb="${frozenFillRgb}"/><bgColor indexed="64"/></patternFill></fill>`]);
  const xfs = listIn(xml, 'cellXfs');
  if (!xfs || xfs.items.length === 0) return undefined;
  const styleOf = new Map<number, number>();
  const added: string[] = [];
  for (const index of [...used].sort((a, b) => a - b)) {
    const original = xfs.items[index] ?? xfs.items[0];
    const open = /^<xf\b([^>]*?)(\/?)>/.exec(original) as RegExpExecArray;
    const attributes = withAttribute(withAttribute(open[1], 'fillId', String(fillId)), 'applyFill', '1');
    added.push(`<xf${attributes}${open[2]}>${original.slice(open[0].length)}`);
    styleOf.set(index, xfs.items.length + added.length - 1);
  }
  xml = withList(xml, 'cellXfs', xfs, [...xfs.items, ...added]);
  return { xml, styleOf };
}

/** The style indexes of the cells of a sheet that lie in `cells`, keyed by address (0 for a cell with none). */
export function frozenCellStyles(sheetXml: string, cells: ReadonlySet<string>): Map<string, number> {
  const styles = new Map<string, number>();
  for (const m of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>)/g)) {
    const address = attribute(m[1], 'r');
    if (address !== undefined && cells.has(address)) styles.set(address, Number(attribute(m[1], 's') ?? '0'));
  }
  return styles;
}

/** The sheet with each of its cells in `styleOf`'s keys restyled to its frozen copy. */
export function restyledCells(sheetXml: string, cellStyles: ReadonlyMap<string, number>, styleOf: ReadonlyMap<number, number>): string {
  return sheetXml.replace(/<c\b([^>]*?)(\/?>)/g, (whole, attributes: string, close: string) => {
    const address = attribute(attributes, 'r');
    const style = address === undefined ? undefined : cellStyles.get(address);
    const frozen = style === undefined ? undefined : styleOf.get(style);
    return frozen === undefined ? whole : `<c${withAttribute(attributes, 's', String(frozen))}${close}`;
  });
}

function commentsXml(notes: readonly { ref: string; text: string }[]): string {
  const comments = notes.map(
    (note) => `<comment ref="${note.ref}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(note.text)}</t></r></text></comment>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Hashwatt</author></authors><commentList>${comments.join('')}</commentList></comments>`
  );
}

/** The VML shapes Excel draws comments with: one hidden note box beside each commented cell. */
function vmlXml(notes: readonly { ref: string }[], shapeBase: number): string {
  const shapes = notes.map((note, i) => {
    const box = parseAddress(note.ref);
    const row = box.top - 1;
    const column = box.left;
    const anchor = `${column + 1}, 15, ${Math.max(0, row - 1)}, 10, ${column + 4}, 15, ${row + 4}, 4`;
    return (
      `<v:shape id="_x0000_s${shapeBase + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:216pt;height:72pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${Math.floor(shapeBase / 1024)}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  );
}

/** The relationships part of a sheet part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
function relsPath(sheetPath: string): string {
  const slash = sheetPath.lastIndexOf('/');
  return `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
}

/** Elements a legacyDrawing must come before, in a worksheet's schema order. */
const afterLegacyDrawing = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function withLegacyDrawing(sheetXml: string, rid: string): string {
  const element = `<legacyDrawing r:id="${rid}"/>`;
  const positions = afterLegacyDrawing.map((tag) => sheetXml.search(new RegExp(`<${tag}\\b`))).filter((at) => at >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf('</worksheet>');
  const withNamespace = /xmlns:r="/.test(sheetXml)
    ? sheetXml
    : sheetXml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  const shift = withNamespace.length - sheetXml.length;
  return withNamespace.slice(0, at + shift) + element + withNamespace.slice(at + shift);
}

/** A name for a new part, `xl/comments3.xml`, that the package does not have yet. */
function freePart(zip: JSZip, prefix: string, extension: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}.${extension}`)) n++;
  return `${prefix}${n}.${extension}`;
}

/**
 * Adds the notes to a sheet whose XML is `sheetXml` (returned changed): the comments and VML
 * parts, their relationships and content types. A sheet that has comments already is left
 * as it was (the fill still marks its frozen cells).
 */
export async function addNotes(zip: JSZip, sheetPath: string, sheetXml: string, notes: readonly { ref: string; text: string }[], shapeBase: number): Promise<string> {
  if (notes.length === 0 || /<legacyDrawing\b/.test(sheetXml)) return sheetXml;
  const rels = zip.file(relsPath(sheetPath))
    ? await readPart(zip, relsPath(sheetPath))
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (rels.includes(relationshipTypes.comments)) return sheetXml;
  const commentsPath = freePart(zip, 'xl/comments', 'xml');
  const vmlPath = freePart(zip, 'xl/drawings/vmlDrawing', 'vml');
  zip.file(commentsPath, commentsXml(notes));
  zip.file(vmlPath, vmlXml(notes, shapeBase));
  let rid = 1;
  while (rels.includes(`Id="rId${rid}"`)) rid++;
  const vmlRid = `rId${rid + 1}`;
  zip.file(
    relsPath(sheetPath),
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId${rid}" Type="${relationshipTypes.comments}" Target="../${commentsPath.slice(3)}"/>` +
        `<Relationship Id="${vmlRid}" Type="${relationshipTypes.vmlDrawing}" Target="../${vmlPath.slice(3)}"/></Relationships>`,
    ),
  );
  let types = await readPart(zip, '[Content_Types].xml');
  if (!/<Default\b[^>]*Extension="vml"/i.test(types)) {
    types = types.replace('</Types>', '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
  }
  types = types.replace('</Types>', `<Override PartName="/${commentsPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`);
  zip.file('[Content_Types].xml', types);
  return withLegacyDrawing(sheetXml, vmlRid);
}

/** The cells of every frozen range of a sheet, and the note of each range's first cell. */
export function frozenMarks(ranges: readonly FrozenRange[]): { cells: Set<string>; notes: { ref: string; text: string }[] } {
  const cells = new Set<string>();
  const notes: { ref: string; text: string }[] = [];
  for (const range of ranges) {
    const all = cellsOf(range.range);
    for (const cell of all) cells.add(cell);
    notes.push({ ref: all[0], text: frozenNote(range) });
  }
  return { cells, notes };
}
