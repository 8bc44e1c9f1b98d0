/**
 * A portable copy says on the sheet itself where it kept values: each frozen range in the
 * "kept as values" fill, with a note on its first cell (a data figure's date and source, or the
 * table it held), read back by exceljs and, for the notes, by LibreOffice; the Provenance sheet
 * is wide enough to read. The model workbooks give real frozen ranges: the company comparison
 * reads bundled data and spills a table.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { declarations } from '../../src/functions/registrations';
import { stylesWithFrozenFill } from '../../src/portable/frozen-marks';
import { makePortable, PortableResult } from '../../src/portable/portable-workbook';
import { displayFormula, frozenFillRgb } from '../../src/portable/provenance';
import { generateWorkbooks } from '../../tools/workbooks/build';
import { libreOfficeTimeoutMs, recalculateFilesWithLibreOffice } from '../helpers/libreoffice';

const options = { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) };

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** A cell's note as text (exceljs gives a string, or rich text runs). */
function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((run) => run.text).join('');
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function firstCell(range: string): string {
  return range.split(':')[0];
}

describe('marks of the ranges a portable copy keeps as values', () => {
  let portable: PortableResult;
  let copy: ExcelJS.Workbook;
  let original: ExcelJS.Workbook;
  let throughLibreOffice: ExcelJS.Workbook;

  beforeAll(async () => {
    const model = (await generateWorkbooks()).find((book) => book.fileName === 'company-comparison.xlsx');
    if (!model) throw new Error('no company-comparison.xlsx among the model workbooks');
    portable = await makePortable(model.bytes, options);
    [copy, original] = [await readWorkbook(portable.bytes), await readWorkbook(model.bytes)];
    throughLibreOffice = (await recalculateFilesWithLibreOffice(new Map([['copy', portable.bytes]]))).get('copy') as ExcelJS.Workbook;
  }, libreOfficeTimeoutMs);

  it('fills every cell of every frozen range, and only those', () => {
    expect(portable.frozen.length).toBeGreaterThan(0);
    const frozenCells = new Set<string>();
    for (const range of portable.frozen) {
      const sheet = copy.getWorksheet(range.sheet) as ExcelJS.Worksheet;
      const [from, to = from] = range.range.split(':');
      const [a, b] = [sheet.getCell(from), sheet.getCell(to)];
      for (let row = Number(a.row); row <= Number(b.row); row++) {
        for (let column = Number(a.col); column <= Number(b.col); column++) {
          const cell = sheet.getCell(row, column);
          if (cell.value === null) continue; // a blank the table left: no cell to mark
          frozenCells.add(`${range.sheet}!${cell.address}`);
          expect({ cell: `${range.sheet}!${cell.address}`, fill: fillOf(cell) }).toEqual({ cell: `${range.sheet}!${cell.address}`, fill: frozenFillRgb });
        }
      }
    }
    copy.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (frozenCells.has(`${sheet.name}!${cell.address}`) || sheet.name === 'Provenance') return;
          expect({ cell: `${sheet.name}!${cell.address}`, fill: fillOf(cell) }).toEqual({
            cell: `${sheet.name}!${cell.address}`,
            fill: fillOf(original.getWorksheet(sheet.name)?.getCell(cell.address) as ExcelJS.Cell),
          });
        }),
      ),
    );
  });

  it("notes each range's first cell: a data figure with its date and source, a table with its formula", () => {
    const data = portable.frozen.filter((range) => range.source !== undefined);
    const tables = portable.frozen.filter((range) => range.reason.startsWith('spills a table'));
    expect(data.length).toBeGreaterThan(0);
    expect(tables.length).toBeGreaterThan(0);
    for (const range of data) {
      const note = noteText((copy.getWorksheet(range.sheet) as ExcelJS.Worksheet).getCell(firstCell(range.range)));
      expect(note).toBe(
        `Value from the add-in's bundled data, as of ${range.asOf}, source ${range.source}. Kept as a value in this portable copy: it does not follow its inputs (see the Provenance sheet).`,
      );
    }
    for (const range of tables) {
      const note = noteText((copy.getWorksheet(range.sheet) as ExcelJS.Worksheet).getCell(firstCell(range.range)));
      expect(note).toMatch(/^=.*MINER\.[A-Z_]+\(.*\): spills a table \(kept as its values\)\. Kept as a value in this portable copy/);
    }
  });

  it('reads back in LibreOffice with its notes', () => {
    for (const range of portable.frozen) {
      const sheet = throughLibreOffice.getWorksheet(range.sheet) as ExcelJS.Worksheet;
      expect({ where: `${range.sheet}!${range.range}`, note: noteText(sheet.getCell(firstCell(range.range))) }).toEqual({
        where: `${range.sheet}!${range.range}`,
        note: expect.stringContaining('Kept as a value in this portable copy'),
      });
    }
  });

  it('gives the Provenance sheet columns as wide as their text (within 80 characters)', () => {
    const provenance = copy.getWorksheet('Provenance') as ExcelJS.Worksheet;
    const formulaColumn = provenance.getColumn(3);
    const longest = Math.max(...portable.frozen.map((range) => displayFormula(range.formula).length));
    expect(formulaColumn.width).toBe(Math.min(80, longest + 2));
    expect(provenance.getColumn(1).width).toBeGreaterThanOrEqual(8);
  });
});

describe('the frozen fill in styles.xml', () => {
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="3" fillId="1" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>';

  it('adds one fill and a copy of each used format with it, keeping the rest of the format', () => {
    const result = stylesWithFrozenFill(styles, new Set([0, 1])) as NonNullable<ReturnType<typeof stylesWithFrozenFill>>;
    expect([...result.styleOf]).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(result.xml).toContain(`<fills count="3">`);
    expect(result.xml).toContain(`<fgColor rgb="${frozenFillRgb}"/>`);
    expect(result.xml).toContain('<cellXfs count="4">');
    expect(result.xml).toContain('<xf numFmtId="0" fontId="0" borderId="0" xfId="0" fillId="2" applyFill="1"/>');
    expect(result.xml).toContain('<xf numFmtId="164" fontId="3" borderId="0" xfId="0" applyNumberFormat="1" fillId="2" applyFill="1"><alignment horizontal="right"/></xf>');
  });

  it('leaves a styles part without fills alone', () => {
    expect(stylesWithFrozenFill('<styleSheet/>', new Set([0]))).toBeUndefined();
  });
});

describe('a sheet that already has comments', () => {
  it('keeps its comments and marks its frozen cells with the fill only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Model');
    sheet.getCell('A1').value = 'btc_price_usd';
    sheet.getCell('B1').value = { formula: '_xldudf_MINER_NETWORK(A1)', result: 86303.18 } as ExcelJS.CellFormulaValue;
    sheet.getCell('C1').value = 'checked';
    sheet.getCell('C1').note = 'the user’s own note';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await makePortable(bytes, options);
    const copy = await readWorkbook(result.bytes);
    const model = copy.getWorksheet('Model') as ExcelJS.Worksheet;
    expect(noteText(model.getCell('C1'))).toBe('the user’s own note');
    expect(noteText(model.getCell('B1'))).toBeUndefined();
    expect(fillOf(model.getCell('B1'))).toBe(frozenFillRgb);
    const zip = await JSZip.loadAsync(result.bytes);
    expect(Object.keys(zip.files).filter((name) => /comments\d*\.xml$/.test(name))).toHaveLength(1);
  });
});
