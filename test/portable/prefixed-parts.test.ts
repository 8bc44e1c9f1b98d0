/**
 * A workbook whose parts are spelled as other tools write them: SpreadsheetML under an `x:`
 * prefix (`<x:worksheet xmlns:x="…main"><x:c r="A1"><x:f>…`, as the Open XML SDK may write),
 * attributes in reverse order and single-quoted with spaces around "=", a comment in each
 * sheet's data that looks like a MINER.* cell, and its shared strings in CDATA. Its portable
 * copy is the plain file's copy: no MINER.* formula is left, the same native formulas are
 * written (scalars and the HASHPRICE_PATH table), the same data reads are kept as values and
 * marked, and LibreOffice recomputes it to the same values. A damaged part is refused, naming
 * the part, never copied as if it had no formulas.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { declarations } from '../../src/functions/registrations';
import { makePortable, PortableResult } from '../../src/portable/portable-workbook';
import { generateWorkbooks } from '../../tools/workbooks/build';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

const options = { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) };
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The parts in the SpreadsheetML namespace, the ones other tools may write with a prefix. */
const spreadsheetParts = /^xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml$/;

const unescape = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string);

/** An element's attribute text reversed, single-quoted, with spaces around "=". */
function respelledAttributes(attributes: string): string {
  const list = [...attributes.matchAll(/\s+([\w:.-]+)="([^"]*)"/g)].map((m) => ({ name: m[1] === 'xmlns' ? 'xmlns:x' : m[1], value: m[2].replace(/'/g, '&apos;') }));
  return list
    .reverse()
    .map(({ name, value }) => ` ${name} = '${value}'`)
    .join('');
}

/** A SpreadsheetML part as exceljs wrote it, respelled: unprefixed elements under `x:`, attributes respelled, strings in CDATA, a decoy comment in the sheet data. */
function respelled(path: string, xml: string): string {
  let out = xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?![\w.:-])((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/g, (_, close: string, name: string, attributes: string, empty: string) =>
    close ? `</x:${name}>` : `<x:${name}${respelledAttributes(attributes)}${empty}>`,
  );
  if (path === 'xl/sharedStrings.xml') out = out.replace(/(<x:t\b[^>]*>)([^<]+)(<\/x:t>)/g, (_, open: string, text: string, end: string) => `${open}<![CDATA[${unescape(text)}]]>${end}`);
  out = out.replace(/<x:sheetData>/, '<x:sheetData><!-- <c r="A1"><f>_xldudf_MINER_NETWORK("date")</f><v>1</v></c> -->');
  return out;
}

async function respelledWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((name) => spreadsheetParts.test(name))) {
    zip.file(path, respelled(path, await zip.file(path)!.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Each cell of each sheet of a loaded copy: its formula, value, fill and note, by sheet and address. */
function cellsOf(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        cells.set(`${sheet.name}!${cell.address}`, { formula: cell.formula, value: cell.formula ? undefined : cell.value, fill: fill?.fgColor?.argb, note: cell.note });
      }),
    );
  }
  return cells;
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

describe('a portable copy of a workbook written with prefixes, single quotes, comments and CDATA', () => {
  let plainBytes: Uint8Array;
  let prefixedBytes: Uint8Array;
  let plain: PortableResult;
  let prefixed: PortableResult;
  let recomputed: Map<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    const book = (await generateWorkbooks()).find((b) => b.fileName === 'halving-path.xlsx');
    if (!book) throw new Error('no halving-path.xlsx model');
    plainBytes = book.bytes;
    prefixedBytes = await respelledWorkbook(plainBytes);
    plain = await makePortable(plainBytes, options);
    prefixed = await makePortable(prefixedBytes, options);
    recomputed = await recalculateFilesWithLibreOffice(
      new Map([
        ['plain', await withoutCachedResults(plain.bytes)],
        ['prefixed', await withoutCachedResults(prefixed.bytes)],
      ]),
    );
  }, libreOfficeTimeoutMs);

  it('starts from a file really spelled that way', async () => {
    const zip = await JSZip.loadAsync(prefixedBytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain(`<x:worksheet`);
    expect(sheet).toContain(`xmlns:x = '${main}'`);
    expect(sheet).toMatch(/<x:c t = 's' s = '\d+' r = 'A1'>/);
    expect(sheet).toMatch(/<x:f\b[^>]*>[^<]*_xldudf_MINER_HASHPRICE_PATH\(/);
    expect(sheet).toContain('<!-- <c r="A1">');
    expect(sheet.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<c[\s>]/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('<![CDATA[');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<x:sheet r:id = 'rId\d+'/);
  });

  it('keeps no MINER.* formula', async () => {
    const formulas = [...cellsOf(await loaded(prefixed.bytes)).values()].map((cell) => (cell as { formula?: string }).formula).filter((f) => f !== undefined);
    expect(formulas.length).toBeGreaterThan(200);
    expect(formulas.filter((formula) => /MINER/i.test(formula as string))).toEqual([]);
    const zip = await JSZip.loadAsync(prefixed.bytes);
    for (const path of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))) {
      expect({ path, minerFormulas: (await zip.file(path)!.async('string')).match(/<(\w+:)?f\b[^>]*>[^<]*MINER[^<]*</gi) }).toEqual({ path, minerFormulas: null });
    }
  });

  it('writes the same native formulas, values, marks and notes as the copy of the plain file', async () => {
    expect(prefixed.nativeCells).toBe(plain.nativeCells);
    expect(prefixed.nativeCells).toBeGreaterThan(200);
    expect(prefixed.frozen).toEqual(plain.frozen);
    const cells = cellsOf(await loaded(prefixed.bytes));
    expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(cellsOf(await loaded(plain.bytes))));
    // The scalar HASHPRICE (B20 of the model) and a cell of the HASHPRICE_PATH table (F26) are native formulas now.
    const [sheet] = (await loaded(prefixed.bytes)).worksheets;
    for (const address of ['B20', 'F26']) {
      expect((cells.get(`${sheet.name}!${address}`) as { formula?: string }).formula).toMatch(/^[A-Z(]/);
    }
  });

  it('keeps the data reads as values, marked with their source and date', async () => {
    const reads = prefixed.frozen.filter((range) => /^_xldudf_MINER_NETWORK\(/.test(range.formula));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    for (const range of reads) expect(range).toMatchObject({ reason: 'reads bundled data (NETWORK)', source: expect.any(String), asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) });
    const sheet = (await loaded(prefixed.bytes)).getWorksheet(reads[0].sheet) as ExcelJS.Worksheet;
    const cell = sheet.getCell(reads[0].range);
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFE8E4F4');
    expect(String(cell.note)).toMatch(/bundled data/);
    expect(cell.formula).toBeUndefined();
  });

  it('recomputes in LibreOffice to the values of the plain copy', () => {
    const values = (name: string) => {
      const out = new Map<string, unknown>();
      for (const sheet of (recomputed.get(name) as ExcelJS.Workbook).worksheets) {
        sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void out.set(`${sheet.name}!${cell.address}`, computedValue(cell))));
      }
      return out;
    };
    const fromPrefixed = values('prefixed');
    const fromPlain = values('plain');
    expect(Object.fromEntries(fromPrefixed)).toEqual(Object.fromEntries(fromPlain));
    const numbers = [...fromPrefixed.values()].filter((value) => typeof value === 'number');
    expect(numbers.length).toBeGreaterThan(150);
  });

  it.each([
    ['an unclosed cell', (xml: string) => xml.replace(/<\/x:c>/, ''), /^xl\/worksheets\/sheet1\.xml is not well-formed XML: .* at line \d+, column \d+$/],
    ['an undeclared prefix', (xml: string) => xml.replace(/xmlns:x = '[^']*'/, ''), /^xl\/worksheets\/sheet1\.xml is not well-formed XML: the prefix "x" is not declared/],
    ['a misspelled namespace', (xml: string) => xml.replace(`xmlns:x = '${main}'`, `xmlns:x = '${main}x'`), /^xl\/worksheets\/sheet1\.xml is not a SpreadsheetML sheet/],
  ])('refuses a sheet with %s, naming the part', async (_, damage, message) => {
    const zip = await JSZip.loadAsync(prefixedBytes);
    const original = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const damaged = damage(original);
    expect(damaged).not.toBe(original);
    zip.file('xl/worksheets/sheet1.xml', damaged);
    await expect(makePortable(await zip.generateAsync({ type: 'uint8array' }), options)).rejects.toThrow(message);
  });

  it('refuses damaged shared strings and a damaged workbook part the same way', async () => {
    for (const path of ['xl/sharedStrings.xml', 'xl/workbook.xml']) {
      const zip = await JSZip.loadAsync(plainBytes);
      zip.file(path, (await zip.file(path)!.async('string')).replace(/<\/(si|sheets)>/, '</oops>'));
      await expect(makePortable(await zip.generateAsync({ type: 'uint8array' }), options)).rejects.toThrow(`${path} is not well-formed XML: </oops> closes`);
    }
  });
});
