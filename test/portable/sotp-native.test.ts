/**
 * SOTP's native table. SOTP keeps only its data cells (each part's as_of and source, and
 * without overrides its basis) as values; every other cell is a formula over the inputs, with
 * the bundled figures as constants. LibreOffice recomputes the native table on presets that
 * lack a debt, a project debt or a share count, with overrides and the notes leaving the debt,
 * to the add-in's table (#N/A where the function gives it).
 */
import ExcelJS from 'exceljs';
import { nativeTable } from '../../src/catalogue/native-table';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { a1 } from '../../src/models/a1';
import { asSerial, computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { expectClose } from '../helpers/tolerance';

installCustomFunctionsShim();
const byId = new Map(declarations.map((d) => [d.id, d]));
const sotp = byId.get('SOTP') as NonNullable<ReturnType<typeof byId.get>>;

/** A cell's value as the comparison reads it: a date as its serial, blank as "", an error as its code. */
function shown(value: unknown): unknown {
  value = asSerial(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'error' in (value as object)) return (value as { error: string }).error;
  // The add-in's error value (CustomFunctions.Error): its code, #N/A for a missing figure.
  if (typeof value === 'object' && 'code' in (value as object)) return (value as { code: string }).code;
  return value;
}

function expectCell(actual: unknown, expected: unknown, where: string): void {
  [actual, expected] = [shown(actual), shown(expected)];
  if (typeof expected === 'number') {
    try {
      expectClose(actual as number, expected, 1e-9);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  } else expect({ where, actual }).toEqual({ where, actual: expected });
}

describe('SOTP native table, recomputed by LibreOffice on presets with gaps, overrides and converting notes', () => {
  const functions = functionsById();
  // Arguments: ticker, btc, share price, $/EH/s, $/MW, pipeline $/MW, probability, as_of, headers, net_converted_notes, overrides.
  const cases: unknown[][] = [
    ['CORZ', 90_000, 50, 0, 14_000_000, 5_000_000, 0.5, 46203, true, true], // no debt: #N/A down to upside
    ['CORZ', 90_000, 50, 0, 14_000_000, 5_000_000, 0.5, 46203, true, true, [['debt_usd', 1_085_000_000], ['shares_outstanding', 300_000_000]]],
    ['HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5], // River Bend's project notes
    ['HUT', 100_000, 50, 0, 17_000_000, 0, 1, 46112], // project debt listed, none on the date: #N/A
    ['HUT', 100_000, 50, 0, 0, 0, 1, 46112], // ... not needed when no project is valued
    ['CIFR', 100_000, 15, 1_000_000, 14_000_000, 225_000, 0.5], // no share count: per-share cells blank
    ['IREN', 90_000, 40, 0, 17_000_000, 5_000_000, 0.5, 46112, false, true], // two notes leave the debt
    ['IREN', 90_000, 60, 0, 17_000_000, 5_000_000, 0.5, 46112, true, true, [['Contracted_MW', 660], ['', null], ['cash_usd', 1e9]]],
    ['IREN', 90_000, 10, 2_000_000, 17_000_000, 5_000_000, 0.5, 46112, false, true, [['debt_usd', 2e9]]], // below every conversion price
  ];
  const placed: { args: unknown[]; table: unknown[][]; top: number; data: boolean[][] }[] = [];
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('SOTP');
    let top = 1;
    for (const args of cases) {
      const table = (functions.get('SOTP') as (...a: unknown[]) => unknown[][])(...args);
      // Scalars on the case's first row; an overrides range from column 20 down.
      const operands = args.map((value, i) => {
        if (Array.isArray(value)) {
          value.forEach((row: unknown[], r) => row.forEach((cell, c) => (out.getCell(top + r, 20 + c).value = cell as ExcelJS.CellValue)));
          return `${a1(top - 1, 19)}:${a1(top - 2 + value.length, 20)}`;
        }
        if (value === null || value === undefined) return undefined;
        out.getCell(top, i + 1).value = value as ExcelJS.CellValue;
        // headers as written in the formula: a cell there would make the table's shape an input
        return i === 8 ? String(value).toUpperCase() : out.getCell(top, i + 1).address;
      });
      const native = nativeTable(sotp, operands, args);
      if (!native) throw new Error(`no native table for ${JSON.stringify(args)}`);
      const first = top + 6;
      const data: boolean[][] = [];
      table.forEach((row, r) => {
        data.push([]);
        row.forEach((value, c) => {
          const cell = out.getCell(first + r, c + 1);
          const isData = r >= native.headerRows && native.data(r - native.headerRows, c) !== undefined;
          data[r].push(isData);
          if (r < native.headerRows || isData) cell.value = (shown(value) === '' ? null : value) as ExcelJS.CellValue;
          else cell.value = { formula: native.formula(r - native.headerRows, c, (column, rowsUp = 0) => a1(first + r - 1 - rowsUp, column)).slice(1) } as ExcelJS.CellFormulaValue;
        });
      });
      placed.push({ args, table, top: first, data });
      top = first + table.length + 2;
    }
    sheet = (await recalculateWithLibreOffice(workbook)).getWorksheet('SOTP') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs);

  it('gives every cell of the add-in table, #N/A where it gives #N/A', () => {
    expect(placed).toHaveLength(cases.length);
    let errors = 0;
    for (const { args, table, top } of placed) {
      table.forEach((row, r) =>
        row.forEach((expected, c) => {
          if (shown(expected) === '#N/A') errors++;
          expectCell(computedValue(sheet.getCell(top + r, c + 1)), expected, `SOTP(${JSON.stringify(args)}) row ${r} column ${c}`);
        }),
      );
    }
    expect(errors).toBeGreaterThan(10);
  });

  it('keeps as values only the data cells: as_of and source, and without overrides the basis of each part', () => {
    const kept = (data: boolean[][]) => data.flatMap((row, r) => row.flatMap((isData, c) => (isData ? [`${r}:${c}`] : [])));
    const asOfAndSource = [1, 2, 3, 4, 5, 6, 7, 9].flatMap((r) => [`${r}:6`, `${r}:7`]);
    // HUT (no convertible notes) without overrides: each part's basis too.
    const bases = [1, 2, 3, 4, 5, 6, 7].map((r) => `${r}:1`);
    expect(kept(placed[2].data).sort()).toEqual([...asOfAndSource, ...bases].sort());
    // CORZ with overrides: a basis is the override or the bundled figure, a formula.
    expect(kept(placed[1].data).sort()).toEqual(asOfAndSource.sort());
  });

  it('has no native form where the overrides split the pipeline by stage (the rows change)', () => {
    const args = ['HUT', 1, 1, 1, 1, 1, 1, undefined, true, false, [['pipeline_mw_option', 100]]];
    expect(nativeTable(sotp, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', undefined, 'TRUE', 'J1', 'K1:L1'], args)).toBeUndefined();
    expect(nativeTable(sotp, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'])).toBeUndefined();
  });
});
