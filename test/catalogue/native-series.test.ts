/**
 * The runs of whole numbers native formulas use (src/catalogue/native-series.ts), recomputed by
 * LibreOffice in ordinary cells: summed, in a matrix product, found by MATCH and LOOKUP, from a
 * count in a cell and after an offset, in column A and row 1 (the ranges they name), and none
 * of them volatile (no OFFSET, INDIRECT, NOW).
 */
import ExcelJS from 'exceljs';
import { wholeNumbersAlong, wholeNumbersDown, wholeNumbersDownFromLast } from '../../src/catalogue/native-series';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';

const n = 'Z1'; // the count, 5
const cases: { cell: string; formula: string; expected: number }[] = [
  { cell: 'B2', formula: `SUMPRODUCT(${wholeNumbersDown(n)})`, expected: 15 },
  { cell: 'A3', formula: `SUMPRODUCT(${wholeNumbersDown(n)}^2)`, expected: 55 },
  { cell: 'A1', formula: `SUMPRODUCT(${wholeNumbersAlong(n)}^2)`, expected: 55 },
  { cell: 'B4', formula: `SUMPRODUCT(${wholeNumbersDown(n, '(Z1-2)')})`, expected: 4 + 5 + 6 + 7 + 8 },
  { cell: 'B5', formula: `SUMPRODUCT(${wholeNumbersDownFromLast(n)}*${wholeNumbersDown(n)})`, expected: 5 + 8 + 9 + 8 + 5 },
  // Σ_k Σ_{i ≤ k} i for k = 1…5: a triangular matrix by the column, as ASIC_PAYBACK_MONTHS sums margins.
  { cell: 'B6', formula: `SUMPRODUCT(MMULT(--(${wholeNumbersDown(n)}>=${wholeNumbersAlong(n)}),${wholeNumbersDown(n)}))`, expected: 1 + 3 + 6 + 10 + 15 },
  { cell: 'B7', formula: `SUMPRODUCT(MATCH(1,--(${wholeNumbersAlong(n)}^2>=10),0))`, expected: 4 },
  { cell: 'B8', formula: `LOOKUP(2,1/(${wholeNumbersDownFromLast(n)}=2),${wholeNumbersDown(n)})`, expected: 4 },
];

describe('runs of whole numbers, recomputed by LibreOffice', () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const input = workbook.addWorksheet('Runs');
    input.getCell(n).value = 5;
    for (const { cell, formula } of cases) input.getCell(cell).value = { formula } as ExcelJS.CellFormulaValue;
    sheet = (await recalculateWithLibreOffice(workbook)).getWorksheet('Runs') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs);

  it.each(cases.map((c) => [c.cell, c.formula, c.expected] as const))('%s: %s = %d', (cell, _formula, expected) => {
    expect(computedValue(sheet.getCell(cell))).toBe(expected);
  });

  it('uses no volatile function', () => {
    for (const { formula } of cases) expect(formula).not.toMatch(/OFFSET|INDIRECT|NOW|TODAY|RAND/);
  });
});
