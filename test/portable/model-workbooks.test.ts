/**
 * Every model workbook made portable computes without the add-in: with its cached results
 * removed and recomputed by LibreOffice (an independent engine), every numeric cell equals the
 * value the add-in cached in the original to 1e-9 relative, no add-in formula is left, each
 * frozen range is listed on the Provenance sheet, and charts and names survive.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { declarations } from '../../src/functions/registrations';
import { makePortable, PortableResult } from '../../src/portable/portable-workbook';
import { generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { expectClose } from '../helpers/tolerance';

const options = { version: '0.0.0-test', date: '2026-11-30', declarations: new Map(declarations.map((d) => [d.id, d])) };

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

describe('portable copies of the model workbooks', () => {
  let originals: GeneratedWorkbook[];
  const portables = new Map<string, PortableResult>();
  let recomputed: Map<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    originals = await generateWorkbooks();
    const stripped = new Map<string, Uint8Array>();
    for (const original of originals) {
      const portable = await makePortable(original.bytes, options);
      portables.set(original.fileName, portable);
      stripped.set(original.fileName, await withoutCachedResults(portable.bytes));
    }
    recomputed = await recalculateFilesWithLibreOffice(stripped);
  }, libreOfficeTimeoutMs);

  it('rewrites formulas natively in every model that has closed-form calls', () => {
    const rewritten = originals.filter((o) => (portables.get(o.fileName) as PortableResult).nativeCells > 0).map((o) => o.fileName);
    expect(rewritten).toEqual(expect.arrayContaining(['mining-vs-ai.xlsx', 'breakeven-grid.xlsx', 'contract-underwriting.xlsx']));
  });

  it('leaves no add-in formula in any cell', async () => {
    for (const original of originals) {
      const workbook = await readWorkbook((portables.get(original.fileName) as PortableResult).bytes);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) expect({ where: `${original.fileName} ${sheet.name}!${cell.address}`, formula: cell.formula }).not.toMatchObject({ formula: expect.stringMatching(/MINER/i) });
          }),
        ),
      );
    }
  });

  it('recomputes, in LibreOffice, every number the add-in cached, to 1e-9', async () => {
    let compared = 0;
    let formulas = 0;
    for (const original of originals) {
      const before = await readWorkbook(original.bytes);
      const after = recomputed.get(original.fileName) as ExcelJS.Workbook;
      before.eachSheet((sheet) => {
        const recomputedSheet = after.getWorksheet(sheet.name);
        if (!recomputedSheet) throw new Error(`${original.fileName}: LibreOffice's copy has no sheet ${sheet.name}`);
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const expected = computedValue(cell);
            if (typeof expected !== 'number') return;
            const actual = computedValue(recomputedSheet.getCell(cell.address));
            try {
              expectClose(actual as number, expected, 1e-9);
            } catch (error) {
              throw new Error(`${original.fileName} ${sheet.name}!${cell.address} (${cell.formula ?? 'value'}): ${(error as Error).message}`);
            }
            compared++;
            if (cell.formula) formulas++;
          }),
        );
      });
    }
    expect(compared).toBeGreaterThan(1000);
    expect(formulas).toBeGreaterThan(100);
  });

  it('lists each frozen range on a Provenance sheet, with the original formula, version and date', async () => {
    const portable = portables.get('company-comparison.xlsx') as PortableResult;
    const sheet = (await readWorkbook(portable.bytes)).getWorksheet('Provenance') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, 'sheet', 'cells', 'original formula', 'kept as', 'why', 'source', 'as of', 'add-in version', 'converted on', 'Hashwatt portable copy']);
    expect(sheet.rowCount).toBe(portable.frozen.length + 1);
    const spill = portable.frozen.find((range) => range.reason.startsWith('spills'));
    expect(spill?.formula).toMatch(/COMPANIES/);
    const sourced = portable.frozen.filter((range) => range.source);
    expect(sourced.length).toBeGreaterThan(0);
    for (const range of sourced) expect(range.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sheet.getCell('C2').value).toMatch(/^=MINER\./);
    expect(sheet.getCell('H2').value).toBe('0.0.0-test');
    expect(sheet.getCell('I2').value).toBe('2026-11-30');
  });

  it('keeps the charts and the rest of the package', async () => {
    for (const original of originals) {
      const before = await JSZip.loadAsync(original.bytes);
      const after = await JSZip.loadAsync((portables.get(original.fileName) as PortableResult).bytes);
      const charts = (zip: JSZip) => Object.keys(zip.files).filter((name) => name.startsWith('xl/charts/')).sort();
      expect(charts(after)).toEqual(charts(before));
    }
  });
});
