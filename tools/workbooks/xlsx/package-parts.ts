/**
 * What exceljs cannot write, added to its package afterwards (an .xlsx is a zip of XML parts):
 *
 * - Dynamic arrays. exceljs writes an array formula (`<f t="array" ref="A20:F56">`), which
 *   Excel alone would treat as a legacy Ctrl+Shift+Enter array. Excel marks a spilling
 *   formula with cell metadata: `cm="1"` on the anchor `<c>`, pointing at xl/metadata.xml's
 *   XLDAPR record (`<xda:dynamicArrayProperties fDynamic="1"/>`), the part related to the
 *   workbook and declared in [Content_Types].xml. The cells below the anchor hold the
 *   cached spilled values, as Excel saves them.
 * - Charts: chart parts, a drawing per sheet, the relationships and content types, and the
 *   `<drawing r:id>` element in the sheet.
 */
import JSZip from 'jszip';
import { a1 } from '../../../src/sheet/a1';
import { PlannedChart } from '../../../src/models/plan';
import { ChartCache, chartPartXml, drawingPartXml, drawingRelsXml, escapeXml } from './chart-xml';

const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const dynamicArrayMetadataXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

/** Per sheet (by name): the spill anchors and the charts with their cached values. */
export interface SheetExtras {
  readonly anchors: readonly { row: number; col: number }[];
  readonly charts: readonly { chart: PlannedChart; cache: ChartCache }[];
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no ${path}`);
  return file.async('string');
}

function addContentType(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return types.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  return rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${packageRelNs}"></Relationships>`;
}

/** Sheet name -> its part path, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ''));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) parts.set(decodeXml(name), `xl/${target}`);
  }
  return parts;
}

function decodeXml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** `cm="1"` on each anchor cell. */
function markDynamicArrays(sheetXml: string, anchors: SheetExtras['anchors']): string {
  let xml = sheetXml;
  for (const anchor of anchors) {
    const address = a1(anchor.row, anchor.col);
    const cell = new RegExp(`<c r="${address}"(?![^>]*\\bcm=)`);
    if (!cell.test(xml)) throw new Error(`spill anchor ${address} is not in the sheet XML`);
    xml = xml.replace(cell, `<c r="${address}" cm="1"`);
  }
  return xml;
}

/** The elements a <drawing> must precede in a worksheet (CT_Worksheet order). */
const afterDrawing = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function insertDrawing(sheetXml: string, relId: string): string {
  const at = Math.min(...afterDrawing.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${relNs}" `);
  return xml;
}

/** Adds dynamic-array metadata and charts to the package exceljs wrote. */
export async function addPackageParts(xlsx: Buffer, extras: ReadonlyMap<string, SheetExtras>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let types = await text(zip, '[Content_Types].xml');
  const parts = await sheetParts(zip);
  const anyAnchor = [...extras.values()].some((e) => e.anchors.length > 0);

  if (anyAnchor) {
    zip.file('xl/metadata.xml', dynamicArrayMetadataXml);
    types = addContentType(types, '/xl/metadata.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml');
    const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
    zip.file('xl/_rels/workbook.xml.rels', addRelationship(rels, 'rIdHashwattMetadata', `${relNs}/sheetMetadata`, 'metadata.xml'));
  }

  let chartNumber = 0;
  let drawingNumber = 0;
  for (const [sheetName, extra] of extras) {
    const path = parts.get(sheetName);
    if (!path) throw new Error(`sheet "${sheetName}" is not in the package`);
    let sheetXml = await text(zip, path);
    sheetXml = markDynamicArrays(sheetXml, extra.anchors);
    if (extra.charts.length > 0) {
      drawingNumber++;
      const numbers = extra.charts.map(() => ++chartNumber);
      extra.charts.forEach(({ chart, cache }, i) => {
        zip.file(`xl/charts/chart${numbers[i]}.xml`, chartPartXml(sheetName, chart, cache));
        types = addContentType(types, `/xl/charts/chart${numbers[i]}.xml`, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
      });
      zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingPartXml(extra.charts.map((c) => c.chart)));
      zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRelsXml(numbers));
      types = addContentType(types, `/xl/drawings/drawing${drawingNumber}.xml`, 'application/vnd.openxmlformats-officedocument.drawing+xml');
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      const relsPath = `${path.slice(0, path.lastIndexOf('/'))}/_rels/${fileName}.rels`;
      const sheetRels = zip.file(relsPath) ? await text(zip, relsPath) : emptyRels();
      const relId = 'rIdHashwattDrawing';
      zip.file(relsPath, addRelationship(sheetRels, relId, `${relNs}/drawing`, escapeXml(`../drawings/drawing${drawingNumber}.xml`)));
      sheetXml = insertDrawing(sheetXml, relId);
    }
    zip.file(path, sheetXml);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
