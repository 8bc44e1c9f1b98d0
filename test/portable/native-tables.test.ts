/**
 * Spilled tables as one plain formula per cell: for the recorded seeded samples of every table
 * function with a native form, LibreOffice (an independent engine) computes each cell to the
 * add-in's own table, to 1e-9; rows past the table's length show blank, so the same cells
 * follow a shorter input. Then the halving-path model's portable copy: its monthly path is
 * formulas, and changing an input in the copy moves the path to what the add-in gives at the
 * new inputs.
 */
import ExcelJS from 'exceljs';
import { nativeTable, nativeTableRowOf } from '../../src/catalogue/native-forms';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { a1 } from '../../src/sheet/a1';
import { makePortable } from '../../src/portable/portable-workbook';
import type { PlannedCell } from '../../src/models/plan';
import type { Expr } from '../../src/sheet/formula-tree';
import { functionRegistry, generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { computePlan } from '../../tools/workbooks/calc';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { recordedCalls } from '../helpers/recorded-cases';
import { withCellValue } from '../helpers/perturbation';
import { expectCell } from '../helpers/expect-cell';

installCustomFunctionsShim();
const functions = functionsById();
const withTables = declarations.filter((declaration) => nativeTableRowOf(declaration));
const samplesPerFunction = 12;
/** Extra rows below each table: the rows past its length, which must show blank. */
const blankRows = 2;

/** A data cell of a native table as the copy keeps it: its value, a blank left empty. */
function dataValue(value: unknown): ExcelJS.CellValue {
  return value === '' ? null : (value as ExcelJS.CellValue);
}

describe('native table formulas, recomputed by LibreOffice', () => {
  it('covers HASHPRICE_PATH, ASIC_CASHFLOWS, CONVERSION_CASHFLOWS, LEASE_CASHFLOWS and DEBT_SCHEDULE', () => {
    expect(withTables.map((declaration) => declaration.id)).toEqual(expect.arrayContaining(['HASHPRICE_PATH', 'ASIC_CASHFLOWS', 'CONVERSION_CASHFLOWS', 'LEASE_CASHFLOWS', 'DEBT_SCHEDULE']));
  });

  describe.each(withTables.map((declaration) => declaration.id))('MINER.%s', (id) => {
    const declaration = withTables.find((d) => d.id === id) as (typeof withTables)[number];
    const cases: { args: unknown[]; table: unknown[][]; top: number }[] = [];
    let sheet: ExcelJS.Worksheet;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      const out = workbook.addWorksheet(id);
      const calls = recordedCalls().find((r) => r.key === id)?.calls ?? [];
      let top = 1;
      for (const args of calls) {
        if (cases.length === samplesPerFunction) break;
        let table: unknown[][];
        try {
          table = (functions.get(id) as (...a: unknown[]) => unknown[][])(...args);
        } catch {
          continue; // outside the function's domain
        }
        // The inputs on the case's first row, the table below them (a row of the table a row of
        // the sheet); a range argument (CFADS) as a block of cells to the right of the table.
        let rangeColumn = Math.max(args.length, table[0].length) + 2;
        let rangeRows = 0;
        const operands = args.map((value, i) => {
          if (value === null || value === undefined) return undefined;
          if (Array.isArray(value)) {
            const grid = value as unknown[][];
            grid.forEach((cells, r) => cells.forEach((cellValue, c) => (out.getCell(top + r, rangeColumn + c).value = cellValue as ExcelJS.CellValue)));
            const address = `${a1(top - 1, rangeColumn - 1)}:${a1(top - 2 + grid.length, rangeColumn - 2 + grid[0].length)}`;
            rangeColumn += grid[0].length + 1;
            rangeRows = Math.max(rangeRows, grid.length);
            return address;
          }
          out.getCell(top, i + 1).value = value as ExcelJS.CellValue;
          return out.getCell(top, i + 1).address;
        });
        // A table that reads bundled data is given the arguments' values, as a copy is, and has no
        // native form where they change its rows (SOTP's pipeline stages).
        const native = nativeTable(declaration, operands, declaration.bundledData ? args : undefined);
        if (!native && declaration.bundledData) continue;
        if (!native) throw new Error(`${id} has no native table for ${JSON.stringify(args)}`);
        const first = top + 1;
        for (let r = 0; r < table.length + blankRows; r++) {
          for (let c = 0; c < table[0].length; c++) {
            const cell = out.getCell(first + r, c + 1);
            if (r < native.headerRows) cell.value = table[r][c] as string;
            else if (r < table.length && native.data(r - native.headerRows, c)) cell.value = dataValue(table[r][c]);
            else cell.value = { formula: native.formula(r - native.headerRows, c, (column, rowsUp = 0) => a1(first + r - 1 - rowsUp, column)).slice(1) } as ExcelJS.CellFormulaValue;
          }
        }
        cases.push({ args, table, top: first });
        top = Math.max(first + table.length + blankRows, top + rangeRows) + 1;
      }
      sheet = (await recalculateWithLibreOffice(workbook)).getWorksheet(id) as ExcelJS.Worksheet;
    }, libreOfficeTimeoutMs);

    it('gives every cell of the add-in table, and blanks past its length', () => {
      expect(cases.length).toBe(samplesPerFunction);
      for (const { args, table, top } of cases) {
        const width = table[0].length;
        for (let r = 0; r < table.length + blankRows; r++) {
          for (let c = 0; c < width; c++) {
            const expected = r < table.length ? table[r][c] : '';
            expectCell(computedValue(sheet.getCell(top + r, c + 1)), expected, `${id}(${JSON.stringify(args)}) row ${r} column ${c}`);
          }
        }
      }
    });
  });
});

describe('model workbooks', () => {
  it('keep no HASHPRICE_PATH, ASIC_CASHFLOWS or CONVERSION_CASHFLOWS table as values in their portable copies', async () => {
    const options = { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) };
    let tables = 0;
    for (const book of await generateWorkbooks()) {
      const portable = await makePortable(book.bytes, options);
      const frozen = portable.frozen.filter((range) => /^_xldudf_MINER_(HASHPRICE_PATH|ASIC_CASHFLOWS|CONVERSION_CASHFLOWS)\(/.test(range.formula));
      expect({ book: book.fileName, frozen }).toEqual({ book: book.fileName, frozen: [] });
      const spills = book.plan.sheets.flatMap((sheet) => sheet.cells).filter((cell) => cell.spill && cell.formula?.kind === 'miner');
      tables += spills.filter((cell) => ['HASHPRICE_PATH', 'ASIC_CASHFLOWS', 'CONVERSION_CASHFLOWS'].includes((cell.formula as Extract<Expr, { kind: 'miner' }>).id)).length;
    }
    expect(tables).toBeGreaterThan(0);
  }, libreOfficeTimeoutMs);
});

// The Japanese copy calls HASHPRICE_PATH without its header row (its names are written above): no header row in the native form either.
describe.each(['halving-path.xlsx', 'halving-path_ja.xlsx'])("the halving-path model's portable copy (%s)", (fileName) => {
  const changes: Record<string, (value: number) => number> = {
    start_date: (serial) => serial + 45,
    months: (months) => months - 3,
    btc_price_usd: (price) => price * 1.25,
    start_block_height: (height) => height + 5000,
    monthly_hashrate_growth: (growth) => growth + 0.01,
    monthly_price_growth: () => 0.02,
    fees_btc_per_block: (fees) => fees * 3,
  };
  let model: GeneratedWorkbook;
  let recomputed: Map<string, ExcelJS.Workbook>;
  const expectations = new Map<string, { anchor: PlannedCell; table: unknown[][]; sheet: string }>();

  beforeAll(async () => {
    model = (await generateWorkbooks()).find((book) => book.fileName === fileName) as GeneratedWorkbook;
    const portable = await makePortable(model.bytes, { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) });
    const sheetPlan = model.plan.sheets[0];
    const anchor = sheetPlan.cells.find((cell) => cell.spill && cell.formula?.kind === 'miner') as (typeof sheetPlan.cells)[number];
    const call = anchor.formula as Extract<Expr, { kind: 'miner' }>;
    expect(call.id).toBe('HASHPRICE_PATH');
    const inputAt = new Map(sheetPlan.inputs.map((input) => [input.key, input]));
    const computed = computePlan(model.plan, functionRegistry());
    const planValue = (row: number, col: number) => computed.value(sheetPlan.name, row, col);
    const files = new Map<string, Uint8Array>();
    for (const [key, change] of Object.entries(changes)) {
      const input = inputAt.get(key);
      if (!input) throw new Error(`the halving-path model has no input ${key}`);
      const value = change(planValue(input.row, input.col) as number);
      // The add-in's own table at the new inputs: the call's arguments with this one changed.
      const args = call.args.map((arg) => {
        if (arg?.kind === 'ref') return arg.ref.row === input.row && arg.ref.col === input.col ? value : planValue(arg.ref.row, arg.ref.col);
        if (arg?.kind === 'literal') return arg.value;
        throw new Error(`an argument of HASHPRICE_PATH the test does not read: ${JSON.stringify(arg)}`);
      });
      expectations.set(key, { anchor, table: (functions.get('HASHPRICE_PATH') as (...a: unknown[]) => unknown[][])(...args), sheet: sheetPlan.name });
      files.set(key, await withoutCachedResults(await withCellValue(portable.bytes, sheetPlan.name, a1(input.row, input.col), value)));
    }
    recomputed = await recalculateFilesWithLibreOffice(files);
  }, libreOfficeTimeoutMs);

  it.each(Object.keys(changes))('follows a change of %s to the add-in table at the new inputs, to 1e-9', (key) => {
    const { anchor, table, sheet } = expectations.get(key) as NonNullable<ReturnType<typeof expectations.get>>;
    const copy = (recomputed.get(key) as ExcelJS.Workbook).getWorksheet(sheet) as ExcelJS.Worksheet;
    const spill = anchor.spill as NonNullable<typeof anchor.spill>;
    let moved = 0;
    for (let r = 0; r < spill.rows; r++) {
      for (let c = 0; c < spill.cols; c++) {
        const expected = r < table.length ? table[r][c] : '';
        const actual = computedValue(copy.getCell(anchor.row + r + 1, anchor.col + c + 1));
        expectCell(actual, expected, `${key}: row ${r} column ${c}`);
        if (typeof expected === 'number') moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});
