/**
 * The debt family's native forms on every path the recorded samples do not take: DEBT_SCHEDULE
 * in each profile (level, sculpted, bullet, balloon), written as text and read from a cell in
 * any case, CFADS as a column, a row, one figure, an array constant, shorter and longer than
 * the tenor and with blank rows (a shorter lease table in a copy); DEBT_SIZE on one figure, a
 * column, a row and several cases, with and without a loan-to-cost cap. LibreOffice computes
 * each formula; the add-in's own function gives the expected figure, to 1e-9.
 */
import ExcelJS from 'exceljs';
import { nativeFormula } from '../../src/catalogue/native-forms';
import { nativeTable } from '../../src/catalogue/native-forms';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { a1 } from '../../src/sheet/a1';
import { formulaLiteral } from '../../src/portable/formula-literal';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { expectCell } from '../helpers/expect-cell';

installCustomFunctionsShim();
const functions = functionsById();
const declarationOf = (id: string) => declarations.find((declaration) => declaration.id === id) as (typeof declarations)[number];

type Grid = (number | string)[][];
/** An argument: a number in a cell, a text or boolean written in the call, a range of cells, an array constant in the call, or left out. */
type Arg = number | string | boolean | null | { cells: Grid } | { constant: number[][] };

const column = (...figures: number[]): Grid => figures.map((figure) => [figure]);
const noi = column(300000, 310000, 320000, 330000, 340000);
const longNoi = column(150e6, 152e6, 155e6, 149e6, 160e6, 162e6, 158e6, 165e6, 170e6, 171e6);
/** A lease table's NOI column in a copy whose term was shortened: rows past it blank. */
const blankTail: Grid = [...noi, [''], [''], ['']];

/** What the add-in receives for an argument: a range's blank cells are past the lease, so left out. */
function addInValue(arg: Arg): unknown {
  if (arg !== null && typeof arg === 'object') {
    const grid = 'cells' in arg ? arg.cells : arg.constant;
    if (typeof grid[0][0] === 'string' && grid[0][0] !== '') return grid[0][0]; // a profile in a cell
    return grid.filter((row) => row.every((cell) => cell !== ''));
  }
  return arg;
}

const scheduleCases: Record<string, Arg[]> = {
  'level, no CFADS': [1e6, 0.06, 5, null, true, null, 0],
  'level on CFADS, DSCR shown': [1e6, 0.06, 5, { cells: noi }, true, 'level', 0],
  'sculpted (default), CFADS past the tenor': [1.5e9, 0.07, 6, { cells: longNoi }, true, null, 0],
  'sculpted, tenor past the CFADS': [1e6, 0.05, 7, { cells: noi }, false, 'sculpted', 0],
  'sculpted on one figure': [1e6, 0.06, 5, { cells: [[300000]] }, true, null, 0],
  'sculpted, CFADS along a row': [1e6, 0.06, 5, { cells: [[300000, 310000, 320000, 330000, 340000]] }, true, null, 0],
  'sculpted, CFADS as an array constant': [1e6, 0.06, 5, { constant: [[300000], [310000], [320000], [330000], [340000]] }, true, null, 0],
  'sculpted, blank rows past a shorter lease': [1e6, 0.06, 8, { cells: blankTail }, true, null, 0],
  'sculpted at 0%': [1e6, 0, 5, { cells: noi }, true, null, 0],
  'bullet': [1e6, 0.08, 5, { cells: noi }, true, 'bullet', 0],
  'bullet at 0%, no DSCR': [1e6, 0, 3, { cells: noi }, true, 'bullet', 0],
  'balloon, 70% at the tenor': [1.733e9, 0.07125, 4, { cells: longNoi }, true, 'balloon', 0.7],
  'balloon at 0%': [1000, 0, 4, null, true, 'balloon', 0.25],
  'level, a principal far below the balance (exact)': [1e11, 0.3, 100, null, false, 'level', 0],
  'profile in a cell: " Bullet "': [1e6, 0.08, 5, { cells: noi }, true, { cells: [[' Bullet ']] }, 0],
  'profile in a cell: SCULPTED': [1e6, 0.06, 6, { cells: noi }, true, { cells: [['SCULPTED']] }, 0],
  'profile in a cell: Balloon': [1.733e9, 0.07125, 4, { cells: longNoi }, true, { cells: [['Balloon']] }, 0.7],
  'profile in a cell: level, no CFADS': [1e6, 0.06, 5, null, true, { cells: [['level']] }, 0],
};

const sizeCases: Record<string, Arg[]> = {
  'one figure': [{ cells: [[454e6]] }, 0.06192, 15, 1.4, null, null],
  'one figure at 0%': [{ cells: [[454e6]] }, 0, 15, 1.4, null, null],
  'a column, capped at cost': [{ cells: longNoi }, 0.06192, 10, 1.3, 1.5e9, 0.85],
  'a column past the tenor': [{ cells: longNoi }, 0.07125, 4, 1.3, null, null],
  'a row, tenor past it': [{ cells: [[100, 200, 300]] }, 0.05, 6, 1.25, null, null],
  'two cases (base, downside): the smaller': [{ cells: longNoi.map(([base]) => [base, (base as number) * 0.8]) }, 0.06192, 10, 1.3, 5e9, 0.85],
  'three cases at 0%, the middle one smallest': [{ cells: noi.map(([base], t) => [base, (base as number) - 1000 * t - 500, base]) }, 0, 5, 1.2, null, null],
  'cases as an array constant': [{ constant: [[100, 90], [110, 120], [120, 100]] }, 0.1, 3, 1.1, null, null],
  'blank rows past a shorter lease': [{ cells: blankTail }, 0.06, 8, 1.3, null, null],
};

interface Placed {
  operands: (string | undefined)[];
  /** Rows the inputs take (a range spreads down). */
  height: number;
}

/** Writes a case's arguments on `sheet` from row `top` (cells from column A, ranges from column L) and gives their operands. */
function place(sheet: ExcelJS.Worksheet, args: Arg[], top: number): Placed {
  let rangeColumn = 11;
  let height = 1;
  const operands = args.map((arg, i) => {
    if (arg === null) return undefined;
    // Headers and a text (a profile) as written in the call: a headers cell would have no native form.
    if (typeof arg === 'boolean' || typeof arg === 'string') return formulaLiteral(arg);
    if (typeof arg !== 'object') {
      sheet.getCell(top + 1, i + 1).value = arg;
      return a1(top, i);
    }
    if ('constant' in arg) return formulaLiteral(arg.constant);
    const { cells } = arg;
    cells.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(top + 1 + r, rangeColumn + 1 + c).value = value)));
    const address = cells.length === 1 && cells[0].length === 1 ? a1(top, rangeColumn) : `${a1(top, rangeColumn)}:${a1(top + cells.length - 1, rangeColumn + cells[0].length - 1)}`;
    rangeColumn += cells[0].length + 1;
    height = Math.max(height, cells.length);
    return address;
  });
  return { operands, height };
}

describe("the debt family's native forms, recomputed by LibreOffice", () => {
  const tables: { name: string; table: unknown[][]; top: number; rows: number }[] = [];
  const sizes: { name: string; expected: number; row: number }[] = [];
  let schedules: ExcelJS.Worksheet;
  let sized: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const scheduleSheet = workbook.addWorksheet('schedules');
    let top = 0;
    for (const [name, args] of Object.entries(scheduleCases)) {
      const table = (functions.get('DEBT_SCHEDULE') as (...a: unknown[]) => unknown[][])(...args.map(addInValue));
      const { operands, height } = place(scheduleSheet, args, top);
      const native = nativeTable(declarationOf('DEBT_SCHEDULE'), operands);
      if (!native) throw new Error(`DEBT_SCHEDULE has no native form for ${name}`);
      const first = top + 1;
      // Two rows past the table: they must show blank.
      const rows = table.length + 2;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < native.columns; c++) {
          const cell = scheduleSheet.getCell(first + r + 1, c + 1);
          if (r < native.headerRows) cell.value = table[r][c] as string;
          else cell.value = { formula: native.formula(r - native.headerRows, c, (col, rowsUp = 0) => a1(first + r - rowsUp, col)).slice(1) } as ExcelJS.CellFormulaValue;
        }
      }
      tables.push({ name, table, top: first, rows });
      top = Math.max(first + rows, top + height) + 1;
    }
    const sizeSheet = workbook.addWorksheet('sizes');
    top = 0;
    for (const [name, args] of Object.entries(sizeCases)) {
      const expected = (functions.get('DEBT_SIZE') as (...a: unknown[]) => number)(...args.map(addInValue));
      const { operands, height } = place(sizeSheet, args, top);
      const formula = nativeFormula(declarationOf('DEBT_SIZE'), operands);
      if (!formula) throw new Error(`DEBT_SIZE has no native form for ${name}`);
      sizeSheet.getCell(top + 1, 10).value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
      sizes.push({ name, expected, row: top + 1 });
      top += height + 1;
    }
    const computed = await recalculateWithLibreOffice(workbook);
    schedules = computed.getWorksheet('schedules') as ExcelJS.Worksheet;
    sized = computed.getWorksheet('sizes') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs);

  it.each(Object.keys(scheduleCases))('DEBT_SCHEDULE, %s: every cell, and blanks past the tenor', (name) => {
    const { table, top, rows } = tables.find((entry) => entry.name === name) as (typeof tables)[number];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < table[0].length; c++) {
        const expected = r < table.length ? table[r][c] : '';
        expectCell(computedValue(schedules.getCell(top + r + 1, c + 1)), expected, `${name} row ${r} column ${c}`);
      }
    }
  });

  it.each(Object.keys(sizeCases))('DEBT_SIZE, %s', (name) => {
    const { expected, row } = sizes.find((entry) => entry.name === name) as (typeof sizes)[number];
    expectCell(computedValue(sized.getCell(row, 10)), expected, name);
  });

  it('the two-case size is the smaller of the single-case sizes', () => {
    const size = functions.get('DEBT_SIZE') as (...a: unknown[]) => number;
    const cases = (sizeCases['two cases (base, downside): the smaller'][0] as { cells: number[][] }).cells;
    const single = [0, 1].map((c) => size(cases.map((row) => [row[c]]), 0.06192, 10, 1.3, 5e9, 0.85));
    expect(sizes.find((entry) => entry.name.startsWith('two cases'))?.expected).toBe(Math.min(...single));
  });

  it('has no native form where the CFADS shape is not in the formula, or for a profile that names none', () => {
    expect(nativeFormula(declarationOf('DEBT_SIZE'), ['INDEX(A1:C9,0,2)', '0.05', '5', '1.3'])).toBeUndefined();
    expect(nativeTable(declarationOf('DEBT_SCHEDULE'), ['1000', '0.05', '4', 'INDEX(A1:C9,0,2)'])).toBeUndefined();
    expect(nativeTable(declarationOf('DEBT_SCHEDULE'), ['1000', '0.05', '4', 'A1:B4'])).toBeUndefined();
    expect(nativeTable(declarationOf('DEBT_SCHEDULE'), ['1000', '0.05', '4', 'A1:A4', 'TRUE', '"annuity"'])).toBeUndefined();
  });
});

describe('DEBT_SCHEDULE native form, refused as the function refuses it', () => {
  const refused: Record<string, Arg[]> = {
    'level with a balloon share': [1e6, 0.06, 5, null, true, 'level', 0.2],
    'profile left out with a balloon share': [1e6, 0.06, 5, { cells: noi }, true, null, 0.2],
    'profile in a cell, bullet, with a balloon share': [1e6, 0.06, 5, { cells: noi }, true, { cells: [['bullet']] }, 0.2],
  };
  const outcomes = new Map<string, unknown[]>();

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('refused');
    let top = 0;
    const placed: { name: string; row: number; columns: number }[] = [];
    for (const [name, args] of Object.entries(refused)) {
      const { operands, height } = place(sheet, args, top);
      const native = nativeTable(declarationOf('DEBT_SCHEDULE'), operands);
      if (!native) throw new Error(`DEBT_SCHEDULE has no native form for ${name}`);
      const row = top + 1;
      for (let c = 0; c < native.columns; c++) {
        sheet.getCell(row, 10 + c).value = { formula: native.formula(0, c, (col, rowsUp = 0) => a1(row - 1 - rowsUp, 9 + col)).slice(1) } as ExcelJS.CellFormulaValue;
      }
      placed.push({ name, row, columns: native.columns });
      top += height + 1;
    }
    const computed = (await recalculateWithLibreOffice(workbook)).getWorksheet('refused') as ExcelJS.Worksheet;
    for (const { name, row, columns } of placed) outcomes.set(name, Array.from({ length: columns }, (_, c) => computedValue(computed.getCell(row, 10 + c))));
  }, libreOfficeTimeoutMs);

  it.each(Object.keys(refused))('%s: the add-in gives #VALUE! and so does every cell of the copy', (name) => {
    const addIn = () => (functions.get('DEBT_SCHEDULE') as (...a: unknown[]) => unknown)(...(refused[name] as Arg[]).map(addInValue));
    expect(addIn).toThrow('balloon_share must be 0 unless profile is balloon');
    for (const value of outcomes.get(name) as unknown[]) expect(JSON.stringify(value)).toContain('#VALUE!');
  });
});
