/**
 * The sum-of-the-parts football field, in the workbook and its portable copy: the chart part
 * is in the package (text categories, three bar series and the price line), LibreOffice opens
 * the copy and keeps the chart, the field's cells recompute there when a multiple changes
 * (the SOTP table frozen, the arithmetic live), and the TRUE/FALSE input reads as TRUE.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { declarations } from '../../src/functions/registrations';
import { a1 } from '../../src/sheet/a1';
import { SheetPlan } from '../../src/models/plan';
import { sumOfTheParts } from '../../src/models/sotp';
import { makePortable } from '../../src/portable/portable-workbook';
import { functionRegistry } from '../../tools/workbooks/build';
import { computePlan } from '../../tools/workbooks/calc';
import { writeWorkbook } from '../../tools/workbooks/xlsx/write-workbook';
import { computedValue, convertFilesWithLibreOffice, libreOfficeTimeoutMs, withoutCachedResults } from '../helpers/libreoffice';
import { expectClose } from '../helpers/tolerance';

const options = { version: '0.0.0-test', date: '2026-11-30', declarations: new Map(declarations.map((d) => [d.id, d])) };
const plan = sumOfTheParts.build({ locale: 'en' });
const sheet = plan.sheets[0] as SheetPlan;

/** The address of the planned cell holding `text` (the last one, when several do). */
function rowOf(text: string): number {
  const cells = sheet.cells.filter((cell) => cell.value === text);
  if (cells.length === 0) throw new Error(`no cell says ${text}`);
  return cells[cells.length - 1].row;
}
const inputAt = (key: string) => {
  const input = sheet.inputs.find((i) => i.key === key);
  if (!input) throw new Error(`no input ${key}`);
  return a1(input.row, input.col);
};

describe('the sum-of-the-parts football field', () => {
  const allPartsRow = rowOf('All parts');
  const contractedRow = allPartsRow - 2;
  const tableAnchor = sheet.cells.find((cell) => cell.spill && cell.spill.cols === 8 && cell.spill.rows === 13)!.row;
  const valuePerShareCell = a1(tableAnchor + 10, 5);
  const contractedBasisCell = a1(tableAnchor + 2, 1);
  const dilutedSharesCell = a1(tableAnchor + 9, 1);
  const newHigh = 25_000_000;
  let original: Uint8Array;
  let portable: Uint8Array;
  let recomputed: ExcelJS.Workbook;
  let changed: ExcelJS.Workbook;
  let libreOfficeCopy: JSZip;
  let shownCsv: string;

  beforeAll(async () => {
    original = await writeWorkbook(plan, computePlan(plan, functionRegistry()));
    portable = (await makePortable(original, options)).bytes;
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(Buffer.from(portable) as never);
    edited.worksheets[0].getCell(inputAt('football_high_contracted')).value = newHigh;
    const editedBytes = new Uint8Array(await edited.xlsx.writeBuffer());
    const files = new Map([
      ['as made', await withoutCachedResults(portable)],
      ['changed', await withoutCachedResults(editedBytes)],
    ]);
    const saved = convertFilesWithLibreOffice(files);
    const load = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as never);
      return workbook;
    };
    recomputed = await load(saved.get('as made') as Buffer);
    changed = await load(saved.get('changed') as Buffer);
    libreOfficeCopy = await JSZip.loadAsync(saved.get('as made') as Buffer);
    shownCsv = (convertFilesWithLibreOffice(new Map([['as made', portable]]), 'csv').get('as made') as Buffer).toString('utf8');
  }, libreOfficeTimeoutMs);

  it('writes the chart: text categories, low/base/high bars and the market price as a line', async () => {
    for (const bytes of [original, portable]) {
      const zip = await JSZip.loadAsync(bytes);
      const parts = await Promise.all(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
      const field = parts.find((xml) => xml.includes('Football field: value per share by multiple')) as string;
      expect(field).toBeDefined();
      expect(field.match(/<c:ser>/g)).toHaveLength(4);
      expect(field).toMatch(/<c:barChart>.*<c:v>Low<\/c:v>.*<c:v>Base<\/c:v>.*<c:v>High<\/c:v>.*<\/c:barChart><c:lineChart>.*<c:v>Market price<\/c:v>/s);
      expect(field).toContain('<c:strRef>');
      expect(field).toContain('<c:v>All parts</c:v>');
    }
  });

  it('LibreOffice opens the portable copy and keeps the chart', async () => {
    const charts = Object.keys(libreOfficeCopy.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    const xml = await Promise.all(charts.map((name) => libreOfficeCopy.file(name)!.async('string')));
    expect(xml.some((part) => part.includes('Football field: value per share by multiple'))).toBe(true);
  });

  it('recomputes in LibreOffice: the base column is the table’s value per share, every cell as the add-in cached it', async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(Buffer.from(original) as never);
    const cached = before.worksheets[0];
    const after = recomputed.worksheets[0];
    const valuePerShare = computedValue(cached.getCell(valuePerShareCell)) as number;
    expect(typeof valuePerShare).toBe('number');
    for (let row = contractedRow - 1; row <= allPartsRow; row++) {
      expectClose(computedValue(after.getCell(a1(row, 2))) as number, valuePerShare, 1e-9);
      for (const col of [1, 2, 3, 4]) expectClose(computedValue(after.getCell(a1(row, col))) as number, computedValue(cached.getCell(a1(row, col))) as number, 1e-9);
    }
    // The contracted part's range is wider than the base: JPMorgan's $8M–$19M/MW around $17M.
    const low = computedValue(after.getCell(a1(contractedRow, 1))) as number;
    const high = computedValue(after.getCell(a1(contractedRow, 3))) as number;
    expect(low).toBeLessThan(valuePerShare);
    expect(high).toBeGreaterThan(valuePerShare);
  });

  it('recomputes in LibreOffice when a multiple changes: the contracted high moves by ΔMW-multiple × basis ÷ diluted shares', () => {
    const sheetAfter = changed.worksheets[0];
    const base = computedValue(sheetAfter.getCell(a1(contractedRow, 2))) as number;
    const basis = computedValue(sheetAfter.getCell(contractedBasisCell)) as number;
    const diluted = computedValue(sheetAfter.getCell(dilutedSharesCell)) as number;
    expect(basis).toBe(200);
    const expected = base + ((newHigh - 17_000_000) * basis) / diluted;
    expectClose(computedValue(sheetAfter.getCell(a1(contractedRow, 3))) as number, expected, 1e-9);
    // All parts at high: mining's high is its base (0) and IREN has no pipeline figure, so the same.
    expectClose(computedValue(sheetAfter.getCell(a1(allPartsRow, 3))) as number, expected, 1e-9);
    // The low is untouched.
    expectClose(
      computedValue(sheetAfter.getCell(a1(contractedRow, 1))) as number,
      computedValue(recomputed.worksheets[0].getCell(a1(contractedRow, 1))) as number,
      1e-9,
    );
  });

  it('the TRUE/FALSE input shows TRUE in LibreOffice, not 1', () => {
    const input = sheet.inputs.find((i) => i.key === 'net_converted_notes')!;
    expect(computedValue(recomputed.worksheets[0].getCell(a1(input.row, input.col)))).toBe(true);
    // As the cell shows: the first sheet saved as CSV, the input's row.
    const line = shownCsv.split('\n')[input.row];
    expect(line.split(',')[input.col]).toBe('TRUE');
  });
});
