/**
 * The canonical spelling portable copies read parts in: every part a copy reads of a real
 * exceljs workbook comes back byte for byte (so copies of ordinary files do not change), a
 * prefixed one comes back unprefixed, and its cells read the same as the plain spelling's.
 */
import JSZip from 'jszip';
import { canonicalXml } from '../../src/portable/canonical-xml';
import { cachedValue, sheetCells } from '../../src/portable/sheet-cells';
import { namespaces } from '../../src/portable/xml-parser';
import { generateWorkbooks } from '../../tools/workbooks/build';

const main = namespaces.main;

describe('canonicalXml', () => {
  // The parts a portable copy reads and writes: the workbook, its sheets, strings and styles, relationships, content types.
  const readParts = /^(xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml|.*\.rels|\[Content_Types\]\.xml)$/;

  it('gives every part a copy reads of the model workbooks back byte for byte', async () => {
    let parts = 0;
    for (const book of await generateWorkbooks()) {
      const zip = await JSZip.loadAsync(book.bytes);
      for (const path of Object.keys(zip.files).filter((name) => readParts.test(name))) {
        const text = await zip.file(path)!.async('string');
        expect({ path, same: canonicalXml(text, path) === text }).toEqual({ path, same: true });
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(50);
  }, 120_000);

  it('writes a prefixed part unprefixed, attributes double-quoted, CDATA escaped, comments gone', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x='${main}' xmlns:e="urn:ext"><x:sheetData><!-- <c r="Z9"><f>MINER.X()</f></c> -->` +
      `<x:row r='1'><x:c t='str' r = 'A1'><x:f>MINER.HASHPRICE(1,"a")</x:f><x:v><![CDATA[1 < 2 & "q"]]></x:v></x:c></x:row></x:sheetData>` +
      `<x:extLst><x:ext uri="{1}"><ext xmlns="urn:ext2"><inner/></ext><e:thing/></x:ext></x:extLst></x:worksheet>`;
    expect(canonicalXml(xml, 'sheet')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${main}" xmlns:x="${main}" xmlns:e="urn:ext"><sheetData>` +
        `<row r="1"><c t="str" r="A1"><f>MINER.HASHPRICE(1,"a")</f><v>1 &lt; 2 &amp; "q"</v></c></row></sheetData>` +
        `<extLst><ext uri="{1}"><ns1:ext xmlns:ns1="urn:ext2"><ns1:inner xmlns:ns1="urn:ext2"/></ns1:ext><e:thing/></ext></extLst></worksheet>`,
    );
  });

  it('reads the same cells from a prefixed sheet as from its plain spelling', () => {
    const plain = `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><rPh><t>ア</t></rPh><r><t xml:space="preserve"> b</t></r></is></c><c r="B1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`;
    const prefixed = plain.replace(/<(\/?)([a-zA-Z]+)/g, '<$1y:$2').replace(`xmlns="${main}"`, `xmlns:y="${main}"`).replace('xml:space="preserve"', "xml:space='preserve'");
    const read = (xml: string) => sheetCells(canonicalXml(xml, 'sheet')).map((cell) => ({ address: cell.address, formula: cell.formula?.text, value: cachedValue(cell, []) }));
    expect(read(plain)).toEqual([
      { address: 'A1', formula: undefined, value: 'a b' },
      { address: 'B1', formula: '1+1', value: 2 },
    ]);
    expect(read(prefixed)).toEqual(read(plain));
  });

  it('reads a Strict sheet (SpreadsheetML under its Strict namespace) like a Transitional one', () => {
    const strict = `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1"><f>MINER.HASHPRICE(1,2,3,4)</f><v>5</v></c></row></sheetData></worksheet>`;
    expect(sheetCells(strict).map((cell) => [cell.address, cell.formula?.text, cachedValue(cell, [])])).toEqual([['A1', 'MINER.HASHPRICE(1,2,3,4)', 5]]);
  });

  it('refuses a sheet in a namespace that is not SpreadsheetML rather than find no cells in it', () => {
    expect(() => sheetCells('<worksheet xmlns="urn:not-spreadsheetml"><sheetData/></worksheet>', 'xl/worksheets/sheet1.xml')).toThrow(
      /xl\/worksheets\/sheet1\.xml is not a SpreadsheetML sheet/,
    );
  });
});
