/**
 * ASIC_PAYBACK_MONTHS' native formula by the shape of its hashprice argument, recomputed by
 * LibreOffice and compared with the add-in to 1e-9: a monthly path in a range of another sheet,
 * one cell of it (a flat hashprice), and an array constant. An expression over the range
 * (Paths!F2:F61*0.9) may be one figure or many, which the formula's text cannot tell: the
 * call has no native form and keeps its value in a copy.
 */
import ExcelJS from 'exceljs';
import { nativeFormula } from '../../src/catalogue/native-forms';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { makePortable } from '../../src/portable/portable-workbook';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { expectCell } from '../helpers/expect-cell';

installCustomFunctionsShim();
const payback = declarations.find((d) => d.id === 'ASIC_PAYBACK_MONTHS') as (typeof declarations)[number];
const addIn = functionsById().get('ASIC_PAYBACK_MONTHS') as (...args: unknown[]) => unknown;

/** cost, hashrate_ths, efficiency, power price in row 1 of the sheet "Payback"; uptime, fee, months after the hashprice. */
const machine = [1890, 270, 13.5, 0.05];
const after = [0.97, 0.02, 36];
const path = Array.from({ length: 60 }, (_, i) => 62 - 0.4 * i);
const refs = ['A1', 'B1', 'C1', 'D1'];
const refsAfter = ['E1', 'F1', 'G1'];

const cases: { name: string; hashprice: string; value: unknown }[] = [
  { name: 'a monthly path in a range of another sheet', hashprice: 'Paths!F2:F61', value: path.map((figure) => [figure]) },
  { name: 'one cell of it, a flat hashprice', hashprice: 'Paths!$F$2', value: path[0] },
  { name: 'an array constant down a column', hashprice: `{${path.slice(0, 36).join(';')}}`, value: path.slice(0, 36).map((figure) => [figure]) },
];

describe('ASIC_PAYBACK_MONTHS native formula by the shape of its hashprice, recomputed by LibreOffice', () => {
  let computed: ExcelJS.Workbook;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Payback');
    const paths = workbook.addWorksheet('Paths');
    [...machine, ...after].forEach((value, i) => (sheet.getCell(1, i + 1).value = value));
    path.forEach((figure, i) => (paths.getCell(2 + i, 6).value = figure));
    cases.forEach(({ hashprice }, i) => {
      const formula = nativeFormula(payback, [...refs, hashprice, ...refsAfter]);
      if (!formula) throw new Error(`no native formula for ${hashprice}`);
      sheet.getCell(3 + i, 1).value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
    });
    computed = await recalculateWithLibreOffice(workbook);
  }, libreOfficeTimeoutMs);

  it.each(cases.map((c, i) => [c.name, i] as const))('%s: as the add-in gives it, to 1e-9', (name, i) => {
    const expected = addIn(...machine, cases[i].value, ...after);
    expect(typeof expected).toBe('number');
    const cell = (computed.getWorksheet('Payback') as ExcelJS.Worksheet).getCell(3 + i, 1);
    expectCell(computedValue(cell), expected, `${name} ${cell.formula}`);
  });

  it('has no native formula for an expression over the range (the call keeps its value)', () => {
    for (const hashprice of ['Paths!F2:F61*0.9', 'INDEX(Paths!F2:F61,1)*0.9', 'MonthlyHashprice']) {
      expect(nativeFormula(payback, [...refs, hashprice, ...refsAfter])).toBeUndefined();
    }
  });
});

describe('a portable copy of ASIC_PAYBACK_MONTHS calls, recomputed by LibreOffice', () => {
  const args = (hashprice: string) => [...refs, hashprice, ...refsAfter].join(',');
  const overRange = addIn(...machine, path.map((figure) => [figure]), ...after);
  const overExpression = addIn(...machine, path.map((figure) => [figure * 0.9]), ...after);
  let sheet: ExcelJS.Worksheet;
  let nativeCells: number;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const payback = workbook.addWorksheet('Payback');
    const paths = workbook.addWorksheet('Paths');
    [...machine, ...after].forEach((value, i) => (payback.getCell(1, i + 1).value = value));
    path.forEach((figure, i) => (paths.getCell(2 + i, 6).value = figure));
    payback.getCell('A3').value = { formula: `MINER.ASIC_PAYBACK_MONTHS(${args('Paths!F2:F61')})`, result: overRange } as ExcelJS.CellFormulaValue;
    payback.getCell('A4').value = { formula: `MINER.ASIC_PAYBACK_MONTHS(${args('Paths!F2:F61*0.9')})`, result: overExpression } as ExcelJS.CellFormulaValue;
    const options = { version: '0.0.0-test', date: '2026-12-08', declarations: new Map(declarations.map((d) => [d.id, d])) };
    const portable = await makePortable(new Uint8Array(await workbook.xlsx.writeBuffer()), options);
    nativeCells = portable.nativeCells;
    const recomputed = await recalculateFilesWithLibreOffice(new Map([['copy', await withoutCachedResults(portable.bytes)]]));
    sheet = (recomputed.get('copy') as ExcelJS.Workbook).getWorksheet('Payback') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs);

  it('writes the call over the plain range as its native formula, which computes the add-in value', () => {
    expect(nativeCells).toBe(1);
    expect(String(sheet.getCell('A3').formula)).toMatch(/^\(?IF\(A1=0,0,/);
    expectCell(computedValue(sheet.getCell('A3')), overRange, 'over Paths!F2:F61');
  });

  it('keeps the call over an expression as its value (an INDEX range over the expression would be #VALUE!)', () => {
    expect(typeof overExpression).toBe('number');
    expect(sheet.getCell('A4').formula).toBeUndefined();
    expectCell(computedValue(sheet.getCell('A4')), overExpression, 'over Paths!F2:F61*0.9');
  });
});
