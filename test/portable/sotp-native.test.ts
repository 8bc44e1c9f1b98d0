/**
 * SOTP's native table and the sum-of-the-parts model's portable copy. SOTP keeps only its data
 * cells (each part's as_of and source, the diluted shares' basic count) as values; every other
 * cell is a formula over the inputs, with the bundled figures as constants. LibreOffice
 * recomputes: (1) the native table on presets that lack a debt, a project debt or a share
 * count, with overrides and the notes leaving the debt, to the add-in's table (#N/A where the
 * function gives it), and with a pipeline stage typed into a copy's overrides (not read: the copy
 * names it in the pipeline part and the status, every figure as without it); (2) the model's copy, after each input is changed in it, to the add-in's
 * own table, grid and results at the new inputs (the workbook calculation), to 1e-9. The grid
 * reads the table with plain formulas and shows the figures the nine SOTP calls it replaced gave.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { nativeTable } from '../../src/catalogue/native-forms';
import { stagesNotRead } from '../../src/catalogue/valuation/sotp-native';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { a1 } from '../../src/sheet/a1';
import { PlannedCell, PlannedInput, SheetPlan, WorkbookPlan } from '../../src/models/plan';
import { Expr } from '../../src/sheet/formula-tree';
import { sumOfTheParts } from '../../src/models/sotp';
import { dataReason } from '../../src/portable/native-tables';
import { planPortableSheets, SheetContent, SpillSize } from '../../src/portable/portable-sheets';
import { makePortable } from '../../src/portable/portable-workbook';
import { officeWrites } from '../../src/taskpane/models/office-plan';
import { functionRegistry } from '../../tools/workbooks/build';
import { computePlan } from '../../tools/workbooks/calc';
import { writeWorkbook } from '../../tools/workbooks/xlsx/write-workbook';
import { asSerial, computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, recalculateWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { planWithInputs } from '../helpers/perturbation';
import { expectClose } from '../helpers/tolerance';

installCustomFunctionsShim();
const byId = new Map(declarations.map((d) => [d.id, d]));
const sotp = byId.get('SOTP') as NonNullable<ReturnType<typeof byId.get>>;
const options = { version: '0.0.0-test', date: '2026-12-07', declarations: byId };

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
  type Placed = { args: unknown[]; table: unknown[][]; top: number; data: boolean[][]; overridesTop: number };
  const placed: Placed[] = [];
  // A copy's overrides with a blank row, into which a pipeline stage is typed after the copy is made.
  const stageCase: unknown[] = ['IREN', 90_000, 60, 0, 17_000_000, 5_000_000, 0.5, 46112, true, true, [['contracted_mw', 660], ['', null]]];
  let staged: Placed;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('SOTP');
    let top = 1;
    for (const args of [...cases, stageCase]) {
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
      placed.push({ args, table, top: first, data, overridesTop: top });
      top = first + table.length + 2;
    }
    staged = placed.pop() as Placed;
    out.getCell(staged.overridesTop + 1, 20).value = ' Pipeline_MW_Energized ';
    out.getCell(staged.overridesTop + 1, 21).value = 120;
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

  it('says so in the pipeline part and the status when a stage is typed into the copy\'s overrides, every other cell as without it', () => {
    // The add-in splits the pipeline into a part a stage: two stages make a row more than the copy holds.
    const sotpOf = (...stages: [string, number][]) => (functions.get('SOTP') as (...a: unknown[]) => unknown[][])(...stageCase.slice(0, 10), [['contracted_mw', 660], ...stages]);
    expect(sotpOf(['pipeline_mw_energized', 120]).map((row) => row[0])).toContain('pipeline: energized');
    expect(sotpOf(['pipeline_mw_energized', 120], ['pipeline_mw_option', 300])).toHaveLength(staged.table.length + 1);
    const pipelineRow = staged.table.findIndex((row) => row[0] === 'pipeline');
    const statusRow = staged.table.length - 1;
    staged.table.forEach((row, r) =>
      row.forEach((expected, c) => {
        const actual = computedValue(sheet.getCell(staged.top + r, c + 1));
        if (r === pipelineRow && c === 0) expect(actual).toBe(`pipeline (${stagesNotRead})`);
        else if (r === statusRow && c === 7) expect(actual).toBe(`${stagesNotRead}; ${expected}`);
        else expectCell(actual, expected, `SOTP with a stage typed in, row ${r} column ${c}`);
      }),
    );
  });

  it('has no native form where the overrides split the pipeline by stage (the rows change)', () => {
    const args = ['HUT', 1, 1, 1, 1, 1, 1, undefined, true, false, [['pipeline_mw_option', 100]]];
    expect(nativeTable(sotp, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', undefined, 'TRUE', 'J1', 'K1:L1'], args)).toBeUndefined();
    expect(nativeTable(sotp, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'])).toBeUndefined();
  });
});

/** The plan with inputs of its first sheet, named by key, given new values. */
function withInputs(plan: WorkbookPlan, values: ReadonlyMap<string, string | number>): WorkbookPlan {
  const sheet = plan.sheets[0];
  const inputOf = (key: string) => sheet.inputs.find((input) => input.key === key) as PlannedInput;
  return planWithInputs(plan, sheet.name, [...values].map(([key, to]) => [inputOf(key), to] as const));
}

describe.each(['en', 'ja'] as const)("the sum-of-the-parts model's portable copy (%s)", (locale) => {
  const plan = sumOfTheParts.build({ locale });
  const sheetPlan = plan.sheets[0] as SheetPlan;
  const input = (key: string) => {
    const found = sheetPlan.inputs.find((i) => i.key === key);
    if (!found) throw new Error(`no input ${key}`);
    return found;
  };
  const anchor = sheetPlan.cells.find((cell) => cell.spill && (cell.formula as Extract<Expr, { kind: 'miner' }>).id === 'SOTP') as PlannedCell;
  const spill = anchor.spill as NonNullable<PlannedCell['spill']>;
  const firstDataRow = anchor.row + spill.headerRows;
  /** The as_of and source cells of the table's data row `r`. */
  const rows = (r: number) => `${a1(firstDataRow + r, 6)}:${a1(firstDataRow + r, 7)}`;
  const gridCells = sheetPlan.inputs
    .filter((i) => i.key.startsWith('grid_usd_per_mw_'))
    .flatMap((row) => sheetPlan.inputs.filter((i) => i.key.startsWith('grid_btc_')).map((col) => ({ row: row.row, col: col.col, mw: row, btc: col })));
  const results = sheetPlan.cells.filter((cell) => cell.formula && !cell.spill && cell.style !== 'input');
  const changes: Record<string, Record<string, (value: number) => string | number>> = {
    btc_price_usd: { btc_price_usd: (price) => price * 1.3 },
    share_price_usd: { share_price_usd: () => 61 }, // the 2032s and 2033s convert too
    usd_per_ehs: { usd_per_ehs: () => 2_500_000 },
    usd_per_contracted_mw: { usd_per_contracted_mw: () => 12_200_000 },
    usd_per_pipeline_mw: { usd_per_pipeline_mw: () => 8_000_000 },
    pipeline_probability: { pipeline_probability: () => 0.75 },
    'override contracted_mw': { override_label_1: () => 'contracted_mw', override_value_1: () => 660 },
    'override debt_usd and shares_outstanding': { override_label_2: () => 'DEBT_USD', override_value_2: () => 2_000_000_000, override_label_4: () => 'shares_outstanding', override_value_4: () => 400_000_000 },
  };
  const computed = computePlan(plan, functionRegistry());
  let portable: Awaited<ReturnType<typeof makePortable>>;
  const expected = new Map<string, ReturnType<typeof computePlan>>();
  let recomputed: Map<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    portable = await makePortable(await writeWorkbook(plan, computed), options);
    const files = new Map<string, Uint8Array>([['as made', await withoutCachedResults(portable.bytes)]]);
    for (const [name, change] of Object.entries(changes)) {
      const values = new Map(Object.entries(change).map(([key, to]) => [key, to(computed.value(sheetPlan.name, input(key).row, input(key).col) as number)]));
      expected.set(name, computePlan(withInputs(plan, values), functionRegistry()));
      const edited = new ExcelJS.Workbook();
      await edited.xlsx.load(Buffer.from(portable.bytes) as never);
      for (const [key, value] of values) edited.worksheets[0].getCell(input(key).row + 1, input(key).col + 1).value = value;
      files.set(name, await withoutCachedResults(new Uint8Array(await edited.xlsx.writeBuffer())));
    }
    recomputed = await recalculateFilesWithLibreOffice(files);
  }, libreOfficeTimeoutMs);

  it('keeps as values only data: the table\'s as_of and source cells, the diluted shares\' and the NOTES table', () => {
    for (const range of portable.frozen) {
      const isNotes = /^_xldudf_MINER_NOTES\(/.test(range.formula);
      expect({ range: range.range, data: isNotes || range.reason === dataReason }).toEqual({ range: range.range, data: true });
    }
    const kept = portable.frozen.filter((range) => range.reason === dataReason).map((range) => range.range);
    expect(kept).toEqual([0, 1, 2, 3, 4, 5, 6, 8].map(rows));
  });

  it('marks the data cells on the sheet: a note with the figure\'s date and source, and that the ticker changes nothing', async () => {
    const zip = await JSZip.loadAsync(portable.bytes);
    const comments = await (zip.file(/^xl\/comments\d*\.xml$/)[0] as JSZip.JSZipObject).async('string');
    const contracted = portable.frozen.find((range) => range.range === rows(1)) as (typeof portable.frozen)[number];
    expect(contracted.asOf).toBe('2025-11-03');
    expect(comments).toContain(`<comment ref="${a1(firstDataRow + 1, 6)}"`);
    expect(comments).toContain("Value from the add-in's bundled data, as of 2025-11-03, source https://marketchameleon.com/");
    expect(dataReason).toMatch(/changing them in the copy changes nothing/);
  });

  it('the grid reads the table and shows the figures the nine SOTP calls gave', () => {
    const sotpFunction = functionsById().get('SOTP') as (...a: unknown[]) => unknown[][];
    const call = anchor.formula as Extract<Expr, { kind: 'miner' }>;
    for (const cell of gridCells) {
      const planned = sheetPlan.cells.find((c) => c.row === cell.row && c.col === cell.col) as PlannedCell;
      expect(JSON.stringify(planned.formula)).not.toContain('"miner"');
      // The call the grid cell made before: the table's with the grid's $/MW and BTC price, without headers.
      const args = call.args.map((arg, i) => {
        if (i === 1) return computed.value(sheetPlan.name, cell.btc.row, cell.btc.col);
        if (i === 4) return computed.value(sheetPlan.name, cell.mw.row, cell.mw.col);
        if (i === 8) return false;
        if (arg?.kind === 'ref') return computed.value(sheetPlan.name, arg.ref.row, arg.ref.col);
        if (arg?.kind === 'range') return [[null, null], [null, null], [null, null], [null, null]];
        return (arg as Extract<Expr, { kind: 'literal' }>).value;
      });
      const before = sotpFunction(...args)[9][5] as number;
      const now = computed.value(sheetPlan.name, cell.row, cell.col) as number;
      expectClose(now, before, 1e-12);
      expect(now.toFixed(2)).toBe(before.toFixed(2));
    }
    expect(gridCells).toHaveLength(12);
  });

  it.each(['as made', ...Object.keys(changes)])('recomputes after %s to the add-in\'s table, grid and results at those inputs, to 1e-9', (name) => {
    const copy = (recomputed.get(name) as ExcelJS.Workbook).worksheets[0];
    const now = expected.get(name) ?? computed;
    const table = now.spill(sheetPlan.name, anchor.row, anchor.col);
    const original = computed.spill(sheetPlan.name, anchor.row, anchor.col);
    const dataCell = (r: number, c: number) => c >= 6 && [0, 1, 2, 3, 4, 5, 6, 8].includes(r - spill.headerRows);
    let moved = 0;
    table.forEach((row, r) => {
      if (r < spill.headerRows) return;
      row.forEach((value, c) => {
        // A data cell keeps the figure the copy was made with (an overridden row's source included).
        const want = dataCell(r, c) ? original[r][c] : value;
        expectCell(computedValue(copy.getCell(anchor.row + r + 1, anchor.col + c + 1)), want, `${name}: table row ${r} column ${c}`);
        if (typeof value === 'number' && value !== original[r][c]) moved++;
      });
    });
    for (const cell of [...gridCells, ...results]) {
      const value = now.value(sheetPlan.name, cell.row, cell.col);
      expectCell(computedValue(copy.getCell(cell.row + 1, cell.col + 1)), value, `${name}: ${a1(cell.row, cell.col)}`);
    }
    if (name !== 'as made') expect(moved).toBeGreaterThan(0);
  });
});

/**
 * The pane's portable copy of the model (planPortableSheets on the sheet as Office.js reads it:
 * a spilled cell's formula is its value) has the same native table, data cells kept and listed.
 */
describe("the sum-of-the-parts model's copy made in the pane", () => {
  const plan = sumOfTheParts.build({ locale: 'en' });
  const sheetPlan = plan.sheets[0] as SheetPlan;
  const computed = computePlan(plan, functionRegistry());
  const functions = functionsById();
  const anchor = sheetPlan.cells.find((cell) => cell.spill && (cell.formula as Extract<Expr, { kind: 'miner' }>).id === 'SOTP') as PlannedCell;
  const input = (key: string) => sheetPlan.inputs.find((i) => i.key === key) as NonNullable<ReturnType<typeof sheetPlan.inputs.find>>;

  /** The used range as Office.js reads it: formulas (a spilled cell's is its value) and values. */
  function content(): SheetContent {
    const written = new Map(officeWrites(plan)[0].cells.map((cell) => [cell.address, cell]));
    const rows = Math.max(...sheetPlan.cells.map((cell) => cell.row + (cell.spill?.rows ?? 1)));
    const cols = Math.max(...sheetPlan.cells.map((cell) => cell.col + (cell.spill?.cols ?? 1)));
    const formulas: unknown[][] = [];
    const values: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      formulas.push([]);
      values.push([]);
      for (let c = 0; c < cols; c++) {
        const value = shown(computed.value(sheetPlan.name, r, c));
        formulas[r].push(written.get(a1(r, c))?.formula ?? value);
        values[r].push(value);
      }
    }
    return { name: sheetPlan.name, address: `'${sheetPlan.name}'!A1:${a1(rows - 1, cols - 1)}`, formulas, values, numberFormat: formulas.map((row) => row.map(() => 'General')) };
  }
  const spillSize: SpillSize = (id, args) => {
    const table = (functions.get(id) as (...a: unknown[]) => unknown)(...args);
    return Array.isArray(table) ? { rows: table.length, cols: (table[0] as unknown[]).length } : undefined;
  };
  const changes = new Map<string, Map<string, string | number>>([
    ['share_price_usd', new Map([['share_price_usd', 61]])],
    ['override contracted_mw', new Map<string, string | number>([['override_label_1', 'contracted_mw'], ['override_value_1', 660]])],
  ]);
  let copy: ReturnType<typeof planPortableSheets>;
  let recomputed: Map<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    copy = planPortableSheets([content()], byId, { version: '0.0.0-test', date: '2026-12-07' }, undefined, spillSize);
    const files = new Map<string, Uint8Array>();
    for (const [name, values] of changes) {
      const workbook = new ExcelJS.Workbook();
      const target = workbook.addWorksheet('copy');
      copy.sheets[0].formulas.forEach((row, r) =>
        row.forEach((entry, c) => {
          const at = [...values].find(([key]) => input(key).row === r && input(key).col === c);
          const value = at ? at[1] : entry;
          target.getCell(r + 1, c + 1).value = (typeof value === 'string' && value.startsWith('=') ? { formula: value.slice(1) } : value === '' ? null : value) as ExcelJS.CellValue;
        }),
      );
      files.set(name, new Uint8Array(await workbook.xlsx.writeBuffer()));
    }
    recomputed = await recalculateFilesWithLibreOffice(files);
  }, libreOfficeTimeoutMs);

  it('lists the table\'s data cells on the Provenance sheet, and nothing else of the table', () => {
    const sotpRows = copy.frozen.filter((range) => /SOTP\(/.test(range.formula));
    expect(sotpRows.length).toBe(8);
    for (const range of sotpRows) expect(range.reason).toBe(dataReason);
  });

  it.each([...changes.keys()])('recomputes the table after %s to the add-in table at those inputs, to 1e-9', (name) => {
    const now = computePlan(withInputs(plan, changes.get(name) as Map<string, string | number>), functionRegistry());
    const original = computed.spill(sheetPlan.name, anchor.row, anchor.col);
    const sheet = (recomputed.get(name) as ExcelJS.Workbook).worksheets[0];
    now.spill(sheetPlan.name, anchor.row, anchor.col).forEach((row, r) =>
      row.forEach((value, c) => {
        const data = r >= 1 && c >= 6 && [0, 1, 2, 3, 4, 5, 6, 8].includes(r - 1);
        expectCell(computedValue(sheet.getCell(anchor.row + r + 1, anchor.col + c + 1)), data ? original[r][c] : value, `${name}: row ${r} column ${c}`);
      }),
    );
  });
});
